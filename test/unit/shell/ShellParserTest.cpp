#include <catch2/catch.hpp>

#include "ShellTestSupport.h"

using namespace dlint;
using namespace dlint::shell;
using namespace dlint::shell::test;
using Names = std::vector<std::string>;

TEST_CASE("shell: words of a continued RUN map to their exact source bytes", "[shell]") {
  const std::string source = "RUN apt-get update \\\n    && apt-get install -y curl\n";
  ast::LogicalText text;
  const auto second = static_cast<std::uint32_t>(source.find("    &&"));
  text.append("apt-get update ", 4);
  text.append("    && apt-get install -y curl", second);

  ParseResult r = parseShell(text);
  REQUIRE(r.complete);
  REQUIRE(r.script->commands.size() == 1);
  const auto* list = dyn_cast<AndOrList>(r.script->commands[0].get());
  REQUIRE(list);
  REQUIRE(list->commands.size() == 2);
  CHECK(list->operators == std::vector<AndOrOperator>{AndOrOperator::And});
  CHECK(slice(source, list->range) == "apt-get update \\\n    && apt-get install -y curl");

  const auto* update = dyn_cast<SimpleCommand>(list->commands[0].get());
  const auto* install = dyn_cast<SimpleCommand>(list->commands[1].get());
  REQUIRE(update);
  REQUIRE(install);
  CHECK(slice(source, update->range) == "apt-get update");
  CHECK(slice(source, install->range) == "apt-get install -y curl");
  CHECK(install->name() == "apt-get");
  const Word* curl = install->findWord("curl");
  REQUIRE(curl);
  CHECK(curl->range.begin == source.find("curl"));
  CHECK(slice(source, curl->range) == "curl");
  CHECK(curl->logical == LogicalRange{static_cast<std::uint32_t>(text.text().find("curl")),
                                      static_cast<std::uint32_t>(text.text().find("curl")) + 4});
  const Word* y = install->findWord("-y");
  REQUIRE(y);
  CHECK(slice(source, y->range) == "-y");
}

TEST_CASE("shell: a word split by a continuation covers both lines", "[shell]") {
  const std::string source = "RUN apt-get inst\\\nall -y \\\n  --no-install-recommends curl\n";
  ast::LogicalText text;
  text.append("apt-get inst", 4);
  text.append("all -y ", static_cast<std::uint32_t>(source.find("all -y")));
  text.append("  --no-install-recommends curl", static_cast<std::uint32_t>(source.find("  --no")));
  ParseResult r = parseShell(text);
  REQUIRE(r.complete);
  auto commands = simpleCommands(*r.script);
  REQUIRE(commands.size() == 1);
  CHECK(wordValues(*commands[0]) == Names{"apt-get", "install", "-y", "--no-install-recommends", "curl"});
  const Word& install = commands[0]->words[1];
  CHECK(slice(source, install.range) == "inst\\\nall");
  auto spans = text.sourceSpans(install.logical.begin, install.logical.end);
  REQUIRE(spans.size() == 2);
  CHECK(slice(source, spans[0]) == "inst");
  CHECK(slice(source, spans[1]) == "all");
  const Word* flag = commands[0]->findWord("--no-install-recommends");
  REQUIRE(flag);
  CHECK(flag->range.begin == source.find("--no-install"));
  CHECK(source.substr(source.find("--no-install")).rfind("--no-install-recommends", 0) == 0);
}

TEST_CASE("shell: set -eux; and a sequence of commands", "[shell]") {
  ParseResult r = parse("set -eux; \tapt-get update; rm -rf /var/lib/apt/lists/*");
  REQUIRE(r.complete);
  REQUIRE(r.script->commands.size() == 3);
  CHECK(commandNames(*r.script) == Names{"set", "apt-get", "rm"});
  auto commands = simpleCommands(*r.script);
  CHECK(wordValues(*commands[0]) == Names{"set", "-eux"});
  CHECK(wordValues(*commands[2]) == Names{"rm", "-rf", "/var/lib/apt/lists/*"});
}

