#include "secrets/SecretNames.h"

#include <algorithm>
#include <array>
#include <iterator>

namespace dlint::secrets {

namespace {

bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
char toLower(char c) { return isUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

bool endsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

template <std::size_t N> bool isOneOf(std::string_view word, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// Whole words that name a credential.
constexpr std::string_view kCredentialWords[] = {
    "password", "passwords", "passwd", "pwd",       "pw",       "pass",        "passphrase", "passcode",
    "secret",   "secrets",   "token",  "tokens",    "credential", "credentials", "creds",    "apikey",
    "apikeys",  "accesskey", "secretkey", "privatekey", "auth", "authorization", "pat"};
// Word endings that name a credential: `dbpassword`, `clientsecret`, `githubtoken`, `oauth`.
constexpr std::string_view kCredentialEndings[] = {
    "password", "passwd", "passphrase", "secret", "secrets", "token", "tokens",
    "apikey",   "accesskey", "privatekey", "credentials"};
// Words before `key` that make it a credential's name (`API_KEY`, `SIGNING_KEY`).
constexpr std::string_view kKeyQualifiers[] = {
    "api", "access", "secret", "private", "auth", "client", "signing", "encryption", "master", "license",
    "service", "account", "app"};

struct LastWordReason {
  std::string_view word;
  std::string_view reason;
};

constexpr std::string_view kPathReason = "a path to a file, not its content";
constexpr std::string_view kAddressReason = "an address, not a credential (credentials inside a URL value are "
                                            "reported on their own)";
constexpr std::string_view kNameReason = "the name or identifier of a credential, not its value";
constexpr std::string_view kSettingReason = "a setting about the credential, not the credential";
constexpr std::string_view kDigestReason = "a checksum or digest, not a secret";

constexpr LastWordReason kLastWordReasons[] = {
    {"file", kPathReason},         {"files", kPathReason},        {"path", kPathReason},
    {"paths", kPathReason},        {"dir", kPathReason},          {"dirs", kPathReason},
    {"directory", kPathReason},    {"folder", kPathReason},       {"location", kPathReason},
    {"mount", kPathReason},        {"url", kAddressReason},       {"urls", kAddressReason},
    {"uri", kAddressReason},       {"endpoint", kAddressReason},  {"host", kAddressReason},
    {"hostname", kAddressReason},  {"port", kAddressReason},      {"server", kAddressReason},
    {"domain", kAddressReason},    {"addr", kAddressReason},      {"address", kAddressReason},
    {"name", kNameReason},         {"names", kNameReason},        {"id", kNameReason},
    {"ids", kNameReason},          {"label", kNameReason},        {"ref", kNameReason},
    {"arn", kNameReason},          {"version", kSettingReason},   {"length", kSettingReason},
    {"len", kSettingReason},       {"size", kSettingReason},      {"bits", kSettingReason},
    {"type", kSettingReason},      {"kind", kSettingReason},      {"algorithm", kSettingReason},
    {"algo", kSettingReason},      {"alg", kSettingReason},       {"format", kSettingReason},
    {"enabled", kSettingReason},   {"enable", kSettingReason},    {"disabled", kSettingReason},
    {"disable", kSettingReason},   {"required", kSettingReason},  {"mode", kSettingReason},
    {"ttl", kSettingReason},       {"expiry", kSettingReason},    {"expires", kSettingReason},
    {"expiration", kSettingReason}, {"lifetime", kSettingReason}, {"timeout", kSettingReason},
    {"header", kSettingReason},    {"prefix", kSettingReason},    {"field", kSettingReason},
    {"policy", kSettingReason},    {"scope", kSettingReason},     {"scopes", kSettingReason},
    {"issuer", kSettingReason},    {"audience", kSettingReason},  {"provider", kSettingReason},
    {"sha", kDigestReason},        {"md", kDigestReason},         {"checksum", kDigestReason},
    {"checksums", kDigestReason},  {"digest", kDigestReason},     {"hash", kDigestReason},
    {"sum", kDigestReason},        {"fingerprint", kDigestReason},
};

// Words that turn a `key` into something public or a lookup key.
constexpr std::string_view kPublicWords[] = {"public", "pub", "gpg", "pgp", "fingerprint"};
constexpr std::string_view kLookupKeyWords[] = {
    "cache", "sort", "partition", "primary", "foreign", "idempotency", "hash", "map", "index", "lookup", "routing"};
// Go's module settings hold module path patterns (`GOPRIVATE=github.com/acme/*`).
constexpr std::string_view kGoSettings[] = {"goprivate", "gonoproxy", "gonosumdb", "goinsecure",
                                                         "goproxy"};

bool isCredentialWord(std::string_view word) {
  if (isOneOf(word, kCredentialWords))
    return true;
  // An ending counts on a longer word only; `auth` too ends credential words (`oauth`,
  // `basicauth`), which `author` and `authority` do not.
  for (std::string_view ending : kCredentialEndings)
    if (word.size() > ending.size() && endsWith(word, ending))
      return true;
  return word.size() > 4 && endsWith(word, "auth");
}

bool isKeyWord(std::string_view word) { return word == "key" || word == "keys"; }

/// Every credential word, credential ending and `key` holds one of `pw`, `pass`, `pat`, `secret`,
/// `token`, `cred`, `key` or `auth`, and a word of a name is a piece of it: a name that holds
/// none (in any case) names no credential. Names are checked for every ARG, ENV and variable,
/// and most are `PATH`-like settings, so this is one pass that looks further only at the
/// fragments' first letters.
bool mayHoldCredentialWord(std::string_view name) {
  static constexpr std::string_view kFragments[] = {"pw", "pass", "pat", "secret", "token", "cred", "key", "auth"};
  static constexpr auto kStarts = [] {
    std::array<bool, 256> starts{};
    for (std::string_view fragment : kFragments)
      starts[static_cast<unsigned char>(fragment.front())] = true;
    return starts;
  }();
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = toLower(name[i]);
    if (!kStarts[static_cast<unsigned char>(c)])
      continue;
    for (std::string_view fragment : kFragments) {
      if (fragment.front() != c || i + fragment.size() > name.size())
        continue;
      std::size_t k = 1;
      while (k < fragment.size() && toLower(name[i + k]) == fragment[k])
        ++k;
      if (k == fragment.size())
        return true;
    }
  }
  return false;
}

} // namespace

std::vector<std::string> nameWords(std::string_view name) {
  std::vector<std::string> words;
  std::string current;
  auto flush = [&] {
    if (!current.empty())
      words.push_back(std::move(current));
    current.clear();
  };
  for (std::size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    bool alpha = isLower(c) || isUpper(c);
    if (!alpha && !isDigit(c)) {
      flush();
      continue;
    }
    if (!current.empty()) {
      char previous = name[i - 1];
      bool digitBoundary = isDigit(c) != isDigit(previous);
      // `dbPassword`: lower then upper; `APIKey`: the last capital of a run starts a word.
      bool hump = isUpper(c) && isLower(previous);
      bool acronymEnd = isUpper(c) && isUpper(previous) && i + 1 < name.size() && isLower(name[i + 1]);
      if (digitBoundary || hump || acronymEnd)
        flush();
    }
    current.push_back(toLower(c));
  }
  flush();
  return words;
}

std::optional<std::string> credentialWord(std::string_view name) {
  if (!mayHoldCredentialWord(name))
    return std::nullopt;
  std::vector<std::string> words = nameWords(name);
  for (const std::string& word : words)
    if (isCredentialWord(word))
      return word;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!isKeyWord(words[i]))
      continue;
    if (i > 0 && isOneOf(std::string_view(words[i - 1]), kKeyQualifiers))
      return words[i - 1] + " key";
    return words[i];
  }
  return std::nullopt;
}

