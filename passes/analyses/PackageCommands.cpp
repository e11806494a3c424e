#include "passes/analyses/PackageCommands.h"

#include <algorithm>
#include <functional>

namespace dlint::passes {

namespace {

std::string_view baseName(std::string_view word) {
  std::size_t slash = word.rfind('/');
  return slash == std::string_view::npos ? word : word.substr(slash + 1);
}

bool startsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }
bool endsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool isWrapper(std::string_view name) {
  return name == "sudo" || name == "env" || name == "nice" || name == "nohup" || name == "time" ||
         name == "eatmydata" || name == "doas" || name == "xargs" || name == "timeout" || name == "command";
}

/// Wrapper options that take a separate value word (`xargs -n 1 apt-get ...`).
bool wrapperTakesValue(std::string_view wrapper, std::string_view option) {
  if (wrapper == "xargs")
    return option == "-I" || option == "-n" || option == "-L" || option == "-P" || option == "-d" ||
           option == "-a" || option == "-E" || option == "-s";
  if (wrapper == "sudo" || wrapper == "doas")
    return option == "-u" || option == "-g";
  if (wrapper == "env")
    return option == "-u";
  if (wrapper == "nice")
    return option == "-n";
  return false;
}

/// Cross-compilation wrappers (tonistiigi/xx) behave like the tool they wrap.
std::string_view unwrapCrossTool(std::string_view name) {
  return name.substr(0, 3) == "xx-" ? name.substr(3) : name;
}

/// `pip`, `pip3`, `pip3.12`.
bool isPipName(std::string_view name) {
  if (!startsWith(name, "pip"))
    return false;
  return std::all_of(name.begin() + 3, name.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
}

/// True when `option` is one of `names`.
bool oneOf(std::string_view option, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), option) != names.end();
}

