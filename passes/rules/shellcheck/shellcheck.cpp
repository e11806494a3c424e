// DF260: ShellCheck's findings on every RUN script, each at its exact place in the Dockerfile,
// through continuation lines and here-documents (hadolint puts them all on the RUN's first line).
// Opt-in: it runs the external `shellcheck` program once per Dockerfile.
#include <cctype>
#include <string>
#include <unordered_map>

#include "diagnostics/Utf8.h"
#include "passes/analyses/ArgEnvScopes.h"
#include "passes/analyses/ShellModel.h"
#include "passes/analyses/StageGraph.h"
#include "passes/rules/RuleClass.h"
#include "passes/rules/shellcheck/ShellcheckRunner.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(Shellcheck);

namespace {

// SC1090/SC1091: a sourced file dlint cannot see. SC2187: ash's `-o pipefail` support, which
// ShellCheck doubts and BuildKit's images have. hadolint excludes the same three.
constexpr int kAlwaysExcluded[] = {1090, 1091, 2187};

/// ShellCheck's dialect for a SHELL executable: /bin/bash -> bash; anything else POSIX -> sh.
std::string dialectOf(std::string_view executable) {
  std::size_t slash = executable.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? executable : executable.substr(slash + 1);
  if (name == "bash" || name == "dash" || name == "ksh")
    return std::string(name);
  if (name == "mksh" || name == "pdksh")
    return "ksh";
  return "sh";
}

/// Windows images run RUN through `cmd /S /C` unless SHELL says otherwise; ShellCheck has
/// nothing to say about those scripts. Their bases name the Windows image families, and their
/// Dockerfiles set the backtick escape (for Windows paths).
bool isWindowsBase(std::string_view base, char escape) {
  for (std::string_view marker : {"windows/servercore", "windows/nanoserver", "windows/server", "nanoserver",
                                  "servercore", "mcr.microsoft.com/windows"})
    if (base.find(marker) != std::string_view::npos)
      return true;
  return escape == '`' && base.find('$') != std::string_view::npos;
}

/// The dialect each RUN runs in: its stage's last SHELL before it, inherited through FROM <stage>;
/// "" for a stage that runs cmd or PowerShell.
std::unordered_map<const ast::Instruction*, std::string> dialects(const StageGraph& graph, char escape) {
  std::unordered_map<const ast::Instruction*, std::string> result;
  std::vector<std::string> atEnd; // per stage
  for (const Stage& stage : graph.stages()) {
    std::string current = stage.parent && *stage.parent < atEnd.size() ? atEnd[*stage.parent]
                          : isWindowsBase(stage.base, escape)           ? ""
                                                                        : "sh";
    for (const ast::Instruction* node : stage.body) {
      const auto* command = ast::dyn_cast<ast::CommandInstruction>(node);
      if (!command)
        continue;
      if (command->kind == ast::InstructionKind::Shell && command->command.json &&
          !command->command.elements.empty())
        current = isNonPosixShell(command->command.elements.front().text)
                      ? ""
                      : dialectOf(command->command.elements.front().text);
      else if (command->kind == ast::InstructionKind::Run)
        result[command] = current;
    }
    atEnd.push_back(current);
  }
  return result;
}

bool isShellName(std::string_view name) {
  if (name.empty() || std::isdigit(static_cast<unsigned char>(name.front())))
    return false;
  for (char c : name)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_')
      return false;
  return true;
}

/// The logical offset of ShellCheck's (1-based line, 1-based code point column) in `text`;
/// a column past the end of its line clamps to the line's end.
std::optional<std::uint32_t> offsetOf(std::string_view text, int line, int column) {
  if (line < 1 || column < 1)
    return std::nullopt;
  std::size_t at = 0;
  for (int l = 1; l < line; ++l) {
    std::size_t newline = text.find('\n', at);
    if (newline == std::string_view::npos)
      return std::nullopt;
    at = newline + 1;
  }
  for (int c = 1; c < column && at < text.size() && text[at] != '\n'; ++c)
    at += std::max<std::size_t>(1, utf8::sequenceLength(text, at));
  return static_cast<std::uint32_t>(std::min(at, text.size()));
}

Level levelOf(std::string_view level) {
  if (level == "error")
    return Level::Error;
  if (level == "warning")
    return Level::Warning;
  if (level == "info")
    return Level::Info;
  return Level::Style;
}

/// "Double quote to prevent globbing." -> "double quote to prevent globbing" (dlint's style),
/// keeping acronyms and names that start a message ("POSIX sh", "$HOME").
std::string dlintMessage(std::string message) {
  while (!message.empty() && (message.back() == '.' || message.back() == ' '))
    message.pop_back();
  if (message.size() > 1 && std::isupper(static_cast<unsigned char>(message[0])) &&
      std::islower(static_cast<unsigned char>(message[1])))
    message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
  return message;
}

std::vector<int> excludedCodes(const RuleOptions& options, std::string_view code) {
  std::vector<int> excluded(std::begin(kAlwaysExcluded), std::end(kAlwaysExcluded));
  if (const std::vector<std::string>* listed = options.option(code, "exclude"))
    for (const std::string& item : *listed) {
      std::string_view digits = item;
      if (digits.size() > 2 && (digits.substr(0, 2) == "SC" || digits.substr(0, 2) == "sc"))
        digits.remove_prefix(2);
      if (!digits.empty() && digits.size() <= 5 &&
          std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        excluded.push_back(std::stoi(std::string(digits)));
    }
  return excluded;
}

} // namespace

void Shellcheck::check(RuleContext& context) const {
  const std::vector<RunScript>& runs = context.get<ShellModel>().scripts();
  if (runs.empty())
    return;
  const SourceRange firstRun = runs.front().instruction->range;
  std::optional<std::string> executable = shellcheck::findShellcheck();
  if (!executable) {
    Diagnostic d = context.make(info(), {firstRun.begin, firstRun.begin},
                                "ShellCheck is not installed, so the RUN scripts were not checked");
    d.level = Level::Warning;
    d.notes.push_back({"install it (apt-get install shellcheck) or point DLINT_SHELLCHECK at it", std::nullopt});
    context.emit(std::move(d));
    return;
  }

  const ArgEnvScopes& scopes = context.get<ArgEnvScopes>();
  std::unordered_map<const ast::Instruction*, std::string> dialect =
      dialects(context.get<StageGraph>(), context.dockerfile().escape);
  std::vector<shellcheck::Script> scripts;
  std::vector<const RunScript*> checked; // the RUNs behind `scripts`, index for index
  for (const RunScript& run : runs) {
    auto found = dialect.find(run.instruction);
    if (found != dialect.end() && found->second.empty())
      continue;
    shellcheck::Script script{found != dialect.end() ? found->second : "sh", std::string(run.text.text()), {}};
    for (const VariableBinding* binding : scopes.visible(run.instruction))
      if (isShellName(binding->name))
        script.knownVariables.push_back(binding->name);
    scripts.push_back(std::move(script));
    checked.push_back(&run);
  }
  if (scripts.empty())
    return;
  std::optional<std::vector<shellcheck::Comment>> comments =
      shellcheck::run(*executable, scripts, excludedCodes(context.options(), info().code));
  if (!comments) {
    Diagnostic d = context.make(info(), {firstRun.begin, firstRun.begin},
                                "ShellCheck ('" + *executable + "') failed, so the RUN scripts were not checked");
    d.level = Level::Warning;
    context.emit(std::move(d));
    return;
  }

  for (const shellcheck::Comment& comment : *comments) {
    const RunScript& run = *checked[comment.script];
    std::string_view text = run.text.text();
    std::optional<std::uint32_t> begin = offsetOf(text, comment.line, comment.column);
    std::optional<std::uint32_t> end = offsetOf(text, comment.endLine, comment.endColumn);
    if (!begin)
      continue; // a finding on dlint's prelude lines
    if (!end || *end < *begin)
      end = begin;
    std::string code = "SC" + std::to_string(comment.code);
    Diagnostic d = context.make(info(), run.text.sourceRange(*begin, *end), code + ": " + dlintMessage(comment.message));
    d.level = levelOf(comment.level);
    d.notes.push_back({"see https://www.shellcheck.net/wiki/" + code, std::nullopt});
    // Exec-form scripts map JSON escapes approximately, so their edits could land off target.
    if (!comment.fix.empty() && !run.instruction->command.json) {
      FixIt fix{"apply ShellCheck's fix for " + code, {}, Applicability::Unsafe};
      for (const shellcheck::Replacement& replacement : comment.fix) {
        std::optional<std::uint32_t> from = offsetOf(text, replacement.line, replacement.column);
        std::optional<std::uint32_t> to = offsetOf(text, replacement.endLine, replacement.endColumn);
        if (!from || !to || *to < *from) {
          fix.edits.clear();
          break;
        }
        SourceRange range = *from == *to ? SourceRange{run.text.sourceOffset(*from), run.text.sourceOffset(*from)}
                                         : run.text.sourceRange(*from, *to);
        fix.edits.push_back({range, replacement.text});
      }
      if (!fix.edits.empty())
        d.fixes.push_back(std::move(fix));
    }
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
