// DF510: BuildKit stores stage names in lower case, and FROM matches them exactly: 'AS Builder'
// can be used by 'COPY --from=Builder' but not by 'FROM Builder', which pulls an image instead.
#include "frontend/Text.h"
#include "passes/analyses/StageGraph.h"
#include "passes/rules/RuleClass.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(StageNameCasing);

void StageNameCasing::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  const std::string_view text = context.source().text();
  for (const Stage& stage : graph.stages()) {
    const ast::Word* name = stage.nameWord;
    // `AS ${NAME}` is not a name BuildKit accepts (DF117).
    if (!name || name->text.find('$') != std::string::npos)
      continue;
    const std::string lower = frontend::toLowerAscii(name->text);
    if (lower == name->text)
      continue;
    Diagnostic d = context.make(info(), name->range, "stage name '" + name->text + "' should be lower case");
    // Every reference that reaches this stage matches it case-insensitively (COPY --from,
    // --mount from=) or already in lower case (FROM), so lower-casing them all keeps the build.
    FixIt fix{"write '" + lower + "' in lower case", {}, Applicability::Safe};
    if (name->range.size() == name->text.size())
      fix.edits.push_back({name->range, lower});
    for (const StageReference& ref : graph.references()) {
      if (ref.target != ReferenceTarget::Stage || ref.stage != stage.index || ref.kind == ReferenceKind::FromBase)
        continue;
      std::string refLower = frontend::toLowerAscii(ref.text);
      if (refLower == ref.text || ref.range.size() != ref.text.size() ||
          text.substr(ref.range.begin, ref.range.size()) != ref.text)
        continue;
      fix.edits.push_back({ref.range, refLower});
    }
    if (!fix.edits.empty() && fix.edits.front().range == name->range)
      d.fixes.push_back(std::move(fix));
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
