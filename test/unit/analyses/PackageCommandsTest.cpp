// PackageCommands: reading `apt-get install`, `sudo apk add`, `python3 -m pip install` and their
// cleanup out of the shell model.

#include <optional>
#include <string>
#include <vector>

#include "AnalysisTestSupport.h"
#include "passes/analyses/PackageCommands.h"

namespace {

using namespace dlint::passes;
using dlint::passes::test::Analysed;

/// The tool invocations of a one-RUN Dockerfile whose RUN is `script`.
struct OneRun {
  explicit OneRun(const std::string& script) : a("FROM debian:12\nRUN " + script + "\n") {}
  const RunScript& run() { return a.run(0); }
  std::vector<ToolInvocation> calls() { return invocationsIn(run()); }
  ToolInvocation only() {
    std::vector<ToolInvocation> all = calls();
    REQUIRE(all.size() == 1);
    return all[0];
  }
  Analysed a;
};

std::string subcommandOf(const ToolInvocation& call) {
  return call.subcommand && call.subcommand->value ? *call.subcommand->value : "";
}

} // namespace

TEST_CASE("toolInvocation looks through wrappers and their options", "[analysis]") {
  struct Case {
    const char* script;
    const char* tool;
    const char* subcommand;
  };
  const Case cases[] = {
      {"apt-get -y -o Dpkg::Options::=--force-confnew install curl", "apt-get", "install"},
      {"/usr/bin/apt-get install curl", "apt-get", "install"},
      {"sudo -E -u builder apt-get install curl", "apt-get", "install"},
      {"env DEBIAN_FRONTEND=noninteractive -u HOME apt-get install curl", "apt-get", "install"},
      {"xargs -n 1 -P 4 apk add < pkgs", "apk", "add"},
      {"nice -n 10 nohup timeout 300 yum -c /etc/yum.conf install git", "yum", "install"},
      {"eatmydata doas -u root dnf --setopt install_weak_deps=0 install gcc", "dnf", "install"},
      {"command pip3 install flask", "pip", "install"},
      {"python3 -m pip install flask", "pip", "install"},
      {"/opt/venv/bin/python3.12 -m pip3 --cache-dir /tmp/pip install flask", "pip", "install"},
      {"pip3.12 -r reqs.txt install", "pip", "install"},
      {"xx-apt-get install -y gcc", "apt-get", "install"},
      {"npm --prefix /app ci", "npm", "ci"},
      {"yarn --cwd /app install", "yarn", "install"},
      {"yarn --frozen-lockfile", "yarn", ""},
  };
  for (const Case& c : cases) {
    INFO(c.script);
    OneRun r(c.script);
    ToolInvocation call = r.only();
    CHECK(call.tool == c.tool);
    CHECK(subcommandOf(call) == c.subcommand);
    CHECK(call.command->words.at(call.toolIndex).value.has_value());
    if (call.subcommand)
      CHECK(&call.command->words.at(call.subcommandIndex) == call.subcommand);
  }
}

TEST_CASE("toolInvocation gives up when the command name is not static", "[analysis]") {
  OneRun r("$PM install -y curl && sudo \"$(which apt-get)\" install git");
  std::vector<ToolInvocation> calls = r.calls();
  // `which apt-get` inside $(...) is still seen; the two outer commands are not.
  REQUIRE(calls.size() == 1);
  CHECK(calls[0].tool == "which");
}

TEST_CASE("hasOption: the flag or flag=value after the tool, nothing else", "[analysis]") {
  OneRun r("pip install --no-cache-dir flask; pip install --no-cache-dir=1 x; "
           "pip install --no-cache-dirs y; env --no-cache-dir=1 pip install z");
  std::vector<ToolInvocation> calls = r.calls();
  REQUIRE(calls.size() == 4);
  CHECK(hasOption(calls[0], "--no-cache-dir"));
  CHECK(hasOption(calls[1], "--no-cache-dir"));
  CHECK_FALSE(hasOption(calls[2], "--no-cache-dir"));
  CHECK_FALSE(hasOption(calls[3], "--no-cache-dir")); // a word of the wrapper, not of pip
  CHECK_FALSE(hasOption(calls[0], "--no-cache"));     // no prefix matching
}

