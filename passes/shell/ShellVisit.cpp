// Walks of the shell tree: every command, however deeply nested.

#include "passes/shell/ShellParser.h"

namespace dlint::shell {

namespace {

class CommandWalker {
public:
  explicit CommandWalker(const std::function<void(const Command&)>& visit) : visit_(visit) {}

  void script(const Script& s) { list(s.commands); }

  void list(const CommandList& commands) {
    for (const auto& c : commands)
      if (c)
        command(*c);
  }

  void command(const Command& c) {
    visit_(c);
    if (const auto* simple = dyn_cast<SimpleCommand>(&c)) {
      for (const Assignment& a : simple->assignments) {
        if (a.value)
          word(*a.value);
        for (const Word& w : a.elements)
          word(w);
      }
      for (const Word& w : simple->words)
        word(w);
    } else if (const auto* pipeline = dyn_cast<Pipeline>(&c)) {
      list(pipeline->commands);
    } else if (const auto* andOr = dyn_cast<AndOrList>(&c)) {
      list(andOr->commands);
    } else if (const auto* group = dyn_cast<GroupCommand>(&c)) {
      list(group->body);
    } else if (const auto* ifCommand = dyn_cast<IfCommand>(&c)) {
      for (const auto& clause : ifCommand->clauses) {
        list(clause.condition);
        list(clause.body);
      }
      list(ifCommand->elseBody);
    } else if (const auto* forCommand = dyn_cast<ForCommand>(&c)) {
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
        for (const Word& w : item.patterns)
          word(w);
        list(item.body);
      }
    } else if (const auto* function = dyn_cast<FunctionDefinition>(&c)) {
      if (function->body)
        command(*function->body);
    } else if (const auto* arithmetic = dyn_cast<ArithmeticCommand>(&c)) {
      word(arithmetic->expression);
    }
    for (const Redirect& r : c.redirects) {
      if (r.target)
        word(*r.target);
      if (r.heredoc && r.heredoc->expansions)
        word(*r.heredoc->expansions);
    }
  }

  void word(const Word& w) {
    for (const WordPart& p : w.parts)
      part(p);
  }

  void part(const WordPart& p) {
    if (p.script)
      script(*p.script);
    for (const WordPart& n : p.nested)
      part(n);
  }

private:
  const std::function<void(const Command&)>& visit_;
};

} // namespace

void forEachCommand(const Script& script, const std::function<void(const Command&)>& visit) {
  CommandWalker(visit).script(script);
}

void forEachSimpleCommand(const Script& script, const std::function<void(const SimpleCommand&)>& visit) {
  forEachCommand(script, [&](const Command& c) {
    if (const auto* simple = dyn_cast<SimpleCommand>(&c))
      visit(*simple);
  });
}

} // namespace dlint::shell
