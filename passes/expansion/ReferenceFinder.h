#pragma once
// Finds the variable references of a word from its syntax alone (grammar/Variables.h), without
// an environment: for rules that need `${X}` positions before or without evaluating anything.

#include <optional>
#include <string_view>
#include <vector>

#include "passes/expansion/WordExpander.h"

namespace dlint::expansion {

/// The references of `word` in the order BuildKit looks them up (inner ones first), with
/// `set` false. nullopt when the word has a syntax error BuildKit would report (an
/// unterminated quote, `${}`, a missing `}` or `/`, an unsupported modifier), or when
/// `options.escape` is neither '\\' nor '`'.
std::optional<std::vector<VariableReference>> findReferences(std::string_view word, const ExpandOptions& options = {});

} // namespace dlint::expansion
