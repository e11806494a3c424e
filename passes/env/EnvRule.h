#pragma once
// Rules over a .env file: the same registry (Rules.def, DLINT_ENV_RULE rows), RuleInfo and
// DiagnosticsEngine as the Dockerfile rules, over an EnvFileModel instead of an AST. A rule
// reads the model, the source and the file's facts on disk, and reports; it changes nothing.

#include <memory>
#include <string>
#include <vector>

#include "diagnostics/DiagnosticsEngine.h"
#include "envfile/EnvFileFacts.h"
#include "envfile/EnvFileModel.h"
#include "passes/RuleInfo.h"

namespace dlint::passes {

class EnvRuleContext {
public:
  /// `secretValues`: byte ranges of values that must never be shown, attached to every
  /// diagnostic this context makes (so a snippet of any line masks them).
  EnvRuleContext(const envfile::EnvFileModel& model, const SourceFile& source, DiagnosticsEngine& engine,
                 const envfile::EnvFileFacts& facts, std::vector<SourceRange> secretValues)
      : model_(model), source_(source), engine_(engine), facts_(facts), secretValues_(std::move(secretValues)) {}

  const envfile::EnvFileModel& model() const { return model_; }
  const SourceFile& source() const { return source_; }
  const envfile::EnvFileFacts& facts() const { return facts_; }
  /// The file's name as diagnostics print it.
  std::string_view fileName() const { return source_.name(); }

  /// A diagnostic for `rule` at `range`; add notes or fixes, then pass it to emit().
  Diagnostic make(const RuleInfo& rule, SourceRange range, std::string message) const;
  void emit(Diagnostic diagnostic) { engine_.report(std::move(diagnostic)); }
  void report(const RuleInfo& rule, SourceRange range, std::string message) {
    emit(make(rule, range, std::move(message)));
  }
  /// Adds the secret ranges to a diagnostic made elsewhere (the parser's syntax errors).
  void attachSecrets(Diagnostic& diagnostic) const;

private:
  const envfile::EnvFileModel& model_;
  const SourceFile& source_;
  DiagnosticsEngine& engine_;
  const envfile::EnvFileFacts& facts_;
  std::vector<SourceRange> secretValues_;
};

class EnvRule {
public:
  explicit EnvRule(const RuleInfo& info) : info_(info) {}
  virtual ~EnvRule() = default;
  EnvRule(const EnvRule&) = delete;
  EnvRule& operator=(const EnvRule&) = delete;

  const RuleInfo& info() const { return info_; }
  virtual void check(EnvRuleContext& context) const = 0;

private:
  const RuleInfo& info_;
};

/// One instance of every DLINT_ENV_RULE row of Rules.def, in registry order.
std::vector<std::unique_ptr<EnvRule>> createAllEnvRules();

} // namespace dlint::passes
