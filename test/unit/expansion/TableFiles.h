#pragma once
// Reading BuildKit's lexer tables from ../shared as the Go tests do: raw bytes, lines split as
// bufio.ScanLines splits them (a final "\r" dropped, no empty line after a final newline).

#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace dlint::test {

inline std::string sharedShellLexerPath(std::string_view file) {
  return std::string(DLINT_SHARED_DIR) + "/corpus/buildkit-parser/shell-lexer/" + std::string(file);
}

inline std::optional<std::vector<std::string>> readScanLines(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  const std::string text = bytes.str();
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    const bool last = end == std::string::npos;
    if (last)
      end = text.size();
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r')
      line.pop_back();
    lines.push_back(std::move(line));
    start = end + 1;
  }
  return lines;
}

/// Go's strings.TrimSpace for the ASCII whitespace the tables use.
inline std::string trimSpace(std::string_view s) {
  constexpr std::string_view ws = " \t\n\v\f\r";
  const std::size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos)
    return {};
  const std::size_t e = s.find_last_not_of(ws);
  return std::string(s.substr(b, e - b + 1));
}

inline std::string trimLeftSpaces(std::string_view s) {
  const std::size_t b = s.find_first_not_of(' ');
  return b == std::string_view::npos ? std::string() : std::string(s.substr(b));
}

inline std::vector<std::string> splitOn(std::string_view s, char sep) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (;;) {
    const std::size_t pos = s.find(sep, start);
    if (pos == std::string_view::npos) {
      parts.emplace_back(s.substr(start));
      return parts;
    }
    parts.emplace_back(s.substr(start, pos - start));
    start = pos + 1;
  }
}

} // namespace dlint::test
