#include "bench/PassProfile.h"

#include <algorithm>
#include <map>
#include <memory>

#include <fmt/format.h>

#include "diagnostics/DiagnosticsEngine.h"
#include "frontend/Parser.h"
#include "passes/Rule.h"
#include "passes/analyses/ArgEnvScopes.h"
#include "passes/analyses/SecretFindings.h"
#include "passes/analyses/ShellModel.h"
#include "passes/analyses/StageGraph.h"
#include "passes/analyses/Suppressions.h"
#include "passes/analyses/UserTimeline.h"

namespace dlint::bench {

namespace {

using passes::AnalysisManager;

/// What timing nothing costs: reading the thread's CPU clock is a system call, and the profile
/// times ~125 rules per file, so without this the rules' figures carried ~0.5 µs each of clock.
double clockOverhead() {
  static const double overhead = [] {
    constexpr int kSamples = 20000;
    const double start = threadCpuSeconds();
    for (int i = 0; i < kSamples; ++i)
      (void)threadCpuSeconds();
    return (threadCpuSeconds() - start) / kSamples; // one reading, as timed() adds between its two
  }();
  return overhead;
}

/// Adds the CPU time `work` takes to `total`, less the clock's own cost.
template <typename Work> void timed(double& total, Work&& work) {
  const double start = threadCpuSeconds();
  work();
  total += std::max(0.0, threadCpuSeconds() - start - clockOverhead());
}

/// The analyses in dependency order, so each one's figure excludes the ones it requests.
void buildAnalyses(AnalysisManager& analyses, std::map<std::string, double>& costs) {
  timed(costs["analysis StageGraph"], [&] { analyses.get<passes::StageGraph>(); });
  timed(costs["analysis ArgEnvScopes"], [&] { analyses.get<passes::ArgEnvScopes>(); });
  timed(costs["analysis UserTimeline"], [&] { analyses.get<passes::UserTimeline>(); });
  timed(costs["analysis ShellModel"], [&] { analyses.get<passes::ShellModel>(); });
  timed(costs["analysis SecretFindings"], [&] { analyses.get<passes::SecretFindings>(); });
  timed(costs["analysis Suppressions"], [&] { analyses.get<passes::Suppressions>(); });
}

} // namespace

std::vector<PassCost> profilePasses(const std::vector<NamedText>& inputs) {
  static const std::vector<std::unique_ptr<passes::Rule>> rules = passes::createAllRules();
  SourceManager sources;
  for (const NamedText& input : inputs)
    sources.addFile(input.name, input.bytes);
  DiagnosticsEngine diagnostics(sources); // no consumer: findings are not the point here
  std::map<std::string, double> costs;
  for (FileID file = 0; file < sources.fileCount(); ++file) {
    frontend::ParseResult parsed = frontend::parseDockerfile(sources, file, diagnostics);
    double teardown = 0;
    {
      auto analyses = std::make_unique<AnalysisManager>(parsed.dockerfile, sources.file(file));
      buildAnalyses(*analyses, costs);
      passes::RuleContext context(*analyses, diagnostics, file);
      for (const auto& rule : rules) {
        const passes::RuleInfo& info = rule->info();
        if (info.isOptIn())
          continue; // as lintDockerfile without a selection
        timed(costs[fmt::format("rule {} {}", info.code, info.name)], [&] { rule->check(context); });
      }
      diagnostics.flush();
      timed(teardown, [&] { analyses.reset(); });
    }
    costs["analysis teardown"] += teardown;
  }
  std::vector<PassCost> sorted;
  for (const auto& [name, seconds] : costs)
    sorted.push_back({name, seconds});
  std::stable_sort(sorted.begin(), sorted.end(), [](const PassCost& a, const PassCost& b) { return a.seconds > b.seconds; });
  return sorted;
}

} // namespace dlint::bench
