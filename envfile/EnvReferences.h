#pragma once
// Finds the `$NAME` and `${NAME...}` references in a value as compose-go's template package
// reads them (grammar/env/EnvFile.h, references section).

#include <string_view>
#include <vector>

#include "envfile/EnvFileModel.h"

namespace dlint::envfile {

struct ReferenceScan {
  std::vector<EnvReference> references; ///< sorted by position; a nested one follows its outer one
  std::vector<SourceRange> invalid;     ///< each `${` that starts no valid reference
};

/// Scans `text[content]`. In a double-quoted value a backslash takes the next byte with it
/// (`\$` is a literal dollar); in an unquoted one backslashes are plain.
ReferenceScan scanReferences(std::string_view text, SourceRange content, bool doubleQuoted);

} // namespace dlint::envfile
