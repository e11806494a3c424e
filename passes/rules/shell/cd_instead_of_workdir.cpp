// DF540: `cd` in a RUN lasts until the RUN ends, so `RUN cd /app && make` hides where later
// instructions run and must be repeated in every RUN; WORKDIR says it once. Scoped and temporary
// uses (a subshell, a build directory that the RUN deletes, going back with `cd -`) are fine.
#include <optional>
#include <string>

#include "passes/analyses/PackageCommands.h"
#include "passes/analyses/ShellModel.h"
#include "passes/rules/RuleClass.h"
#include "passes/rules/shell/ShellRuleSupport.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(CdInsteadOfWorkdir);

namespace {

using namespace shell;

bool isUnder(std::string_view path, std::string_view root) {
  return path == root || (path.starts_with(root) && path[root.size()] == '/');
}

/// Where source is unpacked, built and thrown away, and the system's own directories, where a
/// RUN goes to add a symlink or delete files (`cd /usr/local/bin && ln -s idle3 idle`): a
/// WORKDIR there would only misplace the instructions after it.
bool isScratchOrSystemLocation(std::string_view path) {
  for (std::string_view root : {"/tmp", "/dev", "/usr", "/var", "/etc", "/lib", "/lib32", "/lib64", "/bin", "/sbin",
                                "/proc", "/sys", "/boot", "/run"})
    if (isUnder(path, root))
      return true;
  return false;
}

/// A directory the RUN mounts (a cache or bind mount) lives only as long as the RUN.
bool isMountTarget(const ast::Instruction& run, std::string_view path) {
  for (const ast::Flag& flag : run.flags) {
    if (flag.name != "mount")
      continue;
    for (std::string_view key : {"target=", "dst=", "destination="}) {
      std::size_t at = flag.value.find(key);
      if (at == std::string::npos || (at > 0 && flag.value[at - 1] != ','))
        continue;
      std::string_view rest = std::string_view(flag.value).substr(at + key.size());
      std::string_view target = rest.substr(0, rest.find(','));
      while (target.size() > 1 && target.back() == '/')
        target.remove_suffix(1);
      if (isUnder(path, target))
        return true;
    }
  }
  return false;
}

/// The directory a `cd` goes to when it is a fixed absolute path; nullptr otherwise (`cd -`,
/// `cd ..`, a relative or variable path, a bare `cd`).
const Word* fixedTarget(const SimpleCommand& cd) {
  for (std::size_t i = 1; i < cd.words.size(); ++i) {
    const Word& word = cd.words[i];
    if (!word.value)
      return nullptr;
    std::string_view text = *word.value;
    if (text == "-L" || text == "-P" || text == "-e" || text == "-@" || text == "--")
      continue;
    if (text.size() < 2 || text.front() != '/')
      return nullptr;
    return &word;
  }
  return nullptr;
}

struct CdUse {
  const SimpleCommand* command = nullptr;
  const Word* target = nullptr;
  bool last = false; ///< nothing runs after it in the RUN
};

/// Finds the `cd`s that change the directory of the RUN's own shell (not those in a subshell, a
/// pipeline, a loop body, a function or a command substitution).
class CdFinder {
public:
  std::vector<CdUse> uses;

  void list(const CommandList& commands, bool atEnd) {
    for (std::size_t i = 0; i < commands.size(); ++i)
      if (commands[i] && !commands[i]->background)
        command(*commands[i], atEnd && i + 1 == commands.size());
  }

private:
  void command(const Command& c, bool atEnd) {
    if (const auto* simple = dyn_cast<SimpleCommand>(&c)) {
      if (simple->name() == std::optional<std::string_view>("cd"))
        uses.push_back({simple, fixedTarget(*simple), atEnd});
    } else if (const auto* andOr = dyn_cast<AndOrList>(&c)) {
      for (std::size_t k = 0; k < andOr->commands.size(); ++k)
        if (andOr->commands[k])
          command(*andOr->commands[k], atEnd && k + 1 == andOr->commands.size());
    } else if (c.kind == CommandKind::BraceGroup) {
      list(static_cast<const GroupCommand&>(c).body, atEnd);
    } else if (const auto* ifCommand = dyn_cast<IfCommand>(&c)) {
      for (const auto& clause : ifCommand->clauses)
        list(clause.body, atEnd);
      list(ifCommand->elseBody, atEnd);
    } else if (const auto* caseCommand = dyn_cast<CaseCommand>(&c)) {
      for (const auto& item : caseCommand->items)
        list(item.body, atEnd);
    }
  }
};

} // namespace

void CdInsteadOfWorkdir::check(RuleContext& context) const {
  for (const RunScript& run : context.get<ShellModel>().scripts()) {
    CdFinder finder;
    finder.list(run.parsed.script->commands, true);
    for (const CdUse& use : finder.uses) {
      if (!use.target)
        continue; // going back (`cd -`, `cd ..`, `cd`), or a path known only when the RUN runs
      std::string_view path = *use.target->value;
      if (path == "/" || isScratchOrSystemLocation(path) || isMountTarget(*run.instruction, path) ||
          removesPath(run, path))
        continue;
      const Word& cdWord = use.command->words.front();
      SourceRange range{cdWord.range.begin, use.target->range.end};
      // A trigger's WORKDIR is an ONBUILD too: it must run in the same later build.
      const std::string workdir = std::string(run.onbuild ? "ONBUILD WORKDIR " : "WORKDIR ") + std::string(path);
      if (use.last) {
        Diagnostic d = context.make(info(), range,
                                    "'cd' at the end of a RUN has no effect: the next instruction starts in the "
                                    "WORKDIR again");
        d.notes.push_back({"to run later instructions in '" + std::string(path) + "', use '" + workdir + "'",
                           std::nullopt});
        context.emit(std::move(d));
      } else {
        Diagnostic d = context.make(info(), range,
                                    "RUN changes directory with 'cd'; use '" + workdir + "' instead");
        d.notes.push_back({"the directory lasts only until the RUN ends; WORKDIR sets it for every instruction after "
                           "it (wrap a temporary change in a subshell: '(cd dir && make)')",
                           std::nullopt});
        context.emit(std::move(d));
      }
      break; // one finding per RUN
    }
  }
}

} // namespace dlint::passes::rules
