#include "diagnostics/SnippetRenderer.h"

#include <algorithm>

#include "diagnostics/DisplayLine.h"

namespace dlint {

namespace {

constexpr std::string_view kEllipsis = "...";

/// Replacement text placed at a display column of the fix-it line.
struct Placement {
  std::uint32_t column = 0;
  std::uint32_t width = 0;
  std::string text;
};

/// The columns of the line that are shown: all of it, or a window with "..." marks.
struct Window {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  bool cutBefore() const { return begin > 0; }
};

std::string caretLineFor(const DisplayLine& line, const SnippetRequest& request,
                         std::uint32_t caretColumn) {
  std::string caret(line.endColumn() + 1, ' ');
  for (const LineSpan& span : request.underlines) {
    std::uint32_t from = line.columnAt(span.begin);
    std::uint32_t to = line.columnAfter(std::max(span.begin, span.end));
    std::fill(caret.begin() + from, caret.begin() + std::max(from, to), '~');
  }
  caret[caretColumn] = '^';
  return caret;
}

/// clang's buildFixItInsertionLine: each text under its column; one that would overlap the
/// previous one moves right, one space after it.
std::vector<Placement> placeInsertions(const DisplayLine& line, const SnippetRequest& request) {
  std::vector<LineInsertion> insertions = request.insertions;
  std::stable_sort(insertions.begin(), insertions.end(),
                   [](const LineInsertion& a, const LineInsertion& b) { return a.byte < b.byte; });
  std::vector<Placement> placements;
  std::uint32_t previousEnd = 0;
  for (const LineInsertion& insertion : insertions) {
    if (insertion.text.empty())
      continue; // a deletion shows only as its '~' range
    Placement p;
    p.column = line.columnAt(insertion.byte);
    if (!placements.empty() && p.column < previousEnd)
      p.column = previousEnd + 1;
    DisplayLine shown(insertion.text, request.tabStop, p.column);
    for (const Glyph& glyph : shown.glyphs())
      p.text += shown.render(glyph);
    p.width = shown.endColumn() - p.column;
    previousEnd = p.column + p.width;
    placements.push_back(std::move(p));
  }
  return placements;
}

/// Picks about kWindowColumns columns holding the caret, as much of the underlined and
/// inserted text as fits, and context on both sides; snapped to whole glyphs.
Window chooseWindow(const DisplayLine& line, std::string_view caret, std::uint32_t caretByte,
                    const std::vector<Placement>& placements) {
  const std::uint32_t lineEnd = line.endColumn();
  if (line.text().size() <= kMaxFullLineBytes || lineEnd <= kWindowColumns)
    return {0, lineEnd};

  const std::uint32_t caretColumn = line.columnAt(caretByte);
  std::uint32_t interestBegin = caretColumn;
  std::uint32_t interestEnd = std::max(line.columnAfter(caretByte + 1), caretColumn + 1);
  if (auto first = caret.find_first_not_of(' '); first != std::string_view::npos) {
    interestBegin = std::min(interestBegin, static_cast<std::uint32_t>(first));
    interestEnd = std::max(interestEnd, static_cast<std::uint32_t>(caret.find_last_not_of(' ') + 1));
  }
  for (const Placement& p : placements) {
    interestBegin = std::min(interestBegin, p.column);
    interestEnd = std::max(interestEnd, p.column + p.width);
  }
  interestEnd = std::min(interestEnd, lineEnd);

  std::uint32_t begin = interestBegin;
  if (interestEnd - interestBegin > kWindowColumns) {
    // Too much to show: keep a little before the caret, the rest after it.
    const std::uint32_t before = kWindowColumns / 4;
    begin = std::max(begin, caretColumn > before ? caretColumn - before : 0);
  } else {
    const std::uint32_t slack = kWindowColumns - (interestEnd - interestBegin);
    begin -= std::min(begin, slack / 2);
  }
  std::uint32_t end = std::min(lineEnd, begin + kWindowColumns);
  begin = end > kWindowColumns ? end - kWindowColumns : 0;

  // Snap inwards to whole glyphs so every shown column lines up.
  Window window{lineEnd, lineEnd};
  for (const Glyph& glyph : line.glyphs()) {
    if (glyph.column < begin)
      continue;
    if (glyph.column + glyph.width > end)
      break;
    window.begin = std::min(window.begin, glyph.column);
    window.end = glyph.column + glyph.width;
  }
  if (end == lineEnd)
    window.end = lineEnd;
  return window;
}

std::vector<SourcePiece> sourcePieces(const DisplayLine& line, Window window) {
  std::vector<SourcePiece> pieces;
  auto append = [&](std::string text, bool escaped) {
    if (pieces.empty() || pieces.back().escaped != escaped)
      pieces.push_back({std::string(), escaped});
    pieces.back().text += text;
  };
  if (window.cutBefore())
    append(std::string(kEllipsis), false);
  for (const Glyph& glyph : line.glyphs()) {
    if (glyph.column < window.begin || glyph.column + glyph.width > window.end)
      continue;
    bool escaped = glyph.kind == GlyphKind::EscapedByte || glyph.kind == GlyphKind::EscapedCodePoint;
    append(line.render(glyph), escaped);
  }
  if (window.end < line.endColumn())
    append(std::string(kEllipsis), false);
  return pieces;
}

std::string windowedCaretLine(const std::string& caret, Window window, std::uint32_t lineEnd) {
  std::string shown = window.cutBefore() ? std::string(kEllipsis.size(), ' ') : std::string();
  // At the end of the line the caret may sit one past the last glyph.
  std::size_t length = window.end == lineEnd ? std::string::npos : window.end - window.begin;
  shown += caret.substr(window.begin, length);
  shown.erase(shown.find_last_not_of(' ') + 1);
  return shown;
}

std::string fixItLineFor(const std::vector<Placement>& placements, Window window,
                         std::uint32_t lineEnd) {
  const std::uint32_t indent = window.cutBefore() ? static_cast<std::uint32_t>(kEllipsis.size()) : 0;
  const bool cutAfter = window.end < lineEnd;
  std::string shown;
  std::uint32_t column = 0; // display column reached on the fix-it line
  for (const Placement& p : placements) {
    if (p.column < window.begin || (cutAfter && p.column > window.end))
      continue; // its place on the source line is not shown
    const std::uint32_t target = std::max(column, p.column - window.begin + indent);
    shown.append(target - column, ' ');
    shown += p.text;
    column = target + p.width;
  }
  return shown;
}

} // namespace

Snippet renderSnippet(const SnippetRequest& request) {
  const DisplayLine line(request.line, request.tabStop);
  const std::uint32_t caretByte = std::min(request.caretByte, static_cast<std::uint32_t>(request.line.size()));
  const std::uint32_t caretColumn = line.columnAt(caretByte);
  const std::string caret = caretLineFor(line, request, caretColumn);
  const std::vector<Placement> placements = placeInsertions(line, request);
  const Window window = chooseWindow(line, caret, caretByte, placements);

  Snippet snippet;
  snippet.source = sourcePieces(line, window);
  snippet.caretLine = windowedCaretLine(caret, window, line.endColumn());
  snippet.fixItLine = fixItLineFor(placements, window, line.endColumn());
  return snippet;
}

} // namespace dlint
