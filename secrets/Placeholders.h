#pragma once
// Values that are not secrets even where a secret belongs (`changeme`, `${TOKEN}`, `<secret>`,
// AWS's documented `AKIAIOSFODNN7EXAMPLE`), and how weak a literal secret value is (for .env
// auditing: short, a common password, a placeholder, or low entropy).

#include <cstddef>
#include <string_view>

namespace dlint::secrets {

/// A value shorter than this is too short to be a secret worth the name.
inline constexpr std::size_t kMinimumSecretLength = 12;
/// Below this many bits per character a value repeats too few symbols to resist guessing
/// (a random 12-character alphanumeric string has about 3.4; `aaaabbbbcccc` has 1.6).
inline constexpr double kLowEntropyBitsPerChar = 3.0;

/// The whole value is a reference that something else fills in: `${VAR}`, `$VAR`, `$(cmd)`,
/// `%VAR%`, `{{ .Values.x }}`.
bool isVariableReference(std::string_view value);

/// One of the example keys that vendors publish in their documentation (AWS's
/// `AKIAIOSFODNN7EXAMPLE` and `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`, Stripe's and
/// jwt.io's samples, ...).
bool isDocumentedExample(std::string_view value);

/// Not a secret: empty or blank; a reference, or a value that contains one (`Bearer ${TOKEN}`);
/// a placeholder in brackets (`<secret>`, `[YOUR_KEY]`, `{token}`); a placeholder word
/// (`changeme`, `xxx`, `dummy`, `example`, `test`, `none`, `true`/`false`, ...); a value that
/// says it is one (`your-token-here`, `replace_me`, `***`, `xxxx...`); one character repeated;
/// a documented example key. Surrounding quotes and blanks are ignored.
bool isPlaceholder(std::string_view value);

/// Weak passwords that every guessing list starts with (`123456`, `password`, `qwerty`, ...),
/// compared case-insensitively, also with trailing digits and punctuation removed
/// (`Password123!`).
bool isCommonPassword(std::string_view value);

enum class Weakness : unsigned char {
  None,           ///< strong enough, or not a literal at all (`${VAR}`)
  Empty,          ///< no value
  Placeholder,    ///< isPlaceholder
  CommonPassword, ///< isCommonPassword
  TooShort,       ///< fewer than kMinimumSecretLength characters
  LowEntropy      ///< below kLowEntropyBitsPerChar
};

/// How weak `value` is as a secret, checked in the order of the enumerators: an empty value is
/// Empty, a reference is None (nothing literal to judge), `changeme` is a Placeholder,
/// `Password1` a CommonPassword, and so on.
Weakness weakness(std::string_view value);

/// A short phrase for messages: "is empty", "is a placeholder", "is a common password",
/// "is shorter than 12 characters", "has low entropy"; empty for None.
std::string_view describe(Weakness weakness);

} // namespace dlint::secrets
