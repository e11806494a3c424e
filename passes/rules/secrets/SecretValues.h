#pragma once
// Small helpers the Dockerfile secret rules share: where a value's bytes are once its quotes
// are set aside, and whether a RUN mounts a secret.

#include <string_view>

#include "ast/Nodes.h"

namespace dlint::passes::rules {

/// A word's text and range without one pair of surrounding quotes (`"abc"` -> `abc`).
struct UnquotedValue {
  std::string_view text;
  SourceRange range;
};
UnquotedValue unquoted(const ast::Word& word);

/// True when the instruction has `--mount=type=secret` (or `type=ssh` when `orSsh`).
bool mountsSecret(const ast::Instruction& instruction, bool orSsh = false);

/// An absolute path with no spaces (`/run/secrets/db`): where a secret is, not what it is.
bool looksLikePath(std::string_view value);

} // namespace dlint::passes::rules
