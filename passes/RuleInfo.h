#pragma once
// What dlint knows about a rule without running it: one row of Rules.def.

#include <string_view>
#include <vector>

#include "diagnostics/Diagnostic.h"

namespace dlint::passes {

/// Whether a rule can offer a fix, and how safe it is (DESIGN.md: fixes are values with a safety level).
enum class FixKind : std::uint8_t { None, Safe, Unsafe, DisplayOnly };
std::string_view fixKindName(FixKind kind);

/// True when `tag` is one of the items of the comma-separated `tags`; allocates nothing.
constexpr bool tagListHas(std::string_view tags, std::string_view tag) {
  for (std::string_view rest = tags; !rest.empty();) {
    const std::size_t comma = rest.find(',');
    if (rest.substr(0, comma) == tag)
      return true;
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
  }
  return false;
}

struct RuleInfo {
  std::string_view code;     ///< "DF201"
  std::string_view name;     ///< "copy-from-undefined-stage"
  std::string_view category; ///< "stages", "cache", "secrets", "user", ...
  Level level;
  double securitySeverity;   ///< 0-10 for security rules (SARIF security-severity); negative otherwise
  FixKind fix;
  std::string_view summary;  ///< one line, lower-case start, no final period
  std::string_view tags;     ///< comma-separated, e.g. "security,secret"
  std::string_view aliases;  ///< comma-separated "tool:ID", e.g. "hadolint:DL3022,buildkit:UndefinedVar"
  bool optIn = false;        ///< tag `opt-in`, read once by the registry: the linter asks for every rule of every file

  std::vector<std::string_view> tagList() const;
  std::vector<std::string_view> aliasList() const;
  /// True when `id` is one of the aliases, as the other tool's ID (`DL3008`) or with its tool
  /// (`hadolint:DL3008`), compared case-insensitively.
  bool hasAlias(std::string_view id) const;
  bool isSecurity() const { return securitySeverity >= 0; }
  /// True when `tag` is one of `tags`.
  bool hasTag(std::string_view tag) const { return tagListHas(tags, tag); }
  /// Opt-in rules (tag `opt-in`) report only when selected by their exact code, name or alias.
  bool isOptIn() const { return optIn; }
};

/// The items of a comma-separated list ("a,b,c"), empty items skipped.
std::vector<std::string_view> splitCommaList(std::string_view list);
/// True when `id` is one of the comma-separated "tool:ID" `aliases`, as the bare ID or with its
/// tool, compared case-insensitively (RuleInfo::hasAlias; syntax codes use it too).
bool aliasListHas(std::string_view aliases, std::string_view id);

/// Every rule in Rules.def, in registry order.
const std::vector<RuleInfo>& allRules();
/// Looks a rule up by code, name or alias ID (case-insensitive for codes and aliases).
const RuleInfo* findRule(std::string_view codeOrNameOrAlias);

} // namespace dlint::passes
