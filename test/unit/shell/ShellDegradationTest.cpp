// Shell that cannot be parsed degrades gracefully: what was parsed is kept, problems are listed,
// parsing resumes at the next separator, nothing crashes, and nothing is slow.

#include <catch2/catch.hpp>

#include <chrono>
#include <string>

#include "ShellTestSupport.h"

using namespace dlint;
using namespace dlint::shell;
using namespace dlint::shell::test;
using Names = std::vector<std::string>;

TEST_CASE("shell degradation: an unbalanced quote in the last command keeps the earlier ones", "[shell]") {
  const std::string text = "apt-get update && apt-get install -y \"curl";
  ParseResult r = parse(text);
  CHECK_FALSE(r.complete);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].message == "unterminated double quote");
  CHECK(r.problems[0].logical == text.find('"'));
  CHECK(r.problems[0].range == SourceRange{static_cast<std::uint32_t>(text.find('"')),
                                           static_cast<std::uint32_t>(text.find('"')) + 1});
  auto commands = simpleCommands(*r.script);
  REQUIRE(commands.size() == 2);
  CHECK(wordValues(*commands[0]) == Names{"apt-get", "update"});
  CHECK_FALSE(commands[0]->incomplete);
  CHECK(commands[1]->incomplete);
  REQUIRE(commands[1]->words.size() == 4);
  CHECK(wordValues(*commands[1]) == Names{"apt-get", "install", "-y", "?"});
  CHECK(commands[1]->words[3].incomplete);
  CHECK(commands[1]->words[3].raw == "\"curl");
}

TEST_CASE("shell degradation: an unterminated single quote in the middle", "[shell]") {
  ParseResult r = parse("echo a; echo 'oops; echo b");
  CHECK_FALSE(r.complete);
  CHECK(problemMessages(r) == Names{"unterminated single quote"});
  CHECK(commandNames(*r.script) == Names{"echo", "echo"});
}

TEST_CASE("shell degradation: a stray ')' resumes at the next separator", "[shell]") {
  ParseResult r = parse("echo a ) ; echo b");
  CHECK_FALSE(r.complete);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].message == "unmatched ')'");
  CHECK(r.problems[0].logical == 7);
  CHECK(commandNames(*r.script) == Names{"echo", "echo"});
}

TEST_CASE("shell degradation: 'fi' without 'if'", "[shell]") {
  ParseResult r = parse("echo a; fi; echo b && echo c");
  CHECK_FALSE(r.complete);
  CHECK(problemMessages(r) == Names{"'fi' without a matching 'if'"});
  CHECK(commandNames(*r.script) == Names{"echo", "echo", "echo"});
}

TEST_CASE("shell degradation: a missing 'fi' keeps the if with its inner commands", "[shell]") {
  ParseResult r = parse("if [ -f /x ]; then\n  rm /x\n  echo removed");
  CHECK_FALSE(r.complete);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].message == "expected 'fi' to close 'if', found end of input");
  REQUIRE(r.script->commands.size() == 1);
  const auto* ifc = dyn_cast<IfCommand>(r.script->commands[0].get());
  REQUIRE(ifc);
  CHECK(ifc->incomplete);
  REQUIRE(ifc->clauses.size() == 1);
  CHECK(ifc->clauses[0].body.size() == 2);
  CHECK(commandNames(*r.script) == Names{"[", "rm", "echo"});
}

