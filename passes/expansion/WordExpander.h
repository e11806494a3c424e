#pragma once
// BuildKit's variable expansion of one word (frontend/dockerfile/shell/lex.go ProcessWord and
// ProcessWords), reproduced exactly, quirks included, plus what a linter needs on top: every
// variable reference with its byte range in the word and whether it was set.
//
// Offsets are byte offsets into the word as passed in (for an AST word, its logical text;
// ast::LogicalText maps them back to the file). docs/expansion.md lists what is expanded where.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/SourceManager.h"
#include "passes/expansion/Environment.h"

namespace dlint::expansion {

struct ExpandOptions {
  char escape = '\\';             ///< the `# escape=` character: '\\' or '`'
  bool skipProcessQuotes = false; ///< Lex.SkipProcessQuotes: quotes are plain (COPY/ADD heredoc bodies)
  bool rawQuotes = false;         ///< Lex.RawQuotes: quote characters stay in the result
  bool rawEscapes = false;        ///< Lex.RawEscapes: escape characters stay in the result
  bool skipUnsetEnv = false;      ///< Lex.SkipUnsetEnv: references to unset names stay as written
};

/// One `$NAME` or `${NAME…}` in a word.
struct VariableReference {
  std::string name;
  SourceRange range;     ///< from `$` to the end of the name or the closing `}`
  SourceRange nameRange; ///< the name alone
  /// "" for `$X` and `${X}`; else ":-" "-" ":+" "+" ":?" "?" "#" "##" "%" "%%" "/" "//",
  /// or the unsupported modifier BuildKit rejected (":=").
  std::string op;
  bool braced = false;
  unsigned depth = 0; ///< 0 at top level, 1 inside another reference's word, and so on
  /// The name was in the environment when BuildKit looked it up (processWord / processWords
  /// only; findReferences leaves it false).
  bool set = false;

  friend bool operator==(const VariableReference&, const VariableReference&) = default;
};

struct ExpandError {
  /// BuildKit's own text, e.g. "syntax error: missing '}'", "FOO: is not allowed to be unset".
  std::string message;
  /// As ProcessWord returns it: `failed to process "<word>": <message>`.
  std::string processMessage;
  /// The construct that failed: a reference from its `$`, or a quote from its opening
  /// character, to where BuildKit stopped reading.
  SourceRange range;
};

struct ExpandResult {
  std::string value;                         ///< empty when there is an error
  std::optional<ExpandError> error;
  /// Every reference BuildKit looked up, in lookup order (a modifier's word is expanded
  /// before its own name is looked up: `${A:-$B}` gives B, then A).
  std::vector<VariableReference> references;

  bool ok() const { return !error.has_value(); }
};

struct WordsResult {
  std::vector<std::string> words;            ///< empty when there is an error
  std::optional<ExpandError> error;
  std::vector<VariableReference> references; ///< as in ExpandResult

  bool ok() const { return !error.has_value(); }
};

/// ProcessWord: quotes and escapes removed, references expanded, one string.
ExpandResult processWord(std::string_view word, const Environment& env, ExpandOptions options = {});

/// ProcessWords: the same expansion, split on unquoted whitespace. As in BuildKit at the
/// reference commit, a `${…}` with a modifier word (or a replacement) drops the part of the
/// current word before it (`a${X:-b}` gives ["b"]): the lexer's word buffer is shared with
/// the nested word and reset by it. EXPOSE is the one instruction that splits words.
WordsResult processWords(std::string_view word, const Environment& env, ExpandOptions options = {});

/// Names BuildKit did not find, once each, in first-lookup order (its `Unmatched` set).
std::vector<std::string> unmatchedNames(const std::vector<VariableReference>& references);

} // namespace dlint::expansion
