// DF511: 'FROM image as name' next to upper-case keywords (or the reverse) reads as a slip;
// BuildKit warns about it too.
#include "passes/rules/RuleClass.h"
#include "passes/rules/images/KeywordCase.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(FromAsCasing);

void FromAsCasing::check(RuleContext& context) const {
  for (const auto& node : context.dockerfile().instructions) {
    const auto* from = ast::dyn_cast<ast::FromInstruction>(node.get());
    if (!from || !from->stageName() || from->args.size() < 3)
      continue;
    // A mixed-case 'From' is DF512's; only an all-lower or all-upper FROM sets the expectation.
    images::Casing fromCase = images::casingOf(from->keyword);
    if (fromCase == images::Casing::Mixed)
      continue;
    const ast::Word& as = from->args[1];
    if (images::casingOf(as.text) == fromCase)
      continue;
    const std::string wanted = fromCase == images::Casing::Lower ? "as" : "AS";
    Diagnostic d = context.make(info(), as.range,
                                "'" + as.text + "' does not match the casing of '" + from->keyword + "'");
    if (as.range.size() == as.text.size())
      d.fixes.push_back({"write '" + wanted + "'", {{as.range, wanted}}, Applicability::Safe});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