TEST_CASE("argumentAfterSubcommand skips options", "[analysis]") {
  OneRun r("yum clean all; npm cache --force clean; apk update");
  std::vector<ToolInvocation> calls = r.calls();
  REQUIRE(calls.size() == 3);
  REQUIRE(argumentAfterSubcommand(calls[0]) != nullptr);
  CHECK(argumentAfterSubcommand(calls[0])->is("all"));
  REQUIRE(argumentAfterSubcommand(calls[1]) != nullptr);
  CHECK(argumentAfterSubcommand(calls[1])->is("clean"));
  CHECK(argumentAfterSubcommand(calls[2]) == nullptr);
}

TEST_CASE("invocationsIn sees compound commands, substitutions and here-document scripts", "[analysis]") {
  Analysed a("FROM debian:12\n"
             "RUN if true; then for p in a b; do apt-get install -y \"$p\"; done; fi \\\n"
             "    && echo \"$(pip --version)\"\n"
             "RUN <<EOF\n"
             "apk add tini\n"
             "EOF\n");
  std::vector<std::string> tools;
  for (const RunScript& run : a.shell().scripts())
    for (const ToolInvocation& call : invocationsIn(run))
      tools.emplace_back(call.tool);
  CHECK(tools == std::vector<std::string>{"true", "apt-get", "echo", "pip", "apk"});
  CHECK(runsSubcommand(a.run(0), {"apt-get", "apt"}, "install"));
  CHECK_FALSE(runsSubcommand(a.run(0), {"apt"}, "install"));
  CHECK(runsSubcommand(a.run(1), {"apk"}, "add"));
}

TEST_CASE("shipsLayers: the final stage and the stages it is built FROM", "[analysis]") {
  Analysed a("FROM golang:1.22 AS build\n"
             "FROM debian:12 AS base\n"
             "FROM base AS runtime\n"
             "COPY --from=build /out /app\n"
             "FROM base AS test\n"
             "FROM runtime\n");
  const StageGraph& graph = a.analyses->get<StageGraph>();
  CHECK_FALSE(shipsLayers(graph, 0)); // only copied from
  CHECK(shipsLayers(graph, 1));
  CHECK(shipsLayers(graph, 2));
  CHECK_FALSE(shipsLayers(graph, 3)); // a sibling of the final chain
  CHECK(shipsLayers(graph, 4));

  CHECK(builtFrom(graph, 4, 1)); // final <- runtime <- base
  CHECK(builtFrom(graph, 2, 2));
  CHECK_FALSE(builtFrom(graph, 2, 0)); // copied from, not built FROM
  CHECK_FALSE(builtFrom(graph, 1, 2)); // the other way round

  Analysed empty("# no stage at all\n");
  CHECK_FALSE(shipsLayers(empty.analyses->get<StageGraph>(), 0));
}

TEST_CASE("runsOpaqueCode: scripts, shells reading strings, files or pipes, su -c", "[analysis]") {
  CHECK(runsOpaqueCode(OneRun("apt-get update && ./install.sh").run()));
  CHECK(runsOpaqueCode(OneRun("apt-get update && bash -c 'apt-get install -y curl'").run()));
  CHECK(runsOpaqueCode(OneRun("curl -fsSL https://example.com/setup | bash").run()));
  CHECK(runsOpaqueCode(OneRun("sh /tmp/setup").run()));
  CHECK(runsOpaqueCode(OneRun(". /etc/os-release && install_packages curl").run()));
  CHECK(runsOpaqueCode(OneRun("su app -c 'make install'").run()));
  CHECK(runsOpaqueCode(OneRun("eval \"$CMD\"").run()));
  CHECK_FALSE(runsOpaqueCode(OneRun("apt-get update && apt-get install -y curl").run()));
  CHECK_FALSE(runsOpaqueCode(OneRun("su app").run()));
}

