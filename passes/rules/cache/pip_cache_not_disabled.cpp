// DF406: pip caches every wheel it downloads under ~/.cache/pip; in an image that is dead weight.
#include "passes/analyses/CacheMounts.h"
#include "passes/analyses/PackageCommands.h"
#include "passes/rules/RuleClass.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(PipCacheNotDisabled);

namespace {

constexpr std::string_view kVariable = "PIP_NO_CACHE_DIR";

/// A global ARG (before the first FROM) that gives PIP_NO_CACHE_DIR a default.
bool globalDefault(const StageGraph& graph) {
  for (const ast::ArgInstruction* arg : graph.globalArgs())
    for (const ast::ArgDeclaration& declaration : arg->declarations)
      if (declaration.name.text == kVariable && declaration.defaultValue)
        return true;
  return false;
}

/// PIP_NO_CACHE_DIR set by an ENV earlier in the stage or in a stage it is built FROM, or by an
/// ARG of the stage itself (ARG values do not carry into child stages) that has a default, its
/// own or the global one.
bool stageDisablesCache(const StageGraph& graph, const RunScript& run) {
  for (std::optional<std::size_t> s = run.stage; s; s = graph.stages()[*s].parent)
    for (const ast::Instruction* node : graph.stages()[*s].body) {
      if (*s == run.stage && node == run.instruction)
        break;
      if (const auto* env = ast::dyn_cast<ast::KeyValueInstruction>(node); env && env->kind == ast::InstructionKind::Env)
        for (const ast::KeyValue& pair : env->pairs)
          if (pair.key.text == kVariable)
            return true;
      if (const auto* arg = ast::dyn_cast<ast::ArgInstruction>(node); arg && *s == run.stage)
        for (const ast::ArgDeclaration& declaration : arg->declarations)
          if (declaration.name.text == kVariable && (declaration.defaultValue || globalDefault(graph)))
            return true;
    }
  return false;
}

/// `pip config set global.no-cache-dir ...` in this RUN or an earlier one of the stage chain.
bool configDisablesCache(const StageGraph& graph, const ShellModel& model, const RunScript& run) {
  for (const RunScript& earlier : model.scripts()) {
    // An ONBUILD trigger runs in a later build, not before the RUNs of this one.
    if (builtFrom(graph, run.stage, earlier.stage) && (!earlier.onbuild || &earlier == &run))
      for (const ToolInvocation& call : invocationsIn(earlier))
        if (call.tool == "pip" && call.subcommand && call.subcommand->is("config"))
          for (const shell::Word& word : call.command->words)
            if (word.raw.find("no-cache-dir") != std::string::npos)
              return true;
    if (&earlier == &run)
      break;
  }
  return false;
}

/// `export PIP_NO_CACHE_DIR=1` before `before` in the same RUN.
bool exportedBefore(const RunScript& run, const shell::SimpleCommand& before) {
  for (const shell::SimpleCommand* command : run.simpleCommands) {
    if (command->logical.begin >= before.logical.begin || !command->argv0() || !command->argv0()->is("export"))
      continue;
    for (const shell::Word& word : command->words)
      if (word.raw.size() > kVariable.size() && word.raw.compare(0, kVariable.size(), kVariable) == 0 &&
          word.raw[kVariable.size()] == '=')
        return true;
  }
  return false;
}

} // namespace

void PipCacheNotDisabled::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  const ShellModel& model = context.get<ShellModel>();
  for (const RunScript& run : model.scripts()) {
    if (!shipsLayers(graph, run.stage) || stageDisablesCache(graph, run) ||
        hasCacheMountOnHome(*run.instruction, ".cache/pip") || removesHomePath(run, ".cache/pip") ||
        runsSubcommand(run, {"pip"}, "cache"))
      continue;
    for (const ToolInvocation& call : invocationsIn(run)) {
      // pip accepts unambiguous prefixes of long options: `--no-cache` is `--no-cache-dir`.
      if (call.tool != "pip" || !call.subcommand || !call.subcommand->is("install") ||
          hasOption(call, "--no-cache-dir") || hasOption(call, "--no-cache"))
        continue;
      bool inlineVariable = false;
      for (const shell::Assignment& assignment : call.command->assignments)
        if (assignment.name == kVariable)
          inlineVariable = true;
      for (std::size_t k = 0; k < call.toolIndex; ++k) // `env PIP_NO_CACHE_DIR=1 pip ...`
        if (call.command->words[k].raw.rfind(std::string(kVariable) + "=", 0) == 0)
          inlineVariable = true;
      if (inlineVariable || exportedBefore(run, *call.command) || configDisablesCache(graph, model, run))
        continue;
      Diagnostic d = context.make(info(), call.subcommand->range, "'pip install' without '--no-cache-dir'");
      SourceRange after{call.subcommand->range.end, call.subcommand->range.end};
      d.fixes.push_back({"add '--no-cache-dir'", {{after, " --no-cache-dir"}}, Applicability::Safe});
      context.emit(std::move(d));
    }
  }
}

} // namespace dlint::passes::rules
