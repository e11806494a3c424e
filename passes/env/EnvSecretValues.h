#pragma once
// Which bytes of a .env file hold secret values, to be masked in every output.

#include <vector>

#include "envfile/EnvFileModel.h"

namespace dlint::passes {

/// The value of every assignment whose key names a credential (secrets::isSecretName), and the
/// unparsed rest of a malformed statement with such a key. Masking a value that turns out to
/// be a placeholder costs nothing; showing a real password would.
std::vector<SourceRange> secretValueRanges(const envfile::EnvFileModel& model);

} // namespace dlint::passes