TEST_CASE("shellStringsIn: the static -c strings of sh, bash and su", "[analysis]") {
  OneRun r("bash -ec 'rm -rf /var/lib/apt/lists/*' && su app --command \"npm ci\" && sh -c \"$X\" "
           "&& sh script.sh");
  CHECK(shellStringsIn(r.run()) == std::vector<std::string>{"rm -rf /var/lib/apt/lists/*", "npm ci"});
}

TEST_CASE("removesPath: rm and find of the path, a directory above it, or files under it", "[analysis]") {
  const char* removes[] = {
      "rm -rf /var/lib/apt/lists/*",
      "rm -rf /var/lib/apt/lists",
      "rm -rf /var/lib/apt/lists/",
      "rm -rf /var/lib/apt/lists*",
      "rm -r /var/lib/apt",
      "rm -rf /var/lib/apt/*",
      "rm -f /var/lib/apt/lists/lock",
      "rm -rf \"/var/lib/apt/lists\"/*",
      "sudo rm -rf /tmp/* /var/lib/apt/lists/*",
      "find /var/lib/apt/lists -type f -delete",
      "find /var/lib/apt/lists/ -mindepth 1 -exec rm -rf {} +",
      "bash -c 'apt-get clean && rm -rf /var/lib/apt/lists/*'",
  };
  for (const char* script : removes) {
    INFO(script);
    CHECK(removesPath(OneRun(script).run(), "/var/lib/apt/lists"));
  }
  const char* keeps[] = {
      "rm -rf /var/lib/apt/lists.bak",
      "rm -rf /var/lib/apt-lists",
      "rm -rf ${ROOTFS}/var/lib/apt/lists/*",
      "rm -rf /",
      "find /var/lib/apt/lists -type f -print",
      "ls /var/lib/apt/lists",
      "bash -c 'ls /var/lib/apt/lists'",
      "echo rm -rf /var/lib/apt/lists",
  };
  for (const char* script : keeps) {
    INFO(script);
    CHECK_FALSE(removesPath(OneRun(script).run(), "/var/lib/apt/lists"));
  }
}

TEST_CASE("removesHomePath: root's home or any /home/<user>, however written", "[analysis]") {
  CHECK(removesHomePath(OneRun("rm -rf ~/.npm").run(), ".npm"));
  CHECK(removesHomePath(OneRun("rm -rf $HOME/.npm").run(), ".npm"));
  CHECK(removesHomePath(OneRun("rm -rf \"${HOME}\"/.npm").run(), ".npm"));
  CHECK(removesHomePath(OneRun("rm -rf /root/.npm/_cacache").run(), ".npm"));
  CHECK(removesHomePath(OneRun("rm -rf /home/node/.npm").run(), ".npm"));
  CHECK(removesHomePath(OneRun("rm -rf /root/.cache").run(), ".cache/pip"));
  CHECK_FALSE(removesHomePath(OneRun("rm -rf /tmp/.npm").run(), ".npm"));
  CHECK_FALSE(removesHomePath(OneRun("rm -rf /root/.npmrc").run(), ".npm"));
}

TEST_CASE("removesAptLists: rm of the lists or apt dist-clean", "[analysis]") {
  CHECK(removesAptLists(OneRun("apt-get update && apt-get install -y x && rm -rf /var/lib/apt/lists/*").run()));
  CHECK(removesAptLists(OneRun("apt-get update; apt-get install -y x; apt-get dist-clean").run()));
  CHECK(removesAptLists(OneRun("apt update && apt install -y x && apt dist-clean").run()));
  CHECK_FALSE(removesAptLists(OneRun("apt-get update && apt-get install -y x && apt-get clean").run()));
}

namespace {

std::vector<std::string> operandsOf(const ToolInvocation& call) {
  std::vector<std::string> out;
  for (const dlint::shell::Word* word : operandsAfterSubcommand(call))
    out.push_back(word->raw);
  return out;
}

} // namespace