/// Options of the common tools that take a separate value word (`apt-get -o X install`,
/// `apk add --virtual .deps gcc`, `pip install -r reqs.txt`). Boolean options are not listed.
bool takesValue(std::string_view tool, std::string_view option) {
  if (tool == "apt-get" || tool == "apt" || tool == "aptitude")
    return oneOf(option, {"-o", "-c", "-t", "-a", "--option", "--config-file", "--target-release",
                          "--default-release", "--host-architecture"});
  if (tool == "yum" || tool == "dnf" || tool == "dnf5" || tool == "microdnf" || tool == "tdnf")
    return oneOf(option, {"-c", "-x", "-d", "-e", "--setopt", "--enablerepo", "--disablerepo", "--installroot",
                          "--releasever", "--exclude", "--repo", "--repoid", "--config", "--forcearch",
                          "--downloaddir", "--destdir", "--repofrompath", "--debuglevel", "--errorlevel",
                          "--rpmverbosity", "--enable-repo", "--disable-repo"});
  if (tool == "zypper")
    return oneOf(option, {"-c", "-r", "-t", "-R", "-D", "--config", "--repo", "--from", "--type", "--root",
                          "--reposd-dir", "--cache-dir", "--raw-cache-dir", "--solv-cache-dir", "--pkg-cache-dir",
                          "--releasever", "--download"});
  if (tool == "apk")
    return oneOf(option, {"-X", "-p", "-t", "--repository", "--root", "--virtual", "--arch", "--cache-dir",
                          "--keys-dir", "--repositories-file"});
  if (tool == "pip")
    return oneOf(option, {"-r", "-c", "-i", "-e", "-f", "-t", "-C", "--requirement", "--constraint",
                          "--index-url", "--extra-index-url", "--find-links", "--editable", "--target", "--prefix",
                          "--root", "--src", "--cache-dir", "--proxy", "--log", "--trusted-host", "--platform",
                          "--python-version", "--implementation", "--abi", "--upgrade-strategy", "--progress-bar",
                          "--cert", "--client-cert", "--timeout", "--retries", "--exists-action",
                          "--global-option", "--install-option", "--config-settings", "--only-binary",
                          "--no-binary", "--report", "--python", "--root-user-action", "--default-timeout", "--log-file",
                          "--build-option"});
  if (tool == "npm")
    return oneOf(option, {"--prefix", "--cache", "-w", "--workspace", "--registry", "--loglevel", "--omit",
                          "--include", "--userconfig", "--globalconfig", "--install-strategy"});
  if (tool == "yarn")
    return oneOf(option, {"--cwd", "--cache-folder", "--modules-folder"});
  if (tool == "gem")
    return oneOf(option, {"-v", "-i", "-n", "-s", "-P", "-g", "--version", "--install-dir", "--bindir",
                          "--source", "--trust-policy", "--platform", "--file", "--config-file"});
  // Global options of the CLIs that log in somewhere (DF311's kLoginTools), so
  // `docker --config DIR login` finds `login` as the subcommand.
  if (tool == "docker")
    return oneOf(option, {"-c", "--config", "--context", "-H", "--host", "-l", "--log-level", "--tlscacert",
                          "--tlscert", "--tlskey"});
  if (tool == "podman" || tool == "buildah")
    return oneOf(option, {"-c", "--connection", "--url", "--identity", "--root", "--runroot", "--storage-driver",
                          "--storage-opt", "--log-level", "--cgroup-manager", "--runtime", "--tmpdir", "--module",
                          "--registries-conf", "--events-backend", "--conmon", "--hooks-dir"});
  if (tool == "skopeo")
    return oneOf(option, {"--override-arch", "--override-os", "--override-variant", "--policy", "--registries.d",
                          "--tmpdir", "--command-timeout", "--registries-conf"});
  if (tool == "nerdctl")
    return oneOf(option, {"-n", "--namespace", "-a", "-H", "--address", "--host", "--snapshotter", "--cni-path",
                          "--data-root", "--cgroup-manager"});
  if (tool == "aws")
    return oneOf(option, {"--profile", "--region", "--output", "--endpoint-url", "--query", "--ca-bundle", "--color",
                          "--cli-read-timeout", "--cli-connect-timeout", "--cli-binary-format"});
  if (tool == "gcloud")
    return oneOf(option, {"--project", "--account", "--configuration", "--verbosity", "--format", "--flatten",
                          "--impersonate-service-account", "--billing-project", "--flags-file", "--trace-token"});
  if (tool == "az")
    return oneOf(option, {"-o", "--output", "--query", "--subscription"});
  if (tool == "helm")
    return oneOf(option, {"-n", "--namespace", "--kube-context", "--kubeconfig", "--registry-config",
                          "--repository-config", "--repository-cache", "--burst-limit"});
  if (tool == "go")
    return oneOf(option, {"-o", "-C", "-p", "-ldflags", "-gcflags", "-asmflags", "-tags", "-mod", "-modfile",
                          "-pkgdir", "-overlay", "-buildmode", "-compiler", "-gccgoflags", "-installsuffix",
                          "-toolexec", "-exec", "-pgo", "-covermode", "-coverpkg"});
  return false;
}

bool isShell(std::string_view tool) {
  return tool == "sh" || tool == "bash" || tool == "dash" || tool == "ash" || tool == "zsh" || tool == "ksh" ||
         tool == "mksh";
}

/// `-c`, or combined short flags ending in `c` (`-ec`, `-xc`), as sh takes them.
bool isDashC(std::string_view word) {
  return word.size() >= 2 && word[0] == '-' && word[1] != '-' && word.back() == 'c';
}

/// The text a path word names, with `~`, `$HOME` and `${HOME}` read as /root and any quotes
/// dropped; empty when the word is not statically a path.
std::string pathOf(const shell::Word& word) {
  std::string text = word.value ? *word.value : word.raw;
  text.erase(std::remove_if(text.begin(), text.end(), [](char c) { return c == '"' || c == '\''; }), text.end());
  for (std::string_view home : {std::string_view("${HOME}"), std::string_view("$HOME"), std::string_view("~")})
    if (startsWith(text, home) && (text.size() == home.size() || text[home.size()] == '/')) {
      text = "/root" + text.substr(home.size());
      break;
    }
  if (text.empty() || text[0] != '/')
    return {};
  return text;
}

/// A removal target without its trailing `/*`, `/.*` and slashes: `/var/lib/apt/lists/*` gives
/// `/var/lib/apt/lists`.
std::string_view stripGlobTail(std::string_view target) {
  for (bool changed = true; changed;) {
    changed = false;
    for (std::string_view tail : {std::string_view("/*"), std::string_view("/.*"), std::string_view("/")})
      if (target.size() > tail.size() && endsWith(target, tail)) {
        target.remove_suffix(tail.size());
        changed = true;
      }
  }
  return target;
}

