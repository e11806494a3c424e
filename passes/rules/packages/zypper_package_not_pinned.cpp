// DF437: `zypper install curl` takes the newest build the repositories hold at build time;
// `curl=8.0.1` or `'curl>=8'` names the version.
#include "passes/rules/RuleClass.h"
#include "passes/rules/packages/Pinning.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(ZypperPackageNotPinned);

namespace {

bool isZypperInstall(const ToolInvocation& call) {
  return call.tool == "zypper" && call.subcommand && (call.subcommand->is("install") || call.subcommand->is("in"));
}

/// `-t pattern|patch|product` installs things that have no version to pin.
bool installsNonPackages(const ToolInvocation& call) {
  const std::vector<shell::Word>& words = call.command->words;
  for (std::size_t k = call.subcommandIndex + 1; k + 1 < words.size(); ++k)
    if ((words[k].is("-t") || words[k].is("--type")) && !words[k + 1].is("package"))
      return true;
  for (const shell::Word& word : words)
    if (word.value && word.value->starts_with("--type=") && *word.value != "--type=package")
      return true;
  return false;
}

std::optional<std::string> zypperProblem(const ToolInvocation&, std::string_view operand) {
  if (packages::isPathOrUrl(operand) || operand.ends_with(".rpm") ||
      operand.find_first_of("=<>") != std::string_view::npos)
    return std::nullopt;
  for (std::string_view kind : {"pattern:", "patch:", "product:", "application:"})
    if (operand.starts_with(kind))
      return std::nullopt;
  return packages::notPinned(operand, std::string(operand) + "=<version>");
}

} // namespace

void ZypperPackageNotPinned::check(RuleContext& context) const {
  packages::reportUnpinnedPackages(context, info(), {isZypperInstall, installsNonPackages, zypperProblem, nullptr});
}

} // namespace dlint::passes::rules
