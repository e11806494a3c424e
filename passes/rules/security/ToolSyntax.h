#pragma once
// The option syntax of the tools the security command rules read: which options take a value,
// so that a value is never mistaken for a flag (`curl -H -k`) and a flag's value is found.

#include "passes/rules/security/CommandScan.h"

namespace dlint::passes::rules::security {

inline constexpr OptionSyntax kCurlSyntax{
    "AbcCdDeEFHKmoPQrtTuUwxXyYz",
    " url output header user data data-raw data-binary data-urlencode data-ascii form form-string proxy "
    "user-agent referer cookie cookie-jar cacert capath cert key connect-timeout max-time retry retry-delay "
    "retry-max-time request write-out dump-header config range upload-file continue-at resolve interface "
    "limit-rate max-redirs output-dir proto proto-redir pinnedpubkey oauth2-bearer unix-socket proxy-user "
    "connect-to ciphers cert-type key-type pass expect100-timeout max-filesize "};
inline constexpr OptionSyntax kWgetSyntax{
    "aABDeiIlnoOPQtTUwX",
    " output-document output-file append-output execute directory-prefix tries timeout wait input-file "
    "user-agent level quota domains base header user password post-data post-file ca-certificate "
    "ca-directory certificate private-key "};
inline constexpr OptionSyntax kPipSyntax{
    "rcie", " requirement constraint index-url extra-index-url trusted-host cache-dir proxy log cert target "
            "prefix root find-links src editable python platform "};
inline constexpr OptionSyntax kAptSyntax{"oct", " option config-file target-release "};
inline constexpr OptionSyntax kRpmFamilySyntax{
    "cx", " setopt enablerepo disablerepo installroot releasever exclude config repo repofrompath "};
inline constexpr OptionSyntax kApkSyntax{"XpU", " repository root cache-dir keys-dir arch "};
inline constexpr OptionSyntax kGitSyntax{"cCf", " config git-dir work-tree file branch depth origin "};
inline constexpr OptionSyntax kNoValues{"", ""};

/// yum, dnf (and dnf5, microdnf, tdnf, yum-config-manager): they read `--setopt`.
inline bool isRpmFamily(std::string_view tool) {
  return tool == "yum" || tool == "dnf" || tool == "dnf5" || tool == "microdnf" || tool == "tdnf" ||
         tool == "yum-config-manager" || tool == "dnf-config-manager" || tool == "dnf-3";
}

} // namespace dlint::passes::rules::security
