#pragma once
// Every secret the secret engine finds in a Dockerfile: the whole file text is scanned once
// (comments, heredocs and continuation lines included, since a secret in any of them is in the
// repository), and each SE rule reports the findings of its own provider group.

#include <string_view>
#include <vector>

#include "passes/AnalysisManager.h"
#include "secrets/Detector.h"

namespace dlint::passes {

struct SecretFinding {
  const secrets::Detector* detector = nullptr;
  SourceRange secret; ///< the secret value: what the diagnostic points at and every output masks
  SourceRange match;  ///< the detector's whole match (keyword and context included)
};

class SecretFindings {
public:
  static SecretFindings build(AnalysisManager& analyses);

  /// Every finding, in file order; findings never overlap.
  const std::vector<SecretFinding>& all() const { return findings_; }
  /// The findings that rule `code` (`SE302`) reports, in file order.
  std::vector<const SecretFinding*> ofRule(std::string_view code) const;

private:
  std::vector<SecretFinding> findings_;
};

} // namespace dlint::passes
