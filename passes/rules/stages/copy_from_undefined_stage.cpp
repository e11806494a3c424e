// DF201: `--from=buidl` that names no stage is pulled from a registry as an image, which is
// almost never what a bare word meant. The same holds for a stage name with a tag
// (`--from=builder:latest`: stages have no tags) and for a number in `--mount from=`, which,
// unlike `COPY --from`, takes no stage index.
#include "frontend/Text.h"
#include "frontend/Suggest.h"
#include "passes/analyses/StageGraph.h"
#include "passes/rules/RuleClass.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(CopyFromUndefinedStage);

namespace {

/// A bare word (no registry, tag, digest or variable) is more likely a stage name than an image.
bool looksLikeStageName(std::string_view text) {
  return !text.empty() && text.find_first_of(":/@$") == std::string_view::npos;
}

bool isNumber(std::string_view text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

std::string what(const StageReference& ref) {
  return ref.kind == ReferenceKind::CopyFrom ? "'COPY --from'" : "'--mount from'";
}

/// `builder:latest` or `builder@sha256:...` where `builder` is a stage: the stage it meant.
std::optional<std::size_t> taggedStage(const StageGraph& graph, std::string_view text) {
  std::size_t nameLength = text.find_first_of(":@");
  if (text.find('/') != std::string_view::npos || nameLength == std::string_view::npos || nameLength == 0)
    return std::nullopt;
  return graph.findByName(frontend::toLowerAscii(text.substr(0, nameLength)));
}

} // namespace

void CopyFromUndefinedStage::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  std::vector<std::string_view> names;
  for (const Stage& stage : graph.stages())
    if (!stage.name.empty())
      names.push_back(stage.name);
  for (const StageReference& ref : graph.references()) {
    if (ref.kind == ReferenceKind::FromBase || ref.target != ReferenceTarget::Image)
      continue;
    if (std::optional<std::size_t> stage = taggedStage(graph, ref.text)) {
      Diagnostic d = context.make(info(), ref.range,
                                  what(ref) + " names '" + ref.text + "': stages have no tags or digests, so BuildKit will pull it as an image");
      const std::string& name = graph.stages()[*stage].name;
      d.fixes.push_back({"use the stage '" + name + "'", {{ref.range, name}}, Applicability::DisplayOnly});
      context.emit(std::move(d));
      continue;
    }
    if (!looksLikeStageName(ref.text))
      continue;
    if (ref.kind == ReferenceKind::MountFrom && isNumber(ref.text)) {
      Diagnostic d = context.make(info(), ref.range,
                                  "'--mount from' takes stage names, not indexes: BuildKit will pull '" + ref.text + "' as an image");
      std::size_t index = ref.text.size() <= 9 ? std::stoul(ref.text) : graph.stages().size();
      if (index < graph.stages().size() && graph.stages()[index].nameWord) {
        const std::string& name = graph.stages()[index].name;
        d.fixes.push_back({"use the name of stage " + ref.text, {{ref.range, name}}, Applicability::DisplayOnly});
      } else {
        d.notes.push_back({"name the stage ('FROM <image> AS <name>') and mount it by that name", std::nullopt});
      }
      context.emit(std::move(d));
      continue;
    }
    Diagnostic d = context.make(info(), ref.range,
                                what(ref) + " names '" + ref.text + "', which is no stage: BuildKit will pull it as an image");
    if (auto best = frontend::suggest(ref.text, names)) {
      d.notes.push_back({"did you mean the stage '" + *best + "'?", ref.range});
      d.fixes.push_back({"use the stage '" + *best + "'", {{ref.range, *best}}, Applicability::DisplayOnly});
    } else {
      d.notes.push_back({"if an image is meant, give its tag too, as in '" + ref.text + ":<tag>'", std::nullopt});
    }
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
