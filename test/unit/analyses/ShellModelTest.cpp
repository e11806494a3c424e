// ShellModel: which RUNs are parsed as POSIX sh, in which stage, and where their words are.

#include <string>
#include <vector>

#include "AnalysisTestSupport.h"

namespace {

using dlint::passes::isNonPosixShell;
using dlint::passes::RunScript;
using dlint::passes::ShellModel;
using dlint::passes::test::Analysed;

/// argv[0] of every simple command of one RUN, in visiting order.
std::vector<std::string> commandNames(const RunScript& run) {
  std::vector<std::string> names;
  dlint::shell::forEachSimpleCommand(*run.parsed.script, [&](const dlint::shell::SimpleCommand& c) {
    names.push_back(c.argv0() && c.argv0()->value ? *c.argv0()->value : "?");
  });
  return names;
}

} // namespace

TEST_CASE("one script per shell-run RUN, with its stage and instruction", "[analysis]") {
  Analysed a("FROM alpine:3.20 AS build\n"
             "RUN apk add --no-cache make\n"
             "ENV A=1\n"
             "RUN [\"make\", \"all\"]\n"
             "FROM debian:12\n"
             "RUN apt-get update && apt-get install -y curl\n"
             "CMD echo not a RUN\n"
             "RUN [\"/bin/sh\", \"-c\", \"echo exec form through sh\"]\n");
  const ShellModel& model = a.shell();
  // The exec-form `make all` runs no shell; CMD is not a RUN.
  REQUIRE(model.scripts().size() == 3);

  CHECK(model.scripts()[0].stage == 0);
  CHECK(model.scripts()[0].instruction == &a.instruction(1));
  CHECK(commandNames(model.scripts()[0]) == std::vector<std::string>{"apk"});

  CHECK(model.scripts()[1].stage == 1);
  CHECK(model.scripts()[1].instruction == &a.instruction(5));
  CHECK(commandNames(model.scripts()[1]) == std::vector<std::string>{"apt-get", "apt-get"});

  CHECK(model.scripts()[2].stage == 1);
  CHECK(commandNames(model.scripts()[2]) == std::vector<std::string>{"echo"});

  CHECK(model.scriptOf(&a.instruction(1)) == &model.scripts()[0]);
  CHECK(model.scriptOf(&a.instruction(3)) == nullptr); // exec form, not sh
  CHECK(model.scriptOf(&a.instruction(2)) == nullptr); // ENV
}

TEST_CASE("forEachSimpleCommand visits every RUN, nested commands included", "[analysis]") {
  Analysed a("FROM debian:12\n"
             "RUN if [ -f /a ]; then apt-get update; fi\n"
             "RUN echo \"$(uname -m)\" | tee /arch\n");
  std::vector<std::string> names;
  std::vector<std::size_t> runs;
  a.shell().forEachSimpleCommand([&](const RunScript& run, const dlint::shell::SimpleCommand& c) {
    names.push_back(c.argv0() && c.argv0()->value ? *c.argv0()->value : "?");
    runs.push_back(static_cast<std::size_t>(&run - a.shell().scripts().data()));
  });
  CHECK(names == std::vector<std::string>{"[", "apt-get", "echo", "uname", "tee"});
  CHECK(runs == std::vector<std::size_t>{0, 0, 1, 1, 1});
  // Each RUN's list holds the same commands, in the order of a walk of its tree.
  for (const RunScript& run : a.shell().scripts()) {
    std::vector<const dlint::shell::SimpleCommand*> walked;
    dlint::shell::forEachSimpleCommand(*run.parsed.script,
                                       [&](const dlint::shell::SimpleCommand& c) { walked.push_back(&c); });
    CHECK(run.simpleCommands == walked);
  }
  CHECK(a.shell().scripts()[1].simpleCommands.size() == 3);
}

TEST_CASE("words keep their line through continuations and here-documents", "[analysis]") {
  Analysed a("FROM debian:12\n"
             "RUN apt-get update \\\n"
             "    && apt-get install -y \\\n"
             "       curl \\\n"
             "    && rm -rf /var/lib/apt/lists/*\n"
             "RUN <<EOF\n"
             "set -e\n"
             "pip install flask\n"
             "EOF\n");
  REQUIRE(a.shell().scripts().size() == 2);

  std::vector<const dlint::shell::SimpleCommand*> commands;
  dlint::shell::forEachSimpleCommand(*a.run(0).parsed.script,
                                     [&](const dlint::shell::SimpleCommand& c) { commands.push_back(&c); });
  REQUIRE(commands.size() == 3);
  const dlint::shell::Word& install = commands[1]->words.at(1);
  CHECK(a.at(install.range) == "install");
  CHECK(a.locate(install.range.begin).line == 3);
  CHECK(a.locate(install.range.begin).byteColumn == 16);
  const dlint::shell::Word& curl = commands[1]->words.at(3);
  CHECK(a.at(curl.range) == "curl");
  CHECK(a.locate(curl.range.begin).line == 4);
  CHECK(a.at(commands[2]->words.at(2).range) == "/var/lib/apt/lists/*");
  CHECK(a.locate(commands[2]->words.at(2).range.begin).line == 5);

  // A `RUN <<EOF` body is the script itself.
  CHECK(commandNames(a.run(1)) == std::vector<std::string>{"set", "pip"});
  dlint::shell::forEachSimpleCommand(*a.run(1).parsed.script, [&](const dlint::shell::SimpleCommand& c) {
    if (c.argv0()->is("pip")) {
      CHECK(a.locate(c.words.at(1).range.begin).line == 8);
      CHECK(a.locate(c.words.at(1).range.begin).byteColumn == 5);
    }
  });
}

