#include "output/SarifConsumer.h"

#include <algorithm>
#include <cctype>

#include "diagnostics/Redaction.h"
#include "diagnostics/Utf8.h"
#include "output/Locations.h"
#include "output/RuleCatalog.h"
#include "output/RuleDocs.h"

namespace dlint::output {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kSchema = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr std::size_t kMaxDescription = 1024; // GitHub's limit for short and full descriptions

/// "sudo-in-run" -> "SudoInRun": SARIF wants a name unlike the id, PascalCase by convention.
std::string pascalCase(std::string_view kebab) {
  std::string name;
  bool upper = true;
  for (char c : kebab) {
    if (c == '-' || c == '_') {
      upper = true;
      continue;
    }
    name += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return name;
}

std::string truncated(std::string text) {
  if (text.size() <= kMaxDescription) return text;
  std::size_t cut = kMaxDescription - 3;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
    --cut; // never split a UTF-8 sequence
  text.resize(cut);
  return text + "...";
}

Json artifactLocation(std::string_view name) {
  bool relative = false;
  Json location = {{"uri", artifactUri(name, relative)}};
  if (relative) location["uriBaseId"] = "%SRCROOT%";
  return location;
}

/// A region in code point columns (the run declares columnKind unicodeCodePoints).
Json region(const SourceFile& file, SourceRange range) {
  const RangePositions at = positionsOf(file, range);
  return {{"startLine", at.start.line},
          {"startColumn", at.start.codePointColumn},
          {"endLine", at.end.line},
          {"endColumn", at.end.codePointColumn}};
}

/// A result's region: an empty range is widened to the character it points at, so viewers
/// have something to underline; the snippet is masked like the text printer's source lines.
Json resultRegion(const SourceFile& file, SourceRange range) {
  if (range.empty() && range.begin < file.size() && file.text()[range.begin] != '\n' &&
      file.text()[range.begin] != '\r')
    range.end = range.begin + static_cast<std::uint32_t>(
                                  std::max<std::size_t>(1, utf8::sequenceLength(file.text(), range.begin)));
  Json result = region(file, range);
  const std::string snippet = maskedSnippet(file, range);
  if (!snippet.empty()) result["snippet"] = {{"text", snippet}};
  return result;
}

Json physicalLocation(const SourceFile& file, SourceRange range) {
  return {{"artifactLocation", artifactLocation(file.name())}, {"region", resultRegion(file, range)}};
}

Json sarifFix(const SourceFile& file, const FixIt& fix) {
  Json replacements = Json::array();
  for (const FixItEdit& edit : fix.edits)
    replacements.push_back({{"deletedRegion", region(file, edit.range)},
                            {"insertedContent", {{"text", scrubSecrets(file, edit.replacement)}}}});
  Json result;
  if (!fix.message.empty()) result["description"] = {{"text", scrubSecrets(file, fix.message)}};
  result["artifactChanges"] = Json::array(
      {{{"artifactLocation", artifactLocation(file.name())}, {"replacements", std::move(replacements)}}});
  result["properties"] = {{"applicability", applicabilityName(fix.applicability)}};
  return result;
}

Json sarifRule(const CatalogEntry& entry) {
  const std::optional<std::string_view> doc = ruleDoc(entry.code);
  std::string full = doc ? firstParagraph(*doc, "What it does") : std::string();
  if (full.empty()) full = std::string(entry.summary);
  const std::string summary(entry.summary);
  Json rule = {{"id", entry.code},
               {"name", pascalCase(entry.name)},
               {"shortDescription", {{"text", truncated(summary)}}},
               {"fullDescription", {{"text", truncated(full)}}}};
  // GitHub shows help.markdown when present; help.text is the same page for plain viewers.
  if (doc)
    rule["help"] = {{"text", std::string(*doc)}, {"markdown", std::string(*doc)}};
  else
    rule["help"] = {{"text", summary}};
  rule["helpUri"] = std::string(kInformationUri) + "/blob/main/docs/rules/" + std::string(entry.code) + ".md";
  rule["defaultConfiguration"] = {{"level", sarifLevel(entry.level)}};

  Json tags = Json::array();
  for (std::string_view tag : entry.tags)
    tags.push_back(tag);
  if (entry.securitySeverity >= 0 && std::find(tags.begin(), tags.end(), "security") == tags.end())
    tags.push_back("security");
  Json properties = {{"tags", std::move(tags)}};
  Json aliases = Json::array();
  for (std::string_view alias : entry.aliases)
    aliases.push_back(alias);
  properties["aliases"] = std::move(aliases);
  properties["precision"] = entry.syntax ? "very-high" : "high";
  if (entry.securitySeverity >= 0)
    properties["security-severity"] = formatSecuritySeverity(entry.securitySeverity);
  else
    properties["problem.severity"] = entry.level == Level::Error     ? "error"
                                     : entry.level == Level::Warning ? "warning"
                                                                     : "recommendation";
  rule["properties"] = std::move(properties);
  return rule;
}

} // namespace

Json sarifRules() {
  Json rules = Json::array();
  for (const CatalogEntry& entry : ruleCatalog())
    rules.push_back(sarifRule(entry));
  return rules;
}

void SarifConsumer::handle(const Diagnostic& diagnostic, const SourceManager& sources) {
  const SourceFile& file = sources.file(diagnostic.file);
  std::string message = scrubSecrets(file, diagnostic.message);
  Json related = Json::array();
  for (const DiagnosticNote& note : diagnostic.notes) {
    const std::string text = scrubSecrets(file, note.message);
    if (note.range) {
      Json location = {{"id", related.size() + 1}, {"physicalLocation", physicalLocation(file, *note.range)}};
      location["message"] = {{"text", text}};
      related.push_back(std::move(location));
    } else {
      message += "\nnote: " + text; // a note without a place belongs with the message
    }
  }

  Json result = {{"ruleId", diagnostic.code}};
  if (std::optional<std::size_t> index = catalogIndex(diagnostic.code)) result["ruleIndex"] = *index;
  result["level"] = sarifLevel(diagnostic.level);
  result["message"] = {{"text", message}};
  result["locations"] = Json::array({{{"physicalLocation", physicalLocation(file, diagnostic.range)}}});
  if (!related.empty()) result["relatedLocations"] = std::move(related);
  result["partialFingerprints"] = {
      {kFingerprintKey, fingerprints_.next(file.name(), diagnostic.code, file, diagnostic.range)}};
  Json fixes = Json::array();
  for (const FixIt& fix : diagnostic.fixes)
    if (!fix.edits.empty()) fixes.push_back(sarifFix(file, fix));
  if (!fixes.empty()) result["fixes"] = std::move(fixes);
  results_.push_back(std::move(result));
}

void SarifConsumer::inputFailed(std::string_view name, std::string_view message) {
  notifications_.push_back(
      {{"level", "error"},
       {"message", {{"text", std::string(message)}}},
       {"locations", Json::array({{{"physicalLocation", {{"artifactLocation", artifactLocation(name)}}}}})}});
}

void SarifConsumer::finish(const SourceManager& sources) {
  Json driver = {{"name", kToolName},
                 {"semanticVersion", toolVersion()},
                 {"version", toolVersion()},
                 {"informationUri", kInformationUri},
                 {"rules", sarifRules()}};
  Json invocation = {{"executionSuccessful", notifications_.empty()}};
  if (!notifications_.empty()) invocation["toolExecutionNotifications"] = notifications_;

  Json artifacts = Json::array();
  for (FileID id = 0; id < sources.fileCount(); ++id)
    artifacts.push_back({{"location", artifactLocation(sources.file(id).name())}, {"length", sources.file(id).size()}});

  Json run = {{"tool", {{"driver", std::move(driver)}}},
              {"invocations", Json::array({std::move(invocation)})},
              {"originalUriBaseIds", {{"%SRCROOT%", {{"uri", workingDirectoryUri()}}}}},
              {"artifacts", std::move(artifacts)},
              {"columnKind", "unicodeCodePoints"},
              {"results", results_}};
  Json log = {{"$schema", kSchema}, {"version", "2.1.0"}, {"runs", Json::array({std::move(run)})}};
  out_ << log.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  results_ = Json::array();
  notifications_ = Json::array();
}

} // namespace dlint::output
