#pragma once
// Applies fix-its to a text. Fixes are values with a safety level (DESIGN.md): Safe ones are
// applied by --fix, Unsafe ones only with --unsafe-fixes, DisplayOnly ones never.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/Diagnostic.h"

namespace dlint::fix {

/// Which applicability levels a run applies.
struct FixPolicy {
  bool unsafeFixes = false; ///< --unsafe-fixes: Unsafe fixes too
};

bool isApplicable(const FixIt& fix, FixPolicy policy);

/// The fix --fix would apply for `diagnostic`: its first applicable one, or null.
const FixIt* applicableFix(const Diagnostic& diagnostic, FixPolicy policy);

struct ApplyResult {
  std::string text;
  std::size_t applied = 0;  ///< fixes whose edits are in `text` (identical duplicates count once)
  std::size_t deferred = 0; ///< fixes skipped for overlapping an accepted one (a later round may apply them)
  std::size_t invalid = 0;  ///< fixes with an edit outside the text or edits overlapping each other
};

/// Applies `fixes` (in report order) to `text`. Fixes are considered in order of their first
/// edit's position (report order on ties); a fix whose edits overlap an already accepted fix
/// is skipped whole, as are fixes that repeat an accepted fix's edits exactly. Insertions at
/// one offset keep that order, and come before a replacement starting at the same offset.
/// Applicability is not checked here: pass only the fixes to apply.
ApplyResult applyFixes(std::string_view text, const std::vector<const FixIt*>& fixes);

} // namespace dlint::fix