TEST_CASE("operandsAfterSubcommand skips options and the values they take", "[analysis][packages]") {
  struct Case {
    const char* script;
    std::vector<std::string> operands;
  };
  const Case cases[] = {
      {"apk add --no-cache --virtual .build-deps gcc musl-dev", {"gcc", "musl-dev"}},
      {"apk add -t .deps -X http://mirror/x curl", {"curl"}},
      {"apt-get install -y -t bookworm-backports -o Dpkg::Options::=--force-confnew golang $EXTRA",
       {"golang", "$EXTRA"}},
      {"pip install -r reqs.txt -c constraints.txt -i https://pypi.example flask -e .", {"flask"}},
      {"pip install --index-url=https://pypi.example flask", {"flask"}},
      {"gem install rails -v 7.1.3 --no-document", {"rails"}},
      {"go install -ldflags '-s -w' -tags netgo example.com/tool@v1", {"example.com/tool@v1"}},
      {"zypper -n install -t pattern devel_basis", {"devel_basis"}},
      {"dnf -y --setopt install_weak_deps=0 install --exclude kernel httpd", {"httpd"}},
      {"npm install --registry https://r.example -g typescript", {"typescript"}},
      {"apt-get install -y -- -weird-name", {"-weird-name"}},
      {"apt-get update", {}},
  };
  for (const Case& c : cases) {
    INFO(c.script);
    OneRun r(c.script);
    CHECK(operandsOf(r.only()) == c.operands);
  }
}

TEST_CASE("hasShortOption reads clusters but not option values", "[analysis][packages]") {
  struct Case {
    const char* script;
    char letter;
    bool expected;
  };
  const Case cases[] = {
      {"apt-get install -y curl", 'y', true},
      {"apt-get -qy install curl", 'y', true},
      {"apt-get install -yqq curl", 'y', true},
      {"apt-get install --yes curl", 'y', false},     // a long option is not a cluster
      {"apt-get -oDebug::y=1 install curl", 'y', false}, // the rest of -o is its value
      {"apt-get -o y install curl", 'y', false},      // a separate value is skipped too
      {"yum -d 2 install curl", 'y', false},
      {"pip install -U pip", 'U', true},
      {"apt-get install curl -- -y", 'y', false},     // after `--`, words are operands
  };
  for (const Case& c : cases) {
    INFO(c.script);
    OneRun r(c.script);
    CHECK(hasShortOption(r.only(), c.letter) == c.expected);
  }
}

TEST_CASE("packageAction classifies the managers' subcommands", "[analysis][packages]") {
  struct Case {
    const char* script;
    PackageAction action;
  };
  const Case cases[] = {
      {"apt-get install curl", PackageAction::Install},
      {"apt purge curl", PackageAction::Remove},
      {"apt-get update", PackageAction::Refresh},
      {"apt-get dist-upgrade", PackageAction::Upgrade},
      {"apt full-upgrade", PackageAction::Upgrade},
      {"apt-get clean", PackageAction::None},
      {"apk add curl", PackageAction::Install},
      {"apk del curl", PackageAction::Remove},
      {"apk update", PackageAction::Refresh},
      {"apk upgrade", PackageAction::Upgrade},
      {"yum update", PackageAction::Upgrade},
      {"dnf makecache", PackageAction::Refresh},
      {"microdnf install tar", PackageAction::Install},
      {"tdnf erase tar", PackageAction::Remove},
      {"zypper in vim", PackageAction::Install},
      {"zypper ref", PackageAction::Refresh},
      {"zypper dup", PackageAction::Upgrade},
      {"python3 -m pip install flask", PackageAction::Install},
      {"pip uninstall flask", PackageAction::Remove},
      {"npm i -g typescript", PackageAction::Install},
      {"npm ci", PackageAction::None},
      {"gem install rails", PackageAction::Install},
      {"go install example.com/x@v1", PackageAction::Install},
      {"go build ./...", PackageAction::None},
      {"curl -fsSL https://example.org", PackageAction::None},
  };
  for (const Case& c : cases) {
    INFO(c.script);
    OneRun r(c.script);
    CHECK(packageAction(r.only()) == c.action);
  }
}
