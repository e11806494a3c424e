// DF252: system package managers write to /var/lib, /usr and /etc, which only root may change:
// a RUN that installs packages while the stage's USER is another user fails the build (or, for
// a read-only subcommand, needs no root and is not reported).
#include <optional>
#include <string>

#include "passes/analyses/PackageCommands.h"
#include "passes/analyses/ShellModel.h"
#include "passes/analyses/UserTimeline.h"
#include "passes/rules/RuleClass.h"
#include "passes/rules/shell/ShellRuleSupport.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(PackageManagerAsNonRoot);

namespace {

bool isAnyOf(std::string_view word, std::initializer_list<std::string_view> list) {
  for (std::string_view item : list)
    if (word == item)
      return true;
  return false;
}

/// True when `call` runs a system package manager's subcommand that changes the system.
bool changesSystem(const ToolInvocation& call) {
  if (!call.subcommand || !call.subcommand->value)
    return false;
  std::string_view sub = *call.subcommand->value;
  if (call.tool == "apt-get" || call.tool == "apt" || call.tool == "aptitude")
    return isAnyOf(sub, {"install", "update", "upgrade", "dist-upgrade", "full-upgrade", "remove", "purge",
                         "autoremove", "build-dep", "reinstall"});
  if (call.tool == "apk")
    return isAnyOf(sub, {"add", "del", "update", "upgrade", "fix"});
  if (call.tool == "yum" || call.tool == "dnf" || call.tool == "microdnf" || call.tool == "tdnf")
    return isAnyOf(sub, {"install", "update", "upgrade", "remove", "erase", "reinstall", "groupinstall",
                         "localinstall", "distro-sync", "makecache"});
  if (call.tool == "zypper")
    return isAnyOf(sub, {"install", "in", "remove", "rm", "update", "up", "dist-upgrade", "dup", "refresh", "ref",
                         "patch"});
  return false;
}

/// Installing into another root (`apk --root /sysroot add`, `dnf --installroot=/x install`) or a
/// simulation (`apt-get -s install`) needs no root.
bool needsNoRoot(const ToolInvocation& call) {
  return hasOption(call, "--root") || hasOption(call, "-p") || hasOption(call, "--installroot") ||
         hasOption(call, "--simulate") || hasOption(call, "-s") || hasOption(call, "--dry-run") ||
         hasOption(call, "--just-print") || hasOption(call, "--download-only");
}

/// True when a word before the tool switches to root (`sudo apt-get`, `doas apk`).
bool switchesUser(const ToolInvocation& call) {
  for (std::size_t i = 0; i < call.toolIndex && i < call.command->words.size(); ++i)
    if (const auto& value = call.command->words[i].value) {
      std::string_view name = shellrules::baseName(*value);
      if (name == "sudo" || name == "doas" || name == "su" || name == "fakeroot")
        return true;
    }
  return false;
}

} // namespace

void PackageManagerAsNonRoot::check(RuleContext& context) const {
  const UserTimeline& users = context.get<UserTimeline>();
  for (const RunScript& run : context.get<ShellModel>().scripts()) {
    const EffectiveUser& user = users.before(run.instruction);
    if (user.ambiguous || !user.resolved || user.isRoot())
      continue; // root, or a user dlint does not know
    for (const ToolInvocation& call : invocationsIn(run)) {
      if (!changesSystem(call) || needsNoRoot(call) || switchesUser(call))
        continue;
      std::string tool(call.tool);
      Diagnostic d = context.make(info(), call.command->words[call.toolIndex].range,
                                  "'" + tool + " " + *call.subcommand->value + "' runs as user '" + *user.resolved +
                                      "', which cannot change the system's packages");
      if (user.setBy)
        d.notes.push_back({"the user is set here; put 'USER root' before this RUN and switch back after it",
                           user.setBy->value ? user.setBy->value->range : user.setBy->range});
      else
        d.notes.push_back({"the base image runs as '" + *user.resolved + "'; put 'USER root' before this RUN and "
                           "switch back after it",
                           std::nullopt});
      context.emit(std::move(d));
    }
  }
}

} // namespace dlint::passes::rules
