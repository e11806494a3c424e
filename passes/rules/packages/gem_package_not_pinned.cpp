// DF434: `gem install rails` takes the newest release at build time; `-v 7.1.3` or `rails:7.1.3`
// names the version.
#include "passes/rules/RuleClass.h"
#include "passes/rules/packages/Pinning.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(GemPackageNotPinned);

namespace {

bool isGemInstall(const ToolInvocation& call) {
  return call.tool == "gem" && call.subcommand && call.subcommand->is("install");
}

/// `-v`/`--version` pins the gem; `-g`/`--file` installs from a Gemfile (and its lock).
bool gemPinsAll(const ToolInvocation& call) {
  return hasOption(call, "-v") || hasOption(call, "--version") || hasOption(call, "-g") || hasOption(call, "--file");
}

std::optional<std::string> gemProblem(const ToolInvocation&, std::string_view operand) {
  if (packages::isPathOrUrl(operand) || operand.ends_with(".gem") || operand.find(':') != std::string_view::npos)
    return std::nullopt;
  return "'" + std::string(operand) + "' is not pinned to a version: add '-v <version>' or write '" +
         std::string(operand) + ":<version>'";
}

} // namespace

void GemPackageNotPinned::check(RuleContext& context) const {
  packages::reportUnpinnedPackages(context, info(), {isGemInstall, gemPinsAll, gemProblem, nullptr});
}

} // namespace dlint::passes::rules
