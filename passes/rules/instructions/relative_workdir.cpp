// DF223: a relative WORKDIR is resolved against the base image's working directory, which the
// Dockerfile does not control; once one absolute WORKDIR is set, later relative ones are fine.
#include <cctype>
#include <string>

#include "passes/rules/RuleClass.h"
#include "passes/rules/instructions/InstructionFacts.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(RelativeWorkdir);

namespace {

/// Absolute on Linux or Windows (`/app`, `\app`, `C:\app`, `C:/app`), as BuildKit's system.IsAbs.
bool isAbsolute(std::string_view path) {
  if (!path.empty() && (path.front() == '/' || path.front() == '\\'))
    return true;
  return path.size() >= 3 && std::isalpha(static_cast<unsigned char>(path[0])) && path[1] == ':' &&
         (path[2] == '\\' || path[2] == '/');
}

/// The first WORKDIR of `stage`'s chain in this file: ancestors first, as BuildKit dispatches them.
const ast::ValueInstruction* firstWorkdir(const StageGraph& graph, std::size_t stage) {
  std::vector<std::size_t> chain = instructions::stageChain(graph, stage);
  for (auto it = chain.rbegin(); it != chain.rend(); ++it)
    for (const ast::Instruction* node : graph.stages()[*it].body)
      if (node->kind == ast::InstructionKind::Workdir)
        return ast::dyn_cast<ast::ValueInstruction>(node);
  return nullptr;
}

} // namespace

void RelativeWorkdir::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  const ArgEnvScopes& scopes = context.get<ArgEnvScopes>();
  for (const Stage& stage : graph.stages()) {
    const ast::ValueInstruction* workdir = firstWorkdir(graph, stage.index);
    // Report it once, in the stage that holds it.
    if (!workdir || !workdir->value || graph.stageOf(workdir) != stage.index)
      continue;
    const ast::Word& word = *workdir->value;
    std::optional<std::string> path = instructions::expandedWord(scopes, workdir, word);
    // An unknown value that starts with a variable ($HOME/app) may well be absolute.
    if (!path || path->empty() || isAbsolute(*path))
      continue;
    Diagnostic d = context.make(info(), word.range,
                                "relative WORKDIR '" + *path + "' depends on the base image's working directory");
    d.notes.push_back({"use an absolute path, such as '/" + *path + "' if the base image works in '/'", std::nullopt});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
