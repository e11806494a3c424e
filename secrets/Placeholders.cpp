#include "secrets/Placeholders.h"

#include <algorithm>
#include <iterator>
#include <string>

#include "secrets/Entropy.h"

namespace dlint::secrets {

namespace {

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool isNameStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool isNameChar(char c) { return isNameStart(c) || (c >= '0' && c <= '9'); }

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  return out;
}

/// The value without surrounding blanks and one pair of matching quotes.
std::string_view trimmed(std::string_view value) {
  while (!value.empty() && isBlank(value.front()))
    value.remove_prefix(1);
  while (!value.empty() && isBlank(value.back()))
    value.remove_suffix(1);
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
    value = value.substr(1, value.size() - 2);
  return value;
}

bool wrappedIn(std::string_view value, char open, char close) {
  return value.size() >= 2 && value.front() == open && value.back() == close;
}

bool containsReference(std::string_view value) {
  if (value.find("${") != std::string_view::npos || value.find("$(") != std::string_view::npos ||
      value.find("{{") != std::string_view::npos)
    return true;
  for (std::size_t i = 0; i + 1 < value.size(); ++i)
    if (value[i] == '$' && isNameStart(value[i + 1]))
      return true;
  return false;
}

constexpr std::string_view kPlaceholderWords[] = {
    "changeme", "change_me", "change-me", "changeit", "changethis", "secret", "secrets", "password", "passwd",
    "pass", "token", "apikey", "api_key", "api-key", "key", "test", "testing", "example", "sample", "dummy", "fake",
    "placeholder", "todo", "tbd", "fixme", "none", "null", "nil", "undefined", "empty", "unset", "true", "false",
    "yes", "no", "on", "off", "default", "redacted", "hidden", "masked", "foo", "bar", "baz", "foobar", "mysecret",
    "mypassword", "mytoken", "notasecret", "n/a", "na"};
// Text that says the value stands for a real one.
constexpr std::string_view kPlaceholderParts[] = {
    "example", "dummy", "placeholder", "changeme", "change_me", "change-me", "replace_me", "replace-me",
    "replaceme", "replace_with", "replace-with", "your_", "your-", "redacted", "insert_", "insert-",
    "xxxx", "****", "...", "notreal", "not_real", "not-real"};

constexpr std::string_view kDocumentedExamples[] = {
    "AKIAIOSFODNN7EXAMPLE",                     // AWS access key ID in the AWS docs
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", // and its secret access key
    "sk_test_4eC39HqLyjWDarjtT1zdp7dc",         // Stripe's API reference
    "ghp_16C7e42F292c6912E7710c838347Ae178B4a", // GitHub's docs
    "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy", // Slack's docs
    // jwt.io's sample token
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIy"
    "fQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
};

constexpr std::string_view kCommonPasswords[] = {
    "123456",   "123456789", "12345678",  "12345",     "1234567",   "1234567890", "1234",     "password",
    "password1", "passw0rd", "p@ssw0rd",  "p@ssword",  "qwerty",    "qwertyuiop", "abc123",   "111111",
    "000000",   "123123",    "654321",    "666666",    "121212",    "iloveyou",   "admin",    "administrator",
    "root",     "toor",      "letmein",   "welcome",   "monkey",    "dragon",     "master",   "login",
    "princess", "football",  "baseball",  "sunshine",  "shadow",    "superman",   "trustno1", "starwars",
    "whatever", "hello",     "secret",    "changeme",  "changeit",  "default",    "guest",    "test",
    "testing",  "pass",      "postgres",  "mysql",     "oracle",    "docker",     "ubuntu",   "user",
    "demo",     "1q2w3e4r",  "1qaz2wsx",  "zaq12wsx",  "asdfgh",    "asdfghjkl",  "azerty",   "access",
    "michael",  "jennifer"};

template <std::size_t N> bool isOneOf(std::string_view word, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

} // namespace

bool isVariableReference(std::string_view value) {
  value = trimmed(value);
  if (value.size() >= 2 && value[0] == '$') {
    if (value[1] == '{')
      return value.back() == '}';
    if (value[1] == '(')
      return value.back() == ')';
    return isNameStart(value[1]) && std::all_of(value.begin() + 1, value.end(), isNameChar);
  }
  if (wrappedIn(value, '%', '%') && value.size() > 2)
    return std::all_of(value.begin() + 1, value.end() - 1, isNameChar);
  return value.size() >= 4 && value.substr(0, 2) == "{{" && value.substr(value.size() - 2) == "}}";
}

bool isDocumentedExample(std::string_view value) { return isOneOf(trimmed(value), kDocumentedExamples); }

bool isPlaceholder(std::string_view raw) {
  std::string_view value = trimmed(raw);
  if (value.empty() || isVariableReference(value) || containsReference(value) || isDocumentedExample(value))
    return true;
  if (wrappedIn(value, '<', '>') || wrappedIn(value, '[', ']') || wrappedIn(value, '{', '}'))
    return true;
  if (std::all_of(value.begin(), value.end(), [&](char c) { return c == value.front(); }))
    return true;
  std::string folded = lower(value);
  if (isOneOf(std::string_view(folded), kPlaceholderWords) || folded.rfind("your", 0) == 0)
    return true;
  return std::any_of(std::begin(kPlaceholderParts), std::end(kPlaceholderParts),
                     [&](std::string_view part) { return folded.find(part) != std::string::npos; });
}

bool isCommonPassword(std::string_view raw) {
  std::string folded = lower(trimmed(raw));
  if (isOneOf(std::string_view(folded), kCommonPasswords))
    return true;
  // `Password123!`, `admin1`: a listed word with digits or punctuation tacked on.
  std::size_t end = folded.size();
  while (end > 0 && !(folded[end - 1] >= 'a' && folded[end - 1] <= 'z'))
    --end;
  return end > 0 && end < folded.size() && isOneOf(std::string_view(folded).substr(0, end), kCommonPasswords);
}

Weakness weakness(std::string_view raw) {
  std::string_view value = trimmed(raw);
  if (value.empty())
    return Weakness::Empty;
  if (isVariableReference(value))
    return Weakness::None;
  if (isPlaceholder(value))
    return Weakness::Placeholder;
  if (isCommonPassword(value))
    return Weakness::CommonPassword;
  if (value.size() < kMinimumSecretLength)
    return Weakness::TooShort;
  if (shannonEntropy(value) < kLowEntropyBitsPerChar)
    return Weakness::LowEntropy;
  return Weakness::None;
}

std::string_view describe(Weakness weakness) {
  switch (weakness) {
  case Weakness::None:
    return "";
  case Weakness::Empty:
    return "is empty";
  case Weakness::Placeholder:
    return "is a placeholder";
  case Weakness::CommonPassword:
    return "is a common password";
  case Weakness::TooShort:
    return "is shorter than 12 characters";
  case Weakness::LowEntropy:
    return "has low entropy";
  }
  return "";
}

} // namespace dlint::secrets
