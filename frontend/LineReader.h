#pragma once
// Physical lines as BuildKit's scanner sees them: split on '\n' only, with every trailing '\r'
// and '\n' trimmed from the content (a lone '\r' inside a line is not a line break).

#include <cstdint>
#include <string_view>

namespace dlint::frontend {

struct PhysicalLine {
  std::uint32_t begin = 0;      ///< first byte of the line
  std::uint32_t contentEnd = 0; ///< end of the content, trailing "\r\n" excluded
  std::uint32_t next = 0;       ///< first byte of the following line
  std::uint32_t number = 0;     ///< 1-based
};

class LineReader {
public:
  LineReader(std::string_view text, std::uint32_t start);

  bool atEnd() const { return current_.begin >= text_.size(); }
  const PhysicalLine& peek() const { return current_; }
  std::string_view content(const PhysicalLine& line) const {
    return text_.substr(line.begin, line.contentEnd - line.begin);
  }
  void advance();

private:
  void load(std::uint32_t begin, std::uint32_t number);

  std::string_view text_;
  PhysicalLine current_;
};

} // namespace dlint::frontend
