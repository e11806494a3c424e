#include "tools/dlint/FixMode.h"

#include "frontend/Parser.h"
#include "passes/Linter.h"
#include "passes/env/EnvLinter.h"

namespace dlint::cli {
namespace {

/// Keeps what a scratch lint found: the selected diagnostics, and a count of syntax errors.
class SnapshotCollector : public DiagnosticConsumer {
public:
  SnapshotCollector(const FileSettings& settings, fix::LintSnapshot& snapshot)
      : settings_(settings), snapshot_(snapshot) {}
  void handle(const Diagnostic& diagnostic, const SourceManager& sources) override {
    const std::string_view text = sources.file(diagnostic.file).text();
    for (SourceRange secret : diagnostic.secrets)
      if (secret.begin < secret.end && secret.end <= text.size())
        snapshot_.secrets.emplace_back(text.substr(secret.begin, secret.size()));
    if (fix::isSyntaxCode(diagnostic.code)) ++snapshot_.syntaxErrors;
    Diagnostic adjusted = diagnostic;
    if (settings_.adjust(adjusted) && settings_.selection.reports(diagnostic.code, diagnostic.name))
      snapshot_.diagnostics.push_back(std::move(adjusted));
  }

private:
  const FileSettings& settings_;
  fix::LintSnapshot& snapshot_;
};

} // namespace

fix::FixLoopResult fixText(const Options& options, const FileSettings& settings, std::string_view name,
                           std::string text, bool envFile) {
  const fix::LintFunction lint = [&](std::string_view version) {
    fix::LintSnapshot snapshot;
    SourceManager sources;
    const FileID file = sources.addFile(std::string(name), std::string(version));
    DiagnosticsEngine engine(sources);
    SnapshotCollector collector(settings, snapshot);
    engine.addConsumer(collector);
    if (envFile) {
      // No path: the rules about the file on disk (mode, git, build context) offer no fixes.
      passes::lintEnvFile(sources, file, engine, std::nullopt);
    } else {
      frontend::ParseResult parsed = frontend::parseDockerfile(sources, file, engine);
      passes::lintDockerfile(parsed.dockerfile, sources.file(file), engine, settings.selection.ruleFilter(),
                             settings.ruleOptions);
    }
    engine.finish();
    if (options.showSecrets) snapshot.secrets.clear();
    return snapshot;
  };
  return fix::fixUntilStable(std::move(text), lint, fix::FixPolicy{options.unsafeFixes});
}

std::string fixSummary(const FixTotals& totals, bool dryRun) {
  auto plural = [](std::size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
  };
  return std::string(dryRun ? "would fix " : "fixed ") + plural(totals.findings, "finding") + " in " +
         plural(totals.files, "file");
}

} // namespace dlint::cli
