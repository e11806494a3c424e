// The plain-word shortcut (passes/shell: a word that is one unquoted literal run is built without
// the grammar's rule attempts) must build exactly the tree the full grammar builds. Every field of
// every node is printed with the shortcut on and off and compared, over hand-made edge cases and
// over every RUN of the real-world corpus.

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ShellTestSupport.h"
#include "diagnostics/DiagnosticsEngine.h"
#include "diagnostics/SourceManager.h"
#include "frontend/Parser.h"
#include "passes/shell/ShellBuilder.h"
#include "passes/shell/ShellScriptSource.h"

using namespace dlint;
using namespace dlint::shell;

namespace {

class TreePrinter {
public:
  std::string out;

  void script(const Script& s) {
    out += "script" + ranges(s.logical, s.range) + "{";
    list(s.commands);
    out += "}";
  }

  void list(const CommandList& commands) {
    out += "[";
    for (const auto& c : commands) {
      if (c)
        command(*c);
      else
        out += "null";
      out += ",";
    }
    out += "]";
  }

  void command(const Command& c) {
    out += std::string(commandKindName(c.kind)) + ranges(c.logical, c.range) + flag("bg", c.background) +
           flag("inc", c.incomplete) + "(";
    for (const Redirect& r : c.redirects)
      redirect(r);
    if (const auto* simple = dyn_cast<SimpleCommand>(&c)) {
      for (const Assignment& a : simple->assignments) {
        out += "assign" + ranges(a.logical, a.range) + a.name + range(a.nameRange) + flag("append", a.append) +
               flag("array", a.array);
        if (a.value)
          word(*a.value);
        for (const Word& w : a.elements)
          word(w);
      }
      for (const Word& w : simple->words)
        word(w);
    } else if (const auto* pipeline = dyn_cast<Pipeline>(&c)) {
      out += flag("neg", pipeline->negated);
      for (bool b : pipeline->pipesStderr)
        out += b ? "|&" : "|";
      list(pipeline->commands);
    } else if (const auto* andOr = dyn_cast<AndOrList>(&c)) {
      for (AndOrOperator op : andOr->operators)
        out += op == AndOrOperator::And ? "&&" : "||";
      list(andOr->commands);
    } else if (const auto* group = dyn_cast<GroupCommand>(&c)) {
      list(group->body);
    } else if (const auto* ifCommand = dyn_cast<IfCommand>(&c)) {
      for (const auto& clause : ifCommand->clauses) {
        list(clause.condition);
        list(clause.body);
      }
      out += flag("else", ifCommand->hasElse);
      list(ifCommand->elseBody);
    } else if (const auto* forCommand = dyn_cast<ForCommand>(&c)) {
      out += forCommand->variable + range(forCommand->variableRange) + flag("in", forCommand->hasIn);
      for (const Word& w : forCommand->words)
        word(w);
      list(forCommand->body);
    } else if (const auto* loop = dyn_cast<LoopCommand>(&c)) {
      list(loop->condition);
      list(loop->body);
    } else if (const auto* caseCommand = dyn_cast<CaseCommand>(&c)) {
      if (caseCommand->subject)
        word(*caseCommand->subject);
      for (const auto& item : caseCommand->items) {
        out += "item" + ranges(item.logical, item.range) + item.terminator;
        for (const Word& w : item.patterns)
          word(w);
        list(item.body);
      }
    } else if (const auto* function = dyn_cast<FunctionDefinition>(&c)) {
      out += function->name + range(function->nameRange);
      if (function->body)
        command(*function->body);
    } else if (const auto* arithmetic = dyn_cast<ArithmeticCommand>(&c)) {
      word(arithmetic->expression);
    }
    out += ")";
  }

  void redirect(const Redirect& r) {
    out += "redir" + ranges(r.logical, r.range) + (r.fd ? std::to_string(*r.fd) : "-") + r.op +
           std::to_string(static_cast<int>(r.kind)) + std::to_string(r.heredocId);
    if (r.target)
      word(*r.target);
    if (r.heredoc) {
      const HereDocument& h = *r.heredoc;
      out += "heredoc<" + h.delimiter + flag("expand", h.expand) + flag("strip", h.stripTabs) +
             flag("term", h.terminated) + logicalRange(h.body) + range(h.bodyRange) + range(h.terminatorRange) + "|" +
             h.content + "|";
      if (h.expansions)
        word(*h.expansions);
      out += ">";
    }
  }

  void word(const Word& w) {
    out += "word" + ranges(w.logical, w.range) + "|" + w.raw + "|" + (w.value ? "=" + *w.value : "?") +
           flag("inc", w.incomplete) + "<";
    for (const WordPart& p : w.parts)
      part(p);
    out += ">";
  }

