#pragma once
// The fields of a RUN --mount value, split once by grammar::mount (CSV quoting included) for
// every reader: the validator, the stage graph (`from=`) and the cache-mount checks.

#include <optional>
#include <string>
#include <vector>

#include "ast/Nodes.h"

namespace dlint::frontend {

struct MountField {
  std::string key;        ///< lower-cased; the whole field when it has no '='
  std::string value;      ///< the text after the first '='
  bool hasValue = false;
  std::string text;       ///< the field with its CSV quotes removed
  SourceRange range;      ///< the field in the file, or the whole flag when quotes or escapes
  SourceRange valueRange; ///< moved its bytes (then positions inside it are not exact)
};

/// The fields in order; nullopt when a CSV quote is unbalanced.
std::optional<std::vector<MountField>> parseMountFields(const ast::Flag& mount);

} // namespace dlint::frontend
