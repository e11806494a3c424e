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

/// The variable when `name` set to `value` in a process's environment turns verification off:
/// tool-specific names first (NODE_TLS_REJECT_UNAUTHORIZED=0, GIT_SSL_NO_VERIFY=<anything>,
/// PIP_TRUSTED_HOST=<hosts>, ...), upper case only for tools that read them with getenv (Node,
/// git, Python, Go), in any case for npm, yarn and pip; then the common shapes of an
/// application's own switch, in any case (`*_INSECURE_SKIP_VERIFY=true`, `*_SSL_VERIFY=false`,
/// and `SKIP_TLS_VERIFY=true` where a negating word comes before the verify suffix), except a
/// tool's name glued to a prefix (`ASDFGIT_SSL_NO_VERIFY`) and DOCKER_TLS_VERIFY (any value
/// turns Docker's verification on). Null when it does not.
const TlsVariable* disablingVariable(std::string_view name, std::string_view value);

/// True when `name` is one of the tool-specific variables (not a generic suffix match).
bool isKnownTlsVariable(std::string_view name);

/// Where to point a tool at a private CA instead, for notes.
inline constexpr std::string_view kTrustCaNote =
    "trust a private CA instead (NODE_EXTRA_CA_CERTS, SSL_CERT_FILE, GIT_SSL_CAINFO, PIP_CERT, "
    "REQUESTS_CA_BUNDLE pointing at the CA file) and remove this variable";

} // namespace dlint::passes::rules::tls
