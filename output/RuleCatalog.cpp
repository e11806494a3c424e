#include "output/RuleCatalog.h"

#include <fmt/format.h>

#include "envfile/EnvParser.h"
#include "frontend/Parser.h"
#include "passes/RuleInfo.h"

namespace dlint::output {

const std::vector<CatalogEntry>& ruleCatalog() {
  static const std::vector<CatalogEntry> catalog = [] {
    std::vector<CatalogEntry> entries;
    for (const frontend::SyntaxCode& code : frontend::syntaxCodes())
      entries.push_back({code.code, code.name, code.level, code.summary, -1, {"syntax"},
                         passes::splitCommaList(code.aliases), true});
    for (const envfile::EnvSyntaxCode& code : envfile::envSyntaxCodes())
      entries.push_back({code.code, code.name, code.level, code.summary, -1, {"syntax", "envfile"}, {}, true});
    for (const passes::RuleInfo& rule : passes::allRules())
      entries.push_back({rule.code, rule.name, rule.level, rule.summary, rule.securitySeverity, rule.tagList(),
                         rule.aliasList(), false});
    return entries;
  }();
  return catalog;
}

std::optional<std::size_t> catalogIndex(std::string_view code) {
  const std::vector<CatalogEntry>& catalog = ruleCatalog();
  for (std::size_t i = 0; i < catalog.size(); ++i)
    if (catalog[i].code == code) return i;
  return std::nullopt;
}

std::string_view threeLevelName(Level level, std::string_view otherwise) {
  switch (level) {
  case Level::Error:
    return "error";
  case Level::Warning:
    return "warning";
  case Level::Info:
  case Level::Style:
  case Level::Note:
    break;
  }
  return otherwise;
}

std::string formatSecuritySeverity(double severity) { return fmt::format("{:.1f}", severity); }

} // namespace dlint::output
