#include "config/Settings.h"

namespace dlint::config {

namespace {
template <typename T>
void append(std::vector<T>& to, const std::vector<T>& from) {
  to.insert(to.end(), from.begin(), from.end());
}
} // namespace

Settings merge(Settings lower, const Settings& higher) {
  append(lower.select, higher.select);
  append(lower.ignore, higher.ignore);
  append(lower.enable, higher.enable);
  if (higher.failOn) lower.failOn = higher.failOn;
  for (const auto& [code, level] : higher.levels)
    lower.levels[code] = level;
  append(lower.trustedRegistries, higher.trustedRegistries);
  append(lower.requiredLabels, higher.requiredLabels);
  if (higher.strictLabels) lower.strictLabels = higher.strictLabels;
  for (const auto& [code, options] : higher.perRule)
    for (const auto& [key, values] : options)
      lower.perRule[code][key] = values;
  return lower;
}

passes::RuleOptions ruleOptions(const Settings& settings) {
  passes::RuleOptions options;
  options.trustedRegistries = settings.trustedRegistries;
  // A label named twice (in two layers) keeps the later schema.
  for (const passes::LabelRequirement& label : settings.requiredLabels) {
    auto same = [&](const passes::LabelRequirement& r) { return r.name == label.name; };
    std::erase_if(options.requiredLabels, same);
    options.requiredLabels.push_back(label);
  }
  options.strictLabels = settings.strictLabels.value_or(false);
  options.perRule = settings.perRule;
  return options;
}

FailOn failOnOf(const Settings& settings) { return settings.failOn.value_or(FailOn(Level::Warning)); }

namespace {

std::optional<Level> levelNamed(std::string_view text) {
  if (text == "error") return Level::Error;
  if (text == "warning") return Level::Warning;
  if (text == "info") return Level::Info;
  if (text == "style") return Level::Style;
  return std::nullopt;
}

// Built with emplace(): GCC 12 -O2 warns (wrongly) that a returned optional<optional<Level>>
// made from an empty inner optional may be uninitialized.
std::optional<std::optional<Level>> levelOrNone(std::string_view text, std::string_view none) {
  std::optional<std::optional<Level>> result;
  if (text == none)
    result.emplace();
  else if (std::optional<Level> level = levelNamed(text))
    result.emplace(*level);
  return result;
}

} // namespace

std::optional<FailOn> parseFailOn(std::string_view text) { return levelOrNone(text, "never"); }

std::optional<RuleLevel> parseRuleLevel(std::string_view text) { return levelOrNone(text, "off"); }

std::optional<passes::LabelType> parseLabelType(std::string_view text) {
  using passes::LabelType;
  if (text == "text") return LabelType::Text;
  if (text == "url") return LabelType::Url;
  if (text == "semver") return LabelType::Semver;
  if (text == "hash") return LabelType::Hash;
  if (text == "rfc3339") return LabelType::Rfc3339;
  if (text == "spdx") return LabelType::Spdx;
  if (text == "email") return LabelType::Email;
  return std::nullopt;
}

} // namespace dlint::config
