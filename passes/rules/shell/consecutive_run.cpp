// DF460: each RUN is a layer and a cache step; short RUNs in a row (with the same flags) are
// usually one step split by accident. Same semantics as hadolint's DL3059, so its users see the
// same findings: RUNs with more than two commands are taken to be split on purpose.
#include <algorithm>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "frontend/Text.h"
#include "passes/analyses/ShellModel.h"
#include "passes/shell/ShellParser.h"
#include "passes/analyses/StageGraph.h"
#include "passes/rules/RuleClass.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(ConsecutiveRun);

namespace {

bool isPosixShellName(std::string_view name) {
  return name == "sh" || name == "bash" || name == "dash" || name == "ash" || name == "zsh" || name == "ksh" ||
         name == "mksh";
}

/// `-c`, or combined short flags ending in `c` (`-ec`, `-xc`), as sh takes them.
bool isDashC(std::string_view word) { return word.size() >= 2 && word[0] == '-' && word[1] != '-' && word.back() == 'c'; }

std::size_t countCommands(const shell::Script& script, int depth);

/// The script a shell command runs, when it is written out in the RUN: the `-c` string of
/// `bash -c '...'`, or the here-document fed to `bash <<EOF` (`RUN <<EOF bash`). Its commands
/// are the RUN's commands; the shell itself is only the wrapper. nullopt for any other command.
std::optional<std::size_t> wrappedCommandCount(const shell::SimpleCommand& command, int depth) {
  std::optional<std::string_view> name = command.name();
  if (!name || !isPosixShellName(*name) || depth > 3)
    return std::nullopt;
  std::optional<std::string> script;
  SourceRange where;
  for (std::size_t k = 1; k < command.words.size(); ++k) {
    const shell::Word& word = command.words[k];
    if (!word.value)
      return std::nullopt;
    if (isDashC(*word.value)) {
      if (k + 1 >= command.words.size() || !command.words[k + 1].value)
        return std::nullopt;
      script = *command.words[k + 1].value;
      where = command.words[k + 1].range;
      break;
    }
    if (word.value->empty() || word.value->front() != '-')
      return std::nullopt; // a script file: its commands are not in the Dockerfile
    if (*word.value == "-o" || *word.value == "+o")
      ++k; // the option name
  }
  if (!script)
    for (const shell::Redirect& redirect : command.redirects)
      if (redirect.heredoc && (!redirect.fd || *redirect.fd == 0)) {
        script = redirect.heredoc->content;
        where = redirect.heredoc->bodyRange;
      }
  if (!script)
    return std::nullopt;
  ast::LogicalText text;
  text.append(*script, where.begin);
  shell::ParseResult parsed = shell::parseShell(text);
  return countCommands(*parsed.script, depth + 1);
}

/// Commands with a name, nested ones included (hadolint counts ShellCheck's command list). A
/// shell running a script written in the RUN counts as that script's commands.
std::size_t countCommands(const shell::Script& script, int depth) {
  std::size_t count = 0;
  shell::forEachSimpleCommand(script, [&](const shell::SimpleCommand& command) {
    if (command.words.empty())
      return;
    std::optional<std::size_t> wrapped = wrappedCommandCount(command, depth);
    count += wrapped ? std::max<std::size_t>(*wrapped, 1) : 1;
  });
  return count;
}

std::size_t commandCount(const RunScript& run) {
  // A wrapping shell counts as at least one command: past two plain ones, the scripts the
  // wrappers run need not be parsed to know the RUN is long.
  const auto plain = static_cast<std::size_t>(std::count_if(
      run.simpleCommands.begin(), run.simpleCommands.end(),
      [](const shell::SimpleCommand* command) { return !command->words.empty(); }));
  return plain > 2 ? plain : countCommands(*run.parsed.script, 0);
}

/// True when `text` holds `lowerNeedle` (lower case), ignoring the case of ASCII letters.
bool containsIgnoreCase(std::string_view text, std::string_view lowerNeedle) {
  // The first letter before the whole comparison: this runs over every word of every RUN.
  const char first = lowerNeedle.front();
  const char firstUpper = first >= 'a' && first <= 'z' ? static_cast<char>(first - 'a' + 'A') : first;
  for (std::size_t at = 0; at + lowerNeedle.size() <= text.size(); ++at)
    if ((text[at] == first || text[at] == firstUpper) &&
        frontend::equalsIgnoreCaseAscii(text.substr(at, lowerNeedle.size()), lowerNeedle))
      return true;
  return false;
}

/// Windows' `setx`, and PowerShell's `[Environment]::SetEnvironmentVariable(...)` run from a cmd
/// RUN, write a variable that only processes started later see, so the RUN after it is split on
/// purpose: joined with `&&`, it would run without the new value.
bool setsVariableForLaterProcesses(const RunScript& run) {
  for (const shell::SimpleCommand* command : run.simpleCommands) {
    std::optional<std::string_view> name = command->name();
    if (!name)
      continue;
    if (frontend::equalsIgnoreCaseAscii(*name, "setx") || frontend::equalsIgnoreCaseAscii(*name, "setx.exe"))
      return true;
    for (const shell::Word& word : command->words)
      if (containsIgnoreCase(word.raw, "setenvironmentvariable"))
        return true;
  }
  return false;
}

std::vector<std::string> flagSpellings(const ast::Instruction& run) {
  std::vector<std::string> spellings;
  for (const ast::Flag& flag : run.flags)
    spellings.push_back(flag.spelling());
  std::sort(spellings.begin(), spellings.end());
  return spellings;
}

} // namespace

void ConsecutiveRun::check(RuleContext& context) const {
  const ShellModel& model = context.get<ShellModel>();
  // The RUN the next one is compared with; comments do not separate RUNs, other instructions do.
  const RunScript* previous = nullptr;
  std::size_t previousCount = 0;
  std::vector<std::string> previousFlags;
  bool previousSetsVariables = false;
  for (const auto& node : context.dockerfile().instructions) {
    const RunScript* run = node->kind == ast::InstructionKind::Run ? model.scriptOf(node.get()) : nullptr;
    if (!run) {
      previous = nullptr; // any other instruction, or a RUN dlint does not parse as shell
      continue;
    }
    std::size_t count = commandCount(*run);
    std::vector<std::string> flags = flagSpellings(*node);
    if (previous && !previousSetsVariables && flags == previousFlags && count <= 2 && previousCount <= 2) {
      Diagnostic d = context.make(info(), node->keywordRange,
                                  "RUN follows another short RUN with the same flags; join them into one layer");
      d.notes.push_back({"the previous RUN is here", previous->instruction->keywordRange});
      context.emit(std::move(d));
      continue; // as DL3059: the earlier RUN stays the one compared with
    }
    previous = run;
    previousCount = count;
    previousFlags = std::move(flags);
    previousSetsVariables = setsVariableForLaterProcesses(*run);
  }
}

} // namespace dlint::passes::rules
