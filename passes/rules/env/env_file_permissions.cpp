// EV303: a .env file holds secrets; a mode wider than 0600 lets other local users (or a
// process in a container that mounts the folder) read it, or change what the app will run with.
#include <fmt/format.h>

#include "passes/rules/env/EnvRuleClasses.h"

namespace dlint::passes::rules {

void EnvFilePermissions::check(EnvRuleContext& context) const {
  const std::optional<unsigned> mode = context.facts().mode();
  if (!mode || (*mode & ~0600u & 0777u) == 0)
    return;
  std::string who;
  if (*mode & 0070u)
    who = (*mode & 0007u) ? "its group and all other users" : "its group";
  else if (*mode & 0007u)
    who = "all other users";
  std::string message =
      who.empty() ? fmt::format("file mode {:04o} is wider than 0600: the owner can execute it", *mode)
                  : fmt::format("file mode {:04o} is wider than 0600: {} can {} it", *mode, who,
                                (*mode & 0022u) && (*mode & 0044u) ? "read and change"
                                : (*mode & 0044u)                  ? "read"
                                                                   : "use");
  Diagnostic d = context.make(info(), {0, 0}, std::move(message));
  d.notes.push_back({fmt::format("run 'chmod 600 {}'", context.facts().path().value_or(std::string(context.fileName()))),
                     std::nullopt});
  context.emit(std::move(d));
}

} // namespace dlint::passes::rules
