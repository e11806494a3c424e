#pragma once
// Where the shell text of an instruction comes from, as a LogicalText whose positions map back to
// the Dockerfile: a shell-form RUN (with its here-document bodies, as BuildKit hands them to the
// shell), a `RUN <<EOF` body run as the script, or an exec-form ["sh", "-c", "script"].

#include <optional>
#include <string_view>
#include <vector>

#include "ast/LogicalText.h"
#include "ast/Nodes.h"

namespace dlint::shell {

/// The script a RUN (or any CommandInstruction) runs through a shell, or nullopt when it does not
/// run one (exec form that is not `sh -c`, a `#!` heredoc for another interpreter).
/// `sourceText` is the whole file; it makes exec-form positions exact.
std::optional<ast::LogicalText> shellScriptOf(const ast::CommandInstruction& instruction, std::string_view sourceText);

/// The shell-form text followed by each here-document as `\n<body><NAME>\n`, as BuildKit's
/// dispatchRun builds it; when the whole command is one `<<NAME` word, the body alone.
ast::LogicalText shellFormScript(const ast::Command& command, const std::vector<ast::Heredoc>& heredocs);

/// For exec form `["sh", "-c", "script", ...]` (also bash, dash, ash, zsh, ksh, any directory,
/// combined flags such as `-ec`, and `-o pipefail`): the script, each byte mapped into the JSON
/// string literal. A JSON escape (`\"`, `\n`, `\u00e9`) maps all its decoded bytes to the
/// backslash, so positions inside escapes are approximate. Without `sourceText` (or when it does
/// not match), the script maps byte for byte from the literal's first character.
std::optional<ast::LogicalText> execFormShellScript(const std::vector<ast::Word>& elements, std::string_view sourceText);

} // namespace dlint::shell
