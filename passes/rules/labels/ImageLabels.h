#pragma once
// The LABELs of a Dockerfile as the label rules (DF550-DF559) see them: each key and value with
// quotes and escapes removed, and the labels the final image ends up with (its own stage's and
// those inherited through `FROM <stage>`).

#include <optional>
#include <string>
#include <vector>

#include "ast/Nodes.h"
#include "passes/Rule.h"
#include "passes/RuleOptions.h"

namespace dlint::passes::rules {

struct LabelEntry {
  const ast::KeyValue* pair = nullptr;
  std::size_t stage = 0;
  std::string key;                  ///< decoded; empty when the key holds a variable
  std::optional<std::string> value; ///< decoded; nullopt when the value holds a variable
  bool keyHasVariable = false;
};

/// Every LABEL pair, in file order (ONBUILD triggers are not labels of this image).
std::vector<LabelEntry> labelEntries(RuleContext& context);

/// The labels of the final stage's image, inherited through `FROM <stage>` chains: for each
/// key the last entry that sets it. Empty when there is no stage.
std::vector<const LabelEntry*> finalImageLabels(RuleContext& context, const std::vector<LabelEntry>& entries);

/// The required label of that name, if any.
const LabelRequirement* requirementFor(const RuleOptions& options, std::string_view key);

/// Value checks of the label schema types.
bool isUrl(std::string_view value);
bool isRfc3339(std::string_view value);
bool isSpdxExpression(std::string_view value);
bool isGitHash(std::string_view value);
bool isSemver(std::string_view value);
bool isEmail(std::string_view value);

/// The schema rules DF554-DF559 share: report each LABEL value of a required label of `type`
/// that `valid` rejects, as "label 'KEY' is not WHAT", with a note "required-labels declares
/// 'KEY' as EXPECTED".
void checkLabelValues(RuleContext& context, const RuleInfo& info, LabelType type, bool (*valid)(std::string_view),
                      std::string_view what, std::string_view expected);

} // namespace dlint::passes::rules
