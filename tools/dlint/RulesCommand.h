#pragma once
// `dlint rules [--format=text|json]`: every code dlint can report, from the registries.

#include <ostream>

namespace dlint::cli {

/// argv[0] is "rules". Returns the exit code.
int runRulesCommand(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

} // namespace dlint::cli
