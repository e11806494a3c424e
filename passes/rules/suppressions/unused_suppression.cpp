// DF501: a suppression that matches no finding is noise, and worse, it will silently hide a
// real finding that appears there later. Only dlint's own comments are checked: hadolint and
// BuildKit comments also serve those tools.
#include <algorithm>

#include "passes/rules/RuleClass.h"
#include "passes/rules/suppressions/UnusedSuppressions.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(UnusedSuppression);

namespace {

std::string quotedList(const std::vector<const ResolvedCode*>& codes) {
  std::string list;
  for (const ResolvedCode* code : codes)
    list += (list.empty() ? "'" : ", '") + code->text + "'";
  return list;
}

/// The comment's whole line, with its newline, so removing it leaves no blank line behind.
SourceRange wholeLine(std::string_view text, SourceRange comment) {
  std::size_t begin = text.rfind('\n', comment.begin == 0 ? 0 : comment.begin - 1);
  begin = begin == std::string_view::npos || comment.begin == 0 ? 0 : begin + 1;
  std::size_t end = text.find('\n', comment.end);
  end = end == std::string_view::npos ? text.size() : end + 1;
  return {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
}

bool isSelfReference(const ResolvedCode& code, const RuleInfo& rule) {
  return code.rules.size() == 1 && code.rules[0]->code == rule.code;
}

} // namespace

// Reported by unusedSuppressionDiagnostics(), called by the linter once every other rule ran.
void UnusedSuppression::check(RuleContext& /*context*/) const {}

std::vector<Diagnostic> unusedSuppressionDiagnostics(const RuleContext& context, const RuleInfo& rule,
                                                     const SuppressionMatcher& matcher,
                                                     const std::function<bool(const RuleInfo&)>& ran) {
  std::vector<Diagnostic> out;
  const Suppressions& suppressions = matcher.suppressions();
  for (std::size_t e = 0; e < suppressions.entries.size(); ++e) {
    const Suppression& entry = suppressions.entries[e];
    if (isForeignForm(entry.form))
      continue;
    std::vector<const ResolvedCode*> unused, kept;
    for (std::size_t c = 0; c < entry.codes.size(); ++c) {
      const ResolvedCode& code = entry.codes[c];
      bool allRan = std::all_of(code.rules.begin(), code.rules.end(), [&](const RuleInfo* r) { return ran(*r); });
      // An ignore of DF501 itself cannot be judged: it is used only by what this function emits.
      if (code.status == CodeStatus::Rules && allRan && !isSelfReference(code, rule) && !matcher.used(e, c))
        unused.push_back(&code);
      else
        kept.push_back(&code);
    }
    if (unused.empty())
      continue;
    const bool plural = unused.size() > 1;
    Diagnostic d = context.make(rule, unused.front()->range,
                                "unused suppression: " + quotedList(unused) + (plural ? " match" : " matches") +
                                    " no finding " +
                                    (entry.form == SuppressionForm::Ignore        ? "on the next instruction"
                                     : entry.form == SuppressionForm::IgnoreStage ? "in this stage"
                                                                                  : "in this file"));
    for (std::size_t i = 1; i < unused.size(); ++i)
      d.highlights.push_back(unused[i]->range);
    FixIt fix;
    if (kept.empty()) {
      fix.message = "remove the suppression comment";
      fix.edits.push_back({wholeLine(context.source().text(), entry.comment), ""});
    } else {
      std::string list;
      for (const ResolvedCode* code : kept)
        list += (list.empty() ? "" : ",") + code->text;
      fix.message = "remove " + quotedList(unused) + " from the suppression";
      fix.edits.push_back({entry.list, list});
    }
    fix.applicability = Applicability::Safe;
    d.fixes.push_back(std::move(fix));
    out.push_back(std::move(d));
  }
  return out;
}

} // namespace dlint::passes::rules
