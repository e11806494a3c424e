// DF320: an untagged or ':latest' base image is whatever the registry holds on the day of the
// build, so two builds of one Dockerfile can get different (and unreviewed) operating systems.
#include <string_view>

#include "frontend/Text.h"
#include "passes/rules/RuleClass.h"
#include "passes/rules/images/BaseImages.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(LatestTag);

namespace {

/// Buildah and Podman read `FROM 0` as the first stage, as BuildKit reads `COPY --from=0`. No
/// registry image is named by a bare number, so such a FROM is a stage reference, not a pull.
bool namesStageByIndex(std::string_view value, std::size_t stage) {
  if (value.empty() || value.size() > 4 || value.find_first_not_of("0123456789") != std::string_view::npos)
    return false;
  std::size_t index = 0;
  for (char c : value)
    index = index * 10 + static_cast<std::size_t>(c - '0');
  return index < stage;
}

} // namespace

void LatestTag::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  const images::DefaultBuildArgs& args = context.get<images::UnknownBuiltinArgs>().args;
  for (const Stage& stage : graph.stages()) {
    const ast::Word* image = stage.from->image();
    if (!image)
      continue;
    images::FromWord word = args.expand(image->text);
    // A value that depends on an ARG without a default, or on the target platform, is chosen
    // by whoever runs the build.
    if (!word.value || word.value->empty() || *word.value == "scratch" ||
        images::namesStage(graph, stage.index, *word.value) ||
        images::looksLikeStage(graph, stage.index, *word.value) || namesStageByIndex(*word.value, stage.index))
      continue;
    // A name Docker rejects (a template placeholder such as 'REPLACE-ME') is no tag problem.
    if (images::invalidImageReference(*word.value))
      continue;
    images::ImageReference ref = images::splitImageReference(*word.value);
    if (ref.digest)
      continue;
    const bool asWritten = *word.value == image->text && image->range.size() == image->text.size();
    const std::string resolved = asWritten ? "" : " (it resolves to '" + *word.value + "')";
    if (!ref.tag) {
      Diagnostic d = context.make(info(), image->range,
                                  "base image '" + image->text + "'" + resolved +
                                      " has no tag, so the build pulls whatever 'latest' is that day");
      d.notes.push_back({"pin a version tag (as '" + ref.name + ":<version>') or a digest ('@sha256:...')", std::nullopt});
      context.emit(std::move(d));
    } else if (*ref.tag == "latest") {
      SourceRange range = image->range;
      if (asWritten)
        range = {static_cast<std::uint32_t>(image->range.begin + ref.tagOffset + 1), image->range.end};
      Diagnostic d = context.make(info(), range,
                                  "base image '" + image->text + "'" + resolved +
                                      " uses the 'latest' tag, which moves to new releases without notice");
      d.notes.push_back({"pin a version tag (as '" + ref.name + ":<version>') or a digest ('@sha256:...')", std::nullopt});
      context.emit(std::move(d));
    }
  }
}

} // namespace dlint::passes::rules
