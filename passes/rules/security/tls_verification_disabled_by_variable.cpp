// DF341: NODE_TLS_REJECT_UNAUTHORIZED=0, GIT_SSL_NO_VERIFY and their kin turn off certificate
// checks for every process that inherits them. In an ENV they ship in the image and reach the
// running application too; in an ARG default or a RUN prefix they open every download of the
// build to a man in the middle.
#include <string>
#include <string_view>
#include <unordered_set>

#include "passes/analyses/ArgEnvScopes.h"
#include "passes/analyses/StageGraph.h"
#include "passes/rules/security/CommandScan.h"
#include "passes/rules/security/TlsVariables.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(TlsVerificationDisabledByVariable);

namespace {

using namespace security;

void report(RuleContext& context, const RuleInfo& info, SourceRange at, SourceRange nameRange, std::string_view name,
            std::string_view where, const tls::TlsVariable& variable) {
  // `where` is "ENV" or "ARG" (a subject: "ENV 'X' turns off ...") or a RUN verb ("RUN exports").
  const bool run = where.rfind("RUN", 0) == 0;
  Diagnostic d = context.make(info, at,
                              std::string(where) + " '" + std::string(name) + (run ? "', which turns" : "' turns") +
                                  " off TLS certificate verification: " + std::string(variable.what));
  if (nameRange != at && !nameRange.empty())
    d.highlights.push_back(nameRange);
  d.notes.push_back({std::string(tls::kTrustCaNote), std::nullopt});
  context.emit(std::move(d));
}

/// The variable's finding for a value that is not known statically: only a variable that
/// counts whatever its value (GIT_SSL_NO_VERIFY) can be reported.
const tls::TlsVariable* disablingAnyValue(std::string_view name) {
  const tls::TlsVariable* empty = tls::disablingVariable(name, "");
  const tls::TlsVariable* set = tls::disablingVariable(name, "x");
  const tls::TlsVariable* on = tls::disablingVariable(name, "1");
  const tls::TlsVariable* off = tls::disablingVariable(name, "0");
  return empty && set && on && off ? empty : nullptr;
}

/// The ARG bindings whose value some RUN has in its environment. An ARG is not in the image,
/// so one that no RUN sees changes nothing: a global ARG reaches a RUN only through a stage's
/// `ARG NAME` that takes its default, and a stage ARG only when a later RUN sees it.
std::unordered_set<const VariableBinding*> argsReachingRun(const ArgEnvScopes& scopes) {
  std::unordered_set<const VariableBinding*> reaching;
  for (const ArgUsage& usage : scopes.args())
    if (usage.reachesRun)
      for (const VariableBinding* b = usage.binding; b; b = b->valueSource)
        reaching.insert(b);
  return reaching;
}

void checkDefinitions(RuleContext& context, const RuleInfo& info) {
  const ArgEnvScopes& scopes = context.get<ArgEnvScopes>();
  const std::unordered_set<const VariableBinding*> reaching = argsReachingRun(scopes);
  for (const auto& node : context.dockerfile().instructions) {
    const ast::Instruction* instruction = node.get();
    const bool env = instruction->kind == ast::InstructionKind::Env;
    if (!env && instruction->kind != ast::InstructionKind::Arg)
      continue;
    for (const VariableBinding* binding : scopes.definedBy(instruction)) {
      // An ARG without a default is unset unless --build-arg sets it.
      if (!binding->hasValue || (!env && binding->valueRange.empty()))
        continue;
      if (!env && !reaching.count(binding))
        continue;
      const tls::TlsVariable* variable =
          binding->value ? tls::disablingVariable(binding->name, *binding->value) : disablingAnyValue(binding->name);
      if (!variable)
        continue;
      SourceRange at = binding->valueRange.empty() ? binding->nameRange : binding->valueRange;
      report(context, info, at, binding->nameRange, binding->name, env ? "ENV" : "ARG", *variable);
    }
  }
}

void checkWord(RuleContext& context, const RuleInfo& info, const shell::Word& word, std::string_view where) {
  std::string_view raw = word.raw;
  std::size_t equals = raw.find('=');
  if (equals == std::string_view::npos || equals == 0)
    return;
  std::string_view name = raw.substr(0, equals);
  if (name.find_first_of("$'\"\\") != std::string_view::npos)
    return;
  const tls::TlsVariable* variable = word.value
                                          ? tls::disablingVariable(name, std::string_view(*word.value).substr(equals + 1))
                                          : disablingAnyValue(name);
  if (variable)
    report(context, info, word.range, word.range, name, where, *variable);
}

void checkRun(RuleContext& context, const RuleInfo& info) {
  forEachCommandSite(context, [&](const CommandSite& site) {
    const shell::SimpleCommand& command = *site.command;
    // `VAR=value cmd`: the command's environment. A bare `VAR=value` is not exported.
    if (!command.words.empty())
      for (const shell::Assignment& assignment : command.assignments) {
        if (assignment.array)
          continue;
        const tls::TlsVariable* variable = nullptr;
        if (!assignment.value)
          variable = tls::disablingVariable(assignment.name, "");
        else if (assignment.value->value)
          variable = tls::disablingVariable(assignment.name, *assignment.value->value);
        else
          variable = disablingAnyValue(assignment.name);
        if (variable)
          report(context, info, assignment.value ? assignment.value->range : assignment.range, assignment.nameRange,
                 assignment.name, "RUN sets", *variable);
      }
    const std::vector<shell::Word>& words = command.words;
    if (words.empty() || !words[0].value)
      return;
    // `env VAR=value cmd` (also after sudo): the words between `env` and the command.
    for (std::size_t k = 0; k + 1 < words.size(); ++k)
      if (words[k].value && (*words[k].value == "env" || *words[k].value == "/usr/bin/env"))
        for (std::size_t j = k + 1; j < words.size(); ++j) {
          if (!words[j].raw.empty() && words[j].raw[0] == '-')
            continue;
          if (words[j].raw.find('=') == std::string::npos)
            break;
          checkWord(context, info, words[j], "RUN sets");
        }
    // `export VAR=value`, `declare -x VAR=value`, `typeset -x`.
    std::string_view name = *words[0].value;
    bool exporting = name == "export" || ((name == "declare" || name == "typeset" || name == "local") &&
                                          command.hasWord("-x"));
    if (exporting)
      for (std::size_t k = 1; k < words.size(); ++k)
        if (words[k].raw.empty() || words[k].raw[0] != '-')
          checkWord(context, info, words[k], "RUN exports");
  });
}

} // namespace

void TlsVerificationDisabledByVariable::check(RuleContext& context) const {
  checkDefinitions(context, info());
  checkRun(context, info());
}

} // namespace dlint::passes::rules
