// DF444: `apt` is the interactive front end; its output and behaviour are not a stable
// interface ("apt does not have a stable CLI interface"), while apt-get and apt-cache are.
#include "passes/rules/RuleClass.h"
#include "passes/analyses/PackageCommands.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(AptInsteadOfAptGet);

namespace {

struct Replacement {
  std::string_view subcommand;
  std::string_view tool;
  /// apt deletes the .deb files it downloaded (APT::Keep-Downloaded-Packages "false"); apt-get
  /// keeps them in /var/cache/apt/archives unless the image's apt configuration removes them.
  bool downloads;
};

constexpr Replacement kReplacements[] = {
    {"install", "apt-get", true},     {"reinstall", "apt-get", true},  {"upgrade", "apt-get", true},
    {"dist-upgrade", "apt-get", true}, {"build-dep", "apt-get", true}, {"source", "apt-get", true},
    {"download", "apt-get", true},    {"satisfy", "apt-get", true},    {"update", "apt-get", false},
    {"remove", "apt-get", false},     {"purge", "apt-get", false},     {"autoremove", "apt-get", false},
    {"autopurge", "apt-get", false},  {"clean", "apt-get", false},     {"autoclean", "apt-get", false},
    {"dist-clean", "apt-get", false}, {"search", "apt-cache", false},  {"show", "apt-cache", false},
    {"policy", "apt-cache", false},   {"depends", "apt-cache", false}, {"rdepends", "apt-cache", false},
    {"showsrc", "apt-cache", false},
};

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
      std::string instead = replacement ? "'" + std::string(replacement->tool) + "'" : "'apt-get' or 'apt-cache'";
      Diagnostic d = context.make(info(), toolWord.range,
                                  "'apt " + *call.subcommand->value + "' in a script: use " + instead +
                                      ", whose command line is stable");
      // Only a bare `apt` word is replaced; `/usr/bin/apt` and `xx-apt` keep their spelling.
      if (replacement && toolWord.is("apt")) {
        Applicability applicability = replacement->downloads ? Applicability::Unsafe : Applicability::Safe;
        d.fixes.push_back({"use '" + std::string(replacement->tool) + "'",
                           {{toolWord.range, std::string(replacement->tool)}},
                           applicability});
      }
      context.emit(std::move(d));
    }
}

} // namespace dlint::passes::rules
