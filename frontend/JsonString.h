#pragma once
// Decoding of a JSON string literal's body as Go's encoding/json does it.

#include <string>
#include <string_view>

namespace dlint::frontend {

/// Decodes the text between the quotes of a grammatically valid JSON string. Lone surrogates
/// and invalid UTF-8 become U+FFFD, as in Go.
std::string decodeJsonString(std::string_view body);

} // namespace dlint::frontend