TEST_CASE("shell degradation: errors inside compound commands and substitutions", "[shell]") {
  SECTION("missing 'done'") {
    ParseResult r = parse("for i in 1 2; do echo $i; ls");
    CHECK_FALSE(r.complete);
    CHECK(problemMessages(r) == Names{"expected 'done' to close the loop, found end of input"});
    CHECK(commandNames(*r.script) == Names{"echo", "ls"});
  }
  SECTION("'&&' with nothing after it") {
    ParseResult r = parse("make && ; echo after");
    CHECK_FALSE(r.complete);
    CHECK(problemMessages(r) == Names{"expected a command after '&&' or '||', found ';'"});
    CHECK(commandNames(*r.script) == Names{"make", "echo"});
  }
  SECTION("unterminated command substitution") {
    ParseResult r = parse("echo ok; X=$(curl -s https://x | grep y");
    CHECK_FALSE(r.complete);
    CHECK(problemMessages(r) == Names{"expected ')' to close the substitution, found end of input"});
    CHECK(commandNames(*r.script) == Names{"echo", "", "curl", "grep"});
  }
  SECTION("'then' missing") {
    ParseResult r = parse("if true; echo x; fi; echo y");
    CHECK_FALSE(r.complete);
    CHECK(problemMessages(r) == Names{"expected 'then', found 'fi'"});
    CHECK(commandNames(*r.script) == Names{"true", "echo", "echo"});
  }
  SECTION("redirection without a target") {
    ParseResult r = parse("echo a >");
    CHECK_FALSE(r.complete);
    CHECK(problemMessages(r) == Names{"expected a word after the redirection operator, found end of input"});
    CHECK(commandNames(*r.script) == Names{"echo"});
  }
  SECTION("unterminated here-document") {
    ParseResult r = parse("cat <<EOF\nabc\n");
    CHECK_FALSE(r.complete);
    CHECK(problemMessages(r) == Names{"here-document 'EOF' is not terminated before the end of the script"});
    auto commands = simpleCommands(*r.script);
    REQUIRE(commands.size() == 1);
    const auto& heredoc = commands[0]->redirects.at(0).heredoc;
    REQUIRE(heredoc);
    CHECK_FALSE(heredoc->terminated);
    CHECK(heredoc->content == "abc\n");
  }
  SECTION("here-document without a body") {
    ParseResult r = parse("cat <<EOF >/f");
    CHECK_FALSE(r.complete);
    CHECK(problemMessages(r) == Names{"here-document 'EOF' has no body"});
  }
}

TEST_CASE("shell degradation: many errors never crash and never lose later commands", "[shell]") {
  for (const char* text : {")", "(", "((", "$(", "${", "`", "'", "\"", "\\", "|", "||", "&&", ";", ";;", "&", "<", ">",
                           "if", "then", "case", "case x", "case x in", "for", "for 1", "while", "{", "}", "! ",
                           "f()", "function", "[[", "]]", "a=(", "x <<", "$((", "$((1)", "echo $'abc", "esac",
                           "cat <<'E\nE", "a | | b", "a & & b", "( ) ) (", "{ } }", "${a${b${c"}) {
    INFO(text);
    ParseResult r = parse(std::string(text) + "\necho tail");
    CHECK(r.script);
    // Whatever the damage, the parser gets back to the last line unless a quote swallows it.
    auto names = commandNames(*r.script);
    std::string_view t = text;
    bool swallowed = t.find_first_of("'\"`") != std::string_view::npos || t.find("$(") != std::string_view::npos ||
                     t.find("${") != std::string_view::npos || t.find("<<") != std::string_view::npos;
    if (!swallowed && t.find('(') == std::string_view::npos && t != "{" && t != "if" && t != "while" &&
        t.rfind("case", 0) != 0 && t.rfind("for", 0) != 0 && t != "[[") {
      CHECK(!names.empty());
      CHECK(names.back() == "echo");
    }
  }
}

