// DF207: copying '/' of another stage drags its whole file system (package caches, compilers,
// secrets) into this one.
#include <optional>

#include "passes/analyses/StageGraph.h"
#include "passes/rules/RuleClass.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(CopyWholeStageRoot);

namespace {
/// A stage (or one of its FROM parents) that ran commands has a build environment's file
/// system. Stages that only alias a tool image (`FROM tonistiigi/xx AS xx`) or collect one
/// binary (`FROM scratch` + COPY) are copied whole on purpose, so they are left alone.
bool ranCommands(const StageGraph& graph, std::size_t stage) {
  for (std::optional<std::size_t> s = stage; s; s = graph.stages()[*s].parent)
    for (const ast::Instruction* node : graph.stages()[*s].body)
      if (node->kind == ast::InstructionKind::Run)
        return true;
  return false;
}

/// `/`, and the spellings that mean the same root: `/.`, `//`, `/./`, quoted or not (BuildKit
/// removes the quotes when it expands the path).
bool isRoot(std::string_view path) {
  if (path.size() >= 2 && (path.front() == '"' || path.front() == '\'') && path.back() == path.front())
    path = path.substr(1, path.size() - 2);
  return !path.empty() && path.front() == '/' && path.find_first_not_of("/.") == std::string_view::npos &&
         path.find("..") == std::string_view::npos;
}
} // namespace

void CopyWholeStageRoot::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  for (const StageReference& ref : graph.references()) {
    if (ref.kind != ReferenceKind::CopyFrom || !ref.stage || !ranCommands(graph, *ref.stage))
      continue;
    const auto* copy = ast::dyn_cast<ast::FileTransferInstruction>(ref.instruction);
    if (!copy || copy->args.size() < 2)
      continue;
    const Stage& source = graph.stages()[*ref.stage];
    std::string label = source.nameWord ? "'" + source.nameWord->text + "'" : std::to_string(source.index);
    for (std::size_t i = 0; i + 1 < copy->args.size(); ++i) {
      if (!isRoot(copy->args[i].text))
        continue;
      Diagnostic d = context.make(info(), copy->args[i].range,
                                  "'COPY --from=" + ref.text + " " + copy->args[i].text +
                                      "' copies the whole file system of stage " + label);
      d.notes.push_back({"copy only the paths the stage built, such as its output directory", std::nullopt});
      context.emit(std::move(d));
    }
  }
}

} // namespace dlint::passes::rules
