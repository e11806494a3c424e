#pragma once
// Suppression comments (docs/suppressions.md): `# dlint ignore=CODE[,CODE] [-- reason]` for the
// next instruction, `ignore-stage=` for a stage, `ignore-file=` for the file; hadolint's
// `# hadolint [global] ignore=DL...` and BuildKit's `# check=skip=...` mapped through aliases.
// The analysis only reads comments; passes/Linter.cpp drops the diagnostics they cover.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/Diagnostic.h"
#include "passes/RuleInfo.h"

namespace dlint::passes {

class AnalysisManager;

// ---- the comment parser (pure text; positions are offsets into the comment) --------------------

enum class SuppressionForm : std::uint8_t {
  Ignore,           ///< `# dlint ignore=`: the next instruction
  IgnoreStage,      ///< `# dlint ignore-stage=`: the stage the comment is in
  IgnoreFile,       ///< `# dlint ignore-file=`: the whole file
  HadolintIgnore,   ///< `# hadolint ignore=`: the next instruction
  HadolintGlobal,   ///< `# hadolint global ignore=`: the whole file
  BuildkitSkip      ///< `# check=skip=`: the whole file
};

/// True for the forms other tools define: dlint honours them but never reports them as unused.
bool isForeignForm(SuppressionForm form);

struct CommentToken {
  std::size_t offset = 0; ///< into the parsed text
  std::string text;
};

/// A comment that is (or tries to be) a suppression.
struct ParsedSuppressionComment {
  SuppressionForm form = SuppressionForm::Ignore;
  std::size_t listBegin = 0, listEnd = 0; ///< the code list, offsets into the text
  std::vector<CommentToken> codes;
  std::string reason;                     ///< after `--`, trimmed; empty when none
  std::optional<std::string> error;       ///< a malformed dlint comment: what is wrong
  std::optional<CommentToken> badWord;    ///< the misspelt form word, for did-you-mean
};

/// Parses one comment line (`#` to end of line). nullopt when it is an ordinary comment.
std::optional<ParsedSuppressionComment> parseSuppressionComment(std::string_view comment);
/// Parses the value of BuildKit's `check` directive (`skip=A,B;error=true`); nullopt without `skip=`.
std::optional<ParsedSuppressionComment> parseCheckDirectiveValue(std::string_view value);

// ---- resolving codes -----------------------------------------------------------------------------

enum class CodeStatus : std::uint8_t {
  Rules,        ///< resolves to one or more rules
  NoEquivalent, ///< another tool's ID that no dlint rule maps to: skipped silently
  Unknown,      ///< not a code, name or alias dlint knows
  SyntaxCode,   ///< a DF1xx syntax code: parsing errors cannot be suppressed by comments
  EnvCode       ///< an EV code: those rules read .env files, not Dockerfiles
};

struct ResolvedCode {
  SourceRange range;
  std::string text;
  CodeStatus status = CodeStatus::Unknown;
  std::vector<const RuleInfo*> rules;
  std::optional<std::string> suggestion; ///< did-you-mean for Unknown
};

/// What a code in a comment of `form` stands for.
ResolvedCode resolveSuppressionCode(std::string_view text, SuppressionForm form);

// ---- the analysis --------------------------------------------------------------------------------

struct Suppression {
  SuppressionForm form = SuppressionForm::Ignore;
  SourceRange comment;    ///< the comment (or the `check` directive)
  SourceRange list;       ///< the code list
  SourceRange scope;      ///< diagnostics whose range begins here are covered; may be empty
  std::vector<ResolvedCode> codes;
  std::string reason;
};

/// A dlint comment that does not parse.
struct MalformedSuppression {
  SourceRange range;
  std::string message;
  std::optional<std::string> suggestion;
  SourceRange suggestionRange; ///< what the suggestion replaces
};

struct Suppressions {
  std::vector<Suppression> entries;
  std::vector<MalformedSuppression> malformed;

  static Suppressions build(AnalysisManager& analyses);
};

/// Applies the suppressions and remembers, per entry and code, whether anything matched.
class SuppressionMatcher {
public:
  explicit SuppressionMatcher(const Suppressions& suppressions);
  /// True when `diagnostic` is covered; every covering code is marked used.
  bool suppresses(const Diagnostic& diagnostic);
  bool used(std::size_t entry, std::size_t code) const { return used_[entry][code]; }
  const Suppressions& suppressions() const { return suppressions_; }

private:
  const Suppressions& suppressions_;
  std::vector<std::vector<bool>> used_;
};

} // namespace dlint::passes
