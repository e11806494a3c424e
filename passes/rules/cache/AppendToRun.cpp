#include "passes/rules/cache/AppendToRun.h"

namespace dlint::passes::rules {

std::optional<FixIt> appendCommandFix(const RunScript& run, std::string_view command, Applicability applicability) {
  const ast::CommandInstruction& instruction = *run.instruction;
  if (instruction.command.json || !instruction.heredocs.empty() || !run.parsed.complete) return std::nullopt;
  const std::string_view text = run.text.text();
  std::size_t end = text.size();
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\n' || text[end - 1] == '\r'))
    --end;
  if (end == 0) return std::nullopt;
  // A comment would swallow the appended text; here-documents end the line themselves.
  if (text.find('#') != std::string_view::npos || text.find("<<") != std::string_view::npos) return std::nullopt;
  const char last = text[end - 1];
  if (last == ';' || last == '&' || last == '|' || last == '\\' || last == '(' || last == '{') return std::nullopt;
  const std::uint32_t offset = run.text.sourceOffset(static_cast<std::uint32_t>(end - 1)) + 1;
  return FixIt{"end the RUN with '" + std::string(command) + "'", {{{offset, offset}, " && " + std::string(command)}},
               applicability};
}

} // namespace dlint::passes::rules
