// DF211: a stage is already built for $TARGETPLATFORM; saying so again is noise, and it
// suggests to readers that the flag changes something.
#include <set>

#include "passes/rules/RuleClass.h"
#include "passes/rules/images/BaseImages.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(RedundantTargetPlatform);

namespace {

/// The flag and the blanks after it; the whole line when the flag is alone on a continued
/// line, so that no blank continuation line is left behind.
SourceRange removalRange(std::string_view text, SourceRange flag, char escape) {
  SourceRange range = images::withTrailingBlanks(text, flag);
  std::size_t lineStart = text.rfind('\n', flag.begin == 0 ? 0 : flag.begin - 1);
  lineStart = lineStart == std::string_view::npos ? 0 : lineStart + 1;
  if (lineStart >= flag.begin || text.substr(lineStart, flag.begin - lineStart).find_first_not_of(" \t") !=
                                     std::string_view::npos)
    return range;
  std::size_t end = range.end;
  if (end < text.size() && text[end] == escape) {
    std::size_t after = end + 1;
    if (after < text.size() && text[after] == '\r')
      ++after;
    if (after < text.size() && text[after] == '\n')
      return {static_cast<std::uint32_t>(lineStart), static_cast<std::uint32_t>(after + 1)};
  }
  return range;
}

} // namespace

void RedundantTargetPlatform::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  const images::DefaultBuildArgs& args = context.get<images::RepresentativeBuiltinArgs>().args;
  // TARGETPLATFORM takes a real value (linux/amd64) so that `${TARGETPLATFORM%/*}` differs
  // from it, as in BuildKit. A global 'ARG TARGETPLATFORM=...' replaces the built-in: the flag then does something.
  if (args.globalDeclaration("TARGETPLATFORM"))
    return;
  const std::string_view text = context.source().text();
  const char escape = context.dockerfile().escape;
  for (const Stage& stage : graph.stages()) {
    const ast::Flag* flag = stage.from->findFlag("platform");
    if (!flag || !flag->hasValue)
      continue;
    images::FromWord word = args.expand(flag->value);
    if (!word.expansion.ok())
      continue;
    std::set<std::string> matched;
    bool unmatched = false;
    for (const expansion::VariableReference& ref : word.expansion.references) {
      if (ref.set)
        matched.insert(ref.name);
      else
        unmatched = true;
    }
    if (unmatched || matched.size() != 1 || *matched.begin() != "TARGETPLATFORM" ||
        std::optional<std::string_view>(word.expansion.value) != args.environment().lookup("TARGETPLATFORM"))
      continue;
    Diagnostic d = context.make(info(), flag->range,
                                "'" + std::string(text.substr(flag->range.begin, flag->range.size())) +
                                    "' is redundant: a stage is built for the target platform by default");
    d.fixes.push_back({"remove '--platform'", {{removalRange(text, flag->range, escape), ""}}, Applicability::Safe});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