std::optional<std::string_view> nonSecretNameReason(std::string_view name) {
  std::vector<std::string> words = nameWords(name);
  if (words.empty())
    return std::nullopt;
  std::string joined;
  for (const std::string& word : words)
    joined += word;
  if (isOneOf(std::string_view(joined), kGoSettings))
    return "a Go module setting that holds module path patterns";

  auto has = [&](auto predicate) { return std::any_of(words.begin(), words.end(), predicate); };
  // The last word that is not a number: `KEY_SHA256` ends in `sha`, `TOKEN_TTL_2` in `ttl`.
  auto numeric = [](const std::string& w) { return std::all_of(w.begin(), w.end(), isDigit); };
  auto lastWord = std::find_if_not(words.rbegin(), words.rend(), numeric);
  const std::string& last = lastWord == words.rend() ? words.back() : *lastWord;
  bool aws = has([](const std::string& w) { return w == "aws"; });
  // AWS_ACCESS_KEY_ID is half of a credential pair and as sensitive as its secret.
  if (!((last == "id" || last == "ids") && aws))
    for (const LastWordReason& entry : kLastWordReasons)
      if (last == entry.word)
        return entry.reason;

  // The rest applies only when the credential word is a `key`: `GPG_PASSPHRASE` is a secret.
  bool strong = has([](const std::string& w) { return isCredentialWord(w) || w == "private"; });
  if (strong)
    return std::nullopt;
  if (has([](const std::string& w) { return isOneOf(std::string_view(w), kPublicWords); }))
    return "a public key or key fingerprint";
  if (has([](const std::string& w) { return isOneOf(std::string_view(w), kLookupKeyWords); }))
    return "a lookup key, not a credential";
  return std::nullopt;
}

bool isSecretName(std::string_view name) { return credentialWord(name) && !nonSecretNameReason(name); }

} // namespace dlint::secrets
