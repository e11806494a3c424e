#pragma once
// The consumers of one run, one per --format (plus --report's JSON), each writing to standard
// output or to a file. A file is written to a buffer while the run goes on and replaced
// atomically at the end (temporary file in the same folder, then rename), so a reader never
// sees half a report and a failed run never leaves a truncated one.

#include <memory>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "diagnostics/DiagnosticsEngine.h"
#include "output/Format.h"
#include "output/ReportConsumer.h"

namespace dlint::output {

class OutputSet {
public:
  /// `stdoutColor`: whether text on standard output may use colour (files never do).
  OutputSet(const std::vector<OutputRequest>& requests, const std::optional<std::string>& reportPath,
            std::ostream& standardOutput, bool stdoutColor);
  ~OutputSet();
  OutputSet(const OutputSet&) = delete;
  OutputSet& operator=(const OutputSet&) = delete;

  /// Registers every consumer with `engine`.
  void attach(DiagnosticsEngine& engine);
  /// An input that could not be read, for the formats that list them.
  void inputFailed(std::string_view name, std::string_view message);
  /// After the engine's finish(): writes every file output. Returns one message per file
  /// that could not be written ("cannot write 'x': ..."); empty on success.
  std::vector<std::string> commit();

private:
  struct Destination {
    std::unique_ptr<ReportConsumer> consumer;
    std::optional<std::string> path;
    std::unique_ptr<std::ostringstream> buffer; ///< for a file
  };
  void add(Format format, const std::optional<std::string>& path, std::ostream& standardOutput, bool color);

  std::vector<Destination> destinations_;
};

/// Writes `bytes` to `path` through a temporary file in the same folder and rename(2). A file
/// that exists keeps its mode (and, as root, its owner); a new one gets 0666 less the umask. A
/// symbolic link is followed (its target is replaced or, when it does not exist yet, created; the
/// link stays); a device, FIFO or socket,
/// and anything under /dev or /proc (`/dev/null`, `/dev/stdout`, `/dev/fd/3`), is written in
/// place, never replaced. Returns an error
/// message on failure.
std::optional<std::string> writeFileAtomically(const std::string& path, std::string_view bytes);

} // namespace dlint::output