/// Removing `target` deletes `path`, a directory above it, or something under it.
bool touches(std::string_view target, std::string_view path) {
  target = stripGlobTail(target);
  if (target.empty() || target == "/")
    return false;
  // `/var/lib/apt/lists*` matches the directory itself.
  if (std::string_view stem = target.substr(0, target.find('*')); stem.size() < target.size() && stem.size() > 1 &&
                                                                  startsWith(path, stem))
    return true;
  if (target == path)
    return true;
  if (startsWith(path, target) && path[target.size()] == '/')
    return true;
  return startsWith(target, path) && target[path.size()] == '/';
}

/// True when `matches` holds for some path the RUN removes with `rm` or `find ... -delete|-exec rm`.
bool removesAny(const RunScript& run, const std::function<bool(std::string_view)>& matches) {
  for (const ToolInvocation& call : invocationsIn(run)) {
    const std::vector<shell::Word>& words = call.command->words;
    if (call.tool == "rm") {
      for (std::size_t k = call.toolIndex + 1; k < words.size(); ++k)
        if (!(words[k].value && startsWith(*words[k].value, "-")))
          if (std::string path = pathOf(words[k]); !path.empty() && matches(path))
            return true;
    } else if (call.tool == "find") {
      bool deletes = false;
      for (std::size_t k = call.toolIndex + 1; k < words.size(); ++k)
        if (words[k].is("-delete") ||
            ((words[k].is("-exec") || words[k].is("-execdir")) && k + 1 < words.size() && words[k + 1].value &&
             baseName(*words[k + 1].value) == "rm"))
          deletes = true;
      // The start points come before the first expression word (`-name`, `(`, `!`).
      for (std::size_t k = call.toolIndex + 1; deletes && k < words.size(); ++k) {
        if (words[k].value && (startsWith(*words[k].value, "-") || *words[k].value == "(" || *words[k].value == "!"))
          break;
        if (std::string path = pathOf(words[k]); !path.empty() && matches(path))
          return true;
      }
    }
  }
  return false;
}

bool mentionsRemoval(const RunScript& run, const std::function<bool(std::string_view)>& mentions) {
  for (const std::string& script : shellStringsIn(run))
    if ((script.find("rm ") != std::string::npos || script.find("-delete") != std::string::npos) && mentions(script))
      return true;
  return false;
}

} // namespace

std::optional<ToolInvocation> toolInvocation(const shell::SimpleCommand& command) {
  const std::vector<shell::Word>& words = command.words;
  std::size_t i = 0;
  while (i < words.size()) {
    if (!words[i].value)
      return std::nullopt;
    std::string_view name = baseName(*words[i].value);
    if (!isWrapper(name))
      break;
    ++i;
    // Skip the wrapper's own options (and their values) and `env`'s VAR=value words.
    while (i < words.size() && words[i].value &&
           (startsWith(*words[i].value, "-") || words[i].value->find('=') != std::string::npos)) {
      if (wrapperTakesValue(name, *words[i].value))
        ++i;
      ++i;
    }
    if (name == "timeout" && i < words.size())
      ++i; // the duration
  }
  if (i >= words.size() || !words[i].value)
    return std::nullopt;
  ToolInvocation invocation;
  invocation.command = &command;
  invocation.tool = unwrapCrossTool(baseName(*words[i].value));
  invocation.toolIndex = i;
  // `python -m pip install` and `python3.12 -m pip install` are pip.
  if (startsWith(invocation.tool, "python") && i + 2 < words.size() && words[i + 1].is("-m") &&
      words[i + 2].value && isPipName(*words[i + 2].value)) {
    invocation.tool = "pip";
    i += 2;
  }
  if (isPipName(invocation.tool))
    invocation.tool = "pip";
  for (std::size_t k = i + 1; k < words.size(); ++k) {
    if (!words[k].value)
      continue;
    std::string_view word = *words[k].value;
    if (!word.empty() && word[0] == '-') {
      if (takesValue(invocation.tool, word))
        ++k;
      continue;
    }
    invocation.subcommand = &words[k];
    invocation.subcommandIndex = k;
    break;
  }
  return invocation;
}

