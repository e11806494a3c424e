// DF302: `sudo` and `su` in a RUN depend on how the image configures them (a sudoers entry, a
// password, a TTY), and a RUN already runs as the stage's USER: USER is the way to switch.
#include <optional>
#include <string_view>
#include <vector>

#include "passes/analyses/ShellModel.h"
#include "passes/analyses/StageGraph.h"
#include "passes/analyses/UserTimeline.h"
#include "passes/rules/RuleClass.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(SudoInRun);

namespace {

std::string_view baseName(std::string_view word) {
  std::size_t slash = word.rfind('/');
  return slash == std::string_view::npos ? word : word.substr(slash + 1);
}

bool isSwitchUser(std::string_view name) { return name == "sudo" || name == "su"; }

/// Commands that run the command named after their own options (`env X=1 sudo ...`).
bool isWrapper(std::string_view name) {
  return name == "env" || name == "nice" || name == "nohup" || name == "time" || name == "timeout" ||
         name == "xargs" || name == "exec" || name == "command" || name == "eatmydata" || name == "doas" ||
         name == "stdbuf";
}

/// Wrapper options that take the next word as their value (`xargs -n 1 sudo ...`).
bool takesValue(std::string_view wrapper, std::string_view option) {
  if (wrapper == "xargs")
    return option == "-I" || option == "-n" || option == "-L" || option == "-P" || option == "-d" ||
           option == "-a" || option == "-E" || option == "-s";
  if (wrapper == "doas")
    return option == "-u" || option == "-C";
  if (wrapper == "env")
    return option == "-u" || option == "-C" || option == "-S";
  if (wrapper == "nice")
    return option == "-n";
  if (wrapper == "exec")
    return option == "-a";
  if (wrapper == "stdbuf")
    return option == "-i" || option == "-o" || option == "-e";
  return false;
}

/// The index of the `sudo` or `su` that a command runs, argv[0] or after wrappers; nullopt when
/// it runs neither (`apt-get install sudo`, `echo sudo`, `command -v sudo`, `gosu`, `su-exec`).
/// `value(i)` is the statically known text of word i, or nullopt.
template <typename Value>
std::optional<std::size_t> switchUserWord(std::size_t count, Value value) {
  std::size_t i = 0;
  while (i < count) {
    std::optional<std::string_view> word = value(i);
    if (!word)
      return std::nullopt;
    std::string_view name = baseName(*word);
    if (isSwitchUser(name))
      return i;
    if (!isWrapper(name))
      return std::nullopt;
    ++i;
    while (i < count) {
      std::optional<std::string_view> option = value(i);
      if (!option || !(option->substr(0, 1) == "-" || (name == "env" && option->find('=') != std::string_view::npos)))
        break;
      // `command -v sudo` and `command -V sudo` print where sudo is; they do not run it.
      if (name == "command" && (*option == "-v" || *option == "-V"))
        return std::nullopt;
      if (takesValue(name, *option))
        ++i;
      ++i;
    }
    if (name == "timeout" && i < count)
      ++i; // the duration
  }
  return std::nullopt;
}

void report(RuleContext& context, const RuleInfo& info, SourceRange range, std::string_view name,
            std::optional<FixIt> fix = std::nullopt, bool onbuild = false) {
  Diagnostic d = context.make(info, range,
                              "RUN calls '" + std::string(name) + "'; switch users with the USER instruction instead");
  // A trigger's USER is an ONBUILD too: it must run in the same later build.
  const std::string user = onbuild ? "ONBUILD USER root" : "USER root";
  d.notes.push_back({"a RUN already runs as the stage's USER: put '" + user + "' before the steps that need root and "
                     "switch back after them; to drop root when the container starts, use gosu or su-exec",
                     std::nullopt});
  if (fix) d.fixes.push_back(std::move(*fix));
  context.emit(std::move(d));
}

/// Dropping a plain leading `sudo` (`sudo make install` -> `make install`): unsafe, because
/// the command then runs as the stage's USER, which may not be root. Not offered for `su`
/// (its `-c` string is a different shape), for sudo options (`-u user`), or after wrappers.
std::optional<FixIt> dropSudoFix(const shell::SimpleCommand& command, std::size_t index, std::string_view source) {
  if (index != 0 || command.words.size() < 2 || baseName(*command.words[0].value) != "sudo") return std::nullopt;
  const shell::Word& next = command.words[1];
  if (!next.value || next.value->empty() || next.value->front() == '-') return std::nullopt;
  const SourceRange gap{command.words[0].range.end, next.range.begin};
  if (gap.begin >= gap.end || gap.end > source.size()) return std::nullopt;
  for (char c : source.substr(gap.begin, gap.size()))
    if (c != ' ' && c != '\t') return std::nullopt; // keep it simple across continuation lines
  return FixIt{"remove 'sudo'", {{{command.words[0].range.begin, next.range.begin}, ""}}, Applicability::Unsafe};
}

/// `su` run by root only drops privileges (`su nobody -s /bin/sh -c 'make'`): root needs no
/// password, TTY or sudoers entry, and nothing has to be installed that lets a user back to root.
/// Root here is a USER known to be root, or the base image's own user when dlint does not know
/// it to be another one (most images run as root). `sudo` is reported whoever runs it.
bool dropsPrivileges(std::string_view name, const EffectiveUser& user) {
  if (name != "su" || user.ambiguous)
    return false;
  return user.isRoot() || (user.fromImage() && !user.resolved);
}

} // namespace

void SudoInRun::check(RuleContext& context) const {
  const ShellModel& model = context.get<ShellModel>();
  const UserTimeline& users = context.get<UserTimeline>();
  model.forEachSimpleCommand([&](const RunScript& script, const shell::SimpleCommand& command) {
    std::optional<std::size_t> index =
        switchUserWord(command.words.size(), [&](std::size_t i) -> std::optional<std::string_view> {
          if (!command.words[i].value)
            return std::nullopt;
          return std::string_view(*command.words[i].value);
        });
    if (!index)
      return;
    const std::string_view name = baseName(*command.words[*index].value);
    if (script.instruction && dropsPrivileges(name, users.before(script.instruction)))
      return;
    report(context, info(), command.words[*index].range, name, dropSudoFix(command, *index, context.source().text()),
           script.onbuild != nullptr);
  });
  // An exec-form RUN that runs no shell (`RUN ["sudo", "make", "install"]`) is not in the model.
  const StageGraph& graph = context.get<StageGraph>();
  for (const Stage& stage : graph.stages())
    for (const ast::Instruction* node : stage.body) {
      const auto* run = ast::dyn_cast<ast::CommandInstruction>(node);
      if (!run || run->kind != ast::InstructionKind::Run || !run->command.json || model.scriptOf(run))
        continue;
      const std::vector<ast::Word>& elements = run->command.elements;
      std::optional<std::size_t> index = switchUserWord(
          elements.size(), [&](std::size_t i) -> std::optional<std::string_view> { return elements[i].text; });
      if (index && !dropsPrivileges(baseName(elements[*index].text), users.before(run)))
        report(context, info(), elements[*index].range, baseName(elements[*index].text));
    }
}

} // namespace dlint::passes::rules
