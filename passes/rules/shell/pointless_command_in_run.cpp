// DF541: some commands do nothing useful while an image is built: there is no init to shut
// down, no terminal for an editor, no privileges to mount, and a service started in a RUN stops
// when the RUN ends. They are usually left over from an interactive session.
#include <optional>
#include <string>

#include "passes/analyses/ShellModel.h"
#include "passes/rules/RuleClass.h"
#include "passes/rules/shell/ShellRuleSupport.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(PointlessCommandInRun);

namespace {

using namespace shell;

bool anyWord(const SimpleCommand& command, bool (*test)(std::string_view)) {
  for (std::size_t i = 1; i < command.words.size(); ++i)
    if (command.words[i].value && test(*command.words[i].value))
      return true;
  return false;
}

bool hasSshMount(const ast::Instruction& run) {
  for (const ast::Flag& flag : run.flags)
    if (flag.name == "mount" && (flag.value.find("type=ssh") != std::string::npos))
      return true;
  return false;
}

struct RunFacts {
  bool background = false;        ///< some command runs with `&`
  std::uint32_t lastCommandBegin = 0; ///< where the last simple command of the RUN starts
};

RunFacts factsOf(const RunScript& run) {
  RunFacts facts;
  forEachCommand(*run.parsed.script, [&](const Command& c) {
    if (c.background)
      facts.background = true;
    if (isa<SimpleCommand>(c) && c.range.begin >= facts.lastCommandBegin)
      facts.lastCommandBegin = c.range.begin;
  });
  return facts;
}

/// Why `command` makes no sense in a build, or nullopt when it may.
std::optional<std::string> whyPointless(const SimpleCommand& command, std::string_view name, const RunScript& run,
                                        const RunFacts& facts) {
  if (name == "shutdown" || name == "reboot" || name == "halt" || name == "poweroff")
    return "a build has no system to '" + std::string(name) + "'";
  if (name == "mount" || name == "umount")
    return "'" + std::string(name) + "' needs privileges a build does not have; use 'RUN --mount' instead";
  if (name == "ssh" && !hasSshMount(*run.instruction))
    return "'ssh' in a build has no keys or agent unless the RUN has '--mount=type=ssh'";
  if (name == "vim" || name == "vi") {
    // `vim +PlugInstall +qall` and `vim -es -c ...` run without a terminal.
    if (!anyWord(command, [](std::string_view w) { return w.starts_with("+") || w.starts_with("-"); }))
      return "'" + std::string(name) + "' is an interactive editor; a build has no terminal";
  } else if (name == "nano") {
    return "'nano' is an interactive editor; a build has no terminal";
  } else if (name == "emacs") {
    if (!anyWord(command, [](std::string_view w) { return w == "--batch" || w == "-batch" || w == "--script"; }))
      return "'emacs' is an interactive editor; a build has no terminal";
  } else if (name == "top") {
    if (!anyWord(command, [](std::string_view w) { return w.size() > 1 && w[0] == '-' && w.find('b') != std::string_view::npos; }))
      return "'top' is interactive; a build has no terminal (and its output tells nothing about the image)";
  } else if (name == "ps" || name == "free" || name == "ifconfig") {
    return "'" + std::string(name) + "' shows the build container's state, not the image's";
  } else if (name == "kill" || name == "killall" || name == "pkill") {
    if (!facts.background)
      return "'" + std::string(name) + "' in a RUN that starts no background process: nothing of the build is left to "
             "stop";
  } else if (name == "service") {
    bool starts = anyWord(command, [](std::string_view w) { return w == "start" || w == "restart"; });
    if (starts && command.range.begin >= facts.lastCommandBegin)
      return "a service started at the end of a RUN stops when the RUN ends; start it in CMD or ENTRYPOINT";
  } else if (name == "systemctl") {
    // `systemctl enable` only writes symlinks, which works; starting needs systemd as PID 1.
    if (anyWord(command, [](std::string_view w) { return w == "start" || w == "restart"; }))
      return "'systemctl start' needs systemd running as PID 1, which a build does not have";
  }
  return std::nullopt;
}

} // namespace

void PointlessCommandInRun::check(RuleContext& context) const {
  for (const RunScript& run : context.get<ShellModel>().scripts()) {
    RunFacts facts = factsOf(run);
    for (const SimpleCommand* command : run.simpleCommands) {
      std::optional<std::string_view> name = command->name();
      if (!name)
        continue;
      if (std::optional<std::string> why = whyPointless(*command, *name, run, facts))
        context.report(info(), command->words.front().range, *why);
    }
  }
}

} // namespace dlint::passes::rules
