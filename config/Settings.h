#pragma once
// One layer of configuration (the environment, a config file, or the command line) and how
// layers merge: lists concatenate, scalars take the later layer's value (docs/configuration.md).

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/Diagnostic.h"
#include "passes/RuleOptions.h"

namespace dlint::config {

/// A --fail-on value: the lowest level that fails the run, or nullopt for `never`.
using FailOn = std::optional<Level>;

/// A per-rule level: a level, or nullopt for `off` (the rule is not reported).
using RuleLevel = std::optional<Level>;

template <typename Value>
using StringMap = std::map<std::string, Value, std::less<>>;

struct Settings {
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::vector<std::string> enable; ///< opt-in rules to turn on
  std::optional<FailOn> failOn;    ///< unset: the lower layer's (in the end: warning)
  StringMap<RuleLevel> levels;     ///< rule code -> level override
  std::vector<std::string> trustedRegistries;
  std::vector<passes::LabelRequirement> requiredLabels;
  std::optional<bool> strictLabels;
  StringMap<StringMap<std::vector<std::string>>> perRule; ///< code -> option -> values
};

/// `higher` applied over `lower`: lists concatenate (lower first), scalars and map entries
/// of `higher` win.
Settings merge(Settings lower, const Settings& higher);

/// What the rules read, from merged settings.
passes::RuleOptions ruleOptions(const Settings& settings);

/// The fail-on level of merged settings (warning when no layer set one).
FailOn failOnOf(const Settings& settings);

/// `error`, `warning`, `info`, `style` or `never`.
std::optional<FailOn> parseFailOn(std::string_view text);
/// `error`, `warning`, `info`, `style` or `off`.
std::optional<RuleLevel> parseRuleLevel(std::string_view text);
/// `text`, `url`, `semver`, `hash`, `rfc3339`, `spdx` or `email`.
std::optional<passes::LabelType> parseLabelType(std::string_view text);

} // namespace dlint::config
