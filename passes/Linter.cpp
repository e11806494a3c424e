#include "passes/Linter.h"

#include "passes/Rule.h"
#include "passes/analyses/Suppressions.h"
#include "passes/rules/suppressions/UnusedSuppressions.h"

namespace dlint::passes {

namespace {

/// Holds what the rules report until suppressions have been applied.
class Collector : public DiagnosticConsumer {
public:
  void handle(const Diagnostic& diagnostic, const SourceManager& /*sources*/) override {
    diagnostics.push_back(diagnostic);
  }
  std::vector<Diagnostic> diagnostics;
};

} // namespace

void lintDockerfile(const ast::Dockerfile& file, const SourceFile& source, DiagnosticsEngine& engine,
                    const RuleFilter& filter, const RuleOptions& options) {
  // Rules are stateless; one set serves every file of the run.
  static const std::vector<std::unique_ptr<Rule>> rules = createAllRules();
  AnalysisManager analyses(file, source);
  // The rules report into a scratch engine (its empty SourceManager records nothing); each
  // finding then goes to `engine` unless a suppression comment covers it.
  SourceManager scratchSources;
  DiagnosticsEngine scratch(scratchSources);
  Collector collected;
  scratch.addConsumer(collected);
  RuleContext context(analyses, scratch, file.file, options);
  // Without a filter every rule runs but the opt-in ones, which must be asked for by name.
  auto runs = [&](const RuleInfo& info) { return filter ? filter(info) : !info.isOptIn(); };
  for (const auto& rule : rules)
    if (runs(rule->info()))
      rule->check(context);
  scratch.flush();

  SuppressionMatcher matcher(analyses.get<Suppressions>());
  auto deliver = [&](Diagnostic diagnostic) {
    if (matcher.suppresses(diagnostic))
      engine.recordSecrets(diagnostic);
    else
      engine.report(std::move(diagnostic));
  };
  for (Diagnostic& diagnostic : collected.diagnostics)
    deliver(std::move(diagnostic));
  // DF501 last: only now is it known which suppressions matched something.
  if (const RuleInfo* unused = findRule("DF501"); unused && runs(*unused))
    for (Diagnostic& diagnostic : rules::unusedSuppressionDiagnostics(context, *unused, matcher, runs))
      deliver(std::move(diagnostic));
}

} // namespace dlint::passes
