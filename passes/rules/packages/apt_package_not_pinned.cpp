// DF430: `apt-get install curl` installs whatever version the mirror has that day, so two builds
// of one Dockerfile can differ; `curl=7.88.1-10+deb12u5` names the version.
#include "passes/rules/RuleClass.h"
#include "passes/rules/packages/Pinning.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(AptPackageNotPinned);

namespace {

bool isAptInstall(const ToolInvocation& call) {
  return (call.tool == "apt-get" || call.tool == "apt") && call.subcommand && call.subcommand->is("install");
}

std::optional<std::string> aptProblem(const ToolInvocation&, std::string_view operand) {
  // Local .deb files and paths install a file; `pkg-` asks apt to remove pkg.
  if (packages::isPathOrUrl(operand) || operand.ends_with(".deb") || operand.ends_with("-") ||
      operand.find('=') != std::string_view::npos)
    return std::nullopt;
  if (std::size_t slash = operand.find('/'); slash != std::string_view::npos) {
    std::string name(operand.substr(0, slash));
    return "'" + std::string(operand) + "' selects the release '" + std::string(operand.substr(slash + 1)) +
           "', not a version: write '" + name + "=<version>'";
  }
  return packages::notPinned(operand, std::string(operand) + "=<version>");
}

} // namespace

void AptPackageNotPinned::check(RuleContext& context) const {
  packages::reportUnpinnedPackages(context, info(), {isAptInstall, nullptr, aptProblem, nullptr});
}

} // namespace dlint::passes::rules
