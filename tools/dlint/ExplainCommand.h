#pragma once
// `dlint explain CODE|NAME|ALIAS`: print a rule's documentation page (docs/rules/CODE.md).

#include <ostream>

namespace dlint::cli {

/// argv[0] is "explain". Exit 0, 2 on a usage error, 4 (ExitUnknownRule) for an unknown code.
int runExplainCommand(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

} // namespace dlint::cli
