#include "frontend/LineReader.h"

namespace dlint::frontend {

LineReader::LineReader(std::string_view text, std::uint32_t start) : text_(text) { load(start, 1); }

void LineReader::load(std::uint32_t begin, std::uint32_t number) {
  current_.begin = begin;
  current_.number = number;
  if (begin >= text_.size()) {
    current_.contentEnd = current_.next = static_cast<std::uint32_t>(text_.size());
    return;
  }
  std::size_t newline = text_.find('\n', begin);
  std::size_t end = newline == std::string_view::npos ? text_.size() : newline;
  std::size_t contentEnd = end;
  while (contentEnd > begin && text_[contentEnd - 1] == '\r')
    --contentEnd;
  current_.contentEnd = static_cast<std::uint32_t>(contentEnd);
  current_.next = static_cast<std::uint32_t>(newline == std::string_view::npos ? end : end + 1);
}

void LineReader::advance() { load(current_.next, current_.number + 1); }

} // namespace dlint::frontend
