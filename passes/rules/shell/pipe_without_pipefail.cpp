// DF250: without `pipefail` a pipeline's status is its last command's, so `curl ... | tar x`
// succeeds when the download fails and the build goes on with a missing or partial file.
#include <optional>
#include <string>

#include "passes/analyses/ShellModel.h"
#include "passes/analyses/StageGraph.h"
#include "passes/rules/RuleClass.h"
#include "passes/rules/shell/ShellRuleSupport.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(PipeWithoutPipefail);

namespace {

using namespace shell;

/// Commands that cannot fail on the writing side of a pipe (`yes` even needs pipefail off: it
/// dies of SIGPIPE when the reader stops), and groups made only of them
/// (`{ echo a; printf '%s' b; } | tee file`).
bool cannotFail(const Command& command) {
  if (!command.redirects.empty())
    return false;
  if (const auto* group = dyn_cast<GroupCommand>(&command)) {
    for (const auto& member : group->body)
      if (!member || !cannotFail(*member))
        return false;
    return !group->body.empty();
  }
  const auto* simple = dyn_cast<SimpleCommand>(&command);
  if (!simple)
    return false;
  std::optional<std::string_view> name = simple->name();
  return name && (*name == "echo" || *name == "printf" || *name == "yes" || *name == "true" || *name == ":");
}

/// Readers that may stop before their input ends (`head`, `grep -q`, `grep -m 1`, `grep -l`): the
/// command writing to them then dies of SIGPIPE, depending on timing and output size, and with
/// `pipefail` that random failure fails the RUN. Such a pipeline is better left without it.
bool mayStopReading(const Command& command) {
  const auto* simple = dyn_cast<SimpleCommand>(&command);
  if (!simple)
    return false;
  std::optional<std::string_view> name = simple->name();
  if (!name)
    return false;
  std::string_view tool = shellrules::baseName(*name);
  if (tool == "head")
    return true;
  if (tool != "grep" && tool != "egrep" && tool != "fgrep")
    return false;
  for (std::size_t i = 1; i < simple->words.size(); ++i) {
    std::optional<std::string_view> word = shellrules::wordValue(*simple, i);
    if (!word || *word == "--")
      return false;
    if (*word == "--quiet" || *word == "--silent" || word->starts_with("--max-count") ||
        *word == "--files-with-matches" || *word == "--files-without-match")
      return true;
    if (word->size() < 2 || (*word)[0] != '-' || (*word)[1] == '-')
      continue;
    for (char letter : word->substr(1)) {
      if (letter == 'q' || letter == 'm' || letter == 'l' || letter == 'L')
        return true;
      if (letter == 'e' || letter == 'f' || letter == 'A' || letter == 'B' || letter == 'C' || letter == 'd' ||
          letter == 'D')
        break; // the rest of the word is that option's value
    }
  }
  return false;
}

bool hasEarlyReader(const Pipeline& pipeline) {
  for (std::size_t i = 1; i < pipeline.commands.size(); ++i)
    if (pipeline.commands[i] && mayStopReading(*pipeline.commands[i]))
      return true;
  return false;
}

/// Walks a script in execution order, tracking `set -e` and `set -o pipefail`, and finds the
/// first pipeline whose hidden failures would change the RUN's result.
class PipelineFinder {
public:
  explicit PipelineFinder(shellrules::ShellStartOptions start) : errexit_(start.errexit), pipefail_(start.pipefail) {}

  const Pipeline* found() const { return found_; }
  /// A `set` in the script turns pipefail on or off: a fix that adds one more would not settle.
  bool setsPipefail() const { return setsPipefail_; }

  /// `resultPath`: the last command's status becomes the status of the whole list's owner.
  /// `errexitApplies`: `set -e` is not suspended here (if conditions, `&&`/`||` operands, `!`).
  void list(const CommandList& commands, bool resultPath, bool errexitApplies) {
    for (std::size_t i = 0; i < commands.size() && !found_; ++i) {
      const Command* member = commands[i].get();
      if (!member || member->background)
        continue;
      bool last = i + 1 == commands.size();
      command(*member, last && resultPath, errexitApplies);
    }
  }

private:
  void command(const Command& c, bool resultPath, bool errexitApplies) {
    bool matters = resultPath || (errexitApplies && errexit_);
    if (const auto* simple = dyn_cast<SimpleCommand>(&c)) {
      readSet(*simple);
    } else if (const auto* pipeline = dyn_cast<Pipeline>(&c)) {
      if (matters && !pipefail_ && !pipeline->negated && pipeline->commands.size() > 1 &&
          !hasEarlyReader(*pipeline)) {
        for (std::size_t i = 0; i + 1 < pipeline->commands.size(); ++i)
          if (pipeline->commands[i] && !cannotFail(*pipeline->commands[i])) {
            found_ = pipeline;
            return;
          }
      }
    } else if (const auto* andOr = dyn_cast<AndOrList>(&c)) {
      // An operand's failure reaches the list's status only when no `||` follows it; `set -e`
      // ignores every operand but the last.
      std::size_t lastOr = andOr->operators.size();
      for (std::size_t k = 0; k < andOr->operators.size(); ++k)
        if (andOr->operators[k] == AndOrOperator::Or)
          lastOr = k;
      for (std::size_t k = 0; k < andOr->commands.size() && !found_; ++k) {
        if (!andOr->commands[k])
          continue;
        bool lastOperand = k + 1 == andOr->commands.size();
        if (lastOperand)
          command(*andOr->commands[k], resultPath, errexitApplies);
        else
          command(*andOr->commands[k], resultPath && (lastOr == andOr->operators.size() || k > lastOr), false);
      }
    } else if (const auto* group = dyn_cast<GroupCommand>(&c)) {
      bool savedErrexit = errexit_, savedPipefail = pipefail_;
      list(group->body, matters, errexitApplies);
      if (c.kind == CommandKind::Subshell) { // `set` in a subshell ends with it
        errexit_ = savedErrexit;
        pipefail_ = savedPipefail;
      }
    } else if (const auto* ifCommand = dyn_cast<IfCommand>(&c)) {
      for (const auto& clause : ifCommand->clauses) {
        list(clause.condition, false, false);
        list(clause.body, matters, errexitApplies);
      }
      list(ifCommand->elseBody, matters, errexitApplies);
    } else if (const auto* loop = dyn_cast<LoopCommand>(&c)) {
      list(loop->condition, false, false);
      list(loop->body, matters, errexitApplies);
    } else if (const auto* forCommand = dyn_cast<ForCommand>(&c)) {
      list(forCommand->body, matters, errexitApplies);
    } else if (const auto* caseCommand = dyn_cast<CaseCommand>(&c)) {
      for (const auto& item : caseCommand->items)
        list(item.body, matters, errexitApplies);
    }
    // Function bodies run where the function is called; dlint does not follow calls.
  }

