#pragma once
// SourceManager owns the bytes of every input and maps byte offsets to lines and columns.
// Lines and columns are computed only when something is rendered, never per AST node.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dlint {

using FileID = std::uint32_t;

/// A half-open byte range [begin, end) into one file's buffer.
struct SourceRange {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  constexpr std::uint32_t size() const { return end - begin; }
  constexpr bool empty() const { return begin == end; }
  constexpr bool contains(std::uint32_t offset) const { return offset >= begin && offset < end; }
  friend constexpr bool operator==(SourceRange, SourceRange) = default;
};

/// A rendered position. Every field is 1-based.
struct LineColumn {
  std::uint32_t line = 1;
  std::uint32_t byteColumn = 1;      ///< bytes from the line start, as clang prints
  std::uint32_t codePointColumn = 1; ///< Unicode code points, as SARIF's "unicodeCodePoints"
  std::uint32_t utf16Column = 1;     ///< UTF-16 code units, as LSP and SARIF's "utf16CodeUnits"
};

class SourceFile {
public:
  SourceFile(std::string name, std::string bytes);

  std::string_view name() const { return name_; }
  std::string_view text() const { return bytes_; }
  std::uint32_t size() const { return static_cast<std::uint32_t>(bytes_.size()); }

  /// Number of lines; a final line without '\n' counts, an empty file has one empty line.
  std::uint32_t lineCount() const;
  /// Byte offset where 1-based `line` starts.
  std::uint32_t lineStart(std::uint32_t line) const;
  /// The text of 1-based `line` without its '\n' and without a trailing '\r'.
  std::string_view lineText(std::uint32_t line) const;
  /// The 1-based line holding `offset` (an offset equal to size() is on the last line).
  std::uint32_t lineOf(std::uint32_t offset) const;
  LineColumn locate(std::uint32_t offset) const;

  /// Byte ranges holding secret values, which every consumer masks (diagnostics/Redaction.h).
  const std::vector<SourceRange>& secrets() const { return secrets_; }
  /// Records a secret range (clamped to the file); a range already recorded is kept once.
  void addSecret(SourceRange range);

private:
  void buildLineTable() const;

  std::string name_;
  std::string bytes_;
  mutable std::vector<std::uint32_t> lineStarts_; // built on first use
  std::vector<SourceRange> secrets_;
};

class SourceManager {
public:
  FileID addFile(std::string name, std::string bytes);
  const SourceFile& file(FileID id) const { return *files_.at(id); }
  SourceFile& file(FileID id) { return *files_.at(id); }
  std::size_t fileCount() const { return files_.size(); }

private:
  std::vector<std::unique_ptr<SourceFile>> files_;
};

} // namespace dlint