TEST_CASE("SHELL pwsh or cmd turns the model off until a POSIX SHELL, and FROM <stage> inherits it",
          "[analysis]") {
  Analysed a("FROM mcr.microsoft.com/powershell:lts AS win\n"
             "RUN echo before the SHELL\n"             // 1: modelled
             "SHELL [\"pwsh\", \"-Command\"]\n"
             "RUN Write-Host $env:PATH\n"              // 3: not modelled
             "FROM win AS child\n"
             "RUN Get-ChildItem\n"                     // 5: inherited pwsh, not modelled
             "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"
             "RUN echo back to sh\n"                   // 7: modelled
             "FROM child AS grandchild\n"
             "RUN echo inherits bash\n"                // 9: modelled
             "FROM win AS sibling\n"
             "RUN Get-Item .\n"                        // 11: pwsh from win, not modelled
             "FROM debian:12\n"
             "RUN echo a new image starts with sh\n"   // 13: modelled
             "SHELL [\"cmd\", \"/S\", \"/C\"]\n"
             "RUN dir\n");                             // 15: not modelled
  const ShellModel& model = a.shell();
  std::vector<const dlint::ast::Instruction*> modelled;
  for (const RunScript& run : model.scripts())
    modelled.push_back(run.instruction);
  CHECK(modelled == std::vector<const dlint::ast::Instruction*>{&a.instruction(1), &a.instruction(7),
                                                                 &a.instruction(9), &a.instruction(13)});
  CHECK(model.scripts()[1].stage == 1);
  CHECK(model.scripts()[2].stage == 2);
  CHECK(model.scripts()[3].stage == 4);
}

TEST_CASE("isNonPosixShell: pwsh, powershell and cmd in any directory or case, .exe or not", "[analysis]") {
  CHECK(isNonPosixShell("pwsh"));
  CHECK(isNonPosixShell("/usr/bin/pwsh"));
  CHECK(isNonPosixShell("powershell"));
  CHECK(isNonPosixShell("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\PowerShell.exe"));
  CHECK(isNonPosixShell("cmd"));
  CHECK(isNonPosixShell("CMD.EXE"));
  CHECK_FALSE(isNonPosixShell("/bin/sh"));
  CHECK_FALSE(isNonPosixShell("bash"));
  CHECK_FALSE(isNonPosixShell("pwsh-preview-wrapper"));
  CHECK_FALSE(isNonPosixShell(".exe"));
}

TEST_CASE("ONBUILD RUN triggers are modelled, in file order, and marked", "[analysis]") {
  Analysed a("FROM debian:12\n"
             "RUN echo first\n"
             "ONBUILD RUN apt-get update\n"
             "ONBUILD COPY . /app\n"
             "ONBUILD RUN [\"sh\", \"-c\", \"make all\"]\n"
             "ONBUILD RUN [\"make\", \"all\"]\n"
             "RUN echo last\n");
  const ShellModel& model = a.shell();
  REQUIRE(model.scripts().size() == 4); // exec form without a shell and COPY are not scripts
  CHECK(model.scripts()[0].onbuild == nullptr);
  const RunScript& trigger = model.scripts()[1];
  REQUIRE(trigger.onbuild != nullptr);
  CHECK(trigger.onbuild == &a.instruction(2));
  CHECK(trigger.instruction == trigger.onbuild->trigger.get());
  CHECK(model.scriptOf(trigger.instruction) == &trigger);
  CHECK(commandNames(trigger) == std::vector<std::string>{"apt-get"});
  CHECK(model.scripts()[2].onbuild == &a.instruction(4));
  CHECK(commandNames(model.scripts()[2]) == std::vector<std::string>{"make"});
  CHECK(model.scripts()[3].onbuild == nullptr);
  CHECK(commandNames(model.scripts()[3]) == std::vector<std::string>{"echo"});
}
