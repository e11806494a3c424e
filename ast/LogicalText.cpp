#include "ast/LogicalText.h"

#include <algorithm>

namespace dlint::ast {

void LogicalText::append(std::string_view bytes, std::uint32_t sourceOffset) {
  if (bytes.empty())
    return;
  auto logical = size();
  // Adjacent source bytes extend the last piece instead of starting a new one.
  if (!pieces_.empty()) {
    Piece& last = pieces_.back();
    if (last.source + last.length == sourceOffset && last.logical + last.length == logical) {
      last.length += static_cast<std::uint32_t>(bytes.size());
      text_.append(bytes);
      return;
    }
  }
  pieces_.push_back({logical, sourceOffset, static_cast<std::uint32_t>(bytes.size())});
  text_.append(bytes);
}

std::size_t LogicalText::pieceIndex(std::uint32_t logical) const {
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), logical,
                             [](std::uint32_t value, const Piece& p) { return value < p.logical; });
  return it == pieces_.begin() ? 0 : static_cast<std::size_t>(it - pieces_.begin()) - 1;
}

std::uint32_t LogicalText::sourceOffset(std::uint32_t logical) const {
  if (pieces_.empty())
    return 0;
  if (pieces_.size() == 1) // one physical line: no search needed
    return pieces_[0].source + std::min(logical, pieces_[0].length);
  if (logical >= size()) {
    const Piece& last = pieces_.back();
    return last.source + last.length;
  }
  const Piece& p = pieces_[pieceIndex(logical)];
  return p.source + (logical - p.logical);
}

SourceRange LogicalText::sourceRange(std::uint32_t begin, std::uint32_t end) const {
  std::uint32_t sourceBegin = sourceOffset(begin);
  if (end <= begin)
    return {sourceBegin, sourceBegin};
  return {sourceBegin, sourceOffset(end - 1) + 1};
}

std::vector<SourceRange> LogicalText::sourceSpans(std::uint32_t begin, std::uint32_t end) const {
  std::vector<SourceRange> spans;
  end = std::min(end, size());
  if (begin >= end)
    return spans;
  for (std::size_t i = pieceIndex(begin); i < pieces_.size(); ++i) {
    const Piece& p = pieces_[i];
    if (p.logical >= end)
      break;
    std::uint32_t from = std::max(begin, p.logical);
    std::uint32_t to = std::min(end, p.logical + p.length);
    spans.push_back({p.source + (from - p.logical), p.source + (to - p.logical)});
  }
  return spans;
}

LogicalText LogicalText::slice(std::uint32_t begin, std::uint32_t end) const {
  LogicalText out;
  end = std::min(end, size());
  if (begin >= end)
    return out;
  for (std::size_t i = pieceIndex(begin); i < pieces_.size(); ++i) {
    const Piece& p = pieces_[i];
    if (p.logical >= end)
      break;
    std::uint32_t from = std::max(begin, p.logical);
    std::uint32_t to = std::min(end, p.logical + p.length);
    out.append(std::string_view(text_).substr(from, to - from), p.source + (from - p.logical));
  }
  return out;
}

} // namespace dlint::ast
