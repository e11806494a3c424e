// EV504: white space at the end of a line is invisible, and other dotenv readers keep it in an
// unquoted value (compose trims it). White space inside a multi-line quoted value is part of
// the value and is left alone; everywhere else removing it is a safe fix.
#include <algorithm>

#include "passes/rules/env/EnvRuleClasses.h"

namespace dlint::passes::rules {

void EnvTrailingWhitespace::check(EnvRuleContext& context) const {
  const SourceFile& source = context.source();
  std::vector<SourceRange> quotedContents;
  for (const envfile::EnvEntry& entry : context.model().entries)
    if (entry.quote != envfile::QuoteKind::None)
      quotedContents.push_back(entry.valueContent);
  for (std::uint32_t line = 1; line <= source.lineCount(); ++line) {
    const std::string_view text = source.lineText(line);
    const std::size_t kept = text.find_last_not_of(" \t");
    const std::size_t end = text.size();
    const std::size_t begin = kept == std::string_view::npos ? 0 : kept + 1;
    if (begin == end)
      continue;
    const std::uint32_t lineStart = source.lineStart(line);
    const SourceRange trailing{lineStart + static_cast<std::uint32_t>(begin), lineStart + static_cast<std::uint32_t>(end)};
    if (std::any_of(quotedContents.begin(), quotedContents.end(),
                    [&](SourceRange value) { return value.begin <= trailing.begin && trailing.begin < value.end; }))
      continue;
    Diagnostic d = context.make(info(), trailing, "trailing white space");
    d.fixes.push_back({"remove the trailing white space", {{trailing, ""}}, Applicability::Safe});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
