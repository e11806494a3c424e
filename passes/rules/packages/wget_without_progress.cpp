// DF447: wget's default progress bar, written without a terminal, becomes thousands of lines of
// dots in the build log; `--progress=dot:giga` (or `-q`, `-nv`) keeps the log readable.
#include <cctype>
#include <string>

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

/// The image at the root of `stage`'s FROM chain.
std::string_view rootImage(const StageGraph& graph, std::size_t stage) {
  std::size_t s = stage;
  while (graph.stages()[s].parent)
    s = *graph.stages()[s].parent;
  return graph.stages()[s].base;
}

/// True when `image` ships BusyBox's wget: `alpine` and `busybox` themselves, any image whose
/// name or tag says Alpine (`golang:1.22-alpine3.19`, `rabbitmq:4.0-alpine`, `alpine/git`), and
/// the Docker Official Image `docker`, whose Linux variants are all built on Alpine.
bool busyboxImage(std::string_view image) {
  std::string reference(image.substr(0, image.find('@')));
  for (char& c : reference)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string_view ref = reference;
  const std::size_t slash = ref.rfind('/');
  const std::size_t colon = ref.find(':', slash == std::string_view::npos ? 0 : slash);
  std::string_view path = ref.substr(0, colon);
  std::string_view tag = colon == std::string_view::npos ? std::string_view() : ref.substr(colon + 1);
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  if (name == "busybox" || path.find("alpine") != std::string_view::npos ||
      tag.find("alpine") != std::string_view::npos)
    return true;
  bool officialDocker = path == "docker" || path == "library/docker" || path == "docker.io/library/docker";
  return officialDocker && tag.find("windows") == std::string_view::npos;
}

/// True when the image's `wget` is BusyBox's (see busyboxImage()), and no RUN of the stage
/// chain up to `run` installs GNU wget (`apk add wget`). BusyBox redraws one status line at
/// most once a second, so its log stays short, and it rejects `--progress`.
bool busyboxWget(const StageGraph& graph, const ShellModel& model, const RunScript& run) {
  if (!busyboxImage(rootImage(graph, run.stage)))
    return false;
  for (const RunScript& earlier : model.scripts()) {
    if (builtFrom(graph, run.stage, earlier.stage))
      for (const ToolInvocation& call : invocationsIn(earlier))
        if (call.tool == "apk" && packageAction(call) == PackageAction::Install)
          for (const shell::Word* word : operandsAfterSubcommand(call))
            if (word->value && (*word->value == "wget" || word->value->starts_with("wget=") ||
                                word->value->starts_with("wget~")))
              return false;
    if (&earlier == &run)
      break;
  }
  return true;
}

} // namespace

void WgetWithoutProgress::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  const ShellModel& model = context.get<ShellModel>();
  for (const RunScript& run : model.scripts())
    for (const ToolInvocation& call : invocationsIn(run)) {
      if (call.tool != "wget" || quietsProgress(call) || busyboxWget(graph, model, run))
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
