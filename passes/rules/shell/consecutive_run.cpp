// DF460: each RUN is a layer and a cache step; short RUNs in a row (with the same flags) are
// usually one step split by accident. Same semantics as hadolint's DL3059, so its users see the
// same findings: RUNs with more than two commands are taken to be split on purpose.
#include <algorithm>
#include <string>
#include <vector>

#include "passes/analyses/ShellModel.h"
#include "passes/analyses/StageGraph.h"
#include "passes/rules/RuleClass.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(ConsecutiveRun);

namespace {

/// Commands with a name, nested ones included (hadolint counts ShellCheck's command list).
std::size_t commandCount(const RunScript& run) {
  std::size_t count = 0;
  shell::forEachSimpleCommand(*run.parsed.script, [&](const shell::SimpleCommand& command) {
    if (!command.words.empty())
      ++count;
  });
  return count;
}

std::vector<std::string> flagSpellings(const ast::Instruction& run) {
  std::vector<std::string> spellings;
  for (const ast::Flag& flag : run.flags)
    spellings.push_back(flag.spelling());
  std::sort(spellings.begin(), spellings.end());
  return spellings;
}

} // namespace

void ConsecutiveRun::check(RuleContext& context) const {
  const ShellModel& model = context.get<ShellModel>();
  // The RUN the next one is compared with; comments do not separate RUNs, other instructions do.
  const RunScript* previous = nullptr;
  std::size_t previousCount = 0;
  std::vector<std::string> previousFlags;
  for (const auto& node : context.dockerfile().instructions) {
    const RunScript* run = node->kind == ast::InstructionKind::Run ? model.scriptOf(node.get()) : nullptr;
    if (!run) {
      previous = nullptr; // any other instruction, or a RUN dlint does not parse as shell
      continue;
    }
    std::size_t count = commandCount(*run);
    std::vector<std::string> flags = flagSpellings(*node);
    if (previous && flags == previousFlags && count <= 2 && previousCount <= 2) {
      Diagnostic d = context.make(info(), node->keywordRange,
                                  "RUN follows another short RUN with the same flags; join them into one layer");
      d.notes.push_back({"the previous RUN is here", previous->instruction->keywordRange});
      context.emit(std::move(d));
      continue; // as DL3059: the earlier RUN stays the one compared with
    }
    previous = run;
    previousCount = count;
    previousFlags = std::move(flags);
  }
}

} // namespace dlint::passes::rules
