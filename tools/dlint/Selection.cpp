#include "tools/dlint/Selection.h"

#include <algorithm>
#include <cctype>

#include "frontend/Parser.h"
#include "passes/RuleInfo.h"

namespace dlint::cli {

namespace {
bool startsWithIgnoreCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() &&
         std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
           return std::toupper(static_cast<unsigned char>(a)) == std::toupper(static_cast<unsigned char>(b));
         });
}
} // namespace

bool Selection::matches(std::string_view pattern, std::string_view code, std::string_view name) {
  if (pattern.empty())
    return false;
  if (pattern == name || startsWithIgnoreCase(code, pattern))
    return true;
  // Another tool's ID, such as hadolint's DL3002, names every dlint rule it is an alias of
  // (DL3002 is covered by both DF301 and DF303).
  for (const passes::RuleInfo& rule : passes::allRules())
    if (rule.code == code && rule.hasAlias(pattern))
      return true;
  for (const frontend::SyntaxCode& syntax : frontend::syntaxCodes())
    if (syntax.code == code && passes::aliasListHas(syntax.aliases, pattern))
      return true;
  return false;
}

bool Selection::namesExactly(std::string_view pattern, std::string_view code, std::string_view name) {
  if (pattern == name || (pattern.size() == code.size() && startsWithIgnoreCase(code, pattern)))
    return true;
  const passes::RuleInfo* rule = passes::findRule(code);
  return rule && rule->hasAlias(pattern);
}

bool Selection::reports(std::string_view code, std::string_view name) const {
  if (code.empty())
    return true;
  auto any = [&](const std::vector<std::string>& patterns) {
    return std::any_of(patterns.begin(), patterns.end(),
                       [&](const std::string& p) { return matches(p, code, name); });
  };
  if (const passes::RuleInfo* rule = passes::findRule(code); rule && rule->isOptIn()) {
    auto names = [&](const std::string& p) { return namesExactly(p, code, name); };
    if (std::none_of(select_.begin(), select_.end(), names) && std::none_of(enable_.begin(), enable_.end(), names))
      return false;
  }
  if (!select_.empty() && !any(select_))
    return false;
  return !any(ignore_);
}

} // namespace dlint::cli
