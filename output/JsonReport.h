#pragma once
// The JSON report (--format json, --report FILE): one document per run, schema in
// docs/json-report.md ("schemaVersion": 1). Change the schema only with that page, and bump
// the version for any change that is not a pure addition.

#include <map>
#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "output/ReportConsumer.h"

namespace dlint::output {

inline constexpr int kJsonReportSchemaVersion = 1;

class JsonReport : public ReportConsumer {
public:
  explicit JsonReport(std::ostream& out) : out_(out) {}

  void handle(const Diagnostic& diagnostic, const SourceManager& sources) override;
  void inputFailed(std::string_view name, std::string_view message) override;
  void finish(const SourceManager& sources) override;

private:
  std::ostream& out_;
  nlohmann::ordered_json findings_ = nlohmann::ordered_json::array();
  nlohmann::ordered_json failed_ = nlohmann::ordered_json::array();
  std::map<std::string, std::size_t> byRule_;
  std::map<Level, std::size_t> byLevel_;
};

} // namespace dlint::output
