// DF251: replacing /bin/sh in a RUN changes the shell of every later RUN behind the reader's
// back (and of the image's scripts); the SHELL instruction says it where it is read.
#include <optional>
#include <string>

#include "passes/analyses/ShellModel.h"
#include "passes/rules/RuleClass.h"
#include "passes/rules/shell/ShellRuleSupport.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(ShellChangedWithRun);

namespace {

bool isSystemShellPath(std::string_view path) { return path == "/bin/sh" || path == "/usr/bin/sh"; }

/// The destination operand of `ln`, `cp` or `mv` (their last operand when there are two or more);
/// nullptr when it is not statically known or the command names a target directory (`-t`).
const shell::Word* destinationOperand(const shell::SimpleCommand& command) {
  std::vector<const shell::Word*> operands;
  bool optionsEnded = false;
  for (std::size_t i = 1; i < command.words.size(); ++i) {
    const shell::Word& word = command.words[i];
    if (!word.value)
      return nullptr;
    std::string_view text = *word.value;
    if (!optionsEnded && text == "--") {
      optionsEnded = true;
    } else if (!optionsEnded && text.size() > 1 && text[0] == '-') {
      bool isLong = text[1] == '-';
      // `-t DIR` / `--target-directory=DIR`: every operand is a source.
      if (isLong ? text.starts_with("--target-directory") : text.find('t') != std::string_view::npos)
        return nullptr;
      if (isLong ? text == "--suffix" : text.back() == 'S') // takes the next word
        ++i;
    } else {
      operands.push_back(&word);
    }
  }
  return operands.size() >= 2 ? operands.back() : nullptr;
}

} // namespace

void ShellChangedWithRun::check(RuleContext& context) const {
  context.get<ShellModel>().forEachSimpleCommand([&](const RunScript&, const shell::SimpleCommand& command) {
    std::optional<std::string_view> name = command.name();
    if (!name)
      return;
    const shell::Word* target = nullptr;
    std::string how;
    if (*name == "ln" || *name == "cp" || *name == "mv") {
      const shell::Word* destination = destinationOperand(command);
      if (destination && isSystemShellPath(*destination->value)) {
        target = destination;
        how = "'" + std::string(*name) + "'";
      }
    } else if (*name == "update-alternatives") {
      // update-alternatives --install /bin/sh sh /bin/bash 100
      for (std::size_t i = 1; i + 1 < command.words.size(); ++i)
        if (command.words[i].is("--install") && command.words[i + 1].value &&
            isSystemShellPath(*command.words[i + 1].value)) {
          target = &command.words[i + 1];
          how = "'update-alternatives'";
          break;
        }
    } else if (*name == "dpkg-reconfigure") {
      // With `dash dash/sh boolean false` preseeded, reconfiguring dash points /bin/sh at bash.
      for (std::size_t i = 1; i < command.words.size(); ++i)
        if (command.words[i].is("dash")) {
          target = &command.words[i];
          how = "'dpkg-reconfigure dash'";
          break;
        }
    }
    if (!target)
      return;
    Diagnostic d = context.make(info(), target->range,
                                "RUN replaces '/bin/sh' with " + how + "; change the shell of later RUNs with SHELL");
    d.notes.push_back({"use 'SHELL [\"/bin/bash\", \"-c\"]' (or another shell): it changes the shell of the RUNs after "
                       "it without changing what '/bin/sh' is for the image's own scripts",
                       std::nullopt});
    context.emit(std::move(d));
  });
}

} // namespace dlint::passes::rules
