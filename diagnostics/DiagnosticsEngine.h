#pragma once
// DiagnosticsEngine collects diagnostics and hands them, in source order, to its consumers
// (clang-style text now; SARIF, JSON and parseable fix-its plug in the same way).

#include <array>
#include <functional>
#include <vector>

#include "diagnostics/Diagnostic.h"

namespace dlint {

class DiagnosticConsumer {
public:
  virtual ~DiagnosticConsumer() = default;
  /// Called once per diagnostic, in file order, then by position within a file.
  virtual void handle(const Diagnostic& diagnostic, const SourceManager& sources) = 0;
  /// Called after the last diagnostic of a run.
  virtual void finish(const SourceManager& /*sources*/) {}
};

class DiagnosticsEngine {
public:
  /// The engine records each diagnostic's secret ranges on the files of `sources`.
  explicit DiagnosticsEngine(SourceManager& sources) : sources_(sources) {}

  void addConsumer(DiagnosticConsumer& consumer) { consumers_.push_back(&consumer); }
  /// Diagnostics for which `filter` returns false are dropped when reported (--select, --ignore).
  void setFilter(std::function<bool(const Diagnostic&)> filter) { filter_ = std::move(filter); }
  /// Called on each diagnostic before the filter, so configuration can change its level (a
  /// per-rule level override); returning false drops it (a rule set to `off`).
  void setAdjuster(std::function<bool(Diagnostic&)> adjuster) { adjuster_ = std::move(adjuster); }
  /// --show-secrets: stop recording secret ranges, so consumers show values in full.
  void setShowSecrets(bool show) { showSecrets_ = show; }
  void report(Diagnostic diagnostic);
  /// Records `diagnostic`'s secret ranges as report() does, without reporting it: a finding that
  /// a suppression comment silences still has its secret masked everywhere else.
  void recordSecrets(const Diagnostic& diagnostic);

  /// Sorts what was reported since the last flush and passes it to every consumer.
  void flush();
  /// Flushes, then tells every consumer the run is over.
  void finish();

  std::size_t count(Level level) const { return counts_[static_cast<std::size_t>(level)]; }
  /// Number of diagnostics at `level` or above.
  std::size_t countAtLeast(Level level) const;
  const SourceManager& sources() const { return sources_; }

private:
  SourceManager& sources_;
  bool showSecrets_ = false;
  std::vector<DiagnosticConsumer*> consumers_;
  std::function<bool(const Diagnostic&)> filter_;
  std::function<bool(Diagnostic&)> adjuster_;
  std::vector<Diagnostic> pending_;
  std::array<std::size_t, 5> counts_{};
};

} // namespace dlint