TEST_CASE("shell: quotes, escapes and static values", "[shell]") {
  ParseResult r = parse(R"sh(echo 'a b' "c d" e\ f "x\"y" 'it'\''s' $'tab\there' "" a"b"'c')sh");
  REQUIRE(r.complete);
  auto commands = simpleCommands(*r.script);
  REQUIRE(commands.size() == 1);
  CHECK(wordValues(*commands[0]) == Names{"echo", "a b", "c d", "e f", "x\"y", "it's", "tab\there", "", "abc"});
  CHECK(commands[0]->words[1].raw == "'a b'");
  CHECK(commands[0]->words[1].hasQuoting());
  CHECK_FALSE(commands[0]->words[0].hasQuoting());
  // A word written exactly as it reads has no parts (nor has `""`); quoted and escaped ones keep theirs.
  CHECK(commands[0]->words[0].parts.empty());
  CHECK(commands[0]->words[7].parts.empty());
  for (std::size_t i = 1; i < commands[0]->words.size(); ++i)
    if (i != 7)
      CHECK_FALSE(commands[0]->words[i].parts.empty());
}

TEST_CASE("shell: a word written as it reads has no parts, in every parse path", "[shell]") {
  // Command words, assignment values, redirection targets, `for` lists, `case` words, `[[ ]]`.
  ParseResult r = parse("A=b cmd -y /usr/bin >out 2>&1; for x in a b; do :; done; case c in d) e;; esac; [[ f == g ]]");
  REQUIRE(r.complete);
  std::size_t words = 0;
  for (const SimpleCommand* command : simpleCommands(*r.script)) {
    for (const Word& w : command->words) {
      CHECK(w.parts.empty());
      CHECK(w.value == std::optional<std::string>(w.raw));
      ++words;
    }
    for (const Assignment& a : command->assignments)
      if (a.value)
        CHECK(a.value->parts.empty());
    for (const Redirect& redirect : command->redirects)
      if (redirect.target)
        CHECK(redirect.target->parts.empty());
  }
  CHECK(words >= 8);
  // Inside backquotes the unescaped text differs from what was written: the part stays.
  ParseResult nested = parse(R"sh(echo `echo a\$`)sh");
  auto commands = simpleCommands(*nested.script);
  REQUIRE(commands.size() == 2);
  const Word& inner = commands[1]->words[1];
  CHECK(inner.value == std::optional<std::string>("a$"));
  CHECK(inner.raw != *inner.value);
  CHECK_FALSE(inner.parts.empty());
}

TEST_CASE("shell: expansions make values unknown and keep their parts", "[shell]") {
  ParseResult r = parse(R"sh(cp "$SRC" ${DEST:-/opt} $HOME/x "pre-$(uname -m)" $((1 + 2)) $1 $@)sh");
  REQUIRE(r.complete);
  auto commands = simpleCommands(*r.script);
  REQUIRE(commands.size() == 2); // cp, and uname inside $(...)
  const SimpleCommand& cp = *commands[0];
  REQUIRE(cp.words.size() == 8);
  for (std::size_t i = 1; i < cp.words.size(); ++i) {
    CHECK_FALSE(cp.words[i].value);
    CHECK(cp.words[i].hasExpansion());
  }
  const Word& src = cp.words[1];
  REQUIRE(src.parts.size() == 1);
  CHECK(src.parts[0].kind == WordPartKind::Parameter);
  CHECK(src.parts[0].text == "SRC");
  CHECK(src.parts[0].quoted);
  const Word& dest = cp.words[2];
  REQUIRE(dest.parts.size() == 1);
  CHECK(dest.parts[0].text == "DEST");
  CHECK_FALSE(dest.parts[0].quoted);
  const Word& home = cp.words[3];
  REQUIRE(home.parts.size() == 2);
  CHECK(home.parts[0].text == "HOME");
  CHECK(home.parts[1].kind == WordPartKind::Literal);
  CHECK(home.parts[1].text == "/x");
  const Word& pre = cp.words[4];
  REQUIRE(pre.parts.size() == 2);
  CHECK(pre.parts[0].text == "pre-");
  CHECK(pre.parts[1].kind == WordPartKind::CommandSubstitution);
  CHECK(pre.parts[1].quoted);
  CHECK(cp.words[5].parts[0].kind == WordPartKind::Arithmetic);
  CHECK(cp.words[6].parts[0].text == "1");
  CHECK(cp.words[7].parts[0].text == "@");
  CHECK(commands[1]->name() == "uname");
}

TEST_CASE("shell: commands nested in substitutions are visited", "[shell]") {
  ParseResult r = parse("VERSION=$(curl -fsSL https://x.io/latest | grep -o 'v[0-9.]*') && "
                        "echo \"${VERSION:-$(cat /etc/version)}\" `date +%s` <(sort a) $((  $(wc -l < f) + 1 ))");
  REQUIRE(r.complete);
  CHECK(commandNames(*r.script) == Names{"", "curl", "grep", "echo", "cat", "date", "sort", "wc"});
  auto commands = simpleCommands(*r.script);
  REQUIRE(commands[0]->assignments.size() == 1);
  CHECK(commands[0]->assignments[0].name == "VERSION");
  CHECK(commands[0]->words.empty());
}

TEST_CASE("shell: positions inside substitutions and backquotes are exact", "[shell]") {
  const std::string text = R"sh(echo "$(curl -sSL https://get.example.com)" `wget \`echo -q\` x`)sh";
  ParseResult r = parse(text);
  REQUIRE(r.complete);
  auto commands = simpleCommands(*r.script);
  REQUIRE(commands.size() == 4);
  CHECK(commands[1]->name() == "curl");
  CHECK(slice(text, commands[1]->range) == "curl -sSL https://get.example.com");
  CHECK(commands[2]->name() == "wget");
  CHECK(slice(text, commands[2]->range) == R"sh(wget \`echo -q\` x)sh");
  CHECK(commands[3]->name() == "echo");
  CHECK(wordValues(*commands[3]) == Names{"echo", "-q"});
  CHECK(slice(text, commands[3]->words[1].range) == "-q");
}

TEST_CASE("shell: pipelines, negation, |& and background", "[shell]") {
  ParseResult r = parse("curl -fsSL https://get.docker.com | sh; ! grep -q x f |& tee log & wait");
  REQUIRE(r.complete);
  REQUIRE(r.script->commands.size() == 3);
  const auto* first = dyn_cast<Pipeline>(r.script->commands[0].get());
  REQUIRE(first);
  REQUIRE(first->commands.size() == 2);
  CHECK_FALSE(first->negated);
  CHECK(dyn_cast<SimpleCommand>(first->commands[1].get())->name() == "sh");
  const auto* second = dyn_cast<Pipeline>(r.script->commands[1].get());
  REQUIRE(second);
  CHECK(second->negated);
  CHECK(second->pipesStderr == std::vector<bool>{true});
  CHECK(second->background);
  CHECK_FALSE(r.script->commands[2]->background);
}

TEST_CASE("shell: redirections", "[shell]") {
  ParseResult r = parse("make >/dev/null 2>&1 && cmd &> log; x >> f 3< in <> rw >| c 1>&- <<< \"str\"");
  REQUIRE(r.complete);
  auto commands = simpleCommands(*r.script);
  REQUIRE(commands.size() == 3);
  const auto& make = commands[0]->redirects;
  REQUIRE(make.size() == 2);
  CHECK(make[0].kind == RedirectKind::Output);
  CHECK_FALSE(make[0].fd);
  CHECK(make[0].target->is("/dev/null"));
  CHECK(make[1].kind == RedirectKind::DupOutput);
  CHECK(make[1].fd == 2);
  CHECK(make[1].target->is("1"));
  CHECK(make[1].op == ">&");
  CHECK(commands[1]->redirects.at(0).kind == RedirectKind::OutputAndError);
  const auto& x = commands[2]->redirects;
  REQUIRE(x.size() == 6);
  CHECK(x[0].kind == RedirectKind::Append);
  CHECK(x[1].kind == RedirectKind::Input);
  CHECK(x[1].fd == 3);
  CHECK(x[2].kind == RedirectKind::ReadWrite);
  CHECK(x[3].kind == RedirectKind::Clobber);
  CHECK(x[4].kind == RedirectKind::DupOutput);
  CHECK(x[4].target->is("-"));
  CHECK(x[5].kind == RedirectKind::HereString);
  CHECK(x[5].target->is("str"));
  CHECK(wordValues(*commands[2]) == Names{"x"});
}

TEST_CASE("shell: assignments", "[shell]") {
  ParseResult r = parse("DEBIAN_FRONTEND=noninteractive PATH+=:/opt A= apt-get install a=1.2; arr=(one \"two\" $x)");
  REQUIRE(r.complete);
  auto commands = simpleCommands(*r.script);
  REQUIRE(commands.size() == 2);
  const auto& a = commands[0]->assignments;
  REQUIRE(a.size() == 3);
  CHECK(a[0].name == "DEBIAN_FRONTEND");
  CHECK(a[0].value->is("noninteractive"));
  CHECK(a[1].append);
  CHECK(a[1].value->is(":/opt"));
  CHECK_FALSE(a[2].value);
  // After the command name, NAME=value is an ordinary word.
  CHECK(wordValues(*commands[0]) == Names{"apt-get", "install", "a=1.2"});
  const auto& arr = commands[1]->assignments.at(0);
  CHECK(arr.array);
  REQUIRE(arr.elements.size() == 3);
  CHECK(arr.elements[1].is("two"));
}

TEST_CASE("shell: if / elif / else with nested commands", "[shell]") {
  const std::string text =
      "if [ \"$(uname -m)\" = x86_64 ]; then\n  ARCH=amd64\nelif test -f /a; then ARCH=arm64; else echo no; exit 1; fi";
  ParseResult r = parse(text);
  REQUIRE(r.complete);
  REQUIRE(r.script->commands.size() == 1);
  const auto* ifc = dyn_cast<IfCommand>(r.script->commands[0].get());
  REQUIRE(ifc);
  REQUIRE(ifc->clauses.size() == 2);
  CHECK(ifc->clauses[0].condition.size() == 1);
  CHECK(ifc->clauses[0].body.size() == 1);
  CHECK(ifc->hasElse);
  CHECK(ifc->elseBody.size() == 2);
  CHECK(slice(text, ifc->range) == text);
  CHECK(commandNames(*r.script) == Names{"[", "uname", "", "test", "", "echo", "exit"});
}

TEST_CASE("shell: for, while, until", "[shell]") {
  ParseResult r = parse("for f in /etc/*.conf \"$X\"; do chmod 644 \"$f\"; done; for a; do :; done\n"
                        "while read -r line; do echo \"$line\"; done < list.txt\nuntil false\ndo break\ndone");
  REQUIRE(r.complete);
  REQUIRE(r.script->commands.size() == 4);
  const auto* loop = dyn_cast<ForCommand>(r.script->commands[0].get());
  REQUIRE(loop);
  CHECK(loop->variable == "f");
  CHECK(loop->hasIn);
  REQUIRE(loop->words.size() == 2);
  CHECK(loop->words[0].is("/etc/*.conf"));
  REQUIRE(loop->body.size() == 1);
  const auto* noIn = dyn_cast<ForCommand>(r.script->commands[1].get());
  REQUIRE(noIn);
  CHECK_FALSE(noIn->hasIn);
  const auto* w = dyn_cast<LoopCommand>(r.script->commands[2].get());
  REQUIRE(w);
  CHECK(w->kind == CommandKind::While);
  CHECK(w->condition.size() == 1);
  REQUIRE(w->redirects.size() == 1);
  CHECK(w->redirects[0].target->is("list.txt"));
  const auto* u = dyn_cast<LoopCommand>(r.script->commands[3].get());
  REQUIRE(u);
  CHECK(u->kind == CommandKind::Until);
  CHECK(commandNames(*r.script) == Names{"chmod", ":", "read", "echo", "false", "break"});
}

TEST_CASE("shell: case", "[shell]") {
  ParseResult r = parse("case \"$(dpkg --print-architecture)\" in\n  amd64|x86_64) ARCH=x64 ;;\n"
                        "  (arm64) ARCH=aarch64; echo arm;;\n  *) echo \"unsupported\"; exit 1 ;;\nesac");
  REQUIRE(r.complete);
  const auto* c = dyn_cast<CaseCommand>(r.script->commands.at(0).get());
  REQUIRE(c);
  REQUIRE(c->subject);
  REQUIRE(c->items.size() == 3);
  REQUIRE(c->items[0].patterns.size() == 2);
  CHECK(c->items[0].patterns[1].is("x86_64"));
  CHECK(c->items[0].terminator == ";;");
  CHECK(c->items[1].body.size() == 2);
  CHECK(c->items[2].patterns[0].is("*"));
  CHECK(commandNames(*r.script) == Names{"dpkg", "", "", "echo", "echo", "exit"});

  ParseResult last = parse("case $x in a) echo a;; b) echo b\nesac");
  REQUIRE(last.complete);
  CHECK(dyn_cast<CaseCommand>(last.script->commands.at(0).get())->items.at(1).terminator.empty());
}

TEST_CASE("shell: groups, subshells and functions", "[shell]") {
  ParseResult r = parse("{ echo a; echo b; } > out; (cd /tmp && make) ; f() { echo hi; }; function g { ls; }; (( i++ ))");
  REQUIRE(r.complete);
  REQUIRE(r.script->commands.size() == 5);
  const auto* brace = dyn_cast<GroupCommand>(r.script->commands[0].get());
  REQUIRE(brace);
  CHECK(brace->kind == CommandKind::BraceGroup);
  CHECK(brace->body.size() == 2);
  CHECK(brace->redirects.size() == 1);
  CHECK(r.script->commands[1]->kind == CommandKind::Subshell);
  const auto* f = dyn_cast<FunctionDefinition>(r.script->commands[2].get());
  REQUIRE(f);
  CHECK(f->name == "f");
  REQUIRE(f->body);
  CHECK(f->body->kind == CommandKind::BraceGroup);
  const auto* g = dyn_cast<FunctionDefinition>(r.script->commands[3].get());
  REQUIRE(g);
  CHECK(g->name == "g");
  CHECK(r.script->commands[4]->kind == CommandKind::Arithmetic);
  CHECK(commandNames(*r.script) == Names{"echo", "echo", "cd", "make", "echo", "ls"});
}

TEST_CASE("shell: reserved words only count in command position", "[shell]") {
  ParseResult r = parse("echo if then fi do done { } ! case esac; [[ -f a && ! -d b ]] && echo ok");
  REQUIRE(r.complete);
  auto commands = simpleCommands(*r.script);
  REQUIRE(commands.size() == 3);
  CHECK(wordValues(*commands[0]) == Names{"echo", "if", "then", "fi", "do", "done", "{", "}", "!", "case", "esac"});
  CHECK(wordValues(*commands[1]) == Names{"[[", "-f", "a", "&&", "!", "-d", "b", "]]"});
  CHECK(commands[2]->name() == "echo");
}

TEST_CASE("shell: comments", "[shell]") {
  ParseResult r = parse("# leading comment\necho a#b # trailing ' comment\n  # another\necho c");
  REQUIRE(r.complete);
  auto commands = simpleCommands(*r.script);
  REQUIRE(commands.size() == 2);
  CHECK(wordValues(*commands[0]) == Names{"echo", "a#b"});
  CHECK(wordValues(*commands[1]) == Names{"echo", "c"});
}

TEST_CASE("shell: here-document bodies belong to their redirection", "[shell]") {
  const std::string text = "set -e\ncat <<EOF > /etc/app.conf\nkey=$(hostname)\nrm -rf /\nEOF\n"
                           "cat <<-'END' | sh\n\techo literal $HOME\n\tEND\necho done";
  ParseResult r = parse(text);
  REQUIRE(r.complete);
  CHECK(commandNames(*r.script) == Names{"set", "cat", "hostname", "cat", "sh", "echo"});
  auto commands = simpleCommands(*r.script);
  const SimpleCommand& cat = *commands[1];
  REQUIRE(cat.redirects.size() == 2);
  REQUIRE(cat.redirects[0].heredoc);
  const HereDocument& h = *cat.redirects[0].heredoc;
  CHECK(h.delimiter == "EOF");
  CHECK(h.expand);
  CHECK(h.terminated);
  CHECK(h.content == "key=$(hostname)\nrm -rf /\n");
  CHECK(slice(text, h.bodyRange) == "key=$(hostname)\nrm -rf /\n");
  CHECK(slice(text, h.terminatorRange) == "EOF");
  CHECK(cat.redirects[1].target->is("/etc/app.conf"));
  const HereDocument& quoted = *commands[3]->redirects.at(0).heredoc;
  CHECK(quoted.delimiter == "END");
  CHECK_FALSE(quoted.expand);
  CHECK(quoted.stripTabs);
  CHECK(quoted.content == "echo literal $HOME\n");
  CHECK_FALSE(quoted.expansions);
}

TEST_CASE("shell: heredocs inside a RUN heredoc body keep source positions", "[shell]") {
  // RUN <<EOS\nset -eux\ncat > /x <<EOF\nhello\nEOF\napt-get update\nEOS\n : the body starts at 10.
  const std::string source = "RUN <<EOS\nset -eux\ncat > /x <<EOF\nhello\nEOF\napt-get update\nEOS\n";
  const auto bodyBegin = static_cast<std::uint32_t>(source.find("set -eux"));
  const auto bodyEnd = static_cast<std::uint32_t>(source.find("EOS\n", bodyBegin));
  ast::LogicalText text;
  text.append(std::string_view(source).substr(bodyBegin, bodyEnd - bodyBegin), bodyBegin);
  ParseResult r = parseShell(text);
  REQUIRE(r.complete);
  CHECK(commandNames(*r.script) == Names{"set", "cat", "apt-get"});
  auto commands = simpleCommands(*r.script);
  CHECK(slice(source, commands[2]->range) == "apt-get update");
  CHECK(slice(source, commands[1]->redirects.at(1).heredoc->bodyRange) == "hello\n");
}

TEST_CASE("shell: a heredoc opened inside another heredoc's body is its own", "[shell]") {
  // The inner `<<X` belongs to the parse of the outer body; read against the outer table, it once
  // got the outer here-document, whose body holds it: a cycle that overflowed the stack.
  ParseResult r = parse("cat <<EOF\n$(cat <<X\nx\nX\n)\nEOF\necho after");
  REQUIRE(r.complete);
  CHECK(commandNames(*r.script) == Names{"cat", "cat", "echo"});
  auto commands = simpleCommands(*r.script);
  REQUIRE(commands.size() == 3);
  const HereDocument& outer = *commands[0]->redirects.at(0).heredoc;
  CHECK(outer.delimiter == "EOF");
  CHECK(outer.content == "$(cat <<X\nx\nX\n)\n");
  const HereDocument& inner = *commands[1]->redirects.at(0).heredoc;
  CHECK(inner.delimiter == "X");
  CHECK(inner.content == "x\n");
  CHECK_FALSE((inner.expansions.has_value() && inner.expansions->hasExpansion()));
}

TEST_CASE("shell: several heredocs on one line take their bodies in order", "[shell]") {
  ParseResult r = parse("paste <<A <<B && echo after\na1\nA\nb1\nB\necho last");
  REQUIRE(r.complete);
  auto commands = simpleCommands(*r.script);
  REQUIRE(commands.size() == 3);
  CHECK(commands[0]->redirects.at(0).heredoc->content == "a1\n");
  CHECK(commands[0]->redirects.at(1).heredoc->content == "b1\n");
  CHECK(commands[2]->name() == "echo");
}

TEST_CASE("shell: command name helpers", "[shell]") {
  ParseResult r = parse("/usr/bin/apt-get install -y --no-install-recommends ca-certificates; \"$CMD\" x");
  auto commands = simpleCommands(*r.script);
  REQUIRE(commands.size() == 2);
  CHECK(commands[0]->name() == "apt-get");
  CHECK(commands[0]->hasWord("-y"));
  CHECK_FALSE(commands[0]->hasWord("-q"));
  const Word* flag = commands[0]->findWord("--no-install-recommends");
  REQUIRE(flag);
  CHECK(flag->raw == "--no-install-recommends");
  CHECK_FALSE(commands[1]->name());
}
