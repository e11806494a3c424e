#include <catch2/catch.hpp>

#include "ShellTestSupport.h"
#include "passes/shell/ShellScriptSource.h"

using namespace dlint;
using namespace dlint::shell;
using namespace dlint::shell::test;
using Names = std::vector<std::string>;

namespace {

/// A JSON array element as the frontend records it: the literal's range (quotes included) and
/// the decoded text.
ast::Word jsonElement(std::string_view source, std::string_view literal, std::string decoded) {
  auto begin = static_cast<std::uint32_t>(source.find(literal));
  return ast::Word{{begin, begin + static_cast<std::uint32_t>(literal.size())}, std::move(decoded)};
}

} // namespace

TEST_CASE("shell script source: exec form sh -c maps into the JSON literal", "[shell]") {
  const std::string source = R"json(RUN ["/bin/bash", "-o", "pipefail", "-ec", "apt-get update && echo \"hi\" | tee /x"])json";
  std::vector<ast::Word> elements{
      jsonElement(source, "\"/bin/bash\"", "/bin/bash"), jsonElement(source, "\"-o\"", "-o"),
      jsonElement(source, "\"pipefail\"", "pipefail"), jsonElement(source, "\"-ec\"", "-ec"),
      jsonElement(source, R"json("apt-get update && echo \"hi\" | tee /x")json", "apt-get update && echo \"hi\" | tee /x")};
  auto script = execFormShellScript(elements, source);
  REQUIRE(script);
  CHECK(script->text() == "apt-get update && echo \"hi\" | tee /x");
  ParseResult r = parseShell(*script);
  REQUIRE(r.complete);
  CHECK(commandNames(*r.script) == Names{"apt-get", "echo", "tee"});
  auto commands = simpleCommands(*r.script);
  CHECK(slice(source, commands[0]->range) == "apt-get update");
  CHECK(slice(source, commands[2]->range) == "tee /x");
  // The escaped quote maps to its backslash: the word covers the escapes in the source.
  CHECK(slice(source, commands[1]->words[1].range) == R"json(\"hi\)json");
}

TEST_CASE("shell script source: exec form that is not sh -c", "[shell]") {
  const std::string source = R"json(CMD ["python3", "-c", "print(1)"] ["sh", "script.sh"])json";
  CHECK_FALSE(execFormShellScript({jsonElement(source, "\"python3\"", "python3"), jsonElement(source, "\"-c\"", "-c"),
                                   jsonElement(source, "\"print(1)\"", "print(1)")},
                                  source));
  CHECK_FALSE(execFormShellScript({jsonElement(source, "\"sh\"", "sh"), jsonElement(source, "\"script.sh\"", "script.sh")},
                                  source));
  // Without the source text the mapping is approximate but the script is still found.
  auto approximate = execFormShellScript({{{10, 14}, "sh"}, {{16, 20}, "-c"}, {{22, 30}, "ls -l"}}, "");
  REQUIRE(approximate);
  CHECK(approximate->text() == "ls -l");
  CHECK(approximate->sourceOffset(0) == 22);
}

TEST_CASE("shell script source: RUN with here-documents", "[shell]") {
  const std::string source = "RUN cat <<EOF > /etc/motd && chmod 644 /etc/motd\nhello $USER\nEOF\n";
  ast::CommandInstruction run(ast::InstructionKind::Run);
  run.command.shell.append("cat <<EOF > /etc/motd && chmod 644 /etc/motd", 4);
  ast::Heredoc h;
  h.name = "EOF";
  h.content = "hello $USER\n";
  auto bodyBegin = static_cast<std::uint32_t>(source.find("hello"));
  h.bodyRange = {bodyBegin, bodyBegin + static_cast<std::uint32_t>(h.content.size())};
  auto terminator = static_cast<std::uint32_t>(source.rfind("EOF"));
  h.terminatorRange = {terminator, terminator + 3};
  run.heredocs.push_back(h);

  auto script = shellScriptOf(run, source);
  REQUIRE(script);
  CHECK(script->text() == "cat <<EOF > /etc/motd && chmod 644 /etc/motd\nhello $USER\nEOF\n");
  ParseResult r = parseShell(*script);
  REQUIRE(r.complete);
  CHECK(commandNames(*r.script) == Names{"cat", "chmod"});
  const auto& heredoc = simpleCommands(*r.script)[0]->redirects.at(0).heredoc;
  REQUIRE(heredoc);
  CHECK(slice(source, heredoc->bodyRange) == "hello $USER\n");
  CHECK(slice(source, heredoc->terminatorRange) == "EOF");
}

TEST_CASE("shell script source: RUN <<EOF runs the body", "[shell]") {
  const std::string source = "RUN <<EOF\nset -e\napt-get update\nEOF\n";
  ast::CommandInstruction run(ast::InstructionKind::Run);
  run.command.shell.append("<<EOF", 4);
  ast::Heredoc h;
  h.name = "EOF";
  h.content = "set -e\napt-get update\n";
  auto bodyBegin = static_cast<std::uint32_t>(source.find("set -e"));
  h.bodyRange = {bodyBegin, bodyBegin + static_cast<std::uint32_t>(h.content.size())};
  run.heredocs.push_back(h);
  auto script = shellScriptOf(run, source);
  REQUIRE(script);
  ParseResult r = parseShell(*script);
  REQUIRE(r.complete);
  auto commands = simpleCommands(*r.script);
  REQUIRE(commands.size() == 2);
  CHECK(slice(source, commands[1]->range) == "apt-get update");

  run.heredocs[0].content = "#!/usr/bin/env python3\nprint(1)\n";
  CHECK_FALSE(shellScriptOf(run, source));
  run.heredocs[0].content = "#!/usr/bin/env bash\necho 1\n";
  CHECK(shellScriptOf(run, source));
  run.heredocs[0].content = "#!/bin/sh -e\necho 1\n";
  CHECK(shellScriptOf(run, source));
}
