#pragma once
// A consumer of a whole run: diagnostics as they come, plus the inputs that could not be read,
// which machine-readable reports list (SARIF's toolExecutionNotifications, the JSON report's
// files). Each format writes its output in finish(), to the stream it was given.

#include <string_view>

#include "diagnostics/DiagnosticsEngine.h"

namespace dlint::output {

/// The tool's name and version as every report states them.
inline constexpr std::string_view kToolName = "dlint";
inline constexpr std::string_view kInformationUri = "https://github.com/dlint-project/dlint";
std::string_view toolVersion();

class ReportConsumer : public DiagnosticConsumer {
public:
  /// An input that was not linted: `name` as displayed, `message` as printed on stderr
  /// ("cannot read 'x': Permission denied").
  virtual void inputFailed(std::string_view /*name*/, std::string_view /*message*/) {}
};

} // namespace dlint::output
