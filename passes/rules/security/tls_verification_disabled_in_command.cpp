// DF340: a command-line switch that turns off TLS certificate verification lets anyone on the
// network path of the build (a proxy, a hostile Wi-Fi, a poisoned DNS answer) serve their own
// code or packages to it. The flags are named one by one, tool by tool, at their exact column.
#include <optional>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "passes/rules/security/CommandScan.h"
#include "passes/rules/security/FlagReporter.h"
#include "passes/rules/security/ToolSyntax.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(TlsVerificationDisabledInCommand);

namespace {

using namespace security;

constexpr std::string_view kAnyCertificate = "accept any TLS certificate";

void checkCurl(const CommandSite& site, FlagReporter& out) {
  constexpr std::string_view instead = "give curl the CA that signs the server's certificate with '--cacert FILE'";
  forEachToolArg(*site.tool, kCurlSyntax, [&](const ToolArg& arg) {
    if (arg.kind == ToolArg::Kind::Short && arg.name == "k") {
      const bool whole = arg.word->is("-k");
      out.report(whole ? arg.word->range : subRange(*arg.word, arg.offset, 1), "-k", kAnyCertificate, instead,
                 whole ? &arg : nullptr);
    } else if (arg.kind == ToolArg::Kind::Long && (arg.name == "insecure" || arg.name == "proxy-insecure")) {
      out.report(arg.word->range, "--" + std::string(arg.name),
                 arg.name == "insecure" ? kAnyCertificate : "accept any certificate from the HTTPS proxy", instead,
                 arg.value ? nullptr : &arg);
    }
  });
}

/// `check_certificate = off` as wget's `-e` (a .wgetrc command) spells it.
bool isCheckCertificateOff(std::string_view command) {
  std::string compact;
  for (char c : lower(command))
    if (c != ' ' && c != '\t')
      compact.push_back(c == '-' ? '_' : c);
  const std::string key = "check_certificate=";
  return compact.rfind(key, 0) == 0 && isFalsy(std::string_view(compact).substr(key.size()));
}

void checkWget(const CommandSite& site, FlagReporter& out) {
  constexpr std::string_view instead = "give wget the CA that signs the server's certificate with '--ca-certificate=FILE'";
  forEachToolArg(*site.tool, kWgetSyntax, [&](const ToolArg& arg) {
    if (arg.kind == ToolArg::Kind::Long && arg.name == "no-check-certificate")
      out.report(arg.word->range, "--no-check-certificate", kAnyCertificate, instead, &arg);
    else if (arg.kind == ToolArg::Kind::Long && arg.name == "check-certificate" && arg.value && isFalsy(*arg.value))
      out.report(arg.word->range, std::string(*arg.word->value), kAnyCertificate, instead);
    else if (((arg.kind == ToolArg::Kind::Short && arg.name == "e") ||
              (arg.kind == ToolArg::Kind::Long && arg.name == "execute")) &&
             arg.value && arg.valueWord && isCheckCertificateOff(*arg.value))
      out.report(arg.valueWord->range, std::string(*arg.value), kAnyCertificate, instead);
  });
}

void checkPip(const CommandSite& site, FlagReporter& out) {
  constexpr std::string_view what = "accept any certificate, or plain HTTP, from that host";
  constexpr std::string_view instead = "give pip the CA that signs the index's certificate with '--cert FILE' "
                                       "(or PIP_CERT) and serve the index over HTTPS";
  const ToolInvocation& tool = *site.tool;
  if (tool.subcommand && tool.subcommand->is("config")) {
    // `pip config set global.trusted-host HOST`
    const std::vector<shell::Word>& words = tool.command->words;
    for (std::size_t k = tool.subcommandIndex + 1; k + 1 < words.size(); ++k)
      if (words[k].is("set") && words[k + 1].value) {
        std::string_view key = *words[k + 1].value;
        std::size_t dot = key.find('.');
        if (dot != std::string_view::npos && key.substr(dot + 1) == "trusted-host")
          out.report(words[k + 1].range, std::string(key), what, instead);
        break;
      }
    return;
  }
  forEachToolArg(tool, kPipSyntax, [&](const ToolArg& arg) {
    if (arg.kind == ToolArg::Kind::Long && arg.name == "trusted-host")
      out.report(arg.word->range, "--trusted-host", what, instead);
  });
}

void checkUv(const CommandSite& site, FlagReporter& out) {
  forEachToolArg(*site.tool, kPipSyntax, [&](const ToolArg& arg) {
    if (arg.kind == ToolArg::Kind::Long && (arg.name == "allow-insecure-host" || arg.name == "trusted-host"))
      out.report(arg.word->range, "--" + std::string(arg.name),
                 "accept any certificate, or plain HTTP, from that host",
                 "give uv the CA with SSL_CERT_FILE (or '--native-tls') instead");
  });
}

/// npm, yarn and pnpm: `config set strict-ssl false`, `--strict-ssl=false`, `--no-strict-ssl`, and
/// yarn 2+'s `enableStrictSsl false`.
void checkNodePackageManager(const CommandSite& site, FlagReporter& out) {
  constexpr std::string_view what = "accept any registry certificate";
  constexpr std::string_view instead = "point the package manager at the registry's CA ('cafile' in .npmrc, "
                                       "NODE_EXTRA_CA_CERTS, or yarn's 'httpsCaFilePath') and keep strict-ssl on";
  const std::vector<shell::Word>& words = site.command->words;
  auto isStrictSslKey = [](std::string_view key) {
    const std::string k = lower(key);
    return k == "strict-ssl" || k == "strict_ssl" || k == "enablestrictssl";
  };
  for (std::size_t k = site.tool->toolIndex + 1; k < words.size(); ++k) {
    if (!words[k].value)
      continue;
    std::string_view word = *words[k].value;
    if (word == "--no-strict-ssl") {
      out.report(words[k].range, std::string(word), what, instead);
      continue;
    }
    const std::size_t equals = word.find('=');
    const bool dashed = word.substr(0, 2) == "--";
    const std::size_t from = dashed ? 2 : 0;
    std::string_view key = word.substr(from, equals == std::string_view::npos ? std::string_view::npos : equals - from);
    if (!isStrictSslKey(key))
      continue;
    if (equals != std::string_view::npos) { // `strict-ssl=false`, `--strict-ssl=false`
      if (isFalsy(word.substr(equals + 1)))
        out.report(words[k].range, std::string(word), what, instead);
    } else if (k + 1 < words.size() && words[k + 1].value && isFalsy(*words[k + 1].value) &&
               (dashed || (words[k - 1].value && *words[k - 1].value == "set"))) {
      out.report({words[k].range.begin, words[k + 1].range.end},
                 std::string(word) + " " + *words[k + 1].value, what, instead);
      ++k;
    }
  }
}

/// `http.sslVerify` and `http.<url>.sslVerify` (git keys are case-insensitive).
bool isSslVerifyKey(std::string_view key) {
  const std::string k = lower(key);
  return k.rfind("http.", 0) == 0 && k.size() >= 10 && k.substr(k.size() - 10) == ".sslverify";
}

void checkGit(const CommandSite& site, FlagReporter& out) {
  constexpr std::string_view instead = "point git at the server's CA with 'http.sslCAInfo' (or GIT_SSL_CAINFO) instead";
  const std::vector<shell::Word>& words = site.command->words;
  bool config = false;
  for (std::size_t k = site.tool->toolIndex + 1; k < words.size(); ++k) {
    if (!words[k].value)
      continue;
    std::string_view word = *words[k].value;
    // `git -c key=value`, `git clone -c key=value`, `--config key=value`, `--config=key=value`.
    std::optional<std::string_view> setting;
    const shell::Word* at = nullptr;
    if ((word == "-c" || word == "--config") && k + 1 < words.size() && words[k + 1].value) {
      setting = *words[k + 1].value;
      at = &words[k + 1];
      ++k;
    } else if (word.rfind("--config=", 0) == 0) {
      setting = word.substr(9);
      at = &words[k];
    }
    if (setting) {
      std::size_t equals = setting->find('=');
      if (equals != std::string_view::npos && isSslVerifyKey(setting->substr(0, equals)) &&
          isFalsy(setting->substr(equals + 1)))
        out.report(at->range, std::string(*setting), kAnyCertificate, instead);
      continue;
    }
    if (word == "config") {
      config = true;
      continue;
    }
    // `git config --get http.sslVerify false` reads (the last word is a value pattern), and
    // `--unset` removes: neither sets anything.
    if (config && (word == "--get" || word == "--get-all" || word == "--get-regexp" || word == "--unset" ||
                   word == "--unset-all" || word == "-l" || word == "--list" || word == "get" || word == "unset" ||
                   word == "list"))
      return;
    // `git config [--global] [set] http.sslVerify false`
    if (config && isSslVerifyKey(word) && k + 1 < words.size() && words[k + 1].value &&
        isFalsy(*words[k + 1].value)) {
      out.report({words[k].range.begin, words[k + 1].range.end}, std::string(word) + " " + *words[k + 1].value,
                 kAnyCertificate, instead);
      ++k;
    }
  }
}

/// yum and dnf: `--setopt=sslverify=0`, `--setopt=<repo>.sslverify=false`, `--setopt sslverify=no`.
void checkRpmFamily(const CommandSite& site, FlagReporter& out) {
  forEachToolArg(*site.tool, kRpmFamilySyntax, [&](const ToolArg& arg) {
    if (arg.kind != ToolArg::Kind::Long || arg.name != "setopt" || !arg.value)
      return;
    std::string_view setting = *arg.value;
    std::size_t equals = setting.find('=');
    if (equals == std::string_view::npos)
      return;
    const std::string key = lower(setting.substr(0, equals));
    if ((key == "sslverify" || (key.size() > 10 && key.substr(key.size() - 10) == ".sslverify")) &&
        isFalsy(setting.substr(equals + 1)))
      out.report(arg.valueWord->range, std::string(setting), "accept any repository certificate",
                 "point the repository at its CA with 'sslcacert=FILE' instead");
  });
}

/// True when `offset` is on a comment line of configuration text (`# sslverify=0` in a repo
/// file documents the setting, it does not set it). Lines also break at a `\n` that `echo -e`
/// or printf turns into a newline.
bool inCommentLine(std::string_view text, std::size_t offset) {
  std::size_t start = 0;
  const std::size_t newline = text.rfind('\n', offset);
  if (newline != std::string_view::npos)
    start = newline + 1;
  const std::size_t escaped = offset >= 2 ? text.rfind("\\n", offset - 2) : std::string_view::npos;
  if (escaped != std::string_view::npos && escaped + 2 > start)
    start = escaped + 2;
  while (start < offset && (text[start] == ' ' || text[start] == '\t'))
    ++start;
  return start < offset && (text[start] == '#' || text[start] == ';');
}

/// The first false-like setting of `key` outside comment lines.
std::optional<std::pair<std::size_t, std::size_t>> findActiveSetting(std::string_view text, std::string_view key) {
  std::size_t base = 0;
  while (base < text.size()) {
    std::optional<std::pair<std::size_t, std::size_t>> at = findSetting(text.substr(base), key, isFalsy);
    if (!at)
      return std::nullopt;
    const std::size_t begin = base + at->first;
    if (!inCommentLine(text, begin))
      return std::make_pair(begin, at->second);
    base = begin + at->second;
  }
  return std::nullopt;
}

/// `sslverify=0` (yum, dnf, a .gitconfig's `sslVerify = false`), `strict-ssl=false` (.npmrc),
/// `check_certificate = off` (.wgetrc) in text that `echo`, `printf` or a here-document writes.
void checkConfigWrite(RuleContext& context, const RuleInfo& info, const CommandSite& site) {
  forEachConfigText(site, [&](const ConfigText& config) {
    for (std::string_view key : {"sslverify", "strict-ssl", "strict_ssl", "check_certificate", "check-certificate"}) {
      std::optional<std::pair<std::size_t, std::size_t>> at = findActiveSetting(config.text, key);
      if (!at)
        continue;
      Diagnostic d = context.make(info, config.range(at->first, at->second),
                                  "'" + std::string(config.text.substr(at->first, at->second)) +
                                      "' in configuration written by RUN turns off TLS certificate verification");
      d.notes.push_back({"point the tool at the server's CA instead ('sslcacert=' for yum and dnf, 'cafile' for "
                         "npm, 'ca_certificate' for wget, 'http.sslCAInfo' for git)",
                         std::nullopt});
      context.emit(std::move(d));
      return;
    }
  });
}

} // namespace

void TlsVerificationDisabledInCommand::check(RuleContext& context) const {
  forEachCommandSite(context, [&](const CommandSite& site) {
    if (!site.tool)
      return;
    FlagReporter out(context, info(), site);
    std::string_view tool = site.tool->tool;
    if (tool == "curl")
      checkCurl(site, out);
    else if (tool == "wget")
      checkWget(site, out);
    else if (tool == "pip")
      checkPip(site, out);
    else if (tool == "uv")
      checkUv(site, out);
    else if (tool == "npm" || tool == "yarn" || tool == "pnpm")
      checkNodePackageManager(site, out);
    else if (tool == "git")
      checkGit(site, out);
    else if (isRpmFamily(tool))
      checkRpmFamily(site, out);
  });
  forEachCommandSite(context, [&](const CommandSite& site) { checkConfigWrite(context, info(), site); });
}

} // namespace dlint::passes::rules
