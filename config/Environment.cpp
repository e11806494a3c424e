#include "config/Environment.h"

#include <string_view>

#include "config/RuleKeys.h"

namespace dlint::config {

namespace {

std::vector<std::string> splitCommas(std::string_view text) {
  std::vector<std::string> items;
  while (true) {
    const std::size_t comma = text.find(',');
    std::string_view item = text.substr(0, comma);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) items.emplace_back(item);
    if (comma == std::string_view::npos) return items;
    text.remove_prefix(comma + 1);
  }
}

} // namespace

std::variant<EnvironmentSettings, std::string> readEnvironment(const EnvironmentLookup& lookup) {
  EnvironmentSettings env;
  auto value = [&](const char* name) -> std::optional<std::string> {
    const char* text = lookup(name);
    if (text == nullptr || *text == '\0') return std::nullopt;
    return std::string(text);
  };
  struct ListVariable {
    const char* name;
    std::vector<std::string>* into;
    bool exact; ///< opt-in rules are enabled by exact name, never by prefix
  };
  for (const ListVariable& list : {ListVariable{"DLINT_SELECT", &env.settings.select, false},
                                   ListVariable{"DLINT_IGNORE", &env.settings.ignore, false},
                                   ListVariable{"DLINT_ENABLE", &env.settings.enable, true}}) {
    std::optional<std::string> text = value(list.name);
    if (!text) continue;
    for (std::string& item : splitCommas(*text)) {
      const bool known = list.exact ? !codesNamedBy(item).empty() : patternMatchesAnything(item);
      if (!known)
        return "unknown rule '" + item + "' in " + list.name + didYouMean(suggestRuleKeys(item));
      list.into->push_back(std::move(item));
    }
  }
  if (std::optional<std::string> text = value("DLINT_FAIL_ON")) {
    auto level = parseFailOn(*text);
    if (!level) return "invalid value '" + *text + "' in DLINT_FAIL_ON (expected error, warning, info, style or never)";
    env.settings.failOn = *level;
  }
  if (std::optional<std::string> text = value("DLINT_FORMAT")) {
    env.format = output::parseFormat(*text);
    if (!env.format)
      return "invalid value '" + *text + "' in DLINT_FORMAT (expected " + std::string(output::formatNames()) + ")";
  }
  env.configPath = value("DLINT_CONFIG");
  if (std::optional<std::string> text = value("DLINT_NO_CONFIG")) {
    if (*text == "1" || *text == "true" || *text == "yes" || *text == "on")
      env.noConfig = true;
    else if (!(*text == "0" || *text == "false" || *text == "no" || *text == "off"))
      return "invalid value '" + *text + "' in DLINT_NO_CONFIG (expected 1, true, yes, on, 0, false, no or off)";
  }
  return env;
}

} // namespace dlint::config
