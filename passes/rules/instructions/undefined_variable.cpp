// DF228: BuildKit expands an undefined variable to an empty string without an error, so a typo
// or a global ARG that was never re-declared in the stage silently produces a wrong path or value.
#include <string>
#include <string_view>
#include <vector>

#include "frontend/Suggest.h"
#include "frontend/Text.h"
#include "passes/rules/RuleClass.h"
#include "passes/rules/instructions/InstructionFacts.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(UndefinedVariable);

namespace {

/// Names base images commonly set: a near miss to one of them is not a typo worth a guess.
bool isCommonImageVariable(std::string_view name) {
  for (std::string_view common : {"PATH", "HOME", "HOSTNAME", "LANG", "LANGUAGE", "LC_ALL", "TERM", "USER", "PWD",
                                  "SHELL", "UID", "GID", "TZ", "LD_LIBRARY_PATH",
                                  "PYTHONPATH", "MANPATH", "PKG_CONFIG_PATH", "CLASSPATH"})
    if (name == common)
      return true;
  return false;
}

/// True when the stage's chain starts at `scratch`: its environment holds only what the file sets.
bool imageEnvironmentKnown(const StageGraph& graph, std::size_t stage) {
  std::optional<std::size_t> root = graph.chainRoot(stage);
  return root && frontend::toLowerAscii(graph.stages()[*root].base) == "scratch";
}

const VariableBinding* findGlobal(const ArgEnvScopes& scopes, std::string_view name) {
  for (const VariableBinding* b = scopes.globalScope(); b; b = b->previous)
    if (b->name == name && b->origin == VariableOrigin::Arg)
      return b;
  return nullptr;
}

/// An ARG or ENV later in the same stage that defines `name`.
const ast::Instruction* definedLater(const ArgEnvScopes& scopes, const Stage& stage, const ast::Instruction* use,
                                     std::string_view name) {
  bool after = false;
  for (const ast::Instruction* node : stage.body) {
    if (node == use) {
      after = true;
      continue;
    }
    if (!after || !ast::isKind(*node, ast::InstructionKind::Arg, ast::InstructionKind::Env))
      continue;
    for (const VariableBinding* b : scopes.definedBy(node))
      if (b->name == name) {
        // `ENV PATH=/x:$PATH` later on extends a value the base image provides.
        for (const VariableUse& read : scopes.references(node))
          if (read.name == name)
            return nullptr;
        return node;
      }
  }
  return nullptr;
}

} // namespace

void UndefinedVariable::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  const ArgEnvScopes& scopes = context.get<ArgEnvScopes>();
  std::string_view source = context.source().text();
  for (const Stage& stage : graph.stages()) {
    bool envKnown = imageEnvironmentKnown(graph, stage.index);
    for (const ast::Instruction* node : stage.body) {
      // BuildKit does not check EXPOSE (it expands without recording), nor RUN, CMD or ENTRYPOINT text.
      if (node->kind == ast::InstructionKind::Expose)
        continue;
      for (const VariableUse& use : scopes.references(node)) {
        if (use.context != ReferenceContext::Expanded || use.declared() || use.proxyName ||
            use.name.rfind("BUILDKIT_SBOM_SCAN_", 0) == 0)
          continue;
        std::vector<std::string_view> names;
        for (const VariableBinding* b : scopes.visible(node))
          names.push_back(b->name);
        std::optional<std::string> best =
            isCommonImageVariable(use.name) ? std::nullopt : frontend::suggest(use.name, names);
        std::optional<DiagnosticNote> why;
        // A global ARG's name may also be one the base image sets (`ARG NODE_VERSION` before
        // `FROM node:${NODE_VERSION}`): then the stage reads the image's value, not the ARG's.
        bool imageMaySetIt = false;
        if (use.builtinName) {
          why = DiagnosticNote{"'" + use.name + "' is a platform arg: a stage sees it only after 'ARG " + use.name + "'",
                               std::nullopt};
        } else if (const VariableBinding* global = findGlobal(scopes, use.name)) {
          why = DiagnosticNote{"the global ARG '" + use.name + "' is visible to FROM lines only; declare 'ARG " +
                                   use.name + "' in this stage to use it here",
                               global->nameRange.empty() ? std::nullopt : std::optional<SourceRange>(global->nameRange)};
          imageMaySetIt = !envKnown;
        } else if (const ast::Instruction* later =
                       isCommonImageVariable(use.name) ? nullptr : definedLater(scopes, stage, node, use.name)) {
          why = DiagnosticNote{"'" + use.name + "' is defined only later in the stage", later->keywordRange};
        } else if (!best && !envKnown) {
          continue; // the base image may well set it ($JAVA_HOME, $NODE_VERSION...)
        }
        Diagnostic d = context.make(info(), use.range,
                                    "'$" + use.name + "' is not defined here, so it expands to an empty string" +
                                        (imageMaySetIt ? std::string(" unless the base image sets it") : std::string()));
        if (why)
          d.notes.push_back(std::move(*why));
        if (best) {
          d.notes.push_back({"did you mean '$" + *best + "'?", std::nullopt});
          std::string_view written = source.substr(use.range.begin, use.range.size());
          if (written == "$" + use.name || written == "${" + use.name + "}")
            d.fixes.push_back({"use '$" + *best + "'",
                               {{use.range, written.front() == '$' && written.size() > 1 && written[1] == '{'
                                                ? "${" + *best + "}"
                                                : "$" + *best}},
                               Applicability::DisplayOnly});
        }
        context.emit(std::move(d));
      }
    }
  }
}

} // namespace dlint::passes::rules
