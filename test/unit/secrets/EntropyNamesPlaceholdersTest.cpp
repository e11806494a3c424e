// Entropy, credential names and their exclusions, placeholders and weakness.
#include <catch2/catch.hpp>

#include <cmath>

#include "secrets/Entropy.h"
#include "secrets/Placeholders.h"
#include "secrets/SecretNames.h"

using namespace dlint::secrets;

TEST_CASE("Shannon entropy in bits per character", "[secrets]") {
  CHECK(shannonEntropy("") == 0.0);
  CHECK(shannonEntropy("aaaaaaaa") == 0.0);
  CHECK(shannonEntropy("ab") == Approx(1.0));
  CHECK(shannonEntropy("abababab") == Approx(1.0));
  CHECK(shannonEntropy("abcd") == Approx(2.0));
  CHECK(shannonEntropy("0123456789abcdef") == Approx(4.0));
  CHECK(shannonEntropy("aab") == Approx(-(2.0 / 3 * std::log2(2.0 / 3) + 1.0 / 3 * std::log2(1.0 / 3))));
  // A word repeats letters; a random token of the same length does not.
  CHECK(shannonEntropy("passwordpassword") < 3.0);
  CHECK(shannonEntropy("q7Zk2pX9vL4mW8rT") == Approx(4.0));
  // Bytes, not code points: 'é' is two distinct bytes.
  CHECK(shannonEntropy("\xc3\xa9") == Approx(1.0));
}

TEST_CASE("names are split into lower-case words", "[secrets]") {
  using W = std::vector<std::string>;
  CHECK(nameWords("AWS_SECRET_ACCESS_KEY") == W{"aws", "secret", "access", "key"});
  CHECK(nameWords("dbPassword") == W{"db", "password"});
  CHECK(nameWords("APIKey") == W{"api", "key"});
  CHECK(nameWords("github-token.v2") == W{"github", "token", "v", "2"});
  CHECK(nameWords("KEY_SHA256") == W{"key", "sha", "256"});
  CHECK(nameWords("__").empty());
}

TEST_CASE("credential names, camelCase and snake_case, any case", "[secrets]") {
  const char* secretNames[] = {"PASSWORD", "DB_PASSWORD", "db_passwd", "MYSQL_ROOT_PASSWORD", "dbPassword",
                               "POSTGRES_PASS", "SECRET", "CLIENT_SECRET", "clientSecret", "JWT_SECRET",
                               "GITHUB_TOKEN", "githubToken", "NPM_TOKEN", "HF_TOKEN", "API_KEY", "apiKey",
                               "APIKey", "apikey", "ACCESS_KEY", "AWS_SECRET_ACCESS_KEY", "AWS_ACCESS_KEY_ID",
                               "PRIVATE_KEY", "SSH_PRIVATE_KEY", "GOOGLE_CREDENTIALS", "DOCKER_CREDS",
                               "NPM_AUTH", "OAUTH_TOKEN", "BASICAUTH", "GPG_PASSPHRASE", "STRIPE_KEY",
                               "SECRET_KEY_BASE", "GITHUB_PAT", "DB_PWD", "x-api-key"};
  for (const char* name : secretNames) {
    INFO(name);
    CHECK(credentialWord(name).has_value());
    CHECK(nonSecretNameReason(name) == std::nullopt);
    CHECK(isSecretName(name));
  }
  CHECK(credentialWord("API_KEY") == "api key");
  CHECK(credentialWord("dbPassword") == "password");
}

TEST_CASE("every credential word and ending is found, whatever its case", "[secrets]") {
  // One name per entry of the word and ending lists: the fragment prefilter must let each through.
  const char* names[] = {"MY_PW",        "APP_PASSCODE",  "SSH_PASSWORDS", "APP_SECRETS",  "API_TOKENS",
                         "DB_CREDENTIAL", "AppApiKeys",   "ACCESSKEY",     "SecretKey",    "PRIVATEKEY",
                         "AUTHORIZATION", "GitLab_PAT",   "dbPasswd",      "ClientSecrets", "MYTOKENS",
                         "AWSCREDENTIALS", "OAuth",       "SIGNING_KEYS",  "Pass",         "PassPhrase"};
  for (const char* name : names) {
    INFO(name);
    CHECK(credentialWord(name).has_value());
  }
}

TEST_CASE("names without a credential word", "[secrets]") {
  const char* plain[] = {"TOKENIZERS_PARALLELISM", "AUTHOR", "AUTHORITY", "KEYBOARD", "MONKEY", "HOSTNAME",
                         "PATH", "PASSAGE", "KEYCLOAK_URL", "NODE_VERSION", "DEBIAN_FRONTEND", "COMPASS"};
  for (const char* name : plain) {
    INFO(name);
    CHECK_FALSE(credentialWord(name).has_value());
    CHECK_FALSE(isSecretName(name));
  }
}

