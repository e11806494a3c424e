// DF402: /var/lib/apt/lists holds tens of megabytes that the image never needs at run time.
#include "passes/analyses/CacheMounts.h"
#include "passes/analyses/PackageCommands.h"
#include "passes/rules/RuleClass.h"
#include "passes/rules/cache/AppendToRun.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(AptListsNotRemoved);

void AptListsNotRemoved::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  for (const RunScript& run : context.get<ShellModel>().scripts()) {
    if (!shipsLayers(graph, run.stage) || hasCacheMountOn(*run.instruction, "/var/lib/apt/lists") ||
        removesAptLists(run))
      continue;
    for (const ToolInvocation& call : invocationsIn(run)) {
      bool apt = call.tool == "apt-get" || call.tool == "apt" || call.tool == "aptitude";
      if (apt && call.subcommand && call.subcommand->is("update")) {
        Diagnostic d = context.make(info(), call.subcommand->range, "apt lists are not removed after 'update'");
        d.notes.push_back({"end the RUN with '&& rm -rf /var/lib/apt/lists/*', or mount a cache on "
                           "/var/lib/apt/lists with '--mount=type=cache'",
                           std::nullopt});
        // Unsafe: a later RUN that installs without its own 'apt-get update' would then fail.
        if (auto fix = appendCommandFix(run, "rm -rf /var/lib/apt/lists/*", Applicability::Unsafe))
          d.fixes.push_back(std::move(*fix));
        context.emit(std::move(d));
        break;
      }
    }
  }
}

} // namespace dlint::passes::rules
