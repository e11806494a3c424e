#include "passes/shell/ShellAst.h"

#include <algorithm>

namespace dlint::shell {

bool Word::hasExpansion() const {
  return std::any_of(parts.begin(), parts.end(), [](const WordPart& p) { return p.isExpansion(); });
}

bool Word::hasQuoting() const { return raw.find_first_of("'\"\\") != std::string::npos; }

std::optional<std::string_view> SimpleCommand::name() const {
  const Word* first = argv0();
  if (!first || !first->value)
    return std::nullopt;
  std::string_view name = *first->value;
  if (auto slash = name.rfind('/'); slash != std::string_view::npos && slash + 1 < name.size())
    name.remove_prefix(slash + 1);
  return name;
}

const Word* SimpleCommand::findWord(std::string_view text) const {
  for (const Word& w : words)
    if (w.is(text))
      return &w;
  return nullptr;
}

std::string_view commandKindName(CommandKind kind) {
  switch (kind) {
  case CommandKind::Simple: return "simple command";
  case CommandKind::Pipeline: return "pipeline";
  case CommandKind::AndOr: return "and-or list";
  case CommandKind::Subshell: return "subshell";
  case CommandKind::BraceGroup: return "brace group";
  case CommandKind::If: return "if";
  case CommandKind::For: return "for";
  case CommandKind::While: return "while";
  case CommandKind::Until: return "until";
  case CommandKind::Case: return "case";
  case CommandKind::FunctionDef: return "function definition";
  case CommandKind::Arithmetic: return "arithmetic command";
  }
  return "command";
}

} // namespace dlint::shell