TEST_CASE("shell degradation: deep nesting is a problem, not a stack overflow", "[shell]") {
  SECTION("$((((...)))) arithmetic") {
    std::string text = "echo $" + std::string(5000, '(') + "1" + std::string(5000, ')');
    ParseResult r = parse(text);
    CHECK_FALSE(r.complete);
    REQUIRE_FALSE(r.problems.empty());
    CHECK(r.problems[0].message.find("nesting is too deep") != std::string::npos);
  }
  SECTION("$(echo $(echo ...)) beyond the limit") {
    std::string text;
    for (int i = 0; i < 400; ++i)
      text += "$(echo ";
    text += "x" + std::string(400, ')');
    ParseResult r = parse(text);
    CHECK_FALSE(r.complete);
    REQUIRE_FALSE(r.problems.empty());
    CHECK(r.problems[0].message.find("nesting is too deep") != std::string::npos);
  }
  SECTION("deep nesting within the limit parses") {
    constexpr std::size_t kLevels = 100; // sanitizer builds use far more stack per level
    std::string text;
    for (std::size_t i = 0; i < kLevels; ++i)
      text += "$(echo ";
    text += "x" + std::string(kLevels, ')');
    ParseResult r = parse(text);
    CHECK(r.complete);
    CHECK(commandNames(*r.script).size() == kLevels + 1); // the echos and the outer word's command
  }
  SECTION("unbalanced deep parentheses") {
    ParseResult r = parse(std::string(3000, '(') + "x");
    CHECK_FALSE(r.complete);
  }
  SECTION("deep if nesting") {
    std::string text;
    for (int i = 0; i < 1000; ++i)
      text += "if a; then ";
    ParseResult r = parse(text);
    CHECK_FALSE(r.complete);
  }
  SECTION("backquotes inside backquotes") {
    std::string text = "echo ";
    for (int i = 0; i < 12; ++i)
      text += std::string(static_cast<std::size_t>(1) << i, '\\').substr(1) + "`echo ";
    ParseResult r = parse(text);
    CHECK(r.script);
  }
}

TEST_CASE("shell performance: a 200 KB script parses in linear time", "[shell]") {
  std::string unit = "apt-get install -y --no-install-recommends \"pkg-$VERSION\" $(dpkg --print-architecture) "
                     "2>&1 | tee -a /var/log/x && if [ -f /a ]; then rm -rf /a; fi\n";
  std::string text;
  while (text.size() < 200 * 1024)
    text += unit;
  auto start = std::chrono::steady_clock::now();
  ParseResult r = parse(text);
  auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
  CHECK(r.complete);
  CHECK(r.script->commands.size() == text.size() / unit.size());
  WARN("200 KB script parsed in " << elapsed.count() << " ms");
  CHECK(elapsed.count() < 20000);

  // Garbage of the same size: one problem per bad token at most 100 kept, still linear.
  std::string garbage;
  while (garbage.size() < 200 * 1024)
    garbage += ") fi ;; done } ";
  start = std::chrono::steady_clock::now();
  ParseResult bad = parse(garbage);
  elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
  CHECK_FALSE(bad.complete);
  CHECK(bad.problems.size() <= 100);
  WARN("200 KB of bad tokens parsed in " << elapsed.count() << " ms");
  CHECK(elapsed.count() < 20000);

  // An unterminated quote at the start of a long script must not rescan it per line.
  std::string quoted = "echo \"" + text;
  start = std::chrono::steady_clock::now();
  ParseResult unterminated = parse(quoted);
  elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
  CHECK_FALSE(unterminated.complete);
  CHECK(elapsed.count() < 20000);
}

TEST_CASE("shell degradation: random shell-like soup never breaks the parser", "[shell]") {
  // Deterministic: the same inputs on every run.
  std::uint32_t seed = 12345;
  auto next = [&seed] {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) & 0x7fff;
  };
  const std::vector<std::string> tokens{"echo", " ", "\n", ";", "&", "|", "&&", "||", "(", ")", "{", "}", "'", "\"",
                                        "`", "\\", "$", "$(", "${", "$((", "))", "<<", "EOF", "<<-", "<", ">", "2>&1",
                                        "if", "then", "fi", "for", "in", "do", "done", "case", "esac", ";;", "#", "=",
                                        "x", "[[", "]]", "\t", "!", "while", "function", "a=(", "<(", "*"};
  std::size_t complete = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string text;
    int length = static_cast<int>(next() % 40);
    for (int j = 0; j < length; ++j)
      text += tokens[next() % tokens.size()];
    ParseResult r = parse(text);
    REQUIRE(r.script);
    complete += r.complete ? 1 : 0;
    for (const auto& p : r.problems)
      REQUIRE(p.logical <= text.size());
    forEachCommand(*r.script, [&](const Command& c) {
      REQUIRE(c.logical.begin <= c.logical.end);
      REQUIRE(c.logical.end <= text.size());
    });
  }
  CHECK(complete > 0);
  CHECK(complete < 3000);
}
