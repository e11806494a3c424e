// DF402: /var/lib/apt/lists holds tens of megabytes that the image never needs at run time.
#include <string>
#include <string_view>

#include "passes/analyses/CacheMounts.h"
#include "passes/analyses/PackageCommands.h"
#include "passes/rules/RuleClass.h"
#include "passes/rules/cache/AppendToRun.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(AptListsNotRemoved);

namespace {

bool isApt(std::string_view tool) { return tool == "apt-get" || tool == "apt" || tool == "aptitude"; }

/// Subcommands that read the lists `update` fetched.
bool usesLists(const ToolInvocation& call) {
  if (!isApt(call.tool) || !call.subcommand || !call.subcommand->value)
    return false;
  std::string_view sub = *call.subcommand->value;
  return sub == "install" || sub == "upgrade" || sub == "dist-upgrade" || sub == "full-upgrade" ||
         sub == "build-dep" || sub == "reinstall" || sub == "satisfy" || sub == "source" || sub == "download";
}

bool isUpdate(const ToolInvocation& call) {
  return isApt(call.tool) && call.subcommand && call.subcommand->is("update");
}

/// The first apt command of a later RUN (in `run`'s stage or a stage built FROM it) that reads
/// the lists `run` leaves behind without fetching its own: removing them in `run` would break
/// it. Null when `run` itself reads the lists after `update`, or no later RUN relies on them.
const ToolInvocation* laterReader(const StageGraph& graph, const ShellModel& model, const RunScript& run,
                                  const ToolInvocation& update) {
  for (const ToolInvocation& call : invocationsIn(run))
    if (usesLists(call) && call.subcommand->range.begin > update.subcommand->range.begin)
      return nullptr;
  bool after = false;
  for (const RunScript& later : model.scripts()) {
    if (&later == &run) {
      after = true;
      continue;
    }
    if (!after || !builtFrom(graph, later.stage, run.stage))
      continue;
    for (const ToolInvocation& call : invocationsIn(later)) {
      if (isUpdate(call))
        break; // this RUN fetches its own lists
      if (usesLists(call))
        return &call;
    }
  }
  return nullptr;
}

} // namespace

void AptListsNotRemoved::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  const ShellModel& model = context.get<ShellModel>();
  for (const RunScript& run : model.scripts()) {
    if (!shipsLayers(graph, run.stage) || hasCacheMountOn(*run.instruction, "/var/lib/apt/lists") ||
        removesAptLists(run))
      continue;
    for (const ToolInvocation& call : invocationsIn(run)) {
      if (!isUpdate(call))
        continue;
      Diagnostic d = context.make(info(), call.subcommand->range, "apt lists are not removed after 'update'");
      if (const ToolInvocation* reader = laterReader(graph, model, run, call)) {
        // `RUN apt-get update` then `RUN apt-get install ...`: removing the lists here would
        // break the later RUN, so the advice is to move `update` there (DF401 says the same).
        d.notes.push_back({"a later RUN installs with these lists, so removing them here would break it: run '" +
                               std::string(call.tool) + " update' in that RUN and remove the lists at its end",
                           reader->subcommand->range});
      } else {
        d.notes.push_back({"end the RUN with '&& rm -rf /var/lib/apt/lists/*', or mount a cache on "
                           "/var/lib/apt/lists with '--mount=type=cache'",
                           std::nullopt});
        // Unsafe: a later RUN that installs through code dlint cannot see may still need them.
        if (auto fix = appendCommandFix(run, "rm -rf /var/lib/apt/lists/*", Applicability::Unsafe))
          d.fixes.push_back(std::move(*fix));
      }
      context.emit(std::move(d));
      break;
    }
  }
}

} // namespace dlint::passes::rules
