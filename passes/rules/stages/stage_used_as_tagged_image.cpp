// DF209: `FROM builder:latest` where 'builder' is a stage pulls an image called builder from a
// registry: stages have no tags. `FROM Builder` does the same, because FROM (unlike
// `COPY --from`) matches stage names exactly, and BuildKit stores them in lower case.
#include "frontend/Text.h"
#include "passes/analyses/StageGraph.h"
#include "passes/rules/RuleClass.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(StageUsedAsTaggedImage);

void StageUsedAsTaggedImage::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  for (const StageReference& ref : graph.references()) {
    if (ref.kind != ReferenceKind::FromBase || ref.target != ReferenceTarget::Image ||
        ref.resolved.find('/') != std::string::npos)
      continue;
    // Ranges inside the word are only exact when nothing was expanded.
    const bool asWritten = ref.resolved == ref.text && ref.range.size() == ref.text.size();
    std::size_t suffix = ref.resolved.find_first_of(":@");
    std::string name = frontend::toLowerAscii(ref.resolved.substr(0, suffix));
    std::optional<std::size_t> stage = graph.findBase(name, ref.user);
    if (!stage)
      continue;
    std::string quoted = "'" + ref.text + "'";
    if (ref.resolved != ref.text)
      quoted += ", which is '" + ref.resolved + "',";
    Diagnostic d = context.make(info(), ref.range, "");
    if (suffix == std::string::npos) {
      d.message = quoted + " is stage '" + name + "' in other letter case: FROM matches stage names exactly, so BuildKit will pull an image instead";
      if (asWritten)
        d.fixes.push_back({"write the stage name in lower case", {{ref.range, name}}, Applicability::Unsafe});
    } else {
      std::string what = ref.resolved[suffix] == ':' ? "a tag" : "a digest";
      d.message = quoted + " is stage '" + name + "' with " + what + ": BuildKit will pull an image instead";
      if (asWritten)
        d.fixes.push_back({"drop the " + what.substr(what.find(' ') + 1) + " to use the stage", {{ref.range, name}},
                           Applicability::Unsafe});
    }
    d.notes.push_back({"stage '" + name + "' is defined here", graph.stages()[*stage].nameWord->range});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
