#include "passes/env/EnvSecretValues.h"

#include "secrets/SecretNames.h"

namespace dlint::passes {

std::vector<SourceRange> secretValueRanges(const envfile::EnvFileModel& model) {
  std::vector<SourceRange> ranges;
  for (const envfile::EnvEntry& entry : model.entries)
    if (!entry.inherited() && !entry.valueContent.empty() && secrets::isSecretName(entry.keyText))
      ranges.push_back(entry.valueContent);
  for (const envfile::EnvUnparsedValue& value : model.unparsedValues)
    if (!value.range.empty() && secrets::isSecretName(value.keyText))
      ranges.push_back(value.range);
  return ranges;
}

} // namespace dlint::passes
