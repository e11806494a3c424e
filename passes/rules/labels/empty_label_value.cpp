// DF553: a required label set to an empty value satisfies the letter of required-labels but
// carries no information.
#include "passes/rules/RuleClass.h"
#include "passes/rules/labels/ImageLabels.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(EmptyLabelValue);

void EmptyLabelValue::check(RuleContext& context) const {
  const RuleOptions& options = context.options();
  if (options.requiredLabels.empty()) return;
  for (const LabelEntry& entry : labelEntries(context)) {
    if (!entry.value || !entry.value->empty() || !requirementFor(options, entry.key)) continue;
    const SourceRange at = entry.pair->value.range.size() != 0 ? entry.pair->value.range : entry.pair->range;
    context.report(info(), at, "required label '" + entry.key + "' is empty");
  }
}

} // namespace dlint::passes::rules
