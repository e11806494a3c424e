#pragma once
// The environment variables that make a tool skip TLS certificate verification, shared by the
// .env rule (EV302) and the Dockerfile rules (DF341: ENV, ARG and RUN assignments).

#include <string_view>

namespace dlint::passes::rules::tls {

/// What a variable's setting does, for messages.
struct TlsVariable {
  std::string_view name; ///< upper case; empty for the generic `*_SSL_VERIFY`-style names
  std::string_view what;
};

/// The variable when `name` (compared case-insensitively) set to `value` turns verification off:
/// tool-specific names first (NODE_TLS_REJECT_UNAUTHORIZED=0, GIT_SSL_NO_VERIFY=<anything>,
/// PIP_TRUSTED_HOST=<hosts>, ...), then the common shapes of an application's own switch
/// (`*_INSECURE_SKIP_VERIFY=true`, `*_SSL_VERIFY=false`), except a tool's name glued to a prefix
/// (`ASDFGIT_SSL_NO_VERIFY`). Null when it does not.
const TlsVariable* disablingVariable(std::string_view name, std::string_view value);

/// True when `name` is one of the tool-specific variables (not a generic suffix match).
bool isKnownTlsVariable(std::string_view name);

/// Where to point a tool at a private CA instead, for notes.
inline constexpr std::string_view kTrustCaNote =
    "trust a private CA instead (NODE_EXTRA_CA_CERTS, SSL_CERT_FILE, GIT_SSL_CAINFO, PIP_CERT, "
    "REQUESTS_CA_BUNDLE pointing at the CA file) and remove this variable";

} // namespace dlint::passes::rules::tls
