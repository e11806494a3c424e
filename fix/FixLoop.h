#pragma once
// Fixing repeats until nothing changes (DESIGN.md): apply the applicable fixes, re-parse and
// re-lint the new text, and go again, because one fix can uncover or unblock another.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/Diagnostic.h"
#include "fix/FixApplier.h"

namespace dlint::fix {

/// What linting one version of the text found.
struct LintSnapshot {
  std::vector<Diagnostic> diagnostics; ///< the reported (selected) diagnostics, whose fixes may be applied
  std::size_t syntaxErrors = 0;        ///< DF1xx syntax diagnostics, counted whatever is selected
  std::vector<std::string> secrets;    ///< secret values found in this text, to mask in a diff
};

/// Parses and lints `text` afresh.
using LintFunction = std::function<LintSnapshot(std::string_view text)>;

/// At most this many apply/re-lint rounds; needing more is a bug in a rule (two fixes that
/// undo each other, or a fix that does not remove its finding).
inline constexpr std::size_t kMaxFixRounds = 10;

struct FixLoopResult {
  std::string text;             ///< the fixed text (the input when nothing applied)
  std::size_t fixesApplied = 0; ///< findings fixed, over every kept round
  std::size_t rounds = 0;       ///< rounds whose edits were kept
  bool hitRoundLimit = false;   ///< applicable fixes were still left after kMaxFixRounds
  /// A round would have added syntax errors; its edits were dropped and fixing stopped there.
  bool discardedSyntaxRound = false;
  /// Secret values seen in any version of the text: --diff masks them (secrets are never echoed).
  std::vector<std::string> secrets;
};

FixLoopResult fixUntilStable(std::string text, const LintFunction& lint, FixPolicy policy);

/// True when `code` is a frontend syntax code: DF100-DF199 (Dockerfiles), EV100-EV199 (.env).
bool isSyntaxCode(std::string_view code);

} // namespace dlint::fix
