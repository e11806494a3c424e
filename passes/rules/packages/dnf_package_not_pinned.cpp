// DF436: `dnf install httpd` (or microdnf, tdnf, dnf5) takes the newest build the repositories
// hold at build time; `httpd-2.4.57` names the version.
#include "passes/rules/RuleClass.h"
#include "passes/rules/packages/Pinning.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(DnfPackageNotPinned);

namespace {

bool isDnfInstall(const ToolInvocation& call) {
  return (call.tool == "dnf" || call.tool == "dnf5" || call.tool == "microdnf" || call.tool == "tdnf") &&
         call.subcommand && call.subcommand->is("install");
}

std::optional<std::string> dnfProblem(const ToolInvocation&, std::string_view operand) {
  return packages::rpmProblem(operand);
}

} // namespace

void DnfPackageNotPinned::check(RuleContext& context) const {
  packages::reportUnpinnedPackages(context, info(), {isDnfInstall, nullptr, dnfProblem, nullptr});
}

} // namespace dlint::passes::rules
