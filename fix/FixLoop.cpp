#include "fix/FixLoop.h"

#include <algorithm>

namespace dlint::fix {
namespace {

std::vector<const FixIt*> applicableFixes(const LintSnapshot& snapshot, FixPolicy policy) {
  std::vector<const FixIt*> fixes;
  for (const Diagnostic& diagnostic : snapshot.diagnostics)
    if (const FixIt* fix = applicableFix(diagnostic, policy)) fixes.push_back(fix);
  return fixes;
}

void keepSecrets(const LintSnapshot& snapshot, std::vector<std::string>& secrets) {
  for (const std::string& secret : snapshot.secrets)
    if (std::find(secrets.begin(), secrets.end(), secret) == secrets.end()) secrets.push_back(secret);
}

} // namespace

bool isSyntaxCode(std::string_view code) {
  return code.size() == 5 && (code.substr(0, 3) == "DF1" || code.substr(0, 3) == "EV1") && code[3] >= '0' &&
         code[3] <= '9' && code[4] >= '0' && code[4] <= '9';
}

FixLoopResult fixUntilStable(std::string text, const LintFunction& lint, FixPolicy policy) {
  FixLoopResult result;
  LintSnapshot current = lint(text);
  keepSecrets(current, result.secrets);
  for (;;) {
    std::vector<const FixIt*> fixes = applicableFixes(current, policy);
    if (fixes.empty()) break;
    if (result.rounds == kMaxFixRounds) {
      result.hitRoundLimit = true;
      break;
    }
    ApplyResult applied = applyFixes(text, fixes);
    if (applied.text == text) break; // only no-op or invalid fixes are left
    LintSnapshot next = lint(applied.text);
    keepSecrets(next, result.secrets);
    // Never introduce a syntax error: the whole round goes, and fixing stops.
    if (next.syntaxErrors > current.syntaxErrors) {
      result.discardedSyntaxRound = true;
      break;
    }
    text = std::move(applied.text);
    current = std::move(next);
    result.fixesApplied += applied.applied;
    ++result.rounds;
  }
  result.text = std::move(text);
  return result;
}

} // namespace dlint::fix
