// DF226: `ENV KEY value` (no '=') is the legacy form: the whole rest of the line becomes one
// value, so `ENV A 1 B 2` sets A to "1 B 2". BuildKit warns that it may stop accepting it.
#include <string>
#include <string_view>

#include "passes/rules/RuleClass.h"
#include "passes/analyses/StageGraph.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(LegacyKeyValueFormat);

namespace {

/// True when the value has white space outside quotes, so `KEY=value` would split it.
bool hasUnquotedSpace(std::string_view value, char escape) {
  char quote = 0;
  for (std::size_t i = 0; i < value.size(); ++i) {
    char c = value[i];
    if (c == escape && quote != '\'') {
      ++i;
      continue;
    }
    if (quote) {
      if (c == quote)
        quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == ' ' || c == '\t') {
      return true;
    }
  }
  return false;
}

/// `KEY value` -> `KEY=value`, or `KEY="value with spaces"` when quoting cannot change the value.
std::optional<FixIt> keyEqualsValueFix(const ast::KeyValue& pair, std::string_view source, char escape) {
  const SourceRange gap{pair.key.range.end, pair.value.range.begin};
  if (gap.begin >= gap.end || gap.end > source.size() || pair.value.text.empty())
    return std::nullopt;
  for (char c : source.substr(gap.begin, gap.size()))
    if (c != ' ' && c != '\t')
      return std::nullopt; // the value starts on a continuation line: leave the layout alone
  const std::string& value = pair.value.text;
  if (!hasUnquotedSpace(value, escape))
    return FixIt{"write '" + pair.key.text + "=" + value + "'", {{gap, "="}}, Applicability::Safe};
  // Inside double quotes `$` still expands, but quotes and escapes would change meaning.
  if (value.find_first_of(std::string("\"'") + escape) != std::string::npos ||
      pair.value.range.size() != value.size())
    return std::nullopt;
  return FixIt{"write '" + pair.key.text + "=\"" + value + "\"'",
               {{gap, "=\""}, {{pair.value.range.end, pair.value.range.end}, "\""}},
               Applicability::Safe};
}

} // namespace

void LegacyKeyValueFormat::check(RuleContext& context) const {
  char escape = context.dockerfile().escape;
  for (const Stage& stage : context.get<StageGraph>().stages())
    for (const ast::Instruction* node : stage.body) {
      const auto* pairs = ast::dyn_cast<ast::KeyValueInstruction>(node);
      if (!pairs || !pairs->legacyForm || pairs->pairs.size() != 1 || pairs->pairs.front().hasEquals)
        continue;
      const ast::KeyValue& pair = pairs->pairs.front();
      std::string keyword(ast::keywordName(node->kind));
      Diagnostic d = context.make(info(), pair.key.range,
                                  "legacy '" + keyword + " key value' form; write '" + keyword + " key=value'");
      if (std::optional<FixIt> fix = keyEqualsValueFix(pair, context.source().text(), escape))
        d.fixes.push_back(std::move(*fix));
      else
        d.notes.push_back({"in the legacy form the whole rest of the line is the value, quotes and spaces included",
                           std::nullopt});
      context.emit(std::move(d));
    }
}

} // namespace dlint::passes::rules
