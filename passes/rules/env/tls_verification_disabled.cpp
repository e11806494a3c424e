// EV302: variables that make a tool skip TLS certificate verification. Every process that
// reads the .env file (compose passes it to containers with env_file) then trusts any
// certificate, so a man in the middle can read and change its traffic.
#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <string>
#include <string_view>

#include "passes/rules/env/EnvRuleClasses.h"

namespace dlint::passes::rules {

namespace {

enum class Trigger : std::uint8_t {
  Falsy,    ///< `0`, `false`, `no`, `off`
  Truthy,   ///< `1`, `true`, `yes`, `on`
  AnyValue, ///< set at all, even to `0` or empty (git reads only whether it is set)
  NonEmpty, ///< any non-empty value (a host list)
  Empty     ///< set to the empty string (Python requests then verifies nothing)
};

struct TlsVariable {
  std::string_view name; ///< upper case; keys are compared case-insensitively
  Trigger trigger;
  std::string_view what; ///< what the setting does, for the message
};

constexpr std::array<TlsVariable, 11> kVariables = {{
    {"NODE_TLS_REJECT_UNAUTHORIZED", Trigger::Falsy, "Node.js accepts any TLS certificate"},
    {"PYTHONHTTPSVERIFY", Trigger::Falsy, "Python's urllib skips certificate verification"},
    {"GIT_SSL_NO_VERIFY", Trigger::AnyValue, "git skips certificate verification (whatever the value)"},
    {"NPM_CONFIG_STRICT_SSL", Trigger::Falsy, "npm accepts any registry certificate"},
    {"YARN_STRICT_SSL", Trigger::Falsy, "yarn accepts any registry certificate"},
    {"YARN_ENABLE_STRICT_SSL", Trigger::Falsy, "yarn accepts any registry certificate"},
    {"PIP_TRUSTED_HOST", Trigger::NonEmpty, "pip trusts these hosts without a valid certificate"},
    {"CURL_CA_BUNDLE", Trigger::Empty, "Python requests verifies no certificate when this is empty"},
    {"REQUESTS_CA_BUNDLE", Trigger::Empty, "Python requests verifies no certificate when this is empty"},
    {"GOINSECURE", Trigger::NonEmpty, "the go command fetches these modules over insecure connections"},
    {"GIT_SSL_VERIFY", Trigger::Falsy, "git skips certificate verification"},
}};

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

/// Tool-specific names first; then the common shapes of an application's own switch
/// (`*_INSECURE_SKIP_VERIFY=true`, `*_SSL_VERIFY=false`, `*_VERIFY_SSL=0`, ...).
const TlsVariable* match(const std::string& key, std::string_view value) {
  for (const TlsVariable& variable : kVariables)
    if (key == variable.name)
      return fires(variable.trigger, value) ? &variable : nullptr;
  static constexpr TlsVariable kSkipVerify{"", Trigger::Truthy, "certificate verification is switched off"};
  static constexpr TlsVariable kVerify{"", Trigger::Falsy, "certificate verification is switched off"};
  for (std::string_view suffix : {"INSECURE_SKIP_VERIFY", "INSECURE_SKIP_TLS_VERIFY", "TLS_SKIP_VERIFY",
                                  "SSL_NO_VERIFY", "TLS_INSECURE", "SSL_INSECURE"})
    if (endsWith(key, suffix))
      return isTruthy(value) ? &kSkipVerify : nullptr;
  for (std::string_view suffix : {"SSL_VERIFY", "VERIFY_SSL", "TLS_VERIFY", "VERIFY_TLS", "SSL_VERIFICATION",
                                  "TLS_VERIFICATION", "VERIFY_CERTS", "CERT_VERIFY", "REJECT_UNAUTHORIZED"})
    if (endsWith(key, suffix))
      return isFalsy(value) ? &kVerify : nullptr;
  return nullptr;
}

} // namespace

void EnvTlsVerificationDisabled::check(EnvRuleContext& context) const {
  for (const envfile::EnvEntry& entry : context.model().entries) {
    if (entry.inherited() || entry.hasReferences())
      continue;
    const TlsVariable* variable = match(upper(entry.keyText), entry.decoded);
    if (variable == nullptr)
      continue;
    SourceRange at = entry.value.empty() ? entry.key : entry.value;
    Diagnostic d = context.make(info(), at,
                                fmt::format("'{}' turns off TLS certificate verification: {}", entry.keyText,
                                            variable->what));
    d.highlights.push_back(entry.key);
    d.notes.push_back({"trust a private CA instead (NODE_EXTRA_CA_CERTS, SSL_CERT_FILE, GIT_SSL_CAINFO, "
                       "PIP_CERT, REQUESTS_CA_BUNDLE pointing at the CA file) and remove this variable",
                       std::nullopt});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
