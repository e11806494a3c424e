// DF444: `apt` is the interactive front end; its output and behaviour are not a stable
// interface ("apt does not have a stable CLI interface"), while apt-get and apt-cache are.
#include <string>
#include <string_view>

#include "passes/rules/RuleClass.h"
#include "passes/analyses/PackageCommands.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(AptInsteadOfAptGet);

namespace {

struct Replacement {
  std::string_view subcommand;
  std::string_view tool;
  /// The swap can change what the RUN does, so the fix is unsafe: apt deletes the .deb files
  /// it downloaded (APT::Keep-Downloaded-Packages "false") while apt-get keeps them in
  /// /var/cache/apt/archives unless the image's apt configuration removes them; and `apt
  /// search` / `apt show` print another format than apt-cache (one line per package and
  /// version vs `name - description`; only the candidate version vs every version), which
  /// breaks a pipe that reads it.
  bool changesBehaviour;
};

constexpr Replacement kReplacements[] = {
    {"install", "apt-get", true},     {"reinstall", "apt-get", true},  {"upgrade", "apt-get", true},
    {"dist-upgrade", "apt-get", true}, {"build-dep", "apt-get", true}, {"source", "apt-get", true},
    {"download", "apt-get", true},    {"satisfy", "apt-get", true},    {"update", "apt-get", false},
    {"remove", "apt-get", false},     {"purge", "apt-get", false},     {"autoremove", "apt-get", false},
    {"autopurge", "apt-get", false},  {"clean", "apt-get", false},     {"autoclean", "apt-get", false},
    {"dist-clean", "apt-get", false}, {"search", "apt-cache", true},   {"show", "apt-cache", true},
    {"policy", "apt-cache", false},   {"depends", "apt-cache", false}, {"rdepends", "apt-cache", false},
    {"showsrc", "apt-cache", false},
};

/// The advice for the apt subcommands that neither apt-get nor apt-cache has under the same
/// name (`apt-get list` is an error, so "use apt-get" would be wrong advice).
std::string adviceWithoutReplacement(std::string_view subcommand) {
  if (subcommand == "list")
    return "use 'dpkg-query -W' (installed packages) or 'apt-cache policy' (available versions), whose "
           "command lines are stable";
  if (subcommand == "full-upgrade")
    return "use 'apt-get dist-upgrade', whose command line is stable";
  if (subcommand == "edit-sources")
    return "write the source file in /etc/apt/sources.list.d instead of opening an editor";
  return "use 'apt-get' or 'apt-cache', whose command line is stable";
}

const Replacement* replacementFor(const ToolInvocation& call) {
  if (!call.subcommand)
    return nullptr;
  for (const Replacement& r : kReplacements)
    if (call.subcommand->is(r.subcommand))
      return &r;
  return nullptr;
}

} // namespace

void AptInsteadOfAptGet::check(RuleContext& context) const {
  for (const RunScript& run : context.get<ShellModel>().scripts())
    for (const ToolInvocation& call : invocationsIn(run)) {
      if (call.tool != "apt" || !call.subcommand || !call.subcommand->value)
        continue;
      const shell::Word& toolWord = call.command->words[call.toolIndex];
      const Replacement* replacement = replacementFor(call);
      std::string advice = replacement
                               ? "use '" + std::string(replacement->tool) + "', whose command line is stable"
                               : adviceWithoutReplacement(*call.subcommand->value);
      Diagnostic d =
          context.make(info(), toolWord.range, "'apt " + *call.subcommand->value + "' in a script: " + advice);
      // Only a bare `apt` word is replaced; `/usr/bin/apt` and `xx-apt` keep their spelling.
      if (replacement && toolWord.is("apt")) {
        Applicability applicability = replacement->changesBehaviour ? Applicability::Unsafe : Applicability::Safe;
        d.fixes.push_back({"use '" + std::string(replacement->tool) + "'",
                           {{toolWord.range, std::string(replacement->tool)}},
                           applicability});
      }
      context.emit(std::move(d));
    }
}

} // namespace dlint::passes::rules
