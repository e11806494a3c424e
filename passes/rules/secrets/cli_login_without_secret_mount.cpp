// DF311: a RUN that logs a CLI in needs credentials. Without `--mount=type=secret` they can only
// come from a build argument, an ENV or the Dockerfile's text, and all three end up in the image
// or its history; a secret mount is the one way in that leaves no trace.
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "passes/analyses/PackageCommands.h"
#include "passes/analyses/ShellModel.h"
#include "passes/rules/security/CommandScan.h"
#include "passes/rules/RuleClass.h"
#include "passes/rules/secrets/SecretValues.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(CliLoginWithoutSecretMount);

namespace {

/// The subcommand and the operands after it: option values are skipped, before the subcommand
/// too (`docker --config DIR login`), so the patterns below see the words that name the login.
std::vector<const shell::Word*> positionals(const ToolInvocation& call) {
  std::vector<const shell::Word*> words;
  if (!call.subcommand)
    return words;
  words.push_back(call.subcommand);
  for (const shell::Word* operand : operandsAfterSubcommand(call))
    words.push_back(operand);
  return words;
}

bool hasAnyOption(const ToolInvocation& call, std::initializer_list<std::string_view> options) {
  const std::vector<shell::Word>& all = call.command->words;
  for (std::size_t k = call.toolIndex + 1; k < all.size(); ++k) {
    if (!all[k].value)
      continue;
    const std::string_view word = *all[k].value;
    for (std::string_view option : options)
      if (word == option || (word.size() > option.size() && word.substr(0, option.size()) == option &&
                             (word[option.size()] == '=' || option.size() == 2)))
        return true;
  }
  return false;
}

bool startsWithPath(const std::vector<const shell::Word*>& words, std::initializer_list<std::string_view> path) {
  if (words.size() < path.size())
    return false;
  std::size_t i = 0;
  for (std::string_view part : path)
    if (!words[i++]->is(part))
      return false;
  return true;
}

using Positionals = std::vector<const shell::Word*>;

// Each function returns the number of positional words that name the login ("login",
// "auth login", "configure set KEY"), or 0 when the command logs nothing in.

/// `TOOL login`: the registry clients, vault.
std::size_t loginCommand(const ToolInvocation&, const Positionals& words) {
  return startsWithPath(words, {"login"}) ? 1 : 0;
}

/// `TOOL auth login`: crane, gh.
std::size_t authLogin(const ToolInvocation&, const Positionals& words) {
  return startsWithPath(words, {"auth", "login"}) ? 2 : 0;
}

std::size_t regctlLogin(const ToolInvocation& call, const Positionals& words) {
  return startsWithPath(words, {"registry", "login"}) ? 2 : loginCommand(call, words);
}

std::size_t helmLogin(const ToolInvocation&, const Positionals& words) {
  return startsWithPath(words, {"registry", "login"}) ? 2 : 0;
}

std::size_t awsLogin(const ToolInvocation&, const Positionals& words) {
  if (startsWithPath(words, {"configure", "set"}) && words.size() >= 3 && words[2]->value) {
    const std::string_view key = *words[2]->value;
    if (key.ends_with("aws_secret_access_key") || key.ends_with("aws_access_key_id") ||
        key.ends_with("aws_session_token"))
      return 3;
  }
  return startsWithPath(words, {"configure", "import"}) ? 2 : 0;
}

std::size_t gcloudLogin(const ToolInvocation& call, const Positionals& words) {
  return startsWithPath(words, {"auth", "activate-service-account"}) ||
                 (startsWithPath(words, {"auth", "login"}) && hasAnyOption(call, {"--cred-file"}))
             ? 2
             : 0;
}

std::size_t azLogin(const ToolInvocation& call, const Positionals& words) {
  return startsWithPath(words, {"login"}) &&
                 hasAnyOption(call, {"-p", "--password", "--service-principal", "--federated-token"})
             ? 1
             : 0;
}

std::size_t doctlLogin(const ToolInvocation&, const Positionals& words) {
  return startsWithPath(words, {"auth", "init"}) ? 2 : 0;
}

/// npm, pnpm and yarn: a registry token written into their configuration.
std::size_t configuredToken(const Positionals& words) {
  if (startsWithPath(words, {"config", "set"}) && words.size() >= 3 && words[2]->value) {
    const std::string_view key = *words[2]->value;
    if (key.find("_authToken") != std::string_view::npos || key.find("npmAuthToken") != std::string_view::npos ||
        key.ends_with(":_auth") || key.ends_with(":_password") || key == "_auth")
      return 3;
  }
  return 0;
}

std::size_t npmLogin(const ToolInvocation&, const Positionals& words) {
  return startsWithPath(words, {"login"}) || startsWithPath(words, {"adduser"}) ? 1 : configuredToken(words);
}

std::size_t yarnLogin(const ToolInvocation&, const Positionals& words) {
  return startsWithPath(words, {"npm", "login"}) ? 2 : configuredToken(words); // `yarn npm login`: Yarn 2+
}

struct LoginForms {
  std::string_view tool;
  std::size_t (*loginWords)(const ToolInvocation&, const Positionals&);
};

/// Every tool DF311 knows, with how it logs in. Other commands are skipped on their name, before
/// their words are collected. (The tools' global options are in takesValue, PackageCommands.cpp.)
constexpr std::array<LoginForms, 20> kLoginTools = {{
    {"docker", loginCommand}, {"podman", loginCommand}, {"buildah", loginCommand}, {"skopeo", loginCommand},
    {"nerdctl", loginCommand}, {"oras", loginCommand},  {"finch", loginCommand},   {"cosign", loginCommand},
    {"regctl", regctlLogin},  {"helm", helmLogin},      {"crane", authLogin},      {"gh", authLogin},
    {"aws", awsLogin},        {"gcloud", gcloudLogin},  {"az", azLogin},           {"doctl", doctlLogin},
    {"vault", loginCommand},  {"npm", npmLogin},        {"pnpm", npmLogin},        {"yarn", yarnLogin},
}};

const LoginForms* loginFormsOf(std::string_view tool) {
  for (const LoginForms& forms : kLoginTools)
    if (forms.tool == tool)
      return &forms;
  return nullptr;
}

} // namespace

