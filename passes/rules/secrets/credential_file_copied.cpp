// DF312: a file copied into a layer stays in the image for good, even if a later RUN deletes
// it. Private keys and credential files belong in a secret or ssh mount for the one RUN that
// needs them.
#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "passes/rules/RuleClass.h"
#include "passes/rules/secrets/SecretValues.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(CredentialFileCopied);

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

std::string_view withoutTrailingSlashes(std::string_view path) {
  while (path.size() > 1 && path.back() == '/')
    path.remove_suffix(1);
  return path;
}

std::string_view baseName(std::string_view path) {
  path = withoutTrailingSlashes(path);
  const std::size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

/// Where a public key or a package-signing key goes: such a `.key` is not a secret.
bool publicKeyDestination(std::string_view destination) {
  const std::string d = lower(destination);
  return d.ends_with(".pub") || d.ends_with(".asc") || d.ends_with(".gpg") || contains(d, "keyrings") ||
         contains(d, "trusted.gpg") || contains(d, "authorized_keys") || contains(d, "rpm-gpg");
}

/// What kind of secret a source path names ("an SSH private key"), or nullopt.
std::optional<std::string> secretKind(std::string_view source, std::string_view destination) {
  const std::string path = lower(withoutTrailingSlashes(source));
  const std::string name(baseName(path));
  if (name == "id_rsa" || name == "id_dsa" || name == "id_ecdsa" || name == "id_ed25519" || name == "id_ecdsa_sk" ||
      name == "id_ed25519_sk")
    return "an SSH private key";
  if (name.ends_with(".ppk"))
    return "a PuTTY private key";
  if (name.ends_with(".p12") || name.ends_with(".pfx") || name.ends_with(".jks") || name.ends_with(".keystore"))
    return "a key store";
  if (name.ends_with(".key") && !publicKeyDestination(destination) && !contains(name, "pub") &&
      !contains(name, "gpg") && !contains(name, "pgp") && !contains(name, "release") && !contains(name, "signing"))
    return "a private key";
  if (name.ends_with(".pem") && (contains(name, "key") || contains(name, "priv")) && !contains(name, "pub") &&
      !publicKeyDestination(destination))
    return "a private key";
  if (name == ".npmrc" || name == ".pypirc" || name == ".netrc" || name == ".git-credentials" || name == ".pgpass" ||
      name == ".htpasswd" || name == ".dockercfg")
    return "a credentials file ('" + name + "')";
  if (name == "credentials.json" || name.starts_with("client_secret") || name == "credentials")
    return "a credentials file ('" + name + "')";
  if (name == ".env" || (name.starts_with(".env.") && !name.ends_with(".example") && !name.ends_with(".sample") &&
                         !name.ends_with(".template") && !name.ends_with(".dist") && !name.ends_with(".defaults")))
    return "the environment file '" + name + "'";
  if (name == ".ssh" || name == ".aws" || name == ".gnupg" || name == ".kube" || name == ".docker")
    return "the '" + name + "' directory, which holds keys or credentials,";
  if (contains(path, "/.docker/config.json") || path == ".docker/config.json" || contains(path, ".aws/credentials") ||
      contains(path, ".kube/config"))
    return "a credentials file ('" + path + "')";
  return std::nullopt;
}

/// Variables that name the file a tool reads its credentials from.
bool isCredentialFileVariable(std::string_view name) {
  static constexpr std::array<std::string_view, 8> kNames = {
      "GOOGLE_APPLICATION_CREDENTIALS", "AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE",  "HF_TOKEN_PATH",
      "KUBECONFIG",                     "NPM_CONFIG_USERCONFIG",       "PIP_CONFIG_FILE", "AZURE_CLIENT_CERTIFICATE_PATH"};
  return std::find(kNames.begin(), kNames.end(), name) != kNames.end();
}

struct CredentialPath {
  std::string variable;
  std::string path;
  SourceRange range;
};

/// ENV values that point tools at a credentials file.
std::vector<CredentialPath> credentialPaths(const ast::Dockerfile& file) {
  std::vector<CredentialPath> paths;
  for (const auto& node : file.instructions) {
    const auto* env = ast::dyn_cast<ast::KeyValueInstruction>(node.get());
    if (!env || env->kind != ast::InstructionKind::Env)
      continue;
    for (const ast::KeyValue& pair : env->pairs) {
      const std::string_view path = unquoted(pair.value).text; // `ENV X="/gcp/key.json"` too
      if (isCredentialFileVariable(pair.key.text) && !path.empty() && path.front() == '/')
        paths.push_back({pair.key.text, std::string(path), pair.range});
    }
  }
  return paths;
}

bool isUrl(std::string_view source) {
  return contains(source, "://") || source.starts_with("git@");
}

} // namespace

void CredentialFileCopied::check(RuleContext& context) const {
  const ast::Dockerfile& file = context.dockerfile();
  const std::vector<CredentialPath> pointed = credentialPaths(file);
  for (const auto& node : file.instructions) {
    const auto* copy = ast::dyn_cast<ast::FileTransferInstruction>(node.get());
    if (!copy || copy->args.size() < 2)
      continue;
    const std::string_view destination = copy->destination()->text;
    const std::string_view verb = copy->kind == ast::InstructionKind::Add ? "ADD" : "COPY";
    for (std::size_t i = 0; i + 1 < copy->args.size(); ++i) {
      const ast::Word& source = copy->args[i];
      if (isUrl(source.text) || source.text.starts_with("<<"))
        continue;
      std::optional<std::string> kind = secretKind(source.text, destination);
      // A destination in a well-known credentials location is as telling as the source name.
      if (!kind)
        kind = secretKind(destination, "");
      std::optional<DiagnosticNote> pointer;
      if (!kind) {
        const std::string target = destination.ends_with("/")
                                       ? std::string(destination) + std::string(baseName(source.text))
                                       : std::string(destination);
        for (const CredentialPath& p : pointed)
          if (p.path == target) {
            kind = "the credentials file that '" + p.variable + "' points at";
            pointer = DiagnosticNote{"'" + p.variable + "' is set here", p.range};
          }
      }
      if (!kind)
        continue;
      Diagnostic d = context.make(info(), source.range,
                                  std::string(verb) + " puts " + *kind + " into the image, where every layer keeps it");
      if (pointer)
        d.notes.push_back(*pointer);
      d.notes.push_back({"mount it for the RUN that needs it instead: 'RUN --mount=type=secret,id=NAME,target=PATH' "
                         "(or '--mount=type=ssh' for SSH keys) with 'docker build --secret id=NAME,src=FILE'",
                         std::nullopt});
      context.emit(std::move(d));
    }
  }
}

} // namespace dlint::passes::rules
