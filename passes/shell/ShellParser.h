#pragma once
// parseShell turns the shell text of a RUN (an ast::LogicalText) into a positioned Script.
// It never throws on bad shell: syntax problems are listed, what was parsed before them is kept,
// and parsing resumes at the next top-level separator.

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "ast/LogicalText.h"
#include "passes/shell/ShellAst.h"

namespace dlint::shell {

struct SyntaxProblem {
  std::uint32_t logical = 0; ///< logical offset of the problem
  SourceRange range;         ///< one source byte there (empty at the end of the text)
  std::string message;
};

struct ParseResult {
  std::shared_ptr<Script> script; ///< never null
  std::vector<SyntaxProblem> problems;
  bool complete = true;           ///< parsed without any problem
};

/// Nesting deeper than this ($( inside $( ..., `if` inside `if`...) is a syntax problem.
inline constexpr int kMaxShellNesting = 256;

ParseResult parseShell(const ast::LogicalText& text);

/// Calls `visit` for every command, pre-order: compound commands and their bodies, pipeline and
/// and-or members, function bodies, and commands inside $(...), `...`, <(...), ${...} and
/// here-document bodies.
void forEachCommand(const Script& script, const std::function<void(const Command&)>& visit);
/// forEachCommand restricted to simple commands.
void forEachSimpleCommand(const Script& script, const std::function<void(const SimpleCommand&)>& visit);

} // namespace dlint::shell
