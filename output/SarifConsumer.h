#pragma once
// SARIF 2.1.0 for GitHub code scanning and SARIF viewers: one run per invocation, every code
// dlint can report in tool.driver.rules (help from docs/rules), code point columns.

#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "output/Fingerprint.h"
#include "output/ReportConsumer.h"

namespace dlint::output {

class SarifConsumer : public ReportConsumer {
public:
  explicit SarifConsumer(std::ostream& out) : out_(out) {}

  void handle(const Diagnostic& diagnostic, const SourceManager& sources) override;
  void inputFailed(std::string_view name, std::string_view message) override;
  /// Writes the whole log.
  void finish(const SourceManager& sources) override;

private:
  std::ostream& out_;
  FingerprintCounter fingerprints_;
  nlohmann::ordered_json results_ = nlohmann::ordered_json::array();
  nlohmann::ordered_json notifications_ = nlohmann::ordered_json::array();
};

/// The tool.driver.rules[] entry of every code in ruleCatalog(), in its order.
nlohmann::ordered_json sarifRules();

} // namespace dlint::output
