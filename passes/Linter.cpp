#include "passes/Linter.h"

#include "passes/Rule.h"

namespace dlint::passes {

void lintDockerfile(const ast::Dockerfile& file, const SourceFile& source, DiagnosticsEngine& engine,
                    const RuleFilter& filter) {
  // Rules are stateless; one set serves every file of the run.
  static const std::vector<std::unique_ptr<Rule>> rules = createAllRules();
  AnalysisManager analyses(file, source);
  RuleContext context(analyses, engine, file.file);
  for (const auto& rule : rules)
    if (!filter || filter(rule->info()))
      rule->check(context);
}

} // namespace dlint::passes
