#pragma once
// Does a variable or key name say it holds a credential? `DB_PASSWORD`, `apiKey`,
// `GITHUB_TOKEN` do; `PASSWORD_FILE` (a path to one), `PUBLIC_KEY`, `TOKEN_TYPE`, `GPG_KEY` (a
// fingerprint) and `GOPRIVATE` (module patterns) do not. Used for ARG/ENV names, .env keys,
// compose environment keys and the generic keyword+entropy detector.
//
// Names are split into lower-case words at '_', '-', '.', spaces, digits and camelCase humps
// (`dbPassword` -> db password, `APIKey` -> api key), so a credential word must be a whole word
// or a word's ending (`clientsecret`, `githubtoken`): `TOKENIZERS_PARALLELISM` and `AUTHOR`
// are not credentials.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dlint::secrets {

/// The words of an identifier, lower-cased, in order.
std::vector<std::string> nameWords(std::string_view name);

/// The credential word of `name` (`password`, `secret`, `token`, `api key`, `access key`,
/// `private key`, `credentials`, `auth`, ...), or nullopt when it has none.
std::optional<std::string> credentialWord(std::string_view name);

/// Why a name with a credential word still names no credential (`a path to a file, not its
/// content`, `a public key`, `a setting about the credential, not the credential`, ...), or
/// nullopt. Exclusions: `*_FILE`, `*_PATH`, `*_DIR`, `*_URL`/`*_HOST`/`*_ENDPOINT`, `*_NAME`,
/// `*_ID` (except AWS's `AWS_ACCESS_KEY_ID`), `*_VERSION`, `*_LENGTH`, `*_TYPE`, `*_ENABLED`,
/// `*_ALGORITHM`, ..., `PUBLIC_KEY`, `GPG_KEY`, cache/sort/partition keys, `GOPRIVATE`.
/// A URL name is excluded as a name; credentials inside a URL value are the URL detector's.
std::optional<std::string_view> nonSecretNameReason(std::string_view name);

/// credentialWord(name) and no nonSecretNameReason(name).
bool isSecretName(std::string_view name);

} // namespace dlint::secrets
