// DF213: with no --build-arg, a FROM whose ARG has no usable default expands to an empty or
// malformed image name, and a plain `docker build` fails before it starts.
#include "frontend/Text.h"
#include "passes/rules/RuleClass.h"
#include "passes/rules/images/BaseImages.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(InvalidDefaultArgInFrom);

void InvalidDefaultArgInFrom::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  const images::DefaultBuildArgs& args = context.get<images::RepresentativeBuiltinArgs>().args;
  if (!args.expandedAll())
    return;
  for (const Stage& stage : graph.stages()) {
    const ast::Word* image = stage.from->image();
    // Only words with variables: a constant name is what the author wrote, not a default.
    if (!image || image->text.find('$') == std::string::npos)
      continue;
    images::FromWord word = args.expand(image->text);
    if (!word.expansion.ok())
      continue;
    // The variant and OS version are empty on amd64 but not elsewhere: do not guess.
    bool readsVariant = false;
    for (const expansion::VariableReference& ref : word.expansion.references)
      readsVariant = readsVariant || ref.name.ends_with("VARIANT") || ref.name.ends_with("OSVERSION");
    const std::string& value = word.expansion.value;
    if (readsVariant || value == "scratch" || images::namesStage(graph, stage.index, value))
      continue;
    std::optional<std::string> why = images::invalidImageReference(value);
    if (!why)
      continue;
    // `FROM Builder` naming a stage in other case is DF209's.
    if (images::looksLikeStage(graph, stage.index, value))
      continue;
    Diagnostic d = context.make(info(), image->range,
                                "with the default build arguments '" + image->text + "' expands to '" + value +
                                    "', which is not a valid image name: " + *why);
    for (const std::string& name : expansion::unmatchedNames(word.expansion.references))
      if (const ast::ArgDeclaration* declaration = args.globalDeclaration(name))
        d.notes.push_back({"'" + name + "' has no default value; give it one, or use '${" + name + ":-<default>}'",
                           declaration->name.range});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
