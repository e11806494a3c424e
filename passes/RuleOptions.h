#pragma once
// What configuration tells the rules (docs/configuration.md): filled from `.dlint.yaml`, a
// `.hadolint.yaml`, DLINT_* variables and the command line; rules only read it.

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace dlint::passes {

/// The value types hadolint's `label-schema` knows, and dlint's required-label schema.
enum class LabelType { Text, Url, Semver, Hash, Rfc3339, Spdx, Email };

struct LabelRequirement {
  std::string name;
  LabelType type = LabelType::Text;
};

struct RuleOptions {
  /// Registries FROM may pull from; empty means any registry (the allow-list rule is silent).
  std::vector<std::string> trustedRegistries;
  /// Labels every final image must carry, each with the schema its value must follow.
  std::vector<LabelRequirement> requiredLabels;
  /// With strict labels, a label not in `requiredLabels` is reported too.
  bool strictLabels = false;
  /// Free-form options per rule code: `rules: {DF301: {options: {allowed-images: [a, b]}}}`.
  std::map<std::string, std::map<std::string, std::vector<std::string>, std::less<>>, std::less<>> perRule;

  /// The values of option `key` of rule `code`, or nullptr when it is not set.
  const std::vector<std::string>* option(std::string_view code, std::string_view key) const {
    auto rule = perRule.find(code);
    if (rule == perRule.end())
      return nullptr;
    auto value = rule->second.find(key);
    return value == rule->second.end() ? nullptr : &value->second;
  }

  /// The options of a run with no configuration.
  static const RuleOptions& defaults() {
    static const RuleOptions none;
    return none;
  }
};

} // namespace dlint::passes
