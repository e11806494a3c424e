#include "frontend/Text.h"
#include "passes/analyses/UserTimeline.h"

#include <algorithm>
#include <set>

#include "passes/analyses/StageGraph.h"
#include "passes/expansion/WordExpander.h"

namespace dlint::passes {

namespace {

/// The variables a stage expands words with: its ENV values and ARG values so far, plus what
/// it inherited from its parent stage. `envNames` remembers which came from ENV, because an
/// ENV always wins over an ARG of the same name.
struct StageEnvironment {
  expansion::Environment values;
  std::set<std::string, std::less<>> envNames;
};

/// The word expanded, or nullopt when it does not expand or reads a variable with no known value.
std::optional<std::string> expandKnown(std::string_view word, const expansion::Environment& env, char escape) {
  expansion::ExpandOptions options;
  options.escape = escape;
  expansion::ExpandResult result = expansion::processWord(word, env, options);
  if (!result.ok())
    return std::nullopt;
  for (const expansion::VariableReference& ref : result.references)
    if (!ref.set)
      return std::nullopt;
  return result.value;
}

void applyEnv(const ast::KeyValueInstruction& env, StageEnvironment& scope, char escape) {
  for (const ast::KeyValue& pair : env.pairs) {
    std::optional<std::string> key = expandKnown(pair.key.text, scope.values, escape);
    if (!key || key->empty())
      continue;
    scope.envNames.insert(*key);
    if (std::optional<std::string> value = expandKnown(pair.value.text, scope.values, escape))
      scope.values.set(*key, *value);
    else
      scope.values.unset(*key); // set, but to nothing dlint can know
  }
}

void applyArg(const ast::ArgInstruction& arg, StageEnvironment& scope, const expansion::Environment& globals,
              char escape) {
  for (const ast::ArgDeclaration& declaration : arg.declarations) {
    const std::string& name = declaration.name.text;
    if (scope.envNames.count(name) != 0)
      continue;
    std::optional<std::string> value;
    if (declaration.defaultValue)
      value = expandKnown(declaration.defaultValue->text, scope.values, escape);
    else if (std::optional<std::string_view> global = globals.lookup(name))
      value = std::string(*global); // a global ARG re-declared in the stage takes its default
    else
      continue; // no value unless a build argument gives one
    if (value)
      scope.values.set(name, *value);
    else
      scope.values.unset(name);
  }
}

bool sameUser(const EffectiveUser& a, const EffectiveUser& b) {
  return a.setBy == b.setBy && a.ambiguous == b.ambiguous && a.resolved == b.resolved;
}

} // namespace

bool isRootUser(std::string_view user) {
  std::string_view name = user.substr(0, user.find(':'));
  if (name == "root" || frontend::toLowerAscii(name) == "containeradministrator")
    return true;
  return !name.empty() && name.find_first_not_of('0') == std::string_view::npos;
}

bool EffectiveUser::isRoot() const { return resolved && isRootUser(*resolved); }

std::optional<std::string> knownDefaultUser(std::string_view image) {
  std::string name = frontend::toLowerAscii(image.substr(0, image.find('@')));
  std::size_t slash = name.rfind('/');
  std::size_t colon = name.rfind(':');
  std::string repository = name;
  std::string tag;
  if (colon != std::string::npos && (slash == std::string::npos || colon > slash)) {
    repository = name.substr(0, colon);
    tag = name.substr(colon + 1);
  }
  auto has = [](const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; };
  if (has(tag, "nonroot"))
    return "nonroot"; // gcr.io/distroless/*:nonroot, cgr.dev/chainguard/*:latest-nonroot
  if (repository.rfind("mcr.microsoft.com/dotnet/", 0) == 0 && (has(tag, "chiseled") || has(tag, "distroless")))
    return "app"; // .NET 8+ chiseled and distroless images set USER app
  if (has(repository, "nanoserver") || has(tag, "nanoserver"))
    return "ContainerUser";
  if (has(repository, "servercore") || has(tag, "servercore") || repository == "mcr.microsoft.com/windows" ||
      repository == "mcr.microsoft.com/windows/server")
    return "ContainerAdministrator";
  return std::nullopt;
}

UserTimeline UserTimeline::build(AnalysisManager& analyses) {
  const StageGraph& graph = analyses.get<StageGraph>();
  const char escape = analyses.file().escape;
  UserTimeline timeline;
  // The stage environments only serve to expand USER words: without a `$` in any, none is built.
  bool usersReadVariables = false;
  for (const Stage& stage : graph.stages())
    for (const ast::Instruction* node : stage.body)
      if (const auto* user = ast::dyn_cast<ast::ValueInstruction>(node);
          user && user->kind == ast::InstructionKind::User && user->value &&
          user->value->text.find('$') != std::string::npos)
        usersReadVariables = true;
  std::vector<StageEnvironment> finalScopes;
  for (const Stage& stage : graph.stages()) {
    EffectiveUser current;
    StageEnvironment scope;
    std::vector<EffectiveUser> history;
    if (stage.parent) {
      current = timeline.finalUsers_.at(*stage.parent);
      scope = finalScopes.at(*stage.parent);
      history = timeline.histories_.at(*stage.parent);
    } else if (!stage.possibleParents.empty()) {
      const std::vector<std::size_t>& parents = stage.possibleParents;
      const EffectiveUser& first = timeline.finalUsers_.at(parents.front());
      bool agree = std::all_of(parents.begin(), parents.end(), [&](std::size_t p) {
        return sameUser(timeline.finalUsers_.at(p), first);
      });
      if (agree) {
        current = first;
        history = timeline.histories_.at(parents.front());
      } else {
        current.ambiguous = true;
        history = {current};
      }
    } else {
      current.resolved = knownDefaultUser(stage.base);
      history = {current};
    }
    timeline.before_[stage.from] = current;
    for (const ast::Instruction* node : stage.body) {
      timeline.before_[node] = current;
      if (const auto* env = ast::dyn_cast<ast::KeyValueInstruction>(node); env && env->kind == ast::InstructionKind::Env) {
        if (usersReadVariables)
          applyEnv(*env, scope, escape);
      } else if (const auto* arg = ast::dyn_cast<ast::ArgInstruction>(node)) {
        if (usersReadVariables)
          applyArg(*arg, scope, graph.globalArgDefaults(), escape);
      } else if (const auto* user = ast::dyn_cast<ast::ValueInstruction>(node);
               user && user->kind == ast::InstructionKind::User && user->value) {
        current = EffectiveUser{user, user->value->text, expandKnown(user->value->text, scope.values, escape), false};
        history.push_back(current);
      }
    }
    timeline.finalUsers_.push_back(current);
    timeline.histories_.push_back(std::move(history));
    finalScopes.push_back(std::move(scope));
  }
  return timeline;
}

const EffectiveUser& UserTimeline::before(const ast::Instruction* instruction) const {
  auto it = before_.find(instruction);
  return it == before_.end() ? none_ : it->second;
}

} // namespace dlint::passes
