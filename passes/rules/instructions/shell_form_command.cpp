// DF222: a shell-form CMD or ENTRYPOINT runs as `/bin/sh -c "..."`: the shell is PID 1, does
// not forward SIGTERM, so `docker stop` waits and then kills the process; a shell-form
// ENTRYPOINT also ignores CMD and `docker run` arguments.
#include <string>
#include <string_view>

#include "passes/rules/RuleClass.h"
#include "passes/rules/instructions/InstructionFacts.h"
#include "passes/shell/ShellParser.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(ShellFormCommand);

namespace {

/// Shell built-ins that are no program: exec form cannot run them.
bool isShellBuiltin(std::string_view name) {
  for (std::string_view builtin : {"exec", "cd", "source", ".", "export", "set", "unset", "eval", "trap", "ulimit",
                                   "umask", "wait", "shift", "read", "alias", "[[", "local", "readonly", "exit",
                                   "return", "break", "continue", "times", "command", "type", "hash", "getopts"})
    if (name == builtin)
      return true;
  return false;
}

std::string jsonString(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\t': out += "\\t"; break;
    case '\n': out += "\\n"; break;
    case '\r': out += "\\r"; break;
    default:
      if (static_cast<unsigned char>(c) < 0x20) {
        static const char* const hex = "0123456789abcdef";
        out += "\\u00";
        out += hex[(static_cast<unsigned char>(c) >> 4) & 0xf];
        out += hex[static_cast<unsigned char>(c) & 0xf];
      } else {
        out += c;
      }
    }
  }
  return out + "\"";
}

/// The exec form of a shell command that is one plain program call (`nginx -g "daemon off;"`);
/// nullopt when the shell does something exec form would not: expansions, globs, redirections,
/// assignments, operators, several commands or built-ins.
std::optional<std::string> execForm(const ast::LogicalText& text) {
  shell::ParseResult parsed = shell::parseShell(text);
  if (!parsed.complete || parsed.script->commands.size() != 1)
    return std::nullopt;
  const auto* command = shell::dyn_cast<shell::SimpleCommand>(parsed.script->commands.front().get());
  if (!command || command->background || !command->redirects.empty() || !command->assignments.empty() ||
      command->words.empty())
    return std::nullopt;
  // `exec prog args` already hands PID 1 to `prog`; its JSON form is `["prog", "args"]`.
  std::size_t first = command->words.front().is("exec") ? 1 : 0;
  if (first >= command->words.size() || !command->words[first].value ||
      command->words[first].value->starts_with("-") || isShellBuiltin(*command->words[first].value))
    return std::nullopt;
  std::string out = "[";
  for (std::size_t i = first; i < command->words.size(); ++i) {
    const shell::Word& word = command->words[i];
    // A backslash means something else to cmd (the Windows default shell) and after `# escape=`'`.
    if (!word.value || word.hasExpansion() || word.raw.find('\\') != std::string::npos)
      return std::nullopt;
    // Unquoted glob and tilde characters would be expanded by the shell.
    bool quoted = false;
    for (char c : word.raw) {
      if (c == '\'' || c == '"')
        quoted = !quoted;
      else if (!quoted && (c == '*' || c == '?' || c == '[' || c == '~' || c == '{'))
        return std::nullopt;
    }
    if (out.size() > 1)
      out += ", ";
    out += jsonString(*word.value);
  }
  return out + "]";
}

/// True when the shell ends by replacing itself with the program: the last command, run
/// unconditionally or after `&&`, is `exec prog ...`. The program is then PID 1 and gets the
/// stop signal, so the shell form costs nothing (`CMD exec java $JAVA_OPTS -jar app.jar` needs
/// the shell for its expansion and is the recommended way to write it).
bool execsLastCommand(const ast::LogicalText& text) {
  shell::ParseResult parsed = shell::parseShell(text);
  if (!parsed.complete || parsed.script->commands.empty())
    return false;
  const shell::Command* last = parsed.script->commands.back().get();
  if (const auto* list = shell::dyn_cast<shell::AndOrList>(last)) {
    for (shell::AndOrOperator op : list->operators)
      if (op != shell::AndOrOperator::And)
        return false;
    last = list->commands.empty() ? nullptr : list->commands.back().get();
  }
  const auto* command = shell::dyn_cast<shell::SimpleCommand>(last);
  return command && !command->background && command->words.size() >= 2 && command->words.front().is("exec");
}

bool chainHasShell(const StageGraph& graph, std::size_t stage, const ast::Instruction* before) {
  for (std::size_t index : instructions::stageChain(graph, stage))
    for (const ast::Instruction* node : graph.stages()[index].body) {
      if (node == before)
        break;
      if (node->kind == ast::InstructionKind::Shell)
        return true;
    }
  return false;
}

} // namespace

void ShellFormCommand::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  for (const Stage& stage : graph.stages())
    for (const ast::Instruction* node : stage.body) {
      const auto* command = ast::dyn_cast<ast::CommandInstruction>(node);
      if (!command || !ast::isKind(*node, ast::InstructionKind::Cmd, ast::InstructionKind::Entrypoint) ||
          command->command.json || command->command.nonStringJson || command->command.shell.empty())
        continue;
      // As BuildKit: a SHELL means the author chose the shell on purpose.
      if (chainHasShell(graph, stage.index, node))
        continue;
      std::string keyword(ast::keywordName(node->kind));
      // Windows images run shell form through cmd, whose quoting the POSIX parser does not model.
      bool windows = instructions::isWindowsStage(graph, stage.index);
      const bool execs = !windows && execsLastCommand(command->command.shell);
      // An 'exec'ed CMD already gets the stop signal; an ENTRYPOINT still ignores CMD.
      if (execs && node->kind == ast::InstructionKind::Cmd)
        continue;
      Diagnostic d = context.make(
          info(), command->command.range,
          execs ? keyword + " in shell form ignores CMD and the arguments of 'docker run'; use the JSON form"
                : keyword + " in shell form runs under '" + (windows ? "cmd /S /C" : "/bin/sh -c") +
                      "', which does not pass stop signals on to the command; use the JSON form");
      std::optional<std::string> json = windows ? std::nullopt : execForm(command->command.shell);
      if (json) {
        d.fixes.push_back({"use the JSON form " + *json, {{command->command.range, *json}}, Applicability::Unsafe});
      } else if (windows) {
        d.notes.push_back({"write the program and its arguments as a JSON array: " + keyword +
                               " [\"C:\\\\app\\\\app.exe\", \"--serve\"]",
                           std::nullopt});
      } else if (!execs) {
        d.notes.push_back({"when the command needs the shell, make the shell 'exec' it: " + keyword +
                               " [\"/bin/sh\", \"-c\", \"exec ...\"]",
                           std::nullopt});
      }
      if (node->kind == ast::InstructionKind::Entrypoint && !execs)
        d.notes.push_back({"a shell-form ENTRYPOINT also ignores CMD and the arguments of 'docker run'", std::nullopt});
      context.emit(std::move(d));
    }
}

} // namespace dlint::passes::rules
