#include "bench/PassFloor.h"

#include <algorithm>
#include <string>
#include <string_view>

#include <tao/pegtl.hpp>

#include "diagnostics/DiagnosticsEngine.h"
#include "frontend/Parser.h"
#include "grammar/Shell.h"
#include "passes/AnalysisManager.h"
#include "passes/analyses/ShellModel.h"
#include "secrets/SecretScanner.h"

namespace dlint::bench {

namespace {

namespace pegtl = tao::pegtl;
using Input = pegtl::memory_input<pegtl::tracking_mode::lazy, pegtl::eol::lf_crlf, const char*>;

/// The scripts exactly as ShellModel hands them to parseShell.
std::vector<std::string> modelledScripts(const std::vector<NamedText>& inputs) {
  SourceManager sources;
  for (const NamedText& input : inputs)
    sources.addFile(input.name, input.bytes);
  DiagnosticsEngine diagnostics(sources);
  std::vector<std::string> scripts;
  for (FileID file = 0; file < sources.fileCount(); ++file) {
    frontend::ParseResult parsed = frontend::parseDockerfile(sources, file, diagnostics);
    passes::AnalysisManager analyses(parsed.dockerfile, sources.file(file));
    for (const passes::RunScript& run : analyses.get<passes::ShellModel>().scripts())
      scripts.emplace_back(run.text.text());
    diagnostics.flush();
  }
  return scripts;
}

/// The grammar over one script; returns the bytes it matched. Where it stops (a syntax error:
/// 2 % of the corpus's RUN bytes) it resumes after the next newline, skipping more than the
/// parser's recovery does, so the figure stays a lower bound.
[[gnu::noinline]] std::size_t matchScript(std::string_view script) {
  std::size_t matched = 0;
  std::size_t pos = 0;
  while (pos < script.size()) {
    Input in(script.data() + pos, script.data() + script.size(), "shell");
    try {
      pegtl::parse<grammar::shell::script>(in);
    } catch (const pegtl::parse_error&) {
      // a `must<>` failed; unwinding rewound the input, so those bytes count as skipped
    }
    const auto stop = static_cast<std::size_t>(in.current() - script.data());
    matched += stop - pos;
    if (stop >= script.size())
      break;
    const std::size_t newline = script.find('\n', stop + 1);
    pos = newline == std::string_view::npos ? script.size() : newline + 1;
  }
  return matched;
}

/// The median of `repetitions` timed rounds of `work`, after one warm-up round.
template <typename Work> double medianSeconds(int repetitions, Work&& work) {
  std::vector<double> rounds;
  for (int round = -1; round < repetitions; ++round) {
    const double start = threadCpuSeconds();
    work();
    if (round >= 0)
      rounds.push_back(threadCpuSeconds() - start);
  }
  std::sort(rounds.begin(), rounds.end());
  return rounds[rounds.size() / 2];
}

} // namespace

PassFloor measurePassFloor(const std::vector<NamedText>& inputs, int repetitions) {
  const std::vector<std::string> scripts = modelledScripts(inputs);
  PassFloor floor;
  floor.scripts = scripts.size();
  for (const std::string& script : scripts)
    floor.scriptBytes += script.size();
  floor.shellGrammarSeconds = medianSeconds(repetitions, [&] {
    floor.matchedBytes = 0;
    for (const std::string& script : scripts)
      floor.matchedBytes += matchScript(script);
  });

  const secrets::SecretScanner& scanner = secrets::SecretScanner::instance();
  for (const NamedText& input : inputs)
    floor.fileBytes += input.bytes.size();
  floor.secretKeywordSeconds = medianSeconds(repetitions, [&] {
    floor.detectorsToRun = 0;
    for (const NamedText& input : inputs)
      floor.detectorsToRun += scanner.candidates(input.bytes).size();
  });
  return floor;
}

} // namespace dlint::bench
