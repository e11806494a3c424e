#include "passes/analyses/SecretFindings.h"

#include "secrets/SecretScanner.h"

namespace dlint::passes {

namespace {

SourceRange toRange(secrets::ByteSpan span) {
  return {static_cast<std::uint32_t>(span.begin), static_cast<std::uint32_t>(span.end)};
}

} // namespace

SecretFindings SecretFindings::build(AnalysisManager& analyses) {
  SecretFindings result;
  for (const secrets::SecretMatch& match : secrets::SecretScanner::instance().scan(analyses.source().text()))
    result.findings_.push_back({match.detector, toRange(match.secret), toRange(match.match)});
  return result;
}

std::vector<const SecretFinding*> SecretFindings::ofRule(std::string_view code) const {
  std::vector<const SecretFinding*> out;
  for (const SecretFinding& finding : findings_)
    if (finding.detector->rule == code)
      out.push_back(&finding);
  return out;
}

} // namespace dlint::passes