void CliLoginWithoutSecretMount::check(RuleContext& context) const {
  // Every command a RUN runs: shell form, here-documents, static `sh -c` strings, exec form.
  for (const security::CommandSite& site : context.get<security::CommandSites>().sites()) {
    // The tool first: it is a comparison, where mountsSecret reads the RUN's mount flags.
    const LoginForms* forms = site.tool ? loginFormsOf(site.tool->tool) : nullptr;
    if (!forms || mountsSecret(*site.instruction))
      continue;
    const ToolInvocation& call = *site.tool;
    const Positionals words = positionals(call);
    const std::size_t count = forms->loginWords(call, words);
    if (count == 0)
      continue;
    const shell::Word& tool = call.command->words[call.toolIndex];
    const SourceRange range{tool.range.begin, words[count - 1]->range.end};
    std::string what = std::string(call.tool);
    for (std::size_t i = 0; i < count && i < 2; ++i)
      what += " " + *words[i]->value;
    Diagnostic d = context.make(info(), range,
                                "'" + what + "' runs in a RUN without a secret mount: its credentials come from a "
                                "build argument, the environment or the Dockerfile and stay in the image or its history");
    d.notes.push_back({"mount them for this RUN only: 'RUN --mount=type=secret,id=NAME,env=VAR ...' with "
                       "'docker build --secret id=NAME,...'; a login that writes a config file "
                       "(~/.docker/config.json, ~/.aws/credentials, ~/.npmrc) should also remove it in the same RUN",
                       std::nullopt});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
