#include "passes/rules/secrets/SecretValues.h"

#include "passes/analyses/StageGraph.h"

namespace dlint::passes::rules {

UnquotedValue unquoted(const ast::Word& word) {
  std::string_view text = word.text;
  SourceRange range = word.range;
  // Only when the word's bytes are exactly its text: a continuation inside it moves them.
  const bool contiguous = range.size() == text.size();
  if (text.size() >= 2 && (text.front() == '"' || text.front() == '\'') && text.back() == text.front()) {
    text = text.substr(1, text.size() - 2);
    if (contiguous)
      range = {range.begin + 1, range.end - 1};
  }
  return {text, range};
}

bool mountsSecret(const ast::Instruction& instruction, bool orSsh) {
  for (const ast::Flag& flag : instruction.flags) {
    if (flag.name != "mount")
      continue;
    const std::string type = mountType(flag);
    if (type == "secret" || (orSsh && type == "ssh"))
      return true;
  }
  return false;
}

bool looksLikePath(std::string_view value) {
  return value.size() > 1 && value.front() == '/' && value.find_first_of(" \t") == std::string_view::npos;
}

} // namespace dlint::passes::rules
