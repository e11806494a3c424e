#include "passes/RuleInfo.h"

#include <algorithm>

namespace dlint::passes {

std::vector<std::string_view> splitCommaList(std::string_view list) {
  std::vector<std::string_view> items;
  while (!list.empty()) {
    std::size_t comma = list.find(',');
    std::string_view item = list.substr(0, comma);
    if (!item.empty())
      items.push_back(item);
    if (comma == std::string_view::npos)
      break;
    list.remove_prefix(comma + 1);
  }
  return items;
}

namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
           return lower(x) == lower(y);
         });
}

} // namespace

std::string_view fixKindName(FixKind kind) {
  switch (kind) {
  case FixKind::None: return "none";
  case FixKind::Safe: return "safe";
  case FixKind::Unsafe: return "unsafe";
  case FixKind::DisplayOnly: return "display-only";
  }
  return "none";
}

std::vector<std::string_view> RuleInfo::tagList() const { return splitCommaList(tags); }

std::vector<std::string_view> RuleInfo::aliasList() const { return splitCommaList(aliases); }

const std::vector<RuleInfo>& allRules() {
  static const std::vector<RuleInfo> rules = {
#define DLINT_RULE(code, name, category, level, severity, fix, cls, summary, tags, aliases) \
  {#code, #name, #category, Level::level, severity, FixKind::fix, summary, tags, aliases, tagListHas(tags, "opt-in")},
#define DLINT_ENV_RULE(code, name, category, level, severity, fix, cls, summary, tags, aliases) \
  {#code, #name, #category, Level::level, severity, FixKind::fix, summary, tags, aliases, tagListHas(tags, "opt-in")},
#include "passes/Rules.def"
#undef DLINT_ENV_RULE
#undef DLINT_RULE
  };
  return rules;
}

bool RuleInfo::hasAlias(std::string_view id) const { return aliasListHas(aliases, id); }

bool aliasListHas(std::string_view aliases, std::string_view id) {
  for (std::string_view alias : splitCommaList(aliases))
    if (equalsIgnoreCase(alias.substr(alias.find(':') + 1), id) || equalsIgnoreCase(alias, id))
      return true;
  return false;
}

const RuleInfo* findRule(std::string_view key) {
  for (const RuleInfo& rule : allRules())
    if (equalsIgnoreCase(rule.code, key) || rule.name == key || rule.hasAlias(key))
      return &rule;
  return nullptr;
}

} // namespace dlint::passes
