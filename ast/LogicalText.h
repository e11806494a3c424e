#pragma once
// LogicalText is text joined from several pieces of the source (an instruction continued over
// several physical lines), with a map from every logical offset back to its source byte.
// It is how shell text keeps its place: nothing is flattened without its positions.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/SourceManager.h"

namespace dlint::ast {

class LogicalText {
public:
  /// `length` bytes at `source` in the file appear at `logical` in text().
  struct Piece {
    std::uint32_t logical;
    std::uint32_t source;
    std::uint32_t length;
  };

  LogicalText() = default;

  /// Appends `bytes`, which are the file's bytes starting at `sourceOffset`.
  void append(std::string_view bytes, std::uint32_t sourceOffset);

  std::string_view text() const { return text_; }
  std::uint32_t size() const { return static_cast<std::uint32_t>(text_.size()); }
  bool empty() const { return text_.empty(); }
  const std::vector<Piece>& pieces() const { return pieces_; }

  /// Source offset of the logical byte at `logical`; size() maps just past the last byte.
  std::uint32_t sourceOffset(std::uint32_t logical) const;
  /// The source range covering logical [begin, end), continuation markers included.
  SourceRange sourceRange(std::uint32_t begin, std::uint32_t end) const;
  /// The exact source spans of logical [begin, end), one per piece it touches.
  std::vector<SourceRange> sourceSpans(std::uint32_t begin, std::uint32_t end) const;
  /// The logical sub-text [begin, end), keeping its map.
  LogicalText slice(std::uint32_t begin, std::uint32_t end) const;

private:
  std::size_t pieceIndex(std::uint32_t logical) const;

  std::string text_;
  std::vector<Piece> pieces_;
};

} // namespace dlint::ast
