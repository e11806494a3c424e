// DF403: recommended packages are often large (documentation, X11 libraries) and unused in a
// container; '--no-install-recommends' installs only what was asked for and its dependencies.
#include "passes/analyses/PackageCommands.h"
#include "passes/rules/RuleClass.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(AptInstallRecommends);

namespace {

/// True when the word sets APT::Install-Recommends on the command line (`-o APT::Install-Recommends=0`).
bool setsInstallRecommends(std::string_view word) { return word.find("Install-Recommends") != std::string_view::npos; }

/// An earlier RUN of the stage (or of a stage it is built FROM) configures apt not to install
/// recommends: `echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/...`.
bool stageDisablesRecommends(const StageGraph& graph, const ShellModel& model, const RunScript& run) {
  for (const RunScript& earlier : model.scripts()) {
    if (&earlier == &run)
      return false;
    std::string_view text = earlier.text.text();
    std::size_t at = text.find("Install-Recommends");
    if (at == std::string_view::npos || !builtFrom(graph, run.stage, earlier.stage))
      continue;
    std::string_view setting = text.substr(at, 40);
    if (setting.find("false") != std::string_view::npos || setting.find("\"0\"") != std::string_view::npos)
      return true;
  }
  return false;
}

} // namespace

void AptInstallRecommends::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  const ShellModel& model = context.get<ShellModel>();
  for (const RunScript& run : model.scripts()) {
    if (!shipsLayers(graph, run.stage))
      continue;
    for (const ToolInvocation& call : invocationsIn(run)) {
      if ((call.tool != "apt-get" && call.tool != "apt") || !call.subcommand || !call.subcommand->is("install"))
        continue;
      if (hasOption(call, "--no-install-recommends") || hasOption(call, "--install-recommends"))
        continue;
      bool configured = false; // -o APT::Install-Recommends=false says the same
      for (const shell::Word& word : call.command->words)
        if (setsInstallRecommends(word.raw))
          configured = true;
      if (configured || stageDisablesRecommends(graph, model, run))
        continue;
      std::string tool(call.tool);
      Diagnostic d = context.make(info(), call.subcommand->range, "'" + tool + " install' without '--no-install-recommends'");
      SourceRange after{call.subcommand->range.end, call.subcommand->range.end};
      d.fixes.push_back({"add '--no-install-recommends'", {{after, " --no-install-recommends"}}, Applicability::Safe});
      context.emit(std::move(d));
    }
  }
}

} // namespace dlint::passes::rules
