// DF513 (opt-in): BuildKit reads the comment right above a named stage or an ARG as its
// description ('# name <description>'), and build tools show it; a comment that does not
// start with the name is then either a wrong description or not meant as one.
#include <algorithm>

#include "passes/rules/RuleClass.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(InvalidDefinitionDescription);

namespace {

/// Comments that are never descriptions: dlint's and other linters' suppressions, BuildKit's
/// own `# check=` comments, separators and license headers.
bool isToolComment(std::string_view comment) {
  // Separator rules ('#######') and license headers describe nothing either.
  if (std::none_of(comment.begin(), comment.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      }))
    return true;
  for (std::string_view prefix : {"dlint", "hadolint", "check=", "noqa", "trivy:", "checkov:", "kics-scan", "nosec",
                                  "syntax=", "escape=", "SPDX-", "Copyright"})
    if (comment.starts_with(prefix))
      return true;
  return false;
}

/// The first word of the comment line that holds `comment` (the last one before `before`):
/// the range to point at, or the instruction's keyword when the line is not found.
SourceRange firstWordRange(const ast::Dockerfile& file, std::string_view text, std::uint32_t before,
                           SourceRange fallback) {
  const SourceRange* line = nullptr;
  for (const SourceRange& comment : file.comments)
    if (comment.end <= before && (!line || comment.begin > line->begin))
      line = &comment;
  if (!line)
    return fallback;
  std::uint32_t begin = line->begin + 1; // past '#'
  while (begin < line->end && (text[begin] == ' ' || text[begin] == '\t'))
    ++begin;
  std::uint32_t end = begin;
  while (end < line->end && text[end] != ' ')
    ++end;
  // Trailing blanks of a one-word comment are not part of the word.
  while (end > begin && (text[end - 1] == '\t' || text[end - 1] == '\r'))
    --end;
  return end > begin ? SourceRange{begin, end} : fallback;
}

} // namespace

void InvalidDefinitionDescription::check(RuleContext& context) const {
  const std::string_view text = context.source().text();
  for (const auto& node : context.dockerfile().instructions) {
    if (node->docComments.empty())
      continue;
    std::vector<std::string> keys;
    std::string what;
    if (const auto* from = ast::dyn_cast<ast::FromInstruction>(node.get())) {
      const ast::Word* name = from->stageName();
      if (!name)
        continue;
      // BuildKit compares with the stage name as it stores it, in lower case.
      std::string lower = name->text;
      std::transform(lower.begin(), lower.end(), lower.begin(),
                     [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
      keys.push_back(lower);
      what = "stage";
    } else if (const auto* arg = ast::dyn_cast<ast::ArgInstruction>(node.get())) {
      for (const ast::ArgDeclaration& declaration : arg->declarations)
        keys.push_back(declaration.name.text);
      what = "ARG";
    }
    if (keys.empty())
      continue;
    const std::string& last = node->docComments.back();
    if (isToolComment(last))
      continue;
    std::string_view first = std::string_view(last).substr(0, last.find(' '));
    if (std::find(keys.begin(), keys.end(), first) != keys.end())
      continue;
    const std::string example = keys.size() > 1 ? "<arg_key>" : keys.front();
    Diagnostic d = context.make(info(), firstWordRange(context.dockerfile(), text, node->range.begin, node->keywordRange),
                                "the comment above this " + what + " is read as its description but does not start "
                                "with its name: write '# " + example + " <description>'");
    d.notes.push_back({"if the comment is not meant as a description, put a line holding only '#' between it and "
                       "the instruction (an empty line does not separate them)",
                       std::nullopt});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
