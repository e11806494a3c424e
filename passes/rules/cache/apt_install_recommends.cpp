// DF403: recommended packages are often large (documentation, X11 libraries) and unused in a
// container; '--no-install-recommends' installs only what was asked for and its dependencies.
#include <cctype>
#include <string>
#include <string_view>

#include "passes/analyses/ArgEnvScopes.h"
#include "passes/analyses/PackageCommands.h"
#include "passes/rules/RuleClass.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(AptInstallRecommends);

namespace {

/// True when the word sets APT::Install-Recommends on the command line (`-o APT::Install-Recommends=0`).
bool setsInstallRecommends(std::string_view word) { return word.find("Install-Recommends") != std::string_view::npos; }

/// True when `text` turns recommends off in apt.conf syntax (`APT::Install-Recommends "false";`,
/// `"0"`, `no`, `off`...), or as `-o APT::Install-Recommends=0` writes it.
bool disablesRecommends(std::string_view text) {
  static constexpr std::string_view kKey = "Install-Recommends";
  for (std::size_t at = text.find(kKey); at != std::string_view::npos; at = text.find(kKey, at + 1)) {
    std::size_t i = at + kKey.size();
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '=' || text[i] == '"' ||
                               text[i] == '\'' || text[i] == '\\'))
      ++i;
    std::string value;
    while (i < text.size() && std::isalnum(static_cast<unsigned char>(text[i])))
      value.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(text[i++]))));
    if (value == "false" || value == "0" || value == "no" || value == "off" || value == "without" ||
        value == "disable")
      return true;
  }
  return false;
}

/// Apt is configured not to install recommends before `install` runs: earlier in the same RUN,
/// in an earlier RUN of the stage (or of a stage it is built FROM), or by a COPY/ADD here-document
/// (`COPY <<EOF /etc/apt/apt.conf.d/99norecommends`) there.
bool configuredBefore(const StageGraph& graph, const ShellModel& model, const RunScript& run,
                      const shell::SimpleCommand& install) {
  if (disablesRecommends(run.text.text().substr(0, install.logical.begin)))
    return true;
  for (const RunScript& earlier : model.scripts()) {
    if (&earlier == &run)
      break;
    if (builtFrom(graph, run.stage, earlier.stage) && disablesRecommends(earlier.text.text()))
      return true;
  }
  for (const Stage& stage : graph.stages()) {
    if (!builtFrom(graph, run.stage, stage.index))
      continue;
    for (const ast::Instruction* node : stage.body) {
      if (node == run.instruction)
        break;
      if (ast::isa<ast::FileTransferInstruction>(*node))
        for (const ast::Heredoc& heredoc : node->heredocs)
          if (disablesRecommends(heredoc.content))
            return true;
    }
  }
  return false;
}

/// A word of the command reads an ARG or ENV whose value says something about recommends
/// (`ENV APT_OPTS="-y --no-install-recommends"`, then `apt-get install $APT_OPTS curl`).
bool optionsComeFromVariable(const ArgEnvScopes& scopes, const RunScript& run, const ToolInvocation& call) {
  const std::vector<shell::Word>& words = call.command->words;
  for (std::size_t k = call.toolIndex + 1; k < words.size(); ++k)
    for (const shell::WordPart& part : words[k].parts) {
      if (part.kind != shell::WordPartKind::Parameter)
        continue;
      const VariableBinding* binding = scopes.lookup(run.instruction, part.text);
      if (binding && binding->value && binding->value->find("nstall-recommends") != std::string::npos)
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
      if (configured || configuredBefore(graph, model, run, *call.command) ||
          optionsComeFromVariable(context.get<ArgEnvScopes>(), run, call))
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
