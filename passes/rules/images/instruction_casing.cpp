// DF512: keywords in one case read as one file; a stray 'Run' or 'copy' among upper-case
// instructions looks like a mistake. The majority decides, as in BuildKit.
#include "passes/analyses/StageGraph.h"
#include "passes/rules/RuleClass.h"
#include "passes/rules/images/KeywordCase.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(InstructionCasing);

void InstructionCasing::check(RuleContext& context) const {
  // BuildKit counts each stage's FROM and the instructions in it: not the global ARGs before
  // the first FROM, not ONBUILD's trigger, and not unknown keywords (a parse error there).
  std::vector<const ast::Instruction*> counted;
  for (const Stage& stage : context.get<StageGraph>().stages()) {
    counted.push_back(stage.from);
    for (const ast::Instruction* node : stage.body)
      if (node->kind != ast::InstructionKind::Unknown)
        counted.push_back(node);
  }
  std::size_t lower = 0, upper = 0;
  for (const ast::Instruction* node : counted) {
    images::Casing casing = images::casingOf(node->keyword);
    lower += casing == images::Casing::Lower ? 1 : 0;
    upper += casing == images::Casing::Upper ? 1 : 0;
  }
  // A tie goes to upper case.
  const images::Casing majority = lower > upper ? images::Casing::Lower : images::Casing::Upper;
  const std::string_view majorityName = majority == images::Casing::Lower ? "lower case" : "upper case";
  for (const ast::Instruction* node : counted) {
    if (images::casingOf(node->keyword) == majority)
      continue;
    const std::string wanted = images::withCasing(node->keyword, majority);
    Diagnostic d = context.make(info(), node->keywordRange,
                                "'" + node->keyword + "' should be " + std::string(majorityName) +
                                    ", as most instructions in the file are (" + std::to_string(lower) + " lower, " +
                                    std::to_string(upper) + " upper)");
    if (node->keywordRange.size() == node->keyword.size())
      d.fixes.push_back({"write '" + wanted + "'", {{node->keywordRange, wanted}}, Applicability::Safe});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
