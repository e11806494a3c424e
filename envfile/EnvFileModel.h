#pragma once
// What a .env file says, with the byte range of everything in it. Built by EnvParser; read by
// the EV rules (passes/env) and by `dlint secret validate`. No PEGTL types here.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/SourceManager.h"

namespace dlint::envfile {

enum class QuoteKind : std::uint8_t {
  None,   ///< unquoted: to the end of the line or to ` #`, right-trimmed
  Single, ///< '...': literal except `\'`
  Double  ///< "...": escapes (`\n`, `\"`, `\\`, `\$`, ...) and references
};

/// A `$NAME` or `${NAME...}` in a value (compose expands them; single-quoted values have none).
struct EnvReference {
  SourceRange range; ///< `$NAME` or `${...}` as written, nested ones included separately
  std::string name;  ///< the variable it reads
  bool braced = false;
};

struct EnvEntry {
  std::uint32_t line = 1;                   ///< 1-based line of the key
  SourceRange statement;                    ///< from the first non-blank byte to the end of the value or comment
  std::optional<SourceRange> exportKeyword; ///< `export`, when the statement starts with it
  SourceRange key;
  std::string keyText;
  std::optional<SourceRange> separator;     ///< `=` or `:`; none for a key alone (inherited)
  /// The value as written, quotes included. Empty (at the position after the separator's
  /// white space) for `KEY=` and for a key alone.
  SourceRange value;
  SourceRange valueContent;                 ///< inside the quotes; equal to `value` when unquoted
  QuoteKind quote = QuoteKind::None;
  /// The value after quote and escape processing, as compose stores it before expanding
  /// references (which stay as written; `$$` stays `$$`).
  std::string decoded;
  std::vector<EnvReference> references;
  std::optional<SourceRange> comment;       ///< an inline `# ...` after the value

  /// `KEY` alone: compose copies the variable from its own environment, if set.
  bool inherited() const { return !separator.has_value(); }
  bool hasReferences() const { return !references.empty(); }
  /// The value spans more than one line (a quoted value with newlines inside).
  bool multiLine(const SourceFile& source) const { return source.lineOf(value.end) != line; }
};

/// A full-line comment (inline comments are on their entries).
struct EnvComment {
  std::uint32_t line = 1;
  SourceRange range; ///< from `#` to the end of the line, without the newline
};

/// The value text of a statement that failed to parse (an unterminated or mis-closed quote),
/// kept so that it can be masked like a value when its key names a secret.
struct EnvUnparsedValue {
  std::string keyText;
  SourceRange range;
};

struct EnvFileModel {
  FileID file = 0;
  std::vector<EnvEntry> entries;   ///< in file order; duplicates kept
  std::vector<EnvComment> comments;
  /// Lines where a statement failed to parse (the parser reported it and went on).
  std::vector<std::uint32_t> errorLines;
  std::vector<EnvUnparsedValue> unparsedValues;
};

} // namespace dlint::envfile
