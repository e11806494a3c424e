#include "output/RuleDocs.h"

namespace dlint::output {

std::optional<std::string_view> ruleDoc(std::string_view code) {
  for (std::size_t i = 0; i < detail::kRuleDocCount; ++i)
    if (code == detail::kRuleDocs[i].code) return std::string_view(detail::kRuleDocs[i].markdown);
  return std::nullopt;
}

std::string firstParagraph(std::string_view markdown, std::string_view heading) {
  const std::string marker = "## " + std::string(heading) + "\n";
  std::size_t at = markdown.find(marker);
  if (at == std::string_view::npos) return {};
  at += marker.size();
  std::string paragraph;
  while (at < markdown.size()) {
    std::size_t end = markdown.find('\n', at);
    if (end == std::string_view::npos) end = markdown.size();
    std::string_view line = markdown.substr(at, end - at);
    at = end + 1;
    if (line.empty() || line.find_first_not_of(" \t\r") == std::string_view::npos) {
      if (paragraph.empty()) continue; // blank lines before the paragraph
      break;
    }
    if (line.substr(0, 2) == "##" || line.substr(0, 3) == "```") break;
    if (!paragraph.empty()) paragraph += ' ';
    paragraph.append(line);
  }
  return paragraph;
}

} // namespace dlint::output
