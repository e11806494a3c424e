// DF431: `apk add curl` takes whatever the repository holds at build time; `curl=8.5.0-r0` or the
// fuzzy `curl~8.5` names the version.
#include "passes/rules/RuleClass.h"
#include "passes/rules/packages/Pinning.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(ApkPackageNotPinned);

namespace {

bool isApkAdd(const ToolInvocation& call) { return call.tool == "apk" && call.subcommand && call.subcommand->is("add"); }

std::optional<std::string> apkProblem(const ToolInvocation&, std::string_view operand) {
  // apk's version operators: =, ~, ~=, >, <, >=, <=, ><.
  if (packages::isPathOrUrl(operand) || operand.ends_with(".apk") ||
      operand.find_first_of("=~<>") != std::string_view::npos)
    return std::nullopt;
  if (std::size_t at = operand.find('@'); at != std::string_view::npos && at > 0) {
    return "'" + std::string(operand) + "' selects the repository tag '" + std::string(operand.substr(at + 1)) +
           "', not a version: write '" + std::string(operand) + "=<version>'";
  }
  return packages::notPinned(operand, std::string(operand) + "=<version>");
}

} // namespace

void ApkPackageNotPinned::check(RuleContext& context) const {
  packages::reportUnpinnedPackages(context, info(), {isApkAdd, nullptr, apkProblem, nullptr});
}

} // namespace dlint::passes::rules
