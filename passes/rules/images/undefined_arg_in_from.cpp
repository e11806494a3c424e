// DF212: FROM sees only the global ARGs (declared before the first FROM) and the built-in
// platform args; any other name expands to nothing, so the stage pulls an image nobody meant.
#include <set>

#include "passes/analyses/ArgEnvScopes.h"
#include "passes/rules/RuleClass.h"
#include "passes/rules/images/BaseImages.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(UndefinedArgInFrom);

namespace {

/// BuildKit's suggest.Search: the closest name under 3 edits, case-sensitive; the first one
/// wins a tie (BuildKit's map order is random).
std::optional<std::string> closest(std::string_view name, const std::vector<std::string>& candidates) {
  std::optional<std::string> best;
  std::size_t bestDistance = 3;
  for (const std::string& candidate : candidates) {
    std::size_t d = images::editDistance(name, candidate);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best;
}

/// The bytes of the name inside a `$NAME` or `${NAME...}` use, when they are where they seem.
std::optional<SourceRange> nameRange(std::string_view text, const VariableUse& use) {
  if (use.range.end > text.size())
    return std::nullopt;
  std::string_view written = text.substr(use.range.begin, use.range.size());
  std::uint32_t skip = written.starts_with("${") ? 2u : written.starts_with("$") ? 1u : 0u;
  if (skip == 0 || written.substr(skip, use.name.size()) != use.name)
    return std::nullopt;
  std::uint32_t begin = use.range.begin + skip;
  return SourceRange{begin, begin + static_cast<std::uint32_t>(use.name.size())};
}

} // namespace

void UndefinedArgInFrom::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  const ArgEnvScopes& scopes = context.get<ArgEnvScopes>();
  const images::DefaultBuildArgs& args = context.get<images::UnknownBuiltinArgs>().args;
  std::vector<std::string> candidates = args.globalNames();
  for (std::string_view builtin : images::builtinArgNames())
    candidates.emplace_back(builtin);
  const std::string_view text = context.source().text();
  for (const Stage& stage : graph.stages()) {
    std::set<std::string> seen;
    for (const VariableUse& use : scopes.references(stage.from)) {
      if (use.declared() || use.builtinName || !seen.insert(use.name).second)
        continue;
      std::optional<std::string> suggestion = closest(use.name, candidates);
      std::string message = "FROM reads '" + use.name + "', which is not a global ARG";
      if (suggestion)
        message += " (did you mean '" + *suggestion + "'?)";
      Diagnostic d = context.make(info(), use.range, std::move(message));
      d.notes.push_back({"FROM sees only the ARGs declared before the first FROM and the built-in platform args; "
                         "an ARG inside a stage is not visible to a later FROM",
                         std::nullopt});
      if (suggestion)
        if (std::optional<SourceRange> name = nameRange(text, use))
          d.fixes.push_back({"replace '" + use.name + "' with '" + *suggestion + "'", {{*name, *suggestion}},
                             Applicability::Unsafe});
      context.emit(std::move(d));
    }
  }
}

} // namespace dlint::passes::rules
