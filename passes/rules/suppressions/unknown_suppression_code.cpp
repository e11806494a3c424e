// DF502: a suppression that names nothing dlint can silence suppresses nothing, and the finding
// its author meant to silence keeps appearing (or a typo hides which one was meant).
#include "passes/analyses/Suppressions.h"
#include "passes/rules/RuleClass.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(UnknownSuppressionCode);

namespace {

std::string messageFor(const ResolvedCode& code) {
  switch (code.status) {
  case CodeStatus::SyntaxCode:
    return "'" + code.text + "' is a syntax error, which a suppression comment cannot silence";
  case CodeStatus::EnvCode:
    return "'" + code.text + "' is a .env file rule, which never reports in a Dockerfile";
  default: return "unknown code '" + code.text + "' in a suppression comment";
  }
}

void addSuggestion(Diagnostic& d, const std::string& suggestion, SourceRange range) {
  d.notes.push_back({"did you mean '" + suggestion + "'?", std::nullopt});
  d.fixes.push_back(FixIt{"replace with '" + suggestion + "'", {{range, suggestion}}, Applicability::DisplayOnly});
}

} // namespace

void UnknownSuppressionCode::check(RuleContext& context) const {
  const Suppressions& suppressions = context.get<Suppressions>();
  for (const MalformedSuppression& bad : suppressions.malformed) {
    Diagnostic d = context.make(info(), bad.range, bad.message);
    if (bad.suggestion)
      addSuggestion(d, *bad.suggestion, bad.suggestionRange);
    context.emit(std::move(d));
  }
  for (const Suppression& entry : suppressions.entries)
    for (const ResolvedCode& code : entry.codes) {
      if (code.status != CodeStatus::Unknown && code.status != CodeStatus::SyntaxCode &&
          code.status != CodeStatus::EnvCode)
        continue;
      Diagnostic d = context.make(info(), code.range, messageFor(code));
      if (code.suggestion)
        addSuggestion(d, *code.suggestion, code.range);
      if (code.status == CodeStatus::SyntaxCode)
        d.notes.push_back({"use '--ignore " + code.text + "' or the configuration file instead", std::nullopt});
      context.emit(std::move(d));
    }
}

} // namespace dlint::passes::rules
