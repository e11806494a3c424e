#pragma once
// The rule doc pages (docs/rules/<CODE>.md), embedded in the binary at build time by
// output/EmbedRuleDocs.cmake: SARIF's rule help uses them, and so can `dlint explain`.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace dlint::output {

/// The markdown of docs/rules/<code>.md, or nullopt when there is no such page.
std::optional<std::string_view> ruleDoc(std::string_view code);

/// The first paragraph under `## <heading>` in `markdown`, its lines joined with spaces (empty
/// when there is no such section): "What it does" gives a rule's full description.
std::string firstParagraph(std::string_view markdown, std::string_view heading);

namespace detail {
struct RuleDocEntry {
  const char* code;
  const char* markdown;
};
extern const RuleDocEntry kRuleDocs[];
extern const std::size_t kRuleDocCount;
} // namespace detail

} // namespace dlint::output
