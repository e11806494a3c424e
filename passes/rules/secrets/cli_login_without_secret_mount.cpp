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

/// The tools loginWords() knows; any other command is skipped before its words are collected.
bool mayLogIn(std::string_view tool) {
  static constexpr std::array<std::string_view, 20> kTools = {
      "docker", "podman", "buildah", "skopeo", "nerdctl", "oras",  "finch", "regctl", "cosign", "helm",
      "crane",  "aws",    "gcloud",  "az",     "gh",      "doctl", "vault", "npm",    "pnpm",   "yarn"};
  for (std::string_view known : kTools)
    if (tool == known)
      return true;
  return false;
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

/// The number of positional words that name the login ("login", "auth login", "configure set
/// KEY"), or 0 when the command logs nothing in. A tool added here goes into mayLogIn() too.
std::size_t loginWords(const ToolInvocation& call, const std::vector<const shell::Word*>& words) {
  const std::string_view tool = call.tool;
  static constexpr std::array<std::string_view, 9> kRegistryClients = {
      "docker", "podman", "buildah", "skopeo", "nerdctl", "oras", "finch", "regctl", "cosign"};
  for (std::string_view client : kRegistryClients)
    if (tool == client) {
      if (startsWithPath(words, {"login"}))
        return 1;
      if (tool == "regctl" && startsWithPath(words, {"registry", "login"}))
        return 2;
      return 0;
    }
  if (tool == "helm" && startsWithPath(words, {"registry", "login"}))
    return 2;
  if (tool == "crane" && startsWithPath(words, {"auth", "login"}))
    return 2;
  if (tool == "aws" && startsWithPath(words, {"configure", "set"}) && words.size() >= 3 && words[2]->value) {
    const std::string_view key = *words[2]->value;
    if (key.ends_with("aws_secret_access_key") || key.ends_with("aws_access_key_id") ||
        key.ends_with("aws_session_token"))
      return 3;
  }
  if (tool == "aws" && startsWithPath(words, {"configure", "import"}))
    return 2;
  if (tool == "gcloud" && (startsWithPath(words, {"auth", "activate-service-account"}) ||
                           (startsWithPath(words, {"auth", "login"}) && hasAnyOption(call, {"--cred-file"}))))
    return 2;
  if (tool == "az" && startsWithPath(words, {"login"}) &&
      hasAnyOption(call, {"-p", "--password", "--service-principal", "--federated-token"}))
    return 1;
  if (tool == "gh" && startsWithPath(words, {"auth", "login"}))
    return 2;
  if (tool == "doctl" && startsWithPath(words, {"auth", "init"}))
    return 2;
  if (tool == "vault" && startsWithPath(words, {"login"}))
    return 1;
  if ((tool == "npm" || tool == "pnpm") && (startsWithPath(words, {"login"}) || startsWithPath(words, {"adduser"})))
    return 1;
  if (tool == "yarn" && startsWithPath(words, {"npm", "login"})) // Yarn 2+
    return 2;
  if ((tool == "npm" || tool == "pnpm" || tool == "yarn") && startsWithPath(words, {"config", "set"}) &&
      words.size() >= 3 && words[2]->value) {
    const std::string_view key = *words[2]->value;
    if (key.find("_authToken") != std::string_view::npos || key.find("npmAuthToken") != std::string_view::npos ||
        key.ends_with(":_auth") || key.ends_with(":_password") || key == "_auth")
      return 3;
  }
  return 0;
}

} // namespace

void CliLoginWithoutSecretMount::check(RuleContext& context) const {
  // Every command a RUN runs: shell form, here-documents, static `sh -c` strings, exec form.
  for (const security::CommandSite& site : context.get<security::CommandSites>().sites()) {
    // The tool first: it is a comparison, where mountsSecret reads the RUN's mount flags.
    if (!site.tool || !mayLogIn(site.tool->tool) || mountsSecret(*site.instruction))
      continue;
    const ToolInvocation& call = *site.tool;
    const std::vector<const shell::Word*> words = positionals(call);
    const std::size_t count = loginWords(call, words);
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
