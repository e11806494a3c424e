#pragma once
// A rule reads the AST and analyses and reports diagnostics; it never changes anything.

#include <memory>
#include <string>
#include <vector>

#include "diagnostics/DiagnosticsEngine.h"
#include "passes/AnalysisManager.h"
#include "passes/RuleInfo.h"
#include "passes/RuleOptions.h"

namespace dlint::passes {

class RuleContext {
public:
  RuleContext(AnalysisManager& analyses, DiagnosticsEngine& engine, FileID file,
              const RuleOptions& options = RuleOptions::defaults())
      : analyses_(analyses), engine_(engine), file_(file), options_(options) {}

  const ast::Dockerfile& dockerfile() const { return analyses_.file(); }
  const SourceFile& source() const { return analyses_.source(); }
  template <typename Analysis> const Analysis& get() { return analyses_.get<Analysis>(); }
  /// Configuration the rules may read (trusted registries, required labels, per-rule options).
  const RuleOptions& options() const { return options_; }

  /// A diagnostic for `rule` at `range`; add notes or fixes, then pass it to emit().
  Diagnostic make(const RuleInfo& rule, SourceRange range, std::string message) const;
  void emit(Diagnostic diagnostic) { engine_.report(std::move(diagnostic)); }
  void report(const RuleInfo& rule, SourceRange range, std::string message) {
    emit(make(rule, range, std::move(message)));
  }

private:
  AnalysisManager& analyses_;
  DiagnosticsEngine& engine_;
  FileID file_;
  const RuleOptions& options_;
};

class Rule {
public:
  explicit Rule(const RuleInfo& info) : info_(info) {}
  virtual ~Rule() = default;
  Rule(const Rule&) = delete;
  Rule& operator=(const Rule&) = delete;

  const RuleInfo& info() const { return info_; }
  virtual void check(RuleContext& context) const = 0;

private:
  const RuleInfo& info_;
};

/// One instance of every rule in Rules.def, in registry order.
std::vector<std::unique_ptr<Rule>> createAllRules();

} // namespace dlint::passes