  void part(const WordPart& p) {
    out += "part" + std::to_string(static_cast<int>(p.kind)) + ranges(p.logical, p.range) + flag("q", p.quoted) + "|" +
           p.text + "|";
    if (p.script)
      script(*p.script);
    for (const WordPart& n : p.nested)
      part(n);
    out += ";";
  }

private:
  static std::string flag(const char* name, bool value) { return value ? std::string(" ") + name : std::string(); }
  static std::string logicalRange(LogicalRange r) { return "@" + std::to_string(r.begin) + "-" + std::to_string(r.end); }
  static std::string range(SourceRange r) { return "#" + std::to_string(r.begin) + "-" + std::to_string(r.end); }
  static std::string ranges(LogicalRange l, SourceRange r) { return logicalRange(l) + range(r); }
};

std::string printParse(const ast::LogicalText& text, bool shortcut) {
  detail::setPlainWordShortcut(shortcut);
  ParseResult r = parseShell(text);
  detail::setPlainWordShortcut(true);
  TreePrinter printer;
  printer.script(*r.script);
  printer.out += r.complete ? " complete" : " problems:";
  for (const SyntaxProblem& p : r.problems)
    printer.out += std::to_string(p.logical) + "#" + std::to_string(p.range.begin) + "-" +
                   std::to_string(p.range.end) + ":" + p.message + ";";
  return printer.out;
}

bool looksLikeDockerfile(const std::filesystem::path& path) {
  std::string name = path.filename().string();
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return name.find("dockerfile") != std::string::npos || name.find("containerfile") != std::string::npos;
}

} // namespace

TEST_CASE("plain-word shortcut: the same tree as the grammar on edge cases", "[shell][shortcut]") {
  const char* scripts[] = {
      "apt-get install -y curl",
      "a#b #c",
      "echo foo'bar' x\"y\" a\\ b $HOME a$b a`b` a$(b) a${b}c",
      "cat <(ls) >(wc) foo<(x) a>b a>>b 2>&1 x=1 y+=2 z=(a b) cmd",
      "if true; then echo a; elif b; then c; else d; fi && for i in a b; do echo $i; done",
      "case x in a|b) echo;; *) y;; esac; while a; do b; done; until c; do d; done",
      "f() { echo a; }; function g { b; }; [[ a == b && c ]]; (( x + 1 )); ( sub ); { grp; }",
      "echo `echo inner plain words` \"$(echo in subst)\" ${x:-default word} $((1 + 2))",
      "cat <<EOF\nbody $x\nEOF\necho after",
      "cat <<-'E'\n\tbody\n\tE\n",
      "echo a |& b | c; d & e",
      "echo 'unterminated",
      "echo $(unclosed",
      "if a; then b",
      "echo a\\\nb c\\\n d",
      "é ünïcode wörds",
      "a=b c=d",
      "! neg | pipe",
      "for x do y; done",
      "echo }{ {a,b} ~/path -- -x=1",
  };
  for (const char* script : scripts) {
    ast::LogicalText text = test::logical(script, 7);
    INFO(script);
    CHECK(printParse(text, true) == printParse(text, false));
  }
}

TEST_CASE("plain-word shortcut: the same tree as the grammar on every RUN of the corpus", "[shell][shortcut][corpus]") {
  namespace fs = std::filesystem;
  const fs::path root = fs::path(DLINT_SHARED_DIR) / "corpus" / "real";
  if (!fs::is_directory(root)) {
    WARN("skipped: " << root.string() << " is absent");
    return;
  }
  std::size_t runs = 0;
  std::size_t differing = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file() || !looksLikeDockerfile(entry.path()))
      continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    SourceManager sources;
    DiagnosticsEngine engine(sources);
    FileID file = sources.addFile(entry.path().string(), buffer.str());
    frontend::ParseResult parsed = frontend::parseDockerfile(sources, file, engine);
    for (const auto& node : parsed.dockerfile.instructions) {
      const auto* command = ast::dyn_cast<ast::CommandInstruction>(node.get());
      if (!command || command->kind != ast::InstructionKind::Run)
        continue;
      std::optional<ast::LogicalText> text = shellScriptOf(*command, sources.file(file).text());
      if (!text)
        continue;
      ++runs;
      std::string withShortcut = printParse(*text, true);
      std::string withoutShortcut = printParse(*text, false);
      if (withShortcut != withoutShortcut && ++differing <= 5) {
        INFO(entry.path().string() << ": " << text->text());
        CHECK(withShortcut == withoutShortcut);
      }
    }
  }
  WARN(runs << " RUN scripts compared");
  CHECK(runs > 1000);
  CHECK(differing == 0);
}
