// DF321 (opt-in): a tag can be moved to other content at any time; only a digest names the
// exact bytes that were reviewed, so reproducible and supply-chain-audited builds pin one.
#include "passes/rules/RuleClass.h"
#include "passes/rules/images/BaseImages.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(ImageNotPinnedByDigest);

void ImageNotPinnedByDigest::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  const images::DefaultBuildArgs& args = context.get<images::UnknownBuiltinArgs>().args;
  for (const Stage& stage : graph.stages()) {
    const ast::Word* image = stage.from->image();
    if (!image)
      continue;
    images::FromWord word = args.expand(image->text);
    if (!word.value || word.value->empty() || *word.value == "scratch" ||
        images::namesStage(graph, stage.index, *word.value) ||
        images::looksLikeStage(graph, stage.index, *word.value))
      continue;
    if (images::splitImageReference(*word.value).digest || images::invalidImageReference(*word.value))
      continue;
    std::string message = "base image '" + image->text + "'";
    if (*word.value != image->text)
      message += " (it resolves to '" + *word.value + "')";
    message += " is not pinned by digest";
    Diagnostic d = context.make(info(), image->range, std::move(message));
    d.notes.push_back({"append the digest the tag points to today, as 'image:tag@sha256:<digest>' (see "
                       "'docker buildx imagetools inspect image:tag'); a bot such as Renovate or Dependabot keeps it current",
                       std::nullopt});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
