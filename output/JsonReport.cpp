#include "output/JsonReport.h"

#include "diagnostics/Redaction.h"
#include "output/Locations.h"
#include "output/RuleCatalog.h"

namespace dlint::output {

namespace {

using Json = nlohmann::ordered_json;

Json position(const LineColumn& at, std::uint32_t offset) {
  return {{"line", at.line}, {"column", at.byteColumn}, {"codePointColumn", at.codePointColumn}, {"offset", offset}};
}

/// start and end of `range`, each with line, byte column, code point column and byte offset.
void addRange(Json& object, const SourceFile& file, SourceRange range) {
  const RangePositions at = positionsOf(file, range);
  const std::uint32_t begin = std::min(range.begin, file.size());
  object["start"] = position(at.start, begin);
  object["end"] = position(at.end, std::max(begin, std::min(range.end, file.size())));
}

} // namespace

void JsonReport::handle(const Diagnostic& diagnostic, const SourceManager& sources) {
  const SourceFile& file = sources.file(diagnostic.file);
  const std::optional<std::size_t> index = catalogIndex(diagnostic.code);
  const CatalogEntry* entry = index ? &ruleCatalog()[*index] : nullptr;

  Json finding = {{"code", diagnostic.code}, {"name", diagnostic.name}, {"level", levelName(diagnostic.level)}};
  finding["security-severity"] = nullptr;
  if (entry && entry->securitySeverity >= 0) finding["security-severity"] = entry->securitySeverity;
  Json tags = Json::array();
  if (entry)
    for (std::string_view tag : entry->tags)
      tags.push_back(tag);
  finding["tags"] = std::move(tags);
  finding["message"] = scrubSecrets(file, diagnostic.message);
  finding["file"] = file.name();
  addRange(finding, file, diagnostic.range);

  Json notes = Json::array();
  for (const DiagnosticNote& note : diagnostic.notes) {
    Json item = {{"message", scrubSecrets(file, note.message)}};
    if (note.range) addRange(item, file, *note.range);
    notes.push_back(std::move(item));
  }
  finding["notes"] = std::move(notes);

  Json fixes = Json::array();
  for (const FixIt& fix : diagnostic.fixes) {
    Json edits = Json::array();
    for (const FixItEdit& edit : fix.edits) {
      Json item;
      addRange(item, file, edit.range);
      item["replacement"] = scrubSecrets(file, edit.replacement);
      edits.push_back(std::move(item));
    }
    fixes.push_back({{"message", scrubSecrets(file, fix.message)},
                     {"applicability", applicabilityName(fix.applicability)},
                     {"edits", std::move(edits)}});
  }
  finding["fixes"] = std::move(fixes);
  findings_.push_back(std::move(finding));
  ++byRule_[diagnostic.code];
  ++byLevel_[diagnostic.level];
}

void JsonReport::inputFailed(std::string_view name, std::string_view message) {
  failed_.push_back({{"path", name}, {"status", "error"}, {"error", message}});
}

void JsonReport::finish(const SourceManager& sources) {
  Json files = Json::array();
  for (FileID id = 0; id < sources.fileCount(); ++id)
    files.push_back({{"path", sources.file(id).name()}, {"status", "scanned"}, {"error", nullptr}});
  for (const Json& failed : failed_)
    files.push_back(failed);

  Json levels = Json::object();
  for (Level level : {Level::Error, Level::Warning, Level::Info, Level::Style, Level::Note})
    levels[std::string(levelName(level))] = byLevel_.count(level) ? byLevel_.at(level) : 0;
  Json rules = Json::object();
  for (const auto& [code, count] : byRule_)
    rules[code] = count;

  Json report = {{"schemaVersion", kJsonReportSchemaVersion},
                 {"tool", {{"name", kToolName}, {"version", toolVersion()}, {"informationUri", kInformationUri}}},
                 {"files", std::move(files)},
                 {"findings", findings_},
                 {"summary",
                  {{"filesScanned", sources.fileCount()},
                   {"readErrors", failed_.size()},
                   {"findings", findings_.size()},
                   {"byLevel", std::move(levels)},
                   {"byRule", std::move(rules)}}}};
  out_ << report.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  findings_ = Json::array();
  failed_ = Json::array();
  byRule_.clear();
  byLevel_.clear();
}

} // namespace dlint::output
