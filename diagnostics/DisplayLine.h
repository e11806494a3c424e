#pragma once
// One line of source as a terminal shows it: tabs expanded, unprintable code points as
// <U+XXXX>, bytes that are not UTF-8 as <XX> (clang's spelling), East Asian wide characters
// two columns wide. Maps byte offsets within the line to display columns so carets line up.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dlint {

enum class GlyphKind : std::uint8_t {
  Text,            ///< printed as its own bytes
  Tab,             ///< printed as spaces up to the next tab stop
  EscapedCodePoint,///< valid UTF-8 but unprintable: <U+XXXX>
  EscapedByte      ///< not valid UTF-8: <XX>
};

/// One character of the line and the display columns it takes.
struct Glyph {
  std::uint32_t byte = 0;   ///< offset of its first byte within the line
  std::uint32_t length = 0; ///< bytes it spans
  std::uint32_t column = 0; ///< 0-based display column where it starts
  std::uint32_t width = 0;  ///< display columns it takes
  GlyphKind kind = GlyphKind::Text;
  char32_t codePoint = 0;   ///< for Text and EscapedCodePoint
};

/// Display columns a printable code point takes: 2 for East Asian wide/fullwidth, else 1.
std::uint32_t codePointWidth(char32_t codePoint);
/// False for control characters and invisible format characters (zero-width, bidi controls).
bool isPrintableCodePoint(char32_t codePoint);

class DisplayLine {
public:
  /// `startColumn` is where the text begins on screen; tabs stop relative to column 0.
  DisplayLine(std::string_view text, unsigned tabStop, std::uint32_t startColumn = 0);

  std::string_view text() const { return text_; }
  const std::vector<Glyph>& glyphs() const { return glyphs_; }
  /// The display column just past the last glyph.
  std::uint32_t endColumn() const { return endColumn_; }

  /// Column where the glyph holding `byte` starts; endColumn() for bytes at or past the end.
  std::uint32_t columnAt(std::uint32_t byte) const;
  /// Column just past the glyph holding `byte - 1`: where a half-open byte range ending at
  /// `byte` ends on screen (a range ending inside a character covers all of it).
  std::uint32_t columnAfter(std::uint32_t byte) const;

  /// What `glyph` looks like on screen.
  std::string render(const Glyph& glyph) const;

private:
  /// The glyph holding `byte`, or nullptr past the end.
  const Glyph* glyphAt(std::uint32_t byte) const;

  std::string_view text_;
  std::vector<Glyph> glyphs_;
  std::uint32_t endColumn_ = 0;
};

} // namespace dlint
