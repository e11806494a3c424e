// DF342: package managers check a signature on every package (or on the index that lists their
// digests) so that a mirror, a proxy or anyone on the network cannot slip in their own. The
// switches below turn that check off, so whatever the download returns gets installed as root.
#include <string>
#include <string_view>
#include <vector>

#include "passes/analyses/ShellModel.h"
#include "passes/analyses/StageGraph.h"
#include "passes/rules/security/CommandScan.h"
#include "passes/rules/security/FlagReporter.h"
#include "passes/rules/security/ToolSyntax.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(PackageSignatureCheckDisabled);

namespace {

using namespace security;

constexpr std::string_view kUnsigned = "install packages whose signature it does not check";

/// True when the RUN gets files from another stage of this build: a `--mount=...,from=` flag, or
/// a `COPY --from` / `ADD --from` earlier in its stage.
bool takesFilesFromBuild(RuleContext& context, const CommandSite& site) {
  for (const ast::Flag& flag : site.instruction->flags)
    if (flag.name == "mount" && (flag.value.find("from=") != std::string::npos))
      return true;
  const StageGraph& graph = context.get<StageGraph>();
  if (site.stage >= graph.stages().size())
    return false;
  for (const ast::Instruction* node : graph.stages()[site.stage].body) {
    if (node == site.instruction)
      break;
    if ((node->kind == ast::InstructionKind::Copy || node->kind == ast::InstructionKind::Add) && node->findFlag("from"))
      return true;
  }
  return false;
}

/// The local package files a command installs (`/tmp/packages/app.apk`, `pkg.rpm`); nullopt
/// when some operand is not one (a package name, a URL).
std::optional<std::vector<std::string>> localPackageFiles(const CommandSite& site, const OptionSyntax& syntax) {
  std::vector<std::string> files;
  bool local = true;
  forEachToolArg(*site.tool, syntax, [&](const ToolArg& arg) {
    // rpm has no subcommand word: toolInvocation's "subcommand" is its first file.
    if (arg.kind != ToolArg::Kind::Operand || (arg.word == site.tool->subcommand && site.tool->tool != "rpm"))
      return;
    const std::string_view raw = arg.word->raw;
    const bool package = raw.find("://") == std::string_view::npos &&
                         (raw.find(".apk") != std::string_view::npos || raw.find(".rpm") != std::string_view::npos ||
                          raw.find(".deb") != std::string_view::npos);
    local = local && package;
    files.emplace_back(raw.substr(raw.rfind('/') == std::string_view::npos ? 0 : raw.rfind('/') + 1));
  });
  if (!local || files.empty())
    return std::nullopt;
  return files;
}

/// True when `gpg --verify` (or gpgv) checks `file` in this RUN or an earlier one of its stage:
/// the signature was checked, just not by the package manager.
bool verifiedWithGpg(RuleContext& context, const CommandSite& site, std::string_view file) {
  for (const RunScript& run : context.get<ShellModel>().scripts()) {
    if (run.stage != site.stage || run.instruction->range.begin > site.instruction->range.begin)
      continue;
    for (const ToolInvocation& call : run.invocations) {
      const bool gpg = call.tool == "gpgv" || ((call.tool == "gpg" || call.tool == "gpg2") &&
                                               (call.command->hasWord("--verify") || call.command->hasWord("--verify-files")));
      if (!gpg)
        continue;
      for (const shell::Word& word : call.command->words) {
        std::string_view raw = word.raw;
        if (raw.size() >= file.size() && raw.substr(raw.size() - file.size()) == file)
          return true;
      }
    }
  }
  return false;
}

/// Packages this build made itself (`apk add --allow-untrusted /tmp/packages/*.apk` with the
/// files from a builder stage) are unsigned by nature, and a package whose signature `gpg
/// --verify` checked needs no second check: every operand is a local package file, and either
/// the files come from another stage or each was verified.
bool installsCheckedLocalPackages(RuleContext& context, const CommandSite& site, const OptionSyntax& syntax) {
  std::optional<std::vector<std::string>> files = localPackageFiles(site, syntax);
  if (!files)
    return false;
  if (takesFilesFromBuild(context, site))
    return true;
  for (const std::string& file : *files)
    if (file.find_first_of("*?$") != std::string::npos || !verifiedWithGpg(context, site, file))
      return false;
  return true;
}

void checkApk(RuleContext& context, const CommandSite& site, FlagReporter& out) {
  if (installsCheckedLocalPackages(context, site, kApkSyntax))
    return;
  forEachToolArg(*site.tool, kApkSyntax, [&](const ToolArg& arg) {
    if (arg.kind == ToolArg::Kind::Long && arg.name == "allow-untrusted")
      out.reportFlag(arg, "install packages and indexes whose signature it cannot verify",
                     "add the repository's public key to /etc/apk/keys instead");
  });
}

/// apt's configuration keys that accept unsigned packages or repositories (case-insensitive).
bool isAptInsecureOption(std::string_view setting) {
  std::size_t equals = setting.find('=');
  if (equals == std::string_view::npos)
    return false;
  const std::string key = lower(setting.substr(0, equals));
  std::string_view value = setting.substr(equals + 1);
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
    value = value.substr(1, value.size() - 2);
  return (key == "apt::get::allowunauthenticated" || key == "acquire::allowinsecurerepositories" ||
          key == "acquire::allowdowngradetoinsecurerepositories" || key == "apt::get::force-yes") &&
         isTruthy(value);
}

void checkApt(const CommandSite& site, FlagReporter& out) {
  constexpr std::string_view instead = "add the repository's key with 'signed-by=' in its sources entry instead";
  forEachToolArg(*site.tool, kAptSyntax, [&](const ToolArg& arg) {
    if (arg.kind == ToolArg::Kind::Long &&
        (arg.name == "allow-unauthenticated" || arg.name == "allow-insecure-repositories" ||
         arg.name == "allow-downgrade-to-insecure-repositories"))
      out.reportFlag(arg, arg.name == "allow-unauthenticated" ? kUnsigned : "read repositories that are not signed",
                     instead);
    else if (arg.kind == ToolArg::Kind::Long && arg.name == "force-yes")
      out.reportFlag(arg, "install unauthenticated packages (and downgrade or remove held ones) without asking",
                     "use '-y' (or '--allow-downgrades', '--allow-change-held-packages' for what you mean) instead");
    else if (((arg.kind == ToolArg::Kind::Short && arg.name == "o") ||
              (arg.kind == ToolArg::Kind::Long && arg.name == "option")) &&
             arg.value && arg.valueWord && isAptInsecureOption(*arg.value))
      out.report(arg.valueWord == arg.word && arg.kind == ToolArg::Kind::Short
                     ? subRange(*arg.word, arg.offset + 1, arg.value->size())
                     : arg.valueWord->range,
                 std::string(*arg.value),
                 lower(*arg.value).rfind("acquire::", 0) == 0 ? "read repositories that are not signed" : kUnsigned,
                 instead);
  });
}

/// `gpgcheck=0`, `<repo>.gpgcheck=false`, `localpkg_gpgcheck=no` (not `repo_gpgcheck`, which is
/// about the repository's metadata and off by default in most distributions).
bool isGpgcheckOff(std::string_view setting) {
  std::size_t equals = setting.find('=');
  if (equals == std::string_view::npos)
    return false;
  const std::string key = lower(setting.substr(0, equals));
  const bool named = key == "gpgcheck" || key == "localpkg_gpgcheck" ||
                     (key.size() > 9 && key.substr(key.size() - 9) == ".gpgcheck");
  return named && isFalsy(setting.substr(equals + 1));
}

void checkRpmFamily(RuleContext& context, const CommandSite& site, FlagReporter& out) {
  if (installsCheckedLocalPackages(context, site, kRpmFamilySyntax))
    return;
  constexpr std::string_view instead = "import the repository's key ('rpm --import KEY' or 'gpgkey=' in its "
                                       ".repo file) instead";
  forEachToolArg(*site.tool, kRpmFamilySyntax, [&](const ToolArg& arg) {
    if (arg.kind != ToolArg::Kind::Long)
      return;
    if (arg.name == "nogpgcheck" || arg.name == "no-gpgchecks")
      out.reportFlag(arg, kUnsigned, instead);
    else if (arg.name == "setopt" && arg.value && arg.valueWord && isGpgcheckOff(*arg.value))
      out.report(arg.valueWord->range, std::string(*arg.value), kUnsigned, instead);
  });
}

void checkZypper(const CommandSite& site, FlagReporter& out) {
  forEachToolArg(*site.tool, kRpmFamilySyntax, [&](const ToolArg& arg) {
    if (arg.kind == ToolArg::Kind::Long && (arg.name == "no-gpg-checks" || arg.name == "no-gpg-check"))
      out.reportFlag(arg, kUnsigned, "import the repository's key ('rpm --import KEY') instead");
  });
}

void checkRpm(RuleContext& context, const CommandSite& site, FlagReporter& out) {
  if (installsCheckedLocalPackages(context, site, kNoValues))
    return;
  forEachToolArg(*site.tool, kNoValues, [&](const ToolArg& arg) {
    if (arg.kind == ToolArg::Kind::Long && (arg.name == "nosignature" || arg.name == "nodigest" ||
                                            arg.name == "noverify" || arg.name == "nofiledigest"))
      out.reportFlag(arg, "skip verifying the package's signature or digests",
                     "import the vendor's key with 'rpm --import KEY' instead");
  });
}

/// Where configuration text turns checks off: `gpgcheck=0` in a yum/dnf repository or
/// configuration, `[trusted=yes]` in an apt sources entry (not for a `file:` or `copy:`
/// repository, a directory of the build), `APT::Get::AllowUnauthenticated "true"`.
std::optional<std::pair<std::size_t, std::size_t>> insecureSetting(std::string_view text) {
  if (auto at = findSetting(text, "gpgcheck", isFalsy))
    return at;
  if (auto at = findSetting(text, "localpkg_gpgcheck", isFalsy))
    return at;
  const std::string lowered = lower(text);
  if (std::size_t at = lowered.find("trusted=yes"); at != std::string::npos && lowered.find("deb") != std::string::npos &&
                                                     lowered.find("file:") == std::string::npos &&
                                                     lowered.find("copy:") == std::string::npos)
    return std::make_pair(at, std::string_view("trusted=yes").size());
  if (std::size_t at = lowered.find("allowunauthenticated");
      at != std::string::npos && lowered.find("true", at) != std::string::npos)
    return std::make_pair(at, std::string_view("AllowUnauthenticated").size());
  return std::nullopt;
}

/// `echo`/`printf` arguments and here-document bodies that write such configuration.
void checkConfigWrite(RuleContext& context, const RuleInfo& info, const CommandSite& site) {
  forEachConfigText(site, [&](const ConfigText& config) {
    std::optional<std::pair<std::size_t, std::size_t>> at = insecureSetting(config.text);
    if (!at)
      return;
    Diagnostic d = context.make(info, config.range(at->first, at->second),
                                "'" + std::string(config.text.substr(at->first, at->second)) +
                                    "' in configuration written by RUN turns off package signature checks");
    d.notes.push_back({"install the repository's signing key and name it ('signed-by=' for apt, 'gpgkey=' for "
                       "yum and dnf) instead",
                       std::nullopt});
    context.emit(std::move(d));
  });
}

} // namespace

void PackageSignatureCheckDisabled::check(RuleContext& context) const {
  forEachCommandSite(context, [&](const CommandSite& site) {
    if (!site.tool)
      return;
    FlagReporter out(context, info(), site);
    std::string_view tool = site.tool->tool;
    if (tool == "apk")
      checkApk(context, site, out);
    else if (tool == "apt-get" || tool == "apt" || tool == "aptitude")
      checkApt(site, out);
    else if (isRpmFamily(tool))
      checkRpmFamily(context, site, out);
    else if (tool == "zypper")
      checkZypper(site, out);
    else if (tool == "rpm")
      checkRpm(context, site, out);
  });
  forEachCommandSite(context, [&](const CommandSite& site) { checkConfigWrite(context, info(), site); });
}

} // namespace dlint::passes::rules
