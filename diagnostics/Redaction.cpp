#include "diagnostics/Redaction.h"

#include <algorithm>

#include "diagnostics/Utf8.h"

namespace dlint {

namespace {

/// Values shorter than this are masked in source lines but not searched for in messages:
/// replacing every "abc" in a message would garble it and protect nothing.
constexpr std::size_t kShortestScrubbedValue = 6;

/// Byte length of the first `count` code points of `text` (malformed bytes count as one).
std::size_t prefixBytes(std::string_view text, std::size_t count) {
  std::size_t i = 0;
  for (; i < text.size() && count > 0; --count)
    i += std::max<std::size_t>(1, utf8::sequenceLength(text, i));
  return std::min(i, text.size());
}

} // namespace

std::size_t visibleSecretPrefix(std::size_t codePoints) {
  return std::min<std::size_t>(4, codePoints / 4);
}

std::string maskSecret(std::string_view value) {
  const std::size_t visible = visibleSecretPrefix(utf8::countCodePoints(value));
  std::string masked(value.substr(0, prefixBytes(value, visible)));
  masked += "****";
  return masked;
}

std::string maskedLineText(const SourceFile& file, std::uint32_t line) {
  const std::string_view text = file.lineText(line);
  const std::uint32_t lineBegin = file.lineStart(line);
  const std::uint32_t lineEnd = lineBegin + static_cast<std::uint32_t>(text.size());
  // One flag per byte of the line: hidden or shown.
  std::vector<bool> hidden(text.size(), false);
  bool any = false;
  for (SourceRange secret : file.secrets()) {
    if (secret.end <= lineBegin || secret.begin >= lineEnd)
      continue;
    const std::string_view value = file.text().substr(secret.begin, secret.size());
    const std::uint32_t shownEnd =
        secret.begin + static_cast<std::uint32_t>(
                           prefixBytes(value, visibleSecretPrefix(utf8::countCodePoints(value))));
    const std::uint32_t from = std::max(shownEnd, lineBegin);
    const std::uint32_t to = std::min(secret.end, lineEnd);
    for (std::uint32_t offset = from; offset < to; ++offset) {
      hidden[offset - lineBegin] = true;
      any = true;
    }
  }
  if (!any)
    return std::string(text);
  std::string masked;
  masked.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = std::max<std::size_t>(1, utf8::sequenceLength(text, i));
    if (hidden[i])
      masked += '*';
    else
      masked.append(text.substr(i, length));
    i += length;
  }
  return masked;
}

std::string scrubSecrets(const SourceFile& file, std::string_view text) {
  std::string result(text);
  for (SourceRange secret : file.secrets()) {
    if (secret.size() < kShortestScrubbedValue || secret.end > file.size())
      continue;
    const std::string_view value = file.text().substr(secret.begin, secret.size());
    const std::string mask = maskSecret(value);
    for (std::size_t at = result.find(value); at != std::string::npos;
         at = result.find(value, at + mask.size()))
      result.replace(at, value.size(), mask);
  }
  return result;
}

} // namespace dlint
