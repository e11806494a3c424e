#pragma once
// Helpers shared by the shell model's unit tests.

#include <string>
#include <string_view>
#include <vector>

#include "ast/LogicalText.h"
#include "passes/shell/ShellParser.h"

namespace dlint::shell::test {

/// The text as one piece at `sourceOffset`.
inline ast::LogicalText logical(std::string_view text, std::uint32_t sourceOffset = 0) {
  ast::LogicalText t;
  t.append(text, sourceOffset);
  return t;
}

inline ParseResult parse(std::string_view text) { return parseShell(logical(text)); }

/// argv[0] of every simple command, in visiting order ("?" when not static, "" when absent).
inline std::vector<std::string> commandNames(const Script& script) {
  std::vector<std::string> names;
  forEachSimpleCommand(script, [&](const SimpleCommand& c) {
    if (!c.argv0())
      names.emplace_back("");
    else
      names.push_back(c.argv0()->value.value_or("?"));
  });
  return names;
}

inline std::vector<const SimpleCommand*> simpleCommands(const Script& script) {
  std::vector<const SimpleCommand*> out;
  forEachSimpleCommand(script, [&](const SimpleCommand& c) { out.push_back(&c); });
  return out;
}

/// The values of a simple command's words ("?" when not static).
inline std::vector<std::string> wordValues(const SimpleCommand& c) {
  std::vector<std::string> out;
  for (const Word& w : c.words)
    out.push_back(w.value.value_or("?"));
  return out;
}

inline std::string_view slice(std::string_view source, SourceRange r) { return source.substr(r.begin, r.size()); }

inline std::vector<std::string> problemMessages(const ParseResult& r) {
  std::vector<std::string> out;
  for (const auto& p : r.problems)
    out.push_back(p.message);
  return out;
}

} // namespace dlint::shell::test
