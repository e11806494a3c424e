// DF552: with strict-labels, the labels an image carries are exactly those required-labels
// lists; any other is reported so the set stays deliberate.
#include "passes/rules/RuleClass.h"
#include "passes/rules/labels/ImageLabels.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(SuperfluousLabel);

void SuperfluousLabel::check(RuleContext& context) const {
  const RuleOptions& options = context.options();
  if (!options.strictLabels) return;
  for (const LabelEntry& entry : labelEntries(context)) {
    if (entry.keyHasVariable || requirementFor(options, entry.key)) continue;
    context.report(info(), entry.pair->key.range,
                   "label '" + entry.key + "' is not in required-labels, and strict-labels is on");
  }
}

} // namespace dlint::passes::rules
