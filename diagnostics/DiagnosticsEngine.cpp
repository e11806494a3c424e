#include "diagnostics/DiagnosticsEngine.h"

#include <algorithm>

namespace dlint {

void DiagnosticsEngine::recordSecrets(const Diagnostic& diagnostic) {
  if (!showSecrets_ && diagnostic.file < sources_.fileCount())
    for (SourceRange secret : diagnostic.secrets)
      sources_.file(diagnostic.file).addSecret(secret);
}

void DiagnosticsEngine::report(Diagnostic diagnostic) {
  // Before the filter: a secret stays masked in other diagnostics' snippets even when the
  // rule that found it is not reported.
  recordSecrets(diagnostic);
  if (adjuster_ && !adjuster_(diagnostic))
    return;
  if (filter_ && !filter_(diagnostic))
    return;
  ++counts_[static_cast<std::size_t>(diagnostic.level)];
  pending_.push_back(std::move(diagnostic));
}

void DiagnosticsEngine::flush() {
  std::stable_sort(pending_.begin(), pending_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.file != b.file)
      return a.file < b.file;
    return a.range.begin < b.range.begin;
  });
  for (const Diagnostic& diagnostic : pending_)
    for (DiagnosticConsumer* consumer : consumers_)
      consumer->handle(diagnostic, sources_);
  pending_.clear();
}

void DiagnosticsEngine::finish() {
  flush();
  for (DiagnosticConsumer* consumer : consumers_)
    consumer->finish(sources_);
}

std::size_t DiagnosticsEngine::countAtLeast(Level level) const {
  std::size_t total = 0;
  for (std::size_t i = static_cast<std::size_t>(level); i < counts_.size(); ++i)
    total += counts_[i];
  return total;
}

} // namespace dlint