bool hasOption(const ToolInvocation& invocation, std::string_view flag) {
  const std::vector<shell::Word>& words = invocation.command->words;
  for (std::size_t k = invocation.toolIndex + 1; k < words.size(); ++k) {
    if (!words[k].value)
      continue;
    std::string_view w = *words[k].value;
    if (w == flag || (w.size() > flag.size() && startsWith(w, flag) && w[flag.size()] == '='))
      return true;
  }
  return false;
}

const shell::Word* argumentAfterSubcommand(const ToolInvocation& invocation) {
  if (!invocation.subcommand)
    return nullptr;
  const std::vector<shell::Word>& words = invocation.command->words;
  for (std::size_t k = invocation.subcommandIndex + 1; k < words.size(); ++k)
    if (!(words[k].value && startsWith(*words[k].value, "-")))
      return &words[k];
  return nullptr;
}

const std::vector<ToolInvocation>& invocationsIn(const RunScript& run) { return run.invocations; }

bool runsSubcommand(const RunScript& run, std::initializer_list<std::string_view> tools, std::string_view subcommand) {
  for (const ToolInvocation& call : invocationsIn(run))
    if (call.subcommand && call.subcommand->is(subcommand) &&
        std::find(tools.begin(), tools.end(), call.tool) != tools.end())
      return true;
  return false;
}

bool shipsLayers(const StageGraph& graph, std::size_t stage) {
  for (std::optional<std::size_t> s = graph.finalStage(); s; s = graph.stages()[*s].parent)
    if (*s == stage)
      return true;
  return false;
}

bool builtFrom(const StageGraph& graph, std::size_t stage, std::size_t ancestor) {
  for (std::optional<std::size_t> s = stage; s; s = graph.stages()[*s].parent)
    if (*s == ancestor)
      return true;
  return false;
}

bool runsOpaqueCode(const RunScript& run) {
  for (const ToolInvocation& call : invocationsIn(run)) {
    std::string_view tool = call.tool;
    if (endsWith(tool, ".sh") || isShell(tool) || tool == "source" || tool == "." || tool == "eval")
      return true;
    if ((tool == "su" || tool == "runuser") && (call.command->hasWord("-c") || call.command->hasWord("--command")))
      return true;
  }
  return false;
}

std::vector<std::string> shellStringsIn(const RunScript& run) {
  std::vector<std::string> strings;
  for (const ToolInvocation& call : invocationsIn(run)) {
    bool shell = isShell(call.tool);
    bool su = call.tool == "su" || call.tool == "runuser";
    if (!shell && !su)
      continue;
    const std::vector<shell::Word>& words = call.command->words;
    for (std::size_t k = call.toolIndex + 1; k + 1 < words.size(); ++k) {
      if (!words[k].value)
        continue;
      std::string_view w = *words[k].value;
      bool dashC = shell ? isDashC(w) : (w == "-c" || w == "--command");
      if (dashC && words[k + 1].value) {
        strings.push_back(*words[k + 1].value);
        break;
      }
    }
  }
  return strings;
}

bool removesPath(const RunScript& run, std::string_view path) {
  return removesAny(run, [&](std::string_view target) { return touches(target, path); }) ||
         mentionsRemoval(run, [&](std::string_view script) { return script.find(path) != std::string_view::npos; });
}

bool removesHomePath(const RunScript& run, std::string_view relative) {
  auto underHome = [&](std::string_view target) {
    std::string home = "/root";
    if (startsWith(target, "/home/")) {
      std::size_t slash = target.find('/', 6);
      home = std::string(target.substr(0, slash));
    }
    return touches(target, home + "/" + std::string(relative));
  };
  std::string needle = "/" + std::string(relative);
  return removesAny(run, underHome) ||
         mentionsRemoval(run, [&](std::string_view script) { return script.find(needle) != std::string_view::npos; });
}

bool removesAptLists(const RunScript& run) {
  if (removesPath(run, "/var/lib/apt/lists") || runsSubcommand(run, {"apt-get", "apt"}, "dist-clean"))
    return true;
  for (const std::string& script : shellStringsIn(run))
    if (script.find("dist-clean") != std::string::npos)
      return true;
  return false;
}

