// DF438: `go install example.com/tool@latest` (or `go get example.com/lib` with no version)
// builds whatever the module's newest release is that day; `@v1.2.3` names it.
#include "passes/rules/RuleClass.h"
#include "passes/rules/packages/Pinning.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(GoModuleNotPinned);

namespace {

bool isGoFetch(const ToolInvocation& call) {
  return call.tool == "go" && call.subcommand &&
         (call.subcommand->is("install") || call.subcommand->is("get") || call.subcommand->is("run"));
}

/// `go run pkg@v1 args...`: the words after the package are the program's arguments.
bool isGoRun(const ToolInvocation& call) { return call.subcommand->is("run"); }

/// Module queries that move: they name a branch or "the newest", not a version.
bool isMovingQuery(std::string_view query) {
  for (std::string_view moving : {"latest", "upgrade", "patch", "master", "main", "HEAD"})
    if (query == moving)
      return true;
  return false;
}

std::optional<std::string> goProblem(const ToolInvocation& call, std::string_view operand) {
  // Local packages (`.`, `./cmd/...`, `main.go`) and standard-library paths (`std`, `cmd/go`)
  // come with the source or the toolchain; a remote module path has a dot in its first element.
  std::string_view path = operand.substr(0, operand.find('@'));
  if (packages::isPathOrUrl(operand) || operand.ends_with(".go") ||
      path.substr(0, path.find('/')).find('.') == std::string_view::npos)
    return std::nullopt;
  std::size_t at = operand.find('@');
  if (at != std::string_view::npos) {
    std::string_view query = operand.substr(at + 1);
    if (!isMovingQuery(query))
      return std::nullopt;
    return "'" + std::string(operand) + "' is not pinned: '@" + std::string(query) +
           "' moves with every push or release; write '" + std::string(path) + "@<version>'";
  }
  // Without `@`, `go install` and `go run` build the version the current module's go.mod
  // requires (or fail outside a module); `go get` fetches the newest release.
  if (!call.subcommand->is("get"))
    return std::nullopt;
  return "'go get " + std::string(operand) + "' without a version fetches the newest release: write '" +
         std::string(operand) + "@<version>'";
}

} // namespace

void GoModuleNotPinned::check(RuleContext& context) const {
  packages::reportUnpinnedPackages(context, info(), {isGoFetch, nullptr, goProblem, isGoRun});
}

} // namespace dlint::passes::rules