TEST_CASE("credential-looking names that hold no credential", "[secrets]") {
  const char* excluded[] = {"DB_PASSWORD_FILE", "POSTGRES_PASSWORD_FILE", "SSH_KEY_PATH", "GNUPG_KEY_DIR",
                            "TOKEN_URL", "AUTH_URL", "AUTH_HOST", "SECRET_NAME", "TOKEN_NAME", "API_KEY_ID",
                            "CLIENT_SECRET_ID", "API_VERSION", "PASSWORD_MIN_LENGTH", "GOPRIVATE", "GONOSUMDB",
                            "PUBLIC_KEY", "publicKey", "GPG_KEY", "GPG_KEYS", "TOKEN_TYPE", "AUTH_ENABLED",
                            "KEY_ALGORITHM", "CACHE_KEY", "SORT_KEY", "TOKEN_TTL", "PASSWORD_HASH",
                            "KEY_SHA256", "SECRET_CHECKSUM"};
  for (const char* name : excluded) {
    INFO(name);
    CHECK(nonSecretNameReason(name).has_value());
    CHECK_FALSE(isSecretName(name));
  }
  CHECK(nonSecretNameReason("DB_PASSWORD_FILE") == "a path to a file, not its content");
  CHECK(nonSecretNameReason("PUBLIC_KEY") == "a public key or key fingerprint");
  // The exclusion words do not overrule a strong credential word anywhere but at the end.
  CHECK(isSecretName("GPG_PRIVATE_KEY"));
  CHECK(isSecretName("PUBLIC_API_TOKEN"));
  CHECK(isSecretName("AWS_ACCESS_KEY_ID"));
}

TEST_CASE("references and placeholders are not secrets", "[secrets]") {
  const char* references[] = {"${TOKEN}", "$TOKEN", "${TOKEN:-x}", "$(cat /run/secrets/t)", "%API_KEY%",
                              "{{ .Values.token }}", "  \"${TOKEN}\"  "};
  for (const char* value : references) {
    INFO(value);
    CHECK(isVariableReference(value));
    CHECK(isPlaceholder(value));
  }
  const char* placeholders[] = {"", "   ", "changeme", "CHANGEME", "change_me", "xxx", "XXXXXXXX", "<secret>",
                                "<your-token>", "[API_KEY]", "{token}", "your-token-here", "YOUR_API_KEY",
                                "example", "my-example-key", "dummy", "dummy-token-123", "true", "false", "none",
                                "null", "test", "***", "********", "replace_me_with_a_real_key", "aaaaaaaaaaaa",
                                "'placeholder'", "Bearer ${TOKEN}", "AKIAIOSFODNN7EXAMPLE",
                                "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"};
  for (const char* value : placeholders) {
    INFO(value);
    CHECK(isPlaceholder(value));
  }
  CHECK(isDocumentedExample("AKIAIOSFODNN7EXAMPLE"));
  CHECK_FALSE(isDocumentedExample("AKIAVMCPJYWVTXJDE5VX"));
  const char* real[] = {"q7Zk2pX9vL4mW8rT", "hunter2", "s3cr3t-Pa55", "Tv3qmaSWxMvzsk5tM6", "correct horse"};
  for (const char* value : real) {
    INFO(value);
    CHECK_FALSE(isVariableReference(value));
    CHECK_FALSE(isPlaceholder(value));
  }
  CHECK_FALSE(isVariableReference("a${B}"));
  CHECK_FALSE(isVariableReference("$"));
}

TEST_CASE("weakness of a literal secret value", "[secrets]") {
  CHECK(weakness("") == Weakness::Empty);
  CHECK(weakness("  ") == Weakness::Empty);
  CHECK(weakness("${DB_PASSWORD}") == Weakness::None);
  CHECK(weakness("changeme") == Weakness::Placeholder);
  CHECK(weakness("<password>") == Weakness::Placeholder);
  CHECK(weakness("123456") == Weakness::CommonPassword);
  CHECK(weakness("qwerty") == Weakness::CommonPassword);
  CHECK(weakness("Password123!") == Weakness::CommonPassword);
  CHECK(weakness("P@ssw0rd") == Weakness::CommonPassword);
  CHECK(weakness("Admin1") == Weakness::CommonPassword);
  CHECK(weakness("hunter2") == Weakness::TooShort);
  CHECK(weakness("Zq8xW4vL2pK") == Weakness::TooShort); // 11 characters
  CHECK(weakness("abababababababab") == Weakness::LowEntropy);
  CHECK(weakness("aaaabbbbccccdddd") == Weakness::LowEntropy);
  CHECK(weakness("Zq8xW4vL2pK9") == Weakness::None);
  CHECK(weakness("CVgq0Xv6UExvx2XJCFfI3R9qdWB5b93n") == Weakness::None);
  CHECK(isCommonPassword("LETMEIN"));
  CHECK_FALSE(isCommonPassword("letmeinplease"));
  CHECK(describe(Weakness::TooShort) == "is shorter than 12 characters");
  CHECK(describe(Weakness::None).empty());
}
