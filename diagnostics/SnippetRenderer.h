#pragma once
// Builds the three lines under a diagnostic header, clang-style: the source line, the caret
// line ('^' at the location, '~' under ranges) and the fix-it line (replacement text aligned
// under where it goes). Works on one line's bytes; knows nothing of files or colours.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dlint {

/// A half-open byte range within one line.
struct LineSpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

/// Text to show on the fix-it line under byte `byte` of the line.
struct LineInsertion {
  std::uint32_t byte = 0;
  std::string_view text;
};

struct SnippetRequest {
  std::string_view line;            ///< without its line ending
  std::uint32_t caretByte = 0;      ///< where '^' goes; clamped to the line's end
  std::vector<LineSpan> underlines; ///< drawn with '~'
  std::vector<LineInsertion> insertions;
  unsigned tabStop = 8;
};

/// A run of source text; `escaped` runs (<U+XXXX>, <XX>) are shown reversed in colour.
struct SourcePiece {
  std::string text;
  bool escaped = false;
};

struct Snippet {
  std::vector<SourcePiece> source;
  std::string caretLine; ///< trailing spaces trimmed; holds at least the '^'
  std::string fixItLine; ///< empty when there is nothing to insert
};

/// Lines longer than this are shown as a window around the caret (clang shows none).
inline constexpr std::size_t kMaxFullLineBytes = 4096;
/// Display columns of source shown in such a window, not counting the "..." marks.
inline constexpr std::uint32_t kWindowColumns = 160;

Snippet renderSnippet(const SnippetRequest& request);

} // namespace dlint
