#include "tools/dlint/RulesCommand.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "envfile/EnvParser.h"
#include "frontend/Parser.h"
#include "passes/RuleInfo.h"

namespace dlint::cli {

namespace {

/// One row of `dlint rules`, from either registry.
struct RuleRow {
  std::string code, name, level, category, fix, summary;
  double securitySeverity = -1;
  std::vector<std::string> tags;
  std::vector<std::pair<std::string, std::string>> aliases; ///< (tool, id)
};

std::vector<std::pair<std::string, std::string>> splitAliases(std::string_view aliases) {
  std::vector<std::pair<std::string, std::string>> pairs;
  for (std::string_view alias : passes::splitCommaList(aliases)) {
    std::size_t colon = alias.find(':');
    pairs.emplace_back(std::string(alias.substr(0, colon)), std::string(alias.substr(colon + 1)));
  }
  return pairs;
}

std::vector<RuleRow> collectRows() {
  std::vector<RuleRow> rows;
  for (const frontend::SyntaxCode& code : frontend::syntaxCodes())
    rows.push_back({std::string(code.code), std::string(code.name), std::string(levelName(code.level)), "syntax",
                    "none", std::string(code.summary), -1, {"syntax"}, splitAliases(code.aliases)});
  for (const envfile::EnvSyntaxCode& code : envfile::envSyntaxCodes())
    rows.push_back({std::string(code.code), std::string(code.name), std::string(levelName(code.level)), "syntax",
                    "none", std::string(code.summary), -1, {"syntax", "envfile"}, {}});
  for (const passes::RuleInfo& rule : passes::allRules()) {
    RuleRow row{std::string(rule.code), std::string(rule.name), std::string(levelName(rule.level)),
                std::string(rule.category), std::string(passes::fixKindName(rule.fix)), std::string(rule.summary),
                rule.securitySeverity, {}, {}};
    for (std::string_view tag : rule.tagList())
      row.tags.emplace_back(tag);
    row.aliases = splitAliases(rule.aliases);
    rows.push_back(std::move(row));
  }
  return rows;
}

void printJson(const std::vector<RuleRow>& rows, std::ostream& out) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const RuleRow& row : rows) {
    nlohmann::ordered_json aliases = nlohmann::ordered_json::array();
    for (const auto& [tool, id] : row.aliases)
      aliases.push_back({{"tool", tool}, {"id", id}});
    nlohmann::ordered_json entry = {{"code", row.code},         {"name", row.name},
                                    {"level", row.level},       {"security-severity", nullptr},
                                    {"category", row.category}, {"tags", row.tags},
                                    {"aliases", aliases},       {"fix", row.fix},
                                    {"summary", row.summary}};
    if (row.securitySeverity >= 0)
      entry["security-severity"] = row.securitySeverity;
    list.push_back(std::move(entry));
  }
  out << list.dump(2) << "\n";
}

void printText(const std::vector<RuleRow>& rows, std::ostream& out) {
  out << fmt::format("{:<6} {:<28} {:<8} {:<9} {:<4} {:<12} {}\n", "CODE", "NAME", "LEVEL", "CATEGORY", "SEV",
                     "FIX", "SUMMARY");
  for (const RuleRow& row : rows) {
    std::string severity = row.securitySeverity >= 0 ? fmt::format("{:.1f}", row.securitySeverity) : "-";
    out << fmt::format("{:<6} {:<28} {:<8} {:<9} {:<4} {:<12} {}", row.code, row.name, row.level, row.category,
                       severity, row.fix, row.summary);
    if (!row.aliases.empty()) {
      out << " (";
      for (std::size_t i = 0; i < row.aliases.size(); ++i)
        out << (i ? ", " : "") << row.aliases[i].first << ":" << row.aliases[i].second;
      out << ")";
    }
    out << "\n";
  }
}

} // namespace

int runRulesCommand(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  std::string format = "text";
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--format" && i + 1 < argc)
      format = argv[++i];
    else if (arg.substr(0, 9) == "--format=")
      format = std::string(arg.substr(9));
    else if (arg == "-h" || arg == "--help") {
      out << "usage: dlint rules [--format=text|json]\n\nLists every code dlint can report: code, name, "
             "level, category, security-severity, fix applicability, summary and the equivalent IDs in "
             "other tools.\n";
      return 0;
    } else {
      err << "dlint: error: unknown argument '" << arg << "' for 'dlint rules'\nusage: dlint rules [--format=text|json]\n";
      return 2;
    }
  }
  if (format != "text" && format != "json") {
    err << "dlint: error: --format must be text or json, not '" << format << "'\n";
    return 2;
  }
  std::vector<RuleRow> rows = collectRows();
  if (format == "json")
    printJson(rows, out);
  else
    printText(rows, out);
  return 0;
}

} // namespace dlint::cli
