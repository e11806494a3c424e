// DF310: a credential in an ARG or ENV outlives the build. ENV values are in the image's
// config for anyone who pulls it; ARG values are in the Dockerfile (as defaults) or in the
// image's history and provenance (from --build-arg). Build secrets are made for this.
#include <set>
#include <string>

#include "diagnostics/Redaction.h"
#include "passes/analyses/ArgEnvScopes.h"
#include "passes/analyses/SecretFindings.h"
#include "passes/rules/RuleClass.h"
#include "passes/rules/secrets/SecretValues.h"
#include "secrets/Entropy.h"
#include "secrets/Placeholders.h"
#include "secrets/SecretNames.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(SecretInArgOrEnv);

namespace {

std::string secretMountNote(std::string_view name) {
  const std::string id(name);
  return "pass it as a build secret instead: 'docker build --secret id=" + id + ",env=" + id +
         "' and 'RUN --mount=type=secret,id=" + id + ",env=" + id + " ...', which never stores it";
}

/// `key` and `auth` alone name settings as often as credentials (`SORT_KEY`, `USE_AUTH_PLUGIN`);
/// `password`, `token`, `api key` and the like do not.
bool isVagueCredentialWord(std::string_view name) {
  const std::optional<std::string> word = secrets::credentialWord(name);
  return word && (*word == "key" || *word == "keys" || *word == "auth");
}

/// A value only a machine would pick: long, varied, with letters and digits.
bool looksRandom(std::string_view value) {
  const bool letter = value.find_first_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string_view::npos;
  const bool digit = value.find_first_of("0123456789") != std::string_view::npos;
  return value.size() >= 16 && letter && digit && secrets::shannonEntropy(value) >= 3.5;
}

/// A literal worth reporting: not empty, not a placeholder or a reference, not a path; under a
/// vague name, only a random-looking value.
bool isLiteralSecret(std::string_view name, std::string_view value) {
  if (value.empty() || secrets::isPlaceholder(value) || looksLikePath(value))
    return false;
  return !isVagueCredentialWord(name) || looksRandom(value);
}

/// True when a token detector (an SE rule) already reports a secret inside `range`: that
/// finding names the token's kind, so a second one here would only repeat it.
bool foundByDetector(const SecretFindings& findings, SourceRange range) {
  for (const SecretFinding& finding : findings.all())
    if (finding.secret.begin < range.end && range.begin < finding.secret.end)
      return true;
  return false;
}

/// The ARG a value reads, when it reads one (`ENV TOKEN=$GH_TOKEN`).
const VariableBinding* argRead(const ArgEnvScopes& scopes, const ast::Instruction& env, SourceRange value) {
  for (const VariableUse& use : scopes.references(&env))
    if (use.binding && use.binding->origin == VariableOrigin::Arg && use.range.begin >= value.begin &&
        use.range.end <= value.end)
      return use.binding;
  return nullptr;
}

void checkEnv(RuleContext& context, const RuleInfo& info, const ArgEnvScopes& scopes,
              const ast::KeyValueInstruction& env) {
  for (const ast::KeyValue& pair : env.pairs) {
    const std::string& name = pair.key.text;
    if (!secrets::isSecretName(name))
      continue;
    const UnquotedValue value = unquoted(pair.value);
    if (const VariableBinding* arg = argRead(scopes, env, pair.value.range)) {
      Diagnostic d = context.make(info, pair.key.range,
                                  "ENV '" + name + "' copies build argument '" + arg->name +
                                      "' into the image's environment, where anyone who runs or pulls the image reads it");
      if (!arg->nameRange.empty())
        d.notes.push_back({"'" + arg->name + "' is declared here", arg->nameRange});
      d.notes.push_back({secretMountNote(name), std::nullopt});
      context.emit(std::move(d));
      continue;
    }
    if (!isLiteralSecret(name, value.text) || foundByDetector(context.get<SecretFindings>(), value.range))
      continue;
    Diagnostic d = context.make(info, value.range,
                                "ENV '" + name + "' stores the literal secret '" + maskSecret(value.text) +
                                    "' in the image's environment");
    d.secrets.push_back(value.range);
    d.notes.push_back({secretMountNote(name), std::nullopt});
    context.emit(std::move(d));
  }
}

/// A global `ARG TOKEN` that no FROM reads and whose every stage re-declaration only names a
/// secret mount documents that mount as much as the re-declarations do.
bool globalOnlyForSecretMounts(const ast::Dockerfile& file, const ArgEnvScopes& scopes, const ArgUsage& global) {
  if (global.stage || !global.declaration)
    return false;
  bool redeclared = false;
  for (const ArgUsage& other : scopes.args())
    if (other.stage && other.declaration && other.declaration->name.text == global.declaration->name.text) {
      if (!other.onlySecretMount())
        return false;
      redeclared = true;
    }
  if (!redeclared)
    return false;
  for (const auto& node : file.instructions)
    if (node->kind == ast::InstructionKind::From)
      for (const VariableUse& use : scopes.references(node.get()))
        if (use.binding && use.binding == global.binding)
          return false;
  return true;
}

/// `ARG TOKEN` next to `RUN --mount=type=secret,id=TOKEN`: documentation, not a leak.
bool onlyForSecretMounts(const ast::Dockerfile& file, const ArgEnvScopes& scopes,
                         const ast::ArgDeclaration& declaration) {
  const ArgUsage* usage = scopes.argUsage(&declaration);
  return usage && (usage->onlySecretMount() || globalOnlyForSecretMounts(file, scopes, *usage));
}

void checkArg(RuleContext& context, const RuleInfo& info, const ArgEnvScopes& scopes,
              const ast::ArgInstruction& arg, std::set<std::string, std::less<>>& reported) {
  for (const ast::ArgDeclaration& declaration : arg.declarations) {
    const std::string& name = declaration.name.text;
    if (!secrets::isSecretName(name))
      continue;
    const std::optional<UnquotedValue> value =
        declaration.defaultValue ? std::optional(unquoted(*declaration.defaultValue)) : std::nullopt;
    if (value && isLiteralSecret(name, value->text)) {
      if (foundByDetector(context.get<SecretFindings>(), value->range)) {
        reported.insert(name);
        continue;
      }
      Diagnostic d = context.make(info, value->range,
                                  "ARG '" + name + "' has the literal secret '" + maskSecret(value->text) +
                                      "' as its default, in the Dockerfile and in the image's build history");
      d.secrets.push_back(value->range);
      d.notes.push_back({secretMountNote(name), std::nullopt});
      context.emit(std::move(d));
      reported.insert(name);
      continue;
    }
    // A literal default is in the Dockerfile even when only secret mounts use the name.
    if (onlyForSecretMounts(context.dockerfile(), scopes, declaration))
      continue;
    // A vague name with a non-secret default (`ARG USE_AUTH_PLUGIN=true`) is a setting.
    if (value && isVagueCredentialWord(name))
      continue;
    // A stage re-declaring `ARG TOKEN` of a global ARG already reported adds nothing new.
    if (!reported.insert(name).second && !value)
      continue;
    Diagnostic d = context.make(info, declaration.name.range,
                                "ARG '" + name + "' looks like a credential: a value passed with --build-arg is "
                                "recorded in the image's history and provenance");
    d.notes.push_back({secretMountNote(name), std::nullopt});
    context.emit(std::move(d));
  }
}

} // namespace

void SecretInArgOrEnv::check(RuleContext& context) const {
  const ast::Dockerfile& file = context.dockerfile();
  bool any = false;
  for (const auto& node : file.instructions)
    any = any || node->kind == ast::InstructionKind::Arg || node->kind == ast::InstructionKind::Env;
  if (!any)
    return;
  const ArgEnvScopes& scopes = context.get<ArgEnvScopes>();
  std::set<std::string, std::less<>> reported;
  for (const auto& node : file.instructions) {
    if (const auto* arg = ast::dyn_cast<ast::ArgInstruction>(node.get()))
      checkArg(context, info(), scopes, *arg, reported);
    else if (const auto* env = ast::dyn_cast<ast::KeyValueInstruction>(node.get());
             env && env->kind == ast::InstructionKind::Env)
      checkEnv(context, info(), scopes, *env);
  }
}

} // namespace dlint::passes::rules
