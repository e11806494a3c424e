// DF432: `pip install flask` resolves to the newest release on PyPI at build time, and pulls its
// dependencies the same way; `flask==3.0.3` (or a requirements or constraints file) fixes it.
#include "passes/rules/RuleClass.h"
#include "passes/rules/packages/Pinning.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(PipPackageNotPinned);

namespace {

bool isPipInstall(const ToolInvocation& call) {
  return call.tool == "pip" && call.subcommand && call.subcommand->is("install");
}

/// A constraints file pins whatever the command installs.
bool pipConstrained(const ToolInvocation& call) {
  return hasOption(call, "-c") || hasOption(call, "--constraint");
}

bool upgrades(const ToolInvocation& call) {
  return hasOption(call, "--upgrade") || hasOption(call, "-U") || hasShortOption(call, 'U');
}

std::optional<std::string> pipProblem(const ToolInvocation& call, std::string_view operand) {
  // Paths, URLs, VCS specs and local archives are not registry names.
  if (packages::isPathOrUrl(operand) || operand.find('/') != std::string_view::npos ||
      operand.ends_with(".whl") || operand.ends_with(".tar.gz") || operand.ends_with(".zip") ||
      operand.ends_with(".tgz") || operand.ends_with(".tar.bz2"))
    return std::nullopt;
  // Any version specifier counts (PEP 440: ==, ===, ~=, !=, <, <=, >, >=), as does `name @ url`.
  if (operand.find_first_of("=<>~@") != std::string_view::npos)
    return std::nullopt;
  // `pip install --upgrade pip` updates the installer itself, a deliberate "newest" (documented).
  if ((operand == "pip" || operand.starts_with("pip[")) && upgrades(call))
    return std::nullopt;
  return packages::notPinned(operand, std::string(operand) + "==<version>");
}

} // namespace

void PipPackageNotPinned::check(RuleContext& context) const {
  packages::reportUnpinnedPackages(context, info(), {isPipInstall, pipConstrained, pipProblem, nullptr});
}

} // namespace dlint::passes::rules
