#pragma once
// --fix, --unsafe-fixes and --diff for one Dockerfile: run the fix loop over its text with a
// scratch pipeline (nothing is printed), so the driver can write, diff or print the result
// and then lint the fixed text as usual.

#include <string>
#include <string_view>

#include "fix/FixLoop.h"
#include "tools/dlint/Options.h"
#include "tools/dlint/FileSettings.h"

namespace dlint::cli {

/// Fixes `text` (named `name` in any message), a Dockerfile or with `envFile` a .env file, with
/// the fixes of the diagnostics `settings` reports (its selection; rules set to `off` are not
/// fixed). Syntax errors are counted whatever is selected.
fix::FixLoopResult fixText(const Options& options, const FileSettings& settings, std::string_view name,
                           std::string text, bool envFile);

/// Totals for the summary line on standard error.
struct FixTotals {
  std::size_t findings = 0;
  std::size_t files = 0;
};

/// `fixed 3 findings in 2 files` (`would fix ...` for --diff).
std::string fixSummary(const FixTotals& totals, bool dryRun);

} // namespace dlint::cli
