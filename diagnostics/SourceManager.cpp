#include "diagnostics/SourceManager.h"

#include <algorithm>

#include "diagnostics/Utf8.h"

namespace dlint {

SourceFile::SourceFile(std::string name, std::string bytes)
    : name_(std::move(name)), bytes_(std::move(bytes)) {}

void SourceFile::buildLineTable() const {
  if (!lineStarts_.empty())
    return;
  lineStarts_.push_back(0);
  for (std::size_t i = bytes_.find('\n'); i != std::string::npos; i = bytes_.find('\n', i + 1))
    lineStarts_.push_back(static_cast<std::uint32_t>(i + 1));
  // A final '\n' does not start a new line of its own.
  if (lineStarts_.size() > 1 && lineStarts_.back() == bytes_.size())
    lineStarts_.pop_back();
}

std::uint32_t SourceFile::lineCount() const {
  buildLineTable();
  return static_cast<std::uint32_t>(lineStarts_.size());
}

std::uint32_t SourceFile::lineStart(std::uint32_t line) const {
  buildLineTable();
  if (line == 0)
    return 0;
  if (line > lineStarts_.size())
    return size();
  return lineStarts_[line - 1];
}

std::string_view SourceFile::lineText(std::uint32_t line) const {
  std::uint32_t begin = lineStart(line);
  std::uint32_t end = line < lineCount() ? lineStart(line + 1) : size();
  std::string_view text(bytes_.data() + begin, end - begin);
  if (!text.empty() && text.back() == '\n')
    text.remove_suffix(1);
  if (!text.empty() && text.back() == '\r')
    text.remove_suffix(1);
  return text;
}

std::uint32_t SourceFile::lineOf(std::uint32_t offset) const {
  buildLineTable();
  auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
  return static_cast<std::uint32_t>(it - lineStarts_.begin());
}

LineColumn SourceFile::locate(std::uint32_t offset) const {
  offset = std::min(offset, size());
  LineColumn lc;
  lc.line = lineOf(offset);
  std::uint32_t start = lineStart(lc.line);
  std::string_view prefix(bytes_.data() + start, offset - start);
  lc.byteColumn = static_cast<std::uint32_t>(prefix.size()) + 1;
  lc.codePointColumn = static_cast<std::uint32_t>(utf8::countCodePoints(prefix)) + 1;
  lc.utf16Column = static_cast<std::uint32_t>(utf8::countUtf16Units(prefix)) + 1;
  return lc;
}

void SourceFile::addSecret(SourceRange range) {
  range.begin = std::min(range.begin, size());
  range.end = std::clamp(range.end, range.begin, size());
  if (range.empty() || std::find(secrets_.begin(), secrets_.end(), range) != secrets_.end())
    return;
  secrets_.push_back(range);
}

FileID SourceManager::addFile(std::string name, std::string bytes) {
  files_.push_back(std::make_unique<SourceFile>(std::move(name), std::move(bytes)));
  return static_cast<FileID>(files_.size() - 1);
}

} // namespace dlint
