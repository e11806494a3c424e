#pragma once
// Every code dlint can report, from both registries: the syntax codes of the Dockerfile and
// .env frontends, then the rules of passes/Rules.def. SARIF's rules[] and the JSON report
// describe findings from here.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/Diagnostic.h"

namespace dlint::output {

struct CatalogEntry {
  std::string_view code;
  std::string_view name;
  Level level = Level::Error;
  std::string_view summary;
  double securitySeverity = -1; ///< negative: not a security rule
  std::vector<std::string_view> tags;
  std::vector<std::string_view> aliases; ///< "tool:ID"
  bool syntax = false;
};

/// Syntax codes first (DF1xx, EV1xx), then Rules.def in registry order.
const std::vector<CatalogEntry>& ruleCatalog();
/// Index of `code` in ruleCatalog(), if dlint knows it.
std::optional<std::size_t> catalogIndex(std::string_view code);

/// "error" or "warning" for those levels, `otherwise` for info, style and notes: how the
/// formats that know only three levels (SARIF, GitHub, Checkstyle) name ours.
std::string_view threeLevelName(Level level, std::string_view otherwise);
/// SARIF's and code scanning's level names: Info and Style become "note".
inline std::string_view sarifLevel(Level level) { return threeLevelName(level, "note"); }
/// "security-severity" as GitHub wants it: one decimal, as a string ("5.0").
std::string formatSecuritySeverity(double severity);

} // namespace dlint::output
