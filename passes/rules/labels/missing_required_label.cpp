// DF551: required-labels lists labels every image must carry (source, version, licence); a
// final image without one is missing metadata that scanners and registries rely on.
#include "passes/analyses/StageGraph.h"
#include "passes/rules/RuleClass.h"
#include "passes/rules/labels/ImageLabels.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(MissingRequiredLabel);

void MissingRequiredLabel::check(RuleContext& context) const {
  const RuleOptions& options = context.options();
  if (options.requiredLabels.empty()) return;
  const StageGraph& graph = context.get<StageGraph>();
  std::optional<std::size_t> final = graph.finalStage();
  if (!final) return;
  const Stage& stage = graph.stages()[*final];
  if (!stage.from) return;
  const std::vector<LabelEntry> entries = labelEntries(context);
  const std::vector<const LabelEntry*> labels = finalImageLabels(context, entries);
  // A label whose key is only known at build time might be any of them: say nothing then.
  for (const LabelEntry* label : labels)
    if (label->keyHasVariable) return;
  const SourceRange at = stage.from->image() ? stage.from->image()->range : stage.from->keywordRange;
  for (const LabelRequirement& requirement : options.requiredLabels) {
    bool present = false;
    for (const LabelEntry* label : labels)
      present = present || label->key == requirement.name;
    if (present) continue;
    Diagnostic d = context.make(info(), at, "the final image has no label '" + requirement.name +
                                                "', which required-labels asks for");
    d.notes.push_back({"add 'LABEL " + requirement.name + "=...' to the final stage (or to a stage it is built FROM)",
                       std::nullopt});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
