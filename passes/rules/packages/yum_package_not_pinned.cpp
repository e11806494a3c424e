// DF435: `yum install httpd` takes the newest build the enabled repositories hold at build time;
// `httpd-2.4.57` names the version.
#include "passes/rules/RuleClass.h"
#include "passes/rules/packages/Pinning.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(YumPackageNotPinned);

namespace {

bool isYumInstall(const ToolInvocation& call) {
  return call.tool == "yum" && call.subcommand && call.subcommand->is("install");
}

std::optional<std::string> yumProblem(const ToolInvocation&, std::string_view operand) {
  return packages::rpmProblem(operand);
}

} // namespace

void YumPackageNotPinned::check(RuleContext& context) const {
  packages::reportUnpinnedPackages(context, info(), {isYumInstall, nullptr, yumProblem, nullptr});
}

} // namespace dlint::passes::rules
