// DF404: without '--no-cache', apk keeps its index under /var/cache/apk in the layer.
#include "passes/analyses/CacheMounts.h"
#include "passes/analyses/PackageCommands.h"
#include "passes/rules/RuleClass.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(ApkAddWithoutNoCache);

void ApkAddWithoutNoCache::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  for (const RunScript& run : context.get<ShellModel>().scripts()) {
    // The cheap test first: most RUNs run no apk at all.
    if (!runsSubcommand(run, {"apk"}, "add"))
      continue;
    if (!shipsLayers(graph, run.stage) || hasCacheMountOn(*run.instruction, "/var/cache/apk") ||
        hasCacheMountOn(*run.instruction, "/etc/apk/cache") || removesPath(run, "/var/cache/apk"))
      continue;
    const std::vector<ToolInvocation>& calls = invocationsIn(run);
    const ToolInvocation* update = nullptr;
    for (const ToolInvocation& call : calls)
      if (call.tool == "apk" && call.subcommand && call.subcommand->is("update") && !update)
        update = &call;
    for (const ToolInvocation& call : calls) {
      // `--no-network` fetches nothing, so it writes no index either.
      if (call.tool != "apk" || !call.subcommand || !call.subcommand->is("add") || hasOption(call, "--no-cache") ||
          hasOption(call, "--no-network"))
        continue;
      Diagnostic d = context.make(info(), call.subcommand->range, "'apk add' without '--no-cache'");
      SourceRange after{call.subcommand->range.end, call.subcommand->range.end};
      d.fixes.push_back({"add '--no-cache'", {{after, " --no-cache"}}, Applicability::Safe});
      if (update)
        d.notes.push_back({"'apk update' stores the index too; with '--no-cache' it is not needed", update->subcommand->range});
      context.emit(std::move(d));
    }
  }
}

} // namespace dlint::passes::rules