  /// `set -e`, `set -euxo pipefail`, `set -o errexit -o pipefail`, `set +o pipefail`.
  void readSet(const SimpleCommand& simple) {
    if (simple.name() != std::optional<std::string_view>("set"))
      return;
    // After `-o` the next word names an option to turn on, after `+o` one to turn off.
    enum class Pending { None, TurnOn, TurnOff } pending = Pending::None;
    for (std::size_t i = 1; i < simple.words.size(); ++i) {
      std::optional<std::string_view> word = shellrules::wordValue(simple, i);
      if (!word)
        return;
      if (pending != Pending::None) {
        bool on = pending == Pending::TurnOn;
        if (*word == "pipefail") {
          pipefail_ = on;
          setsPipefail_ = true;
        } else if (*word == "errexit")
          errexit_ = on;
        pending = Pending::None;
        continue;
      }
      if (word->size() < 2 || (word->front() != '-' && word->front() != '+') || *word == "--")
        return;
      bool on = word->front() == '-';
      for (char letter : word->substr(1)) {
        if (letter == 'e')
          errexit_ = on;
        else if (letter == 'o')
          pending = on ? Pending::TurnOn : Pending::TurnOff;
      }
    }
  }

  bool errexit_;
  bool pipefail_;
  const Pipeline* found_ = nullptr;
  bool setsPipefail_ = false;
};

/// The `|` (or `|&`) after `pipeline`'s member `index`: the first bar between it and the next.
SourceRange pipeOperator(const Pipeline& pipeline, std::size_t index, std::string_view source) {
  SourceRange fallback = pipeline.commands[index]->range;
  std::uint32_t from = pipeline.commands[index]->range.end;
  std::uint32_t to = pipeline.commands[index + 1]->range.begin;
  if (from > to || to > source.size())
    return fallback;
  std::size_t bar = source.substr(from, to - from).find('|');
  if (bar == std::string_view::npos)
    return fallback;
  std::uint32_t begin = from + static_cast<std::uint32_t>(bar);
  std::uint32_t end = begin + 1;
  if (end < to && source[end] == '&')
    ++end;
  return {begin, end};
}

std::string commandName(const Command& command) {
  if (const auto* simple = dyn_cast<SimpleCommand>(&command))
    if (std::optional<std::string_view> name = simple->name())
      return "'" + std::string(*name) + "'";
  return "a command";
}

} // namespace

void PipeWithoutPipefail::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  std::string_view source = context.source().text();
  for (const RunScript& run : context.get<ShellModel>().scripts()) {
    shellrules::ShellStartOptions start;
    if (const std::vector<ast::Word>* argv = shellrules::shellArgvOf(graph, *run.instruction))
      start = shellrules::startOptions(*argv);
    if (start.pipefail)
      continue;
    PipelineFinder finder(start);
    finder.list(run.parsed.script->commands, true, true);
    const Pipeline* pipeline = finder.found();
    if (!pipeline)
      continue;
    std::size_t writer = 0;
    while (writer + 2 < pipeline->commands.size() && cannotFail(*pipeline->commands[writer]))
      ++writer;
    Diagnostic d = context.make(info(), pipeOperator(*pipeline, writer, source),
                                "pipeline without 'pipefail': a failure of " + commandName(*pipeline->commands[writer]) +
                                    " is hidden, the status is that of " + commandName(*pipeline->commands.back()));
    d.notes.push_back({"put 'SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]' before the RUN, or start the script "
                       "with 'set -o pipefail' where /bin/sh has it (bash, busybox ash; not dash, the /bin/sh of "
                       "Debian and Ubuntu)",
                       std::nullopt});
    const ast::CommandInstruction& instruction = *run.instruction;
    if (!instruction.command.json && instruction.heredocs.empty() && !instruction.command.range.empty() &&
        !finder.setsPipefail()) {
      SourceRange at{instruction.command.range.begin, instruction.command.range.begin};
      d.fixes.push_back({"start the RUN with 'set -o pipefail &&'", {{at, "set -o pipefail && "}}, Applicability::Unsafe});
    }
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
