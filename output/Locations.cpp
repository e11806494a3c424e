#include "output/Locations.h"

#include <filesystem>
#include <system_error>

#include "diagnostics/Redaction.h"
#include "diagnostics/Utf8.h"

namespace dlint::output {

namespace {

bool isUnreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

/// The first `count` code points' length in bytes, from byte `from` of `text`.
std::size_t advanceCodePoints(std::string_view text, std::size_t from, std::size_t count) {
  std::size_t i = from;
  for (; i < text.size() && count > 0; --count)
    i += std::max<std::size_t>(1, utf8::sequenceLength(text, i));
  return std::min(i, text.size());
}

} // namespace

std::string percentEncodePath(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string encoded;
  for (char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    if (isUnreserved(c) || c == '/') {
      encoded += ch;
    } else {
      encoded += '%';
      encoded += kHex[c >> 4];
      encoded += kHex[c & 0xF];
    }
  }
  return encoded;
}

std::string artifactUri(std::string_view displayName, bool& relative) {
  namespace fs = std::filesystem;
  std::error_code error;
  const fs::path cwd = fs::current_path(error);
  const fs::path path{std::string(displayName)};
  const fs::path absolute = (path.is_absolute() ? path : cwd / path).lexically_normal();
  const fs::path inside = absolute.lexically_relative(cwd);
  const std::string insideText = inside.generic_string();
  if (!error && !inside.empty() && insideText != "." && insideText.rfind("..", 0) != 0) {
    relative = true;
    return percentEncodePath(insideText);
  }
  relative = false;
  return "file://" + percentEncodePath(absolute.generic_string());
}

std::string workingDirectoryUri() {
  std::error_code error;
  std::string cwd = std::filesystem::current_path(error).generic_string();
  if (cwd.empty() || cwd.back() != '/') cwd += '/';
  return "file://" + percentEncodePath(cwd);
}

std::string maskedSnippet(const SourceFile& file, SourceRange range) {
  const RangePositions at = positionsOf(file, range);
  std::string snippet;
  for (std::uint32_t line = at.start.line; line <= at.end.line; ++line) {
    // maskedLineText keeps one character per code point, so code point columns still hold.
    const std::string masked = maskedLineText(file, line);
    const std::size_t from = line == at.start.line ? advanceCodePoints(masked, 0, at.start.codePointColumn - 1) : 0;
    const std::size_t to =
        line == at.end.line ? advanceCodePoints(masked, 0, at.end.codePointColumn - 1) : masked.size();
    if (line != at.start.line) snippet += '\n';
    if (to > from) snippet.append(masked, from, to - from);
  }
  return snippet;
}

RangePositions positionsOf(const SourceFile& file, SourceRange range) {
  const std::uint32_t begin = std::min(range.begin, file.size());
  const std::uint32_t end = std::max(begin, std::min(range.end, file.size()));
  return {file.locate(begin), file.locate(end)};
}

} // namespace dlint::output
