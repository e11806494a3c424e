// DF401: a RUN that only updates apt's lists caches them in its own layer; a later RUN that
// installs reuses that layer and its stale lists, and fails or installs outdated packages.
#include "passes/analyses/PackageCommands.h"
#include "passes/rules/RuleClass.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(AptUpdateWithoutInstall);

namespace {
bool isApt(std::string_view tool) { return tool == "apt-get" || tool == "apt" || tool == "aptitude"; }
/// Subcommands that read the lists `update` fetched.
bool usesLists(std::string_view sub) {
  return sub == "install" || sub == "upgrade" || sub == "dist-upgrade" || sub == "full-upgrade" ||
         sub == "build-dep" || sub == "reinstall" || sub == "satisfy" || sub == "source" || sub == "download";
}
} // namespace

void AptUpdateWithoutInstall::check(RuleContext& context) const {
  for (const RunScript& run : context.get<ShellModel>().scripts()) {
    const ToolInvocation* update = nullptr;
    bool install = false;
    const std::vector<ToolInvocation>& calls = invocationsIn(run);
    for (const ToolInvocation& call : calls) {
      if (!isApt(call.tool) || !call.subcommand || !call.subcommand->value)
        continue;
      if (*call.subcommand->value == "update" && !update)
        update = &call;
      else if (usesLists(*call.subcommand->value))
        install = true;
    }
    // Code dlint cannot see may install; lists removed in the same RUN cannot go stale.
    if (!update || install || runsOpaqueCode(run) || removesAptLists(run))
      continue;
    std::string tool(update->tool);
    Diagnostic d = context.make(info(), update->subcommand->range, "'update' without an install in the same RUN");
    d.notes.push_back({"join it with the install: '" + tool + " update && " + tool + " install -y ...'", std::nullopt});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
