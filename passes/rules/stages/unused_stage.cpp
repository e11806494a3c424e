// DF206: a stage the final stage never uses is not built by default (BuildKit skips it), so it
// is either dead code or meant for `--target`.
#include <cctype>
#include <string_view>

#include "passes/analyses/StageGraph.h"
#include "passes/rules/RuleClass.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(UnusedStage);

namespace {

/// True when `text` is made only of variable references (`${VARIANT}`, `$STAGE`): its value
/// may be any stage name or index.
bool onlyVariables(std::string_view text) {
  std::size_t i = 0;
  bool any = false;
  while (i < text.size()) {
    if (text[i] != '$' || i + 1 >= text.size())
      return false;
    if (text[i + 1] == '{') {
      std::size_t close = text.find('}', i + 2);
      if (close == std::string_view::npos)
        return false;
      i = close + 1;
    } else {
      std::size_t end = i + 1;
      while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_'))
        ++end;
      if (end == i + 1)
        return false;
      i = end;
    }
    any = true;
  }
  return any;
}

} // namespace

void UnusedStage::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  std::optional<std::size_t> last = graph.finalStage();
  std::vector<bool> referenced(graph.stages().size(), false);
  auto mark = [&](std::size_t stage, std::size_t user) {
    if (stage != user && stage < referenced.size())
      referenced[stage] = true;
  };
  for (const StageReference& ref : graph.references()) {
    if (ref.stage)
      mark(*ref.stage, ref.user);
    // `FROM runc-${TARGETOS}` may use any stage its pattern matches.
    for (std::size_t candidate : ref.candidates)
      mark(candidate, ref.user);
    // `COPY --from=${VARIANT}`: BuildKit refuses it, but Buildah and Podman expand it with the
    // stage's ARGs, so any stage may be the one copied from.
    if (ref.kind != ReferenceKind::FromBase && ref.target == ReferenceTarget::Variable && onlyVariables(ref.text))
      for (std::size_t stage = 0; stage < referenced.size(); ++stage)
        mark(stage, ref.user);
  }
  for (const Stage& stage : graph.stages()) {
    if (stage.index == last || referenced[stage.index])
      continue;
    std::string label = stage.name.empty() ? "stage " + std::to_string(stage.index) : "stage '" + stage.nameWord->text + "'";
    SourceRange range = stage.nameWord ? stage.nameWord->range : stage.from->keywordRange;
    Diagnostic d = context.make(info(), range, label + " is never used by another stage and is not the final stage");
    d.notes.push_back({"a default build skips it; remove it, use it, or build it with '--target'", std::nullopt});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
