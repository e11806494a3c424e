#include "passes/rules/security/TlsVariables.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

namespace dlint::passes::rules::tls {

namespace {

enum class Trigger : std::uint8_t {
  Falsy,    ///< `0`, `false`, `no`, `off`
  Truthy,   ///< `1`, `true`, `yes`, `on`
  AnyValue, ///< set at all, even to `0` or empty (git reads only whether it is set)
  NonEmpty, ///< any non-empty value (a host list)
  Empty     ///< set to the empty string (Python requests then verifies nothing)
};

struct Entry {
  TlsVariable variable;
  Trigger trigger;
};

constexpr std::array<Entry, 11> kVariables = {{
    {{"NODE_TLS_REJECT_UNAUTHORIZED", "Node.js accepts any TLS certificate"}, Trigger::Falsy},
    {{"PYTHONHTTPSVERIFY", "Python's urllib skips certificate verification"}, Trigger::Falsy},
    {{"GIT_SSL_NO_VERIFY", "git skips certificate verification (whatever the value)"}, Trigger::AnyValue},
    {{"NPM_CONFIG_STRICT_SSL", "npm accepts any registry certificate"}, Trigger::Falsy},
    {{"YARN_STRICT_SSL", "yarn accepts any registry certificate"}, Trigger::Falsy},
    {{"YARN_ENABLE_STRICT_SSL", "yarn accepts any registry certificate"}, Trigger::Falsy},
    {{"PIP_TRUSTED_HOST", "pip trusts these hosts without a valid certificate"}, Trigger::NonEmpty},
    {{"CURL_CA_BUNDLE", "Python requests verifies no certificate when this is empty"}, Trigger::Empty},
    {{"REQUESTS_CA_BUNDLE", "Python requests verifies no certificate when this is empty"}, Trigger::Empty},
    {{"GOINSECURE", "the go command fetches these modules over insecure connections"}, Trigger::NonEmpty},
    {{"GIT_SSL_VERIFY", "git skips certificate verification"}, Trigger::Falsy},
}};

constexpr TlsVariable kSkipVerify{"", "certificate verification is switched off"};
constexpr TlsVariable kNegatedSwitch{"", "a true value skips certificate verification"};

/// Names whose false value turns verification off (`ELASTIC_SSL_VERIFY=false`).
constexpr std::array<std::string_view, 9> kVerifySuffixes = {
    "SSL_VERIFY",       "VERIFY_SSL",   "TLS_VERIFY",  "VERIFY_TLS",         "SSL_VERIFICATION",
    "TLS_VERIFICATION", "VERIFY_CERTS", "CERT_VERIFY", "REJECT_UNAUTHORIZED"};

std::string upper(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
  return out;
}

bool isFalsy(std::string_view value) {
  const std::string v = upper(value);
  return v == "0" || v == "FALSE" || v == "NO" || v == "OFF";
}
bool isTruthy(std::string_view value) {
  const std::string v = upper(value);
  return v == "1" || v == "TRUE" || v == "YES" || v == "ON";
}

bool endsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

/// `SKIP_TLS_VERIFY`, `DISABLE_SSL_VERIFY`, `APP_NO_VERIFY_SSL`: a verify-shaped name with a
/// negating word just before its suffix, for which true turns verification off.
bool isNegatedVerifySwitch(std::string_view key, std::string_view suffix) {
  if (key.size() == suffix.size() || key[key.size() - suffix.size() - 1] != '_')
    return false;
  std::string_view before = key.substr(0, key.size() - suffix.size() - 1);
  std::size_t underscore = before.rfind('_');
  std::string_view word = underscore == std::string_view::npos ? before : before.substr(underscore + 1);
  for (std::string_view negation : {"SKIP", "DISABLE", "DISABLED", "NO", "IGNORE", "DONT", "NOT", "WITHOUT"})
    if (word == negation)
      return true;
  return false;
}

bool fires(Trigger trigger, std::string_view value) {
  switch (trigger) {
  case Trigger::Falsy: return isFalsy(value);
  case Trigger::Truthy: return isTruthy(value);
  case Trigger::AnyValue: return true;
  case Trigger::NonEmpty: return !value.empty();
  case Trigger::Empty: return value.empty();
  }
  return false;
}

} // namespace

bool isKnownTlsVariable(std::string_view name) {
  const std::string key = upper(name);
  return std::any_of(kVariables.begin(), kVariables.end(),
                     [&](const Entry& entry) { return key == entry.variable.name; });
}

const TlsVariable* disablingVariable(std::string_view name, std::string_view value) {
  const std::string key = upper(name);
  // Docker's client verifies the daemon whenever DOCKER_TLS_VERIFY is non-empty: "0" and
  // "false" turn verification on, not off.
  if (key == "DOCKER_TLS_VERIFY")
    return nullptr;
  for (const Entry& entry : kVariables)
    if (key == entry.variable.name) {
      // Node, git, Python and Go read their variable with getenv(), which is case-sensitive;
      // npm, yarn and pip match their own prefixes in any case (`npm_config_strict_ssl`).
      const bool anyCase = key.rfind("NPM_CONFIG_", 0) == 0 || key.rfind("YARN_", 0) == 0 || key.rfind("PIP_", 0) == 0;
      if (!anyCase && name != key)
        return nullptr;
      return fires(entry.trigger, value) ? &entry.variable : nullptr;
    }
  // `ASDFGIT_SSL_NO_VERIFY` is not git's variable with a prefix but another word that ends like
  // it: only a `_` before a tool's name makes it a name of the same shape (`MYAPP_GIT_SSL_NO_VERIFY`).
  for (const Entry& entry : kVariables)
    if (endsWith(key, entry.variable.name) && key[key.size() - entry.variable.name.size() - 1] != '_')
      return nullptr;
  for (std::string_view suffix : {"INSECURE_SKIP_VERIFY", "INSECURE_SKIP_TLS_VERIFY", "TLS_SKIP_VERIFY",
                                  "SSL_NO_VERIFY", "TLS_INSECURE", "SSL_INSECURE"})
    if (endsWith(key, suffix))
      return isTruthy(value) ? &kSkipVerify : nullptr;
  for (std::string_view suffix : kVerifySuffixes)
    if (endsWith(key, suffix)) {
      if (isNegatedVerifySwitch(key, suffix))
        return isTruthy(value) ? &kNegatedSwitch : nullptr;
      return isFalsy(value) ? &kSkipVerify : nullptr;
    }
  return nullptr;
}

} // namespace dlint::passes::rules::tls
