#include "diagnostics/DisplayLine.h"

#include <algorithm>
#include <array>
#include <utility>

#include <fmt/format.h>

#include "diagnostics/Utf8.h"

namespace dlint {

namespace {

using CodePointRange = std::pair<char32_t, char32_t>; // inclusive

// East Asian Wide (W) and Fullwidth (F) blocks, coarse but covering CJK, Hangul, kana,
// fullwidth forms and the common emoji blocks.
constexpr std::array<CodePointRange, 14> kWideRanges = {{
    {0x1100, 0x115F},   {0x2E80, 0x303E},   {0x3041, 0x33FF},   {0x3400, 0x4DBF},
    {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},
    {0xFE30, 0xFE4F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x1F300, 0x1F64F},
    {0x1F900, 0x1F9FF}, {0x20000, 0x3FFFD},
}};

// Controls (Cc), plus format characters (Cf) that are invisible or reorder text: a linter
// for supply-chain files should show a bidi override, never let it act.
constexpr std::array<CodePointRange, 13> kUnprintableRanges = {{
    {0x0000, 0x001F}, {0x007F, 0x009F}, {0x00AD, 0x00AD}, {0x061C, 0x061C}, {0x180E, 0x180E},
    {0x200B, 0x200F}, {0x2028, 0x202E}, {0x2060, 0x2064}, {0x2066, 0x206F}, {0xFEFF, 0xFEFF},
    {0xFFF9, 0xFFFB}, {0xFFFE, 0xFFFF}, {0xE0000, 0xE007F},
}};

template <std::size_t N>
bool inRanges(const std::array<CodePointRange, N>& ranges, char32_t c) {
  return std::any_of(ranges.begin(), ranges.end(),
                     [c](const CodePointRange& r) { return c >= r.first && c <= r.second; });
}

/// Decodes a sequence already known to be well-formed and `length` bytes long.
char32_t decode(std::string_view s, std::size_t i, std::size_t length) {
  auto byte = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[k])); };
  switch (length) {
  case 1:
    return byte(i);
  case 2:
    return ((byte(i) & 0x1F) << 6) | (byte(i + 1) & 0x3F);
  case 3:
    return ((byte(i) & 0x0F) << 12) | ((byte(i + 1) & 0x3F) << 6) | (byte(i + 2) & 0x3F);
  default:
    return ((byte(i) & 0x07) << 18) | ((byte(i + 1) & 0x3F) << 12) | ((byte(i + 2) & 0x3F) << 6) |
           (byte(i + 3) & 0x3F);
  }
}

std::uint32_t u32(std::size_t n) { return static_cast<std::uint32_t>(n); }

} // namespace

std::uint32_t codePointWidth(char32_t codePoint) { return inRanges(kWideRanges, codePoint) ? 2 : 1; }

bool isPrintableCodePoint(char32_t codePoint) {
  return codePoint <= 0x10FFFF && !inRanges(kUnprintableRanges, codePoint);
}

DisplayLine::DisplayLine(std::string_view text, unsigned tabStop, std::uint32_t startColumn)
    : text_(text) {
  const std::uint32_t stop = tabStop == 0 ? 1 : tabStop;
  std::uint32_t column = startColumn;
  glyphs_.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    Glyph g;
    g.byte = u32(i);
    g.column = column;
    std::size_t length = utf8::sequenceLength(text, i);
    if (length == 0) {
      g.kind = GlyphKind::EscapedByte;
      g.length = 1;
      g.width = 4; // "<XX>"
    } else if (text[i] == '\t') {
      g.kind = GlyphKind::Tab;
      g.length = 1;
      g.width = stop - column % stop;
    } else {
      g.length = u32(length);
      g.codePoint = decode(text, i, length);
      if (isPrintableCodePoint(g.codePoint)) {
        g.kind = GlyphKind::Text;
        g.width = codePointWidth(g.codePoint);
      } else {
        g.kind = GlyphKind::EscapedCodePoint;
        g.width = u32(render(g).size());
      }
    }
    column += g.width;
    i += g.length;
    glyphs_.push_back(g);
  }
  endColumn_ = column;
}

const Glyph* DisplayLine::glyphAt(std::uint32_t byte) const {
  if (byte >= text_.size())
    return nullptr;
  // The last glyph starting at or before `byte`; glyphs tile the line, so it holds `byte`.
  auto it = std::upper_bound(glyphs_.begin(), glyphs_.end(), byte,
                             [](std::uint32_t b, const Glyph& g) { return b < g.byte; });
  return &*std::prev(it);
}

std::uint32_t DisplayLine::columnAt(std::uint32_t byte) const {
  const Glyph* g = glyphAt(byte);
  return g ? g->column : endColumn_;
}

std::uint32_t DisplayLine::columnAfter(std::uint32_t byte) const {
  if (byte == 0)
    return columnAt(0);
  const Glyph* g = glyphAt(byte - 1);
  return g ? g->column + g->width : endColumn_;
}

std::string DisplayLine::render(const Glyph& glyph) const {
  switch (glyph.kind) {
  case GlyphKind::Text:
    return std::string(text_.substr(glyph.byte, glyph.length));
  case GlyphKind::Tab:
    return std::string(glyph.width, ' ');
  case GlyphKind::EscapedCodePoint:
    return fmt::format("<U+{:04X}>", static_cast<std::uint32_t>(glyph.codePoint));
  case GlyphKind::EscapedByte:
    return fmt::format("<{:02X}>", static_cast<unsigned>(static_cast<unsigned char>(text_[glyph.byte])));
  }
  return {};
}

} // namespace dlint
