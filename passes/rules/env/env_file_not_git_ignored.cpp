// EV304: a .env file in a git work tree that git does not ignore is one `git add .` away from
// being committed, and a committed secret stays in the history after it is deleted.
#include <filesystem>
#include <fmt/format.h>

#include "passes/rules/env/EnvRuleClasses.h"

namespace dlint::passes::rules {

void EnvFileNotGitIgnored::check(EnvRuleContext& context) const {
  const envfile::EnvFileFacts& facts = context.facts();
  const std::optional<bool> ignored = facts.gitIgnored();
  if (!ignored || *ignored)
    return;
  const std::string name = std::filesystem::path(*facts.path()).filename().string();
  Diagnostic d = context.make(info(), {0, 0},
                              fmt::format("'{}' is in a git work tree and git does not ignore it", name));
  if (facts.gitTracked())
    d.notes.push_back({fmt::format("git already tracks it: run 'git rm --cached {}', add it to .gitignore, and "
                                   "rotate every secret it has held (they stay in the history)",
                                   *facts.path()),
                       std::nullopt});
  else
    d.notes.push_back({fmt::format("add '{}' to .gitignore; commit a '{}.example' with placeholders instead", name,
                                   name),
                       std::nullopt});
  context.emit(std::move(d));
}

} // namespace dlint::passes::rules
