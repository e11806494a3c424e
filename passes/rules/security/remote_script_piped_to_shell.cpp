// DF343: `curl ... | sh` runs whatever the server (or anyone between it and the build) returns
// at that moment, with no checksum or signature to tell a changed script from the real one, and
// a download cut short runs half a script. Download, verify, then run.
#include <string>
#include <string_view>

#include "passes/rules/security/CommandScan.h"
#include "passes/rules/security/ToolSyntax.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(RemoteScriptPipedToShell);

namespace {

using namespace security;

bool isInterpreter(std::string_view tool) {
  return tool.rfind("python", 0) == 0 || tool == "perl" || tool == "ruby" || tool == "node" || tool == "php";
}

/// True when `curl` or `wget` writes what it downloads to stdout.
bool downloadsToStdout(const ToolInvocation& tool) {
  bool toStdout = tool.tool == "curl";
  if (tool.tool == "curl") {
    forEachToolArg(tool, kCurlSyntax, [&](const ToolArg& arg) {
      if ((arg.kind == ToolArg::Kind::Short && arg.name == "o") ||
          (arg.kind == ToolArg::Kind::Long && arg.name == "output"))
        toStdout = toStdout && arg.value && *arg.value == "-";
      else if ((arg.kind == ToolArg::Kind::Short && (arg.name == "O" || arg.name == "J")) ||
               (arg.kind == ToolArg::Kind::Long && (arg.name == "remote-name" || arg.name == "remote-name-all")))
        toStdout = false;
    });
  } else if (tool.tool == "wget") {
    forEachToolArg(tool, kWgetSyntax, [&](const ToolArg& arg) {
      if (((arg.kind == ToolArg::Kind::Short && arg.name == "O") ||
           (arg.kind == ToolArg::Kind::Long && arg.name == "output-document")) &&
          arg.value && (*arg.value == "-" || *arg.value == "/dev/stdout"))
        toStdout = true;
    });
  }
  return toStdout;
}

/// The downloader a script runs, when it writes to stdout.
std::optional<ToolInvocation> downloaderIn(const shell::Script& script) {
  std::optional<ToolInvocation> found;
  shell::forEachSimpleCommand(script, [&](const shell::SimpleCommand& command) {
    if (found)
      return;
    std::optional<ToolInvocation> tool = toolInvocation(command);
    if (tool && (tool->tool == "curl" || tool->tool == "wget") && downloadsToStdout(*tool))
      found = tool;
  });
  return found;
}

/// True when a shell or interpreter reads its program from stdin: no `-c`/`-e` program, and no
/// script file operand (or the operand `-` or `/dev/stdin`, or `-s`).
bool readsProgramFromStdin(const ToolInvocation& tool) {
  const std::vector<shell::Word>& words = tool.command->words;
  const bool shell = isShellName(tool.tool);
  for (std::size_t k = tool.toolIndex + 1; k < words.size(); ++k) {
    if (!words[k].value)
      return false;
    std::string_view w = *words[k].value;
    if (w == "-" || w == "-s" || w == "--" || w == "/dev/stdin" || w == "/dev/fd/0" || w == "/proc/self/fd/0")
      return true;
    if (w.size() >= 2 && (w[0] == '-' || w[0] == '+')) {
      if (w[1] == '-') {
        if (w == "--eval" || w == "--print" || w == "--command")
          return false;
        continue;
      }
      if (shell && w.find('c') != std::string_view::npos)
        return false;
      if (shell && w.find('s') != std::string_view::npos)
        return true;
      if (!shell && (w.find_first_of("cmeErp") != std::string_view::npos))
        return false;
      if (shell && (w == "-o" || w == "+o"))
        ++k;
      continue;
    }
    return false; // a script file
  }
  return true;
}

void report(RuleContext& context, const RuleInfo& info, const ToolInvocation& runner, const ToolInvocation& download,
            std::string_view how) {
  Diagnostic d = context.make(info, toolWord(runner).range,
                              "'" + std::string(runner.tool) + "' runs a script that '" + std::string(download.tool) +
                                  "' " + std::string(how) + ", unverified");
  d.notes.push_back({"downloaded here", toolWord(download).range});
  d.notes.push_back({"download the script to a file, check its SHA-256 (or signature) against a pinned value, "
                     "then run the file",
                     std::nullopt});
  context.emit(std::move(d));
}

/// `curl ... | sh`, `wget -qO- ... | sudo bash -s -- args`.
void checkPipeline(RuleContext& context, const RuleInfo& info, const shell::Pipeline& pipeline) {
  std::optional<ToolInvocation> download;
  for (const auto& member : pipeline.commands) {
    const auto* simple = shell::dyn_cast<shell::SimpleCommand>(member.get());
    if (!simple)
      continue;
    std::optional<ToolInvocation> tool = toolInvocation(*simple);
    if (!tool)
      continue;
    if ((tool->tool == "curl" || tool->tool == "wget") && downloadsToStdout(*tool)) {
      download = tool;
      continue;
    }
    if (download && (isShellName(tool->tool) || isInterpreter(tool->tool)) && readsProgramFromStdin(*tool)) {
      report(context, info, *tool, *download, "downloads");
      download.reset();
    }
  }
}

/// True when a word of `command` holds a `$(...)`, backquote or process substitution.
bool hasSubstitution(const shell::SimpleCommand& command) {
  for (const shell::Word& word : command.words)
    for (const shell::WordPart& part : word.parts)
      if (part.script)
        return true;
  return false;
}

/// `bash <(curl ...)`, `sh -c "$(curl ...)"`, `eval "$(wget -O- ...)"`, `. <(curl ...)`.
void checkSubstitution(RuleContext& context, const RuleInfo& info, const shell::SimpleCommand& command) {
  if (!hasSubstitution(command)) // most commands: no need to find their tool
    return;
  std::optional<ToolInvocation> tool = toolInvocation(command);
  if (!tool)
    return;
  std::string_view name = tool->tool;
  const bool shell = isShellName(name) || isInterpreter(name);
  if (!shell && name != "eval" && name != "source" && name != ".")
    return;
  const std::vector<shell::Word>& words = command.words;
  for (std::size_t k = tool->toolIndex + 1; k < words.size(); ++k)
    for (const shell::WordPart& part : words[k].parts) {
      if (!part.script)
        continue;
      const bool process = part.kind == shell::WordPartKind::ProcessSubstitution;
      // A shell runs `$(...)` as code only as its -c string; eval runs any.
      if (!process && shell && !(k > tool->toolIndex + 1 && words[k - 1].value &&
                                 words[k - 1].value->size() >= 2 && (*words[k - 1].value)[0] == '-' &&
                                 words[k - 1].value->find_first_of("ce") != std::string::npos))
        continue;
      if (std::optional<ToolInvocation> download = downloaderIn(*part.script)) {
        report(context, info, *tool, *download, process ? "downloads into a process substitution" : "prints");
        return;
      }
    }
}

} // namespace

void RemoteScriptPipedToShell::check(RuleContext& context) const {
  forEachScript(context, [&](const RunScript&, const shell::Script& script) {
    shell::forEachCommand(script, [&](const shell::Command& command) {
      if (const auto* pipeline = shell::dyn_cast<shell::Pipeline>(&command))
        checkPipeline(context, info(), *pipeline);
      else if (const auto* simple = shell::dyn_cast<shell::SimpleCommand>(&command))
        checkSubstitution(context, info(), *simple);
    });
  });
}

} // namespace dlint::passes::rules
