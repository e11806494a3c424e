// DF241: a relative destination lands under the WORKDIR in force, which, when the Dockerfile
// sets none, is whatever the base image chose ('/' for most); a later base image change moves
// the files without any change to the Dockerfile.
#include <cctype>
#include <string>

#include "passes/analyses/StageGraph.h"
#include "passes/rules/RuleClass.h"
#include "passes/rules/copyadd/CopyAddSources.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(RelativeDestinationWithoutWorkdir);

namespace {

using namespace copyadd;

bool isAbsolute(std::string_view path) {
  if (path.starts_with("/") || path.starts_with("\\"))
    return true;
  // Windows containers: `C:\app`, `c:/app`.
  return path.size() >= 2 && std::isalpha(static_cast<unsigned char>(path[0])) && path[1] == ':';
}

bool isWorkdir(const ast::Instruction* node) { return node->kind == ast::InstructionKind::Workdir; }

/// True when a WORKDIR is in force before `instruction` in `stage`, counting the stages it is
/// built on; nullopt when the chain goes through a stage that depends on a variable.
std::optional<bool> workdirSet(const StageGraph& graph, std::size_t stage, const ast::Instruction* instruction) {
  for (const ast::Instruction* node : graph.stages()[stage].body) {
    if (node == instruction)
      break;
    if (isWorkdir(node))
      return true;
  }
  std::optional<std::size_t> current = stage;
  for (std::size_t guard = 0; guard < graph.stages().size(); ++guard) {
    const Stage& s = graph.stages()[*current];
    if (!s.possibleParents.empty())
      return std::nullopt;
    if (!s.parent || *s.parent >= *current)
      return false;
    current = s.parent;
    for (const ast::Instruction* node : graph.stages()[*current].body)
      if (isWorkdir(node))
        return true;
  }
  return false;
}

} // namespace

void RelativeDestinationWithoutWorkdir::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  const ArgEnvScopes& scopes = context.get<ArgEnvScopes>();
  for (const Transfer& transfer : transfers(context.dockerfile(), false)) {
    const ast::FileTransferInstruction& copy = *transfer.instruction;
    const std::optional<std::size_t> stage = graph.stageOf(&copy);
    if (!stage || copy.args.size() < 2)
      continue;
    const ast::Word& destination = *copy.destination();
    const std::optional<std::string> value = expandedText(&scopes, copy, destination, copy.json);
    if (!value || value->empty() || isAbsolute(*value))
      continue;
    if (workdirSet(graph, *stage, &copy).value_or(true))
      continue;
    const std::optional<std::size_t> root = graph.chainRoot(*stage);
    const std::string base = root ? graph.stages()[*root].base : "";
    // 'scratch' has no WORKDIR and never changes: a relative destination is always under '/'.
    if (base == "scratch")
      continue;
    const std::string verb = copy.kind == ast::InstructionKind::Add ? "ADD" : "COPY";
    Diagnostic d = context.make(info(), destination.range,
                                verb + " destination '" + destination.text +
                                    "' is relative, but no WORKDIR is set in this stage or the stages it is built on");
    if (!base.empty())
      d.notes.push_back({"it lands under the WORKDIR of the base image '" + base +
                             "', if any; set one with 'WORKDIR /path' or give an absolute destination",
                         std::nullopt});
    else
      d.notes.push_back({"it lands under '/'; set 'WORKDIR /path' or give an absolute destination", std::nullopt});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
