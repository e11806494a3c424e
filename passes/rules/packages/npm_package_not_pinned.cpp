// DF433: `npm install -g typescript` takes the 'latest' dist-tag at build time; `typescript@5.4.5`
// names the version. A bare `npm install` or `npm ci` installs from the lockfile and is fine.
#include "passes/rules/RuleClass.h"
#include "passes/rules/packages/Pinning.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(NpmPackageNotPinned);

namespace {

bool isNpmInstall(const ToolInvocation& call) {
  return call.tool == "npm" && packageAction(call) == PackageAction::Install;
}

/// A version or range starts as one: `1.2.3`, `v1`, `^1.2`, `~1.2`, `>=1`, `=1`; `npm:` aliases
/// carry their own spec. Anything else after `@` is a dist-tag (`latest`, `next`).
bool isVersionSpec(std::string_view spec) {
  if (spec.starts_with("npm:"))
    return true;
  if (spec.starts_with("v") && spec.size() > 1)
    spec.remove_prefix(1);
  return !spec.empty() && ((spec[0] >= '0' && spec[0] <= '9') || spec[0] == '^' || spec[0] == '~' ||
                           spec[0] == '<' || spec[0] == '>' || spec[0] == '=');
}

std::optional<std::string> npmProblem(const ToolInvocation&, std::string_view operand) {
  // Folders, tarballs, URLs and git specs (`user/repo`, `github:u/r#ref`) are not registry names.
  if (packages::isPathOrUrl(operand) || operand.ends_with(".tgz") || operand.ends_with(".tar.gz") ||
      operand.ends_with(".tar") || operand.find('#') != std::string_view::npos ||
      operand.find(':') != std::string_view::npos)
    return std::nullopt;
  bool scoped = operand.starts_with("@");
  std::size_t at = operand.find('@', scoped ? 1 : 0);
  std::string_view name = operand.substr(0, at);
  if (!scoped && name.find('/') != std::string_view::npos)
    return std::nullopt; // GitHub shorthand `user/repo`
  if (at == std::string_view::npos || at + 1 == operand.size())
    return packages::notPinned(operand, std::string(name) + "@<version>");
  std::string_view spec = operand.substr(at + 1);
  if (isVersionSpec(spec))
    return std::nullopt;
  return "'" + std::string(operand) + "' names the dist-tag '" + std::string(spec) +
         "', which moves: write '" + std::string(name) + "@<version>'";
}

} // namespace

void NpmPackageNotPinned::check(RuleContext& context) const {
  packages::reportUnpinnedPackages(context, info(), {isNpmInstall, nullptr, npmProblem, nullptr});
}

} // namespace dlint::passes::rules
