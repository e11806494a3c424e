// DF407: npm and yarn keep a copy of every downloaded package in their cache directory.
#include "passes/analyses/CacheMounts.h"
#include "passes/analyses/PackageCommands.h"
#include "passes/rules/RuleClass.h"
#include "passes/rules/cache/AppendToRun.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(NodeCacheNotCleaned);

namespace {

bool npmInstalls(std::string_view sub) {
  return sub == "install" || sub == "i" || sub == "add" || sub == "ci" || sub == "clean-install" ||
         sub == "install-clean" || sub == "ic" || sub == "install-test" || sub == "it" || sub == "update" ||
         sub == "up" || sub == "upgrade";
}

/// The word that makes a yarn call an install: `install`, `add`, `global add`, or `yarn` itself
/// when it has no subcommand (`yarn --frozen-lockfile`); null otherwise.
const shell::Word* yarnInstallWord(const ToolInvocation& call) {
  if (!call.subcommand) {
    for (std::string_view query : {"-v", "--version", "-h", "--help"})
      if (hasOption(call, query))
        return nullptr;
    return &call.command->words[call.toolIndex];
  }
  if (call.subcommand->is("install") || call.subcommand->is("add"))
    return call.subcommand;
  if (call.subcommand->is("global")) {
    const shell::Word* next = argumentAfterSubcommand(call);
    if (next && next->is("add"))
      return next;
  }
  return nullptr;
}

bool cleansCache(const ToolInvocation& call) {
  if (!call.subcommand || !call.subcommand->is("cache"))
    return false;
  const shell::Word* action = argumentAfterSubcommand(call);
  return action && (action->is("clean") || action->is("rm") || action->is("clear"));
}

struct Manager {
  std::string_view tool;
  std::string_view clean;
};
constexpr Manager kManagers[] = {{"npm", "npm cache clean --force"}, {"yarn", "yarn cache clean"}};

/// The cache stays out of the layer: a cache mount on it, or `rm -rf` of it in the same RUN.
bool cacheHandled(std::string_view tool, const RunScript& run) {
  const ast::Instruction& node = *run.instruction;
  if (tool == "npm")
    return hasCacheMountOnHome(node, ".npm") || removesHomePath(run, ".npm");
  return hasCacheMountOn(node, "/usr/local/share/.cache/yarn") || hasCacheMountOnHome(node, ".cache/yarn") ||
         hasCacheMountOnHome(node, ".yarn") || removesPath(run, "/usr/local/share/.cache/yarn") ||
         removesHomePath(run, ".cache/yarn") || removesHomePath(run, ".yarn");
}

} // namespace

void NodeCacheNotCleaned::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  for (const RunScript& run : context.get<ShellModel>().scripts()) {
    if (!shipsLayers(graph, run.stage))
      continue;
    const std::vector<ToolInvocation>& calls = invocationsIn(run);
    for (const Manager& manager : kManagers) {
      const shell::Word* install = nullptr;
      std::string what; // `npm ci`, `yarn global add`, `yarn`
      bool cleaned = false;
      for (const ToolInvocation& call : calls) {
        if (call.tool != manager.tool)
          continue;
        if (cleansCache(call))
          cleaned = true;
        else if (install)
          continue;
        else if (manager.tool == "yarn")
          install = yarnInstallWord(call);
        else if (call.subcommand && call.subcommand->value && npmInstalls(*call.subcommand->value))
          install = call.subcommand;
        if (install && what.empty()) {
          what = std::string(manager.tool);
          if (call.subcommand)
            what += " " + call.subcommand->raw + (install != call.subcommand ? " " + install->raw : "");
        }
      }
      if (!install || cleaned || cacheHandled(manager.tool, run))
        continue;
      Diagnostic d = context.make(info(), install->range,
                                  "'" + what + "' without '" + std::string(manager.clean) + "'");
      d.notes.push_back({"end the RUN with '&& " + std::string(manager.clean) +
                             "', or mount a cache on the cache directory with '--mount=type=cache'",
                         std::nullopt});
      // Unsafe: a later RUN of the stage may count on the cache (an offline install).
      if (auto fix = appendCommandFix(run, manager.clean, Applicability::Unsafe)) d.fixes.push_back(std::move(*fix));
      context.emit(std::move(d));
    }
  }
}

} // namespace dlint::passes::rules
