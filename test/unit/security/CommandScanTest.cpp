// The option reader and the TLS variable table the security command rules share.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "../shell/ShellTestSupport.h"
#include "passes/rules/security/CommandScan.h"
#include "passes/rules/security/TlsVariables.h"
#include "passes/rules/security/ToolSyntax.h"

namespace {

using namespace dlint;
using namespace dlint::passes::rules;

/// Every argument of the first simple command of `text`, as `kind:name[=value]@offset`.
std::vector<std::string> args(std::string_view text, const security::OptionSyntax& syntax) {
  shell::ParseResult parsed = shell::test::parse(text);
  std::vector<const shell::SimpleCommand*> commands = shell::test::simpleCommands(*parsed.script);
  REQUIRE_FALSE(commands.empty());
  std::optional<passes::ToolInvocation> tool = passes::toolInvocation(*commands.front());
  REQUIRE(tool);
  std::vector<std::string> out;
  security::forEachToolArg(*tool, syntax, [&](const security::ToolArg& arg) {
    std::string kind = arg.kind == security::ToolArg::Kind::Short  ? "S"
                       : arg.kind == security::ToolArg::Kind::Long ? "L"
                                                                   : "O";
    std::string item = kind + ":" + std::string(arg.name);
    if (arg.value)
      item += "=" + std::string(*arg.value);
    out.push_back(item + "@" + std::to_string(arg.offset));
  });
  return out;
}

} // namespace

TEST_CASE("forEachToolArg splits short clusters and stops at a letter that takes a value", "[security]") {
  CHECK(args("curl -fsSLk https://x", security::kCurlSyntax) ==
        std::vector<std::string>{"S:f@1", "S:s@2", "S:S@3", "S:L@4", "S:k@5", "O:https://x@0"});
  // `-o -k`: `-k` is the output file; `-ofile` keeps its value inline.
  CHECK(args("curl -o -k -ofile url", security::kCurlSyntax) ==
        std::vector<std::string>{"S:o=-k@1", "S:o=file@1", "O:url@0"});
  CHECK(args("wget -qO- url", security::kWgetSyntax) == std::vector<std::string>{"S:q@1", "S:O=-@2", "O:url@0"});
}

TEST_CASE("forEachToolArg reads long options, their values and '--'", "[security]") {
  CHECK(args("pip install --trusted-host h --index-url=https://i app", security::kPipSyntax) ==
        std::vector<std::string>{"O:install@0", "L:trusted-host=h@0", "L:index-url=https://i@0", "O:app@0"});
  CHECK(args("sudo -E curl --insecure -- -k", security::kCurlSyntax) ==
        std::vector<std::string>{"L:insecure@0", "O:-k@0"});
  // `python3 -m pip`: the arguments start after `pip`.
  CHECK(args("python3 -m pip install --trusted-host h", security::kPipSyntax) ==
        std::vector<std::string>{"O:install@0", "L:trusted-host=h@0"});
}

TEST_CASE("subRange narrows to a letter in a plain or quoted word, not across escapes", "[security]") {
  shell::ParseResult parsed = shell::test::parse("curl -fsSLk 'x' \"-k\" -\\k");
  const shell::SimpleCommand& command = *shell::test::simpleCommands(*parsed.script).front();
  CHECK(security::subRange(command.words[1], 5, 1) == SourceRange{10, 11});
  CHECK(security::subRange(command.words[3], 1, 1) == SourceRange{18, 19});
  CHECK(security::subRange(command.words[4], 1, 1) == command.words[4].range);
}

TEST_CASE("the TLS variable table names the variables that turn verification off", "[security]") {
  CHECK(tls::disablingVariable("NODE_TLS_REJECT_UNAUTHORIZED", "0"));
  CHECK_FALSE(tls::disablingVariable("NODE_TLS_REJECT_UNAUTHORIZED", "1"));
  CHECK(tls::disablingVariable("GIT_SSL_NO_VERIFY", "0"));
  CHECK(tls::disablingVariable("GIT_SSL_NO_VERIFY", ""));
  CHECK(tls::disablingVariable("PIP_TRUSTED_HOST", "pypi.example.com"));
  CHECK_FALSE(tls::disablingVariable("PIP_TRUSTED_HOST", ""));
  CHECK(tls::disablingVariable("myapp_insecure_skip_verify", "TRUE"));
  CHECK(tls::disablingVariable("DB_SSL_VERIFY", "off"));
  CHECK_FALSE(tls::disablingVariable("DB_SSL_VERIFY", "on"));
  CHECK_FALSE(tls::disablingVariable("PATH", "0"));
  CHECK(tls::isKnownTlsVariable("git_ssl_no_verify"));
  CHECK_FALSE(tls::isKnownTlsVariable("DB_SSL_VERIFY"));
}

TEST_CASE("the TLS variable table reads names as a process's environment does", "[security]") {
  struct Case {
    std::string_view name;
    std::string_view value;
    bool disables;
  };
  const Case cases[] = {
      // getenv is case-sensitive: Node, git and Python read only their upper-case names...
      {"node_tls_reject_unauthorized", "0", false},
      {"Git_Ssl_No_Verify", "1", false},
      // ...while npm, yarn and pip match their prefixes in any case.
      {"npm_config_strict_ssl", "false", true},
      {"pip_trusted_host", "pypi.internal", true},
      // Docker verifies whenever DOCKER_TLS_VERIFY is non-empty.
      {"DOCKER_TLS_VERIFY", "0", false},
      {"DOCKER_TLS_VERIFY", "false", false},
      // A negating word before the verify suffix flips which value turns verification off.
      {"SKIP_TLS_VERIFY", "true", true},
      {"SKIP_TLS_VERIFY", "false", false},
      {"APP_DISABLE_SSL_VERIFICATION", "1", true},
      {"NO_VERIFY_SSL", "yes", true},
      {"NOSKIP_TLS_VERIFY", "true", false}, // no negating word before the suffix
      {"NOSKIP_TLS_VERIFY", "false", true},
  };
  for (const Case& c : cases) {
    INFO(c.name << "=" << c.value);
    CHECK((tls::disablingVariable(c.name, c.value) != nullptr) == c.disables);
  }
}

TEST_CASE("a tool's variable name glued to a prefix is another word", "[security]") {
  CHECK_FALSE(tls::disablingVariable("ASDFGIT_SSL_NO_VERIFY", "1"));
  CHECK_FALSE(tls::disablingVariable("ASDFNODE_TLS_REJECT_UNAUTHORIZED", "0"));
  CHECK(tls::disablingVariable("MYAPP_NODE_TLS_REJECT_UNAUTHORIZED", "0"));
}

TEST_CASE("findSetting finds a setting that starts a word, with blanks and quotes around '='", "[security]") {
  using security::findSetting;
  using security::isFalsy;
  CHECK(findSetting("[main]\ngpgcheck = 0\n", "gpgcheck", isFalsy) == std::make_pair(std::size_t{7}, std::size_t{12}));
  CHECK(findSetting("a\\ngpgcheck=False", "gpgcheck", isFalsy) == std::make_pair(std::size_t{3}, std::size_t{14}));
  CHECK(findSetting("sslVerify = \"false\"", "sslverify", isFalsy));
  CHECK_FALSE(findSetting("repo_gpgcheck=0", "gpgcheck", isFalsy));
  CHECK_FALSE(findSetting("gpgcheck=1", "gpgcheck", isFalsy));
  CHECK_FALSE(findSetting("gpgcheck", "gpgcheck", isFalsy));
}
