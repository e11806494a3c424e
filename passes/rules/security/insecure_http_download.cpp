// DF345: code, packages or keys fetched over plain http:// can be replaced by anyone on the
// network path, and the build runs or trusts them. apt and yum repositories over HTTP are not
// reported: their indexes are signed. A download checked with sha256sum -c or gpg --verify in
// the same RUN, or an ADD with --checksum, is not reported either.
#include <string>
#include <string_view>

#include "passes/rules/security/CommandScan.h"
#include "passes/rules/security/ToolSyntax.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(InsecureHttpDownload);

namespace {

using namespace security;

/// The host of a plain-HTTP URL written as `text`, when it is a public name; empty otherwise
/// (https, localhost, private addresses, single-label service names, a host in a variable).
std::string publicHttpHost(std::string_view text) {
  while (!text.empty() && (text.front() == '"' || text.front() == '\''))
    text.remove_prefix(1);
  if (lower(text.substr(0, 7)) != "http://")
    return {};
  std::string_view rest = text.substr(7);
  std::string_view authority = rest.substr(0, rest.find_first_of("/?#\"'"));
  if (std::size_t at = authority.rfind('@'); at != std::string_view::npos)
    authority.remove_prefix(at + 1);
  std::string host = lower(authority.substr(0, authority.find(':')));
  if (host.empty() || host.find_first_of("$`{}") != std::string::npos || host.find('.') == std::string::npos)
    return {};
  if (host == "localhost" || host.rfind("127.", 0) == 0 || host.rfind("10.", 0) == 0 ||
      host.rfind("192.168.", 0) == 0 || host.rfind("169.254.", 0) == 0 || host == "0.0.0.0" ||
      (host.size() > 6 && host.substr(host.size() - 6) == ".local"))
    return {};
  if (host.rfind("172.", 0) == 0) {
    const std::string second = host.substr(4, host.find('.', 4) - 4);
    if (second.size() == 2 && second >= "16" && second <= "31")
      return {};
  }
  return host;
}

/// True when the RUN checks a download: `sha256sum -c`, `shasum -c`, `gpg --verify`, `gpgv`, ...
bool verifiesDownloads(const RunScript& run) {
  bool verifies = false;
  for (const ToolInvocation& call : run.invocations) {
    std::string_view tool = call.tool;
    const bool sum = (tool.size() > 3 && tool.substr(tool.size() - 3) == "sum" && tool.rfind("sha", 0) == 0) ||
                     tool == "shasum" || tool == "b2sum";
    if (sum && (call.command->hasWord("-c") || call.command->hasWord("--check")))
      verifies = true;
    if (tool == "gpgv" || tool == "cosign" || tool == "minisign" || tool == "signify" ||
        ((tool == "gpg" || tool == "gpg2") && (call.command->hasWord("--verify") || call.command->hasWord("--verify-files"))))
      verifies = true;
    if (tool == "echo" || tool == "printf")
      for (const shell::Word& word : call.command->words)
        if (word.raw.find("sha256sum") != std::string::npos || word.raw.find("sha512sum") != std::string::npos)
          verifies = true; // `echo "$SHA  file" | sha256sum -c` when the pipe hides the tool
  }
  return verifies;
}

void report(RuleContext& context, const RuleInfo& info, SourceRange at, std::string_view tool, const std::string& host) {
  Diagnostic d = context.make(info, at,
                              "'" + std::string(tool) + "' downloads from '" + host +
                                  "' over plain HTTP, which anyone on the network path can change");
  d.notes.push_back({"use https://, or check the download's SHA-256 against a pinned value before using it",
                     std::nullopt});
  context.emit(std::move(d));
}

void checkOperands(RuleContext& context, const RuleInfo& info, const ToolInvocation& tool, const OptionSyntax& syntax,
                   std::size_t from = 0) {
  forEachToolArg(tool, syntax, [&](const ToolArg& arg) {
    if (arg.index < from)
      return;
    if (arg.kind == ToolArg::Kind::Operand)
      if (std::string host = publicHttpHost(arg.word->value ? *arg.word->value : arg.word->raw); !host.empty())
        report(context, info, arg.word->range, tool.tool, host);
    if (arg.kind == ToolArg::Kind::Long && arg.name == "url" && arg.value && arg.valueWord)
      if (std::string host = publicHttpHost(*arg.value); !host.empty())
        report(context, info, arg.valueWord->range, tool.tool, host);
  });
}

void checkRun(RuleContext& context, const RuleInfo& info) {
  forEachScript(context, [&](const RunScript& run, const shell::Script& script) {
    if (verifiesDownloads(run))
      return;
    shell::forEachSimpleCommand(script, [&](const shell::SimpleCommand& command) {
      std::optional<ToolInvocation> tool = toolInvocation(command);
      if (!tool)
        return;
      if (tool->tool == "curl")
        checkOperands(context, info, *tool, kCurlSyntax);
      else if (tool->tool == "wget")
        checkOperands(context, info, *tool, kWgetSyntax);
      else if (tool->tool == "git" && tool->subcommand && (tool->subcommand->is("clone") || tool->subcommand->is("fetch")))
        checkOperands(context, info, *tool, kGitSyntax, tool->subcommandIndex + 1);
      else if (tool->tool == "apt-key")
        forEachToolArg(*tool, kNoValues, [&](const ToolArg& arg) {
          if (arg.kind == ToolArg::Kind::Long && arg.name == "fetch-keys" && arg.word->value) {
            // `--fetch-keys URL`
            const std::vector<shell::Word>& words = command.words;
            if (arg.index + 1 < words.size())
              if (std::string host = publicHttpHost(words[arg.index + 1].raw); !host.empty())
                report(context, info, words[arg.index + 1].range, "apt-key", host);
          }
        });
    });
  });
}

/// `ADD http://...` without `--checksum`.
void checkAdd(RuleContext& context, const RuleInfo& info) {
  for (const auto& node : context.dockerfile().instructions) {
    const auto* add = ast::dyn_cast<ast::FileTransferInstruction>(node.get());
    if (!add || add->kind != ast::InstructionKind::Add || add->findFlag("checksum") || add->args.size() < 2)
      continue;
    for (std::size_t k = 0; k + 1 < add->args.size(); ++k)
      if (std::string host = publicHttpHost(add->args[k].text); !host.empty())
        report(context, info, add->args[k].range, "ADD", host);
  }
}

} // namespace

void InsecureHttpDownload::check(RuleContext& context) const {
  checkRun(context, info());
  checkAdd(context, info());
}

} // namespace dlint::passes::rules
