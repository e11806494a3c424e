#include "passes/env/EnvLinter.h"

#include "envfile/EnvParser.h"
#include "passes/env/EnvRule.h"
#include "passes/env/EnvSecretScan.h"
#include "passes/env/EnvSecretValues.h"

namespace dlint::passes {

EnvLintResult lintEnvFile(const SourceManager& sources, FileID file, DiagnosticsEngine& engine,
                          const std::optional<std::string>& diskPath, const RuleFilter& filter) {
  // Rules are stateless; one set serves every file of the run.
  static const std::vector<std::unique_ptr<EnvRule>> rules = createAllEnvRules();
  const SourceFile& source = sources.file(file);
  envfile::EnvParseResult parsed = envfile::parseEnvFile(source, file);
  const envfile::EnvFileFacts facts(diskPath);
  EnvRuleContext context(parsed.model, source, engine, facts, secretValueRanges(parsed.model));

  // Syntax errors are reported with the secret ranges too: their snippets show the value.
  for (Diagnostic& diagnostic : parsed.diagnostics) {
    context.attachSecrets(diagnostic);
    engine.report(std::move(diagnostic));
  }
  if (!parsed.inputError || !parsed.model.entries.empty()) {
    for (const auto& rule : rules)
      if (!filter || filter(rule->info()))
        rule->check(context);
    scanEnvValuesForSecrets(context, filter);
  }
  return {parsed.inputError};
}

} // namespace dlint::passes