std::vector<const shell::Word*> operandsAfterSubcommand(const ToolInvocation& invocation) {
  std::vector<const shell::Word*> operands;
  if (!invocation.subcommand)
    return operands;
  const std::vector<shell::Word>& words = invocation.command->words;
  bool optionsEnded = false;
  for (std::size_t k = invocation.subcommandIndex + 1; k < words.size(); ++k) {
    const shell::Word& word = words[k];
    if (!optionsEnded && word.value && startsWith(*word.value, "-")) {
      if (*word.value == "--")
        optionsEnded = true;
      else if (takesValue(invocation.tool, *word.value))
        ++k;
      continue;
    }
    operands.push_back(&word);
  }
  return operands;
}

bool hasShortOption(const ToolInvocation& invocation, char letter) {
  const std::vector<shell::Word>& words = invocation.command->words;
  for (std::size_t k = invocation.toolIndex + 1; k < words.size(); ++k) {
    if (!words[k].value)
      continue;
    std::string_view w = *words[k].value;
    if (w == "--")
      break;
    if (w.size() < 2 || w[0] != '-' || w[1] == '-')
      continue;
    for (std::size_t c = 1; c < w.size(); ++c) {
      if (w[c] == letter)
        return true;
      // The rest of `-oFoo=bar` is the option's value, not more flags.
      if (takesValue(invocation.tool, std::string{'-', w[c]}))
        break;
    }
    if (takesValue(invocation.tool, w))
      ++k;
  }
  return false;
}

PackageAction packageAction(const ToolInvocation& invocation) {
  if (!invocation.subcommand || !invocation.subcommand->value)
    return PackageAction::None;
  std::string_view tool = invocation.tool;
  std::string_view sub = *invocation.subcommand->value;
  if (tool == "apt-get" || tool == "apt" || tool == "aptitude") {
    if (oneOf(sub, {"install", "reinstall", "build-dep", "satisfy"}))
      return PackageAction::Install;
    if (oneOf(sub, {"remove", "purge", "autoremove", "autopurge"}))
      return PackageAction::Remove;
    if (sub == "update")
      return PackageAction::Refresh;
    if (oneOf(sub, {"upgrade", "dist-upgrade", "full-upgrade", "safe-upgrade"}))
      return PackageAction::Upgrade;
    return PackageAction::None;
  }
  if (tool == "apk") {
    if (sub == "add")
      return PackageAction::Install;
    if (sub == "del")
      return PackageAction::Remove;
    if (sub == "update")
      return PackageAction::Refresh;
    if (sub == "upgrade")
      return PackageAction::Upgrade;
    return PackageAction::None;
  }
  if (tool == "yum" || tool == "dnf" || tool == "dnf5" || tool == "microdnf" || tool == "tdnf") {
    if (oneOf(sub, {"install", "groupinstall", "localinstall", "reinstall", "in"}))
      return PackageAction::Install;
    if (oneOf(sub, {"remove", "erase", "autoremove", "groupremove", "rm"}))
      return PackageAction::Remove;
    if (oneOf(sub, {"makecache", "check-update"}))
      return PackageAction::Refresh;
    if (oneOf(sub, {"update", "upgrade", "distro-sync", "dsync", "upgrade-minimal", "update-minimal",
                    "groupupdate", "up"}))
      return PackageAction::Upgrade;
    return PackageAction::None;
  }
  if (tool == "zypper") {
    if (oneOf(sub, {"install", "in", "source-install", "si", "install-new-recommends", "inr"}))
      return PackageAction::Install;
    if (oneOf(sub, {"remove", "rm"}))
      return PackageAction::Remove;
    if (oneOf(sub, {"refresh", "ref"}))
      return PackageAction::Refresh;
    if (oneOf(sub, {"update", "up", "dist-upgrade", "dup", "patch"}))
      return PackageAction::Upgrade;
    return PackageAction::None;
  }
  if (tool == "pip" || tool == "gem")
    return sub == "install" ? PackageAction::Install : sub == "uninstall" ? PackageAction::Remove : PackageAction::None;
  if (tool == "npm") {
    if (oneOf(sub, {"install", "i", "add", "in", "ins", "inst", "insta", "instal", "isnt", "isnta", "isntal",
                    "isntall"}))
      return PackageAction::Install;
    if (oneOf(sub, {"uninstall", "remove", "rm", "r", "un", "unlink"}))
      return PackageAction::Remove;
    return PackageAction::None;
  }
  if (tool == "go")
    return oneOf(sub, {"install", "get"}) ? PackageAction::Install : PackageAction::None;
  return PackageAction::None;
}

} // namespace dlint::passes
