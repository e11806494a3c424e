// DF447: wget's default progress bar, written without a terminal, becomes thousands of lines of
// dots in the build log; `--progress=dot:giga` (or `-q`, `-nv`) keeps the log readable.
#include "passes/rules/RuleClass.h"
#include "passes/analyses/PackageCommands.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(WgetWithoutProgress);

namespace {

/// Options that set or silence the progress output: `--progress=...`, `-q`/`--quiet`,
/// `-nv`/`--no-verbose`, and `-o`/`-a` (`--output-file`, `--append-output`: the log, progress
/// included, goes to a file). `--version` and `--help` print no progress either.
bool quietsProgress(const ToolInvocation& call) {
  const std::vector<shell::Word>& words = call.command->words;
  for (std::size_t k = call.toolIndex + 1; k < words.size(); ++k) {
    if (!words[k].value)
      continue;
    std::string_view w = *words[k].value;
    if (w.starts_with("--progress") || w == "--quiet" || w == "--no-verbose" || w == "-nv" || w == "--version" ||
        w == "--help" || w == "-V" || w == "-h" ||
        w.starts_with("--output-file") || w.starts_with("--append-output"))
      return true;
    if (w.size() > 1 && w[0] == '-' && w[1] != '-')
      for (char c : w.substr(1)) {
        if (c == 'q' || c == 'o' || c == 'a')
          return true;
        if (c == 'O' || c == 'P' || c == 'T' || c == 't' || c == 'U' || c == 'e' || c == 'i' || c == 'B')
          break; // the rest is the option's value: `-O/tmp/out`
      }
  }
  return false;
}

} // namespace

void WgetWithoutProgress::check(RuleContext& context) const {
  for (const RunScript& run : context.get<ShellModel>().scripts())
    for (const ToolInvocation& call : invocationsIn(run)) {
      if (call.tool != "wget" || quietsProgress(call))
        continue;
      const shell::Word& word = call.command->words[call.toolIndex];
      Diagnostic d = context.make(info(), word.range,
                                  "'wget' without '--progress=dot:giga' fills the build log with its progress bar");
      SourceRange after{word.range.end, word.range.end};
      // Unsafe: BusyBox wget (Alpine's default) rejects `--progress`.
      d.fixes.push_back({"add '--progress=dot:giga'", {{after, " --progress=dot:giga"}}, Applicability::Unsafe});
      context.emit(std::move(d));
    }
}

} // namespace dlint::passes::rules
