#pragma once
// What dlint knows about a secret detector without running it: one row of Detectors.def.

#include <string_view>
#include <vector>

namespace dlint::secrets {

/// How a detector recognises a secret; on overlapping bytes the more specific kind wins.
enum class DetectorKind : unsigned char {
  Generic, ///< a secret-looking name assigned a high-entropy value
  Context, ///< a value recognised by its surroundings (`AccountKey=`, `user:password@`)
  Token    ///< a vendor's own format, recognisable alone (`ghp_` + 36 characters)
};

struct Detector {
  std::string_view id;          ///< "github-pat"
  std::string_view rule;        ///< "SE302": the rule that reports it
  DetectorKind kind;
  std::string_view description; ///< "GitHub personal access token"
  std::string_view keywords;    ///< comma-separated, lower case
  std::string_view pattern;     ///< RE2 syntax
  double minEntropy;            ///< the secret's entropy must exceed this; 0 = no check

  std::vector<std::string_view> keywordList() const;
};

/// Every detector of Detectors.def, in registry order.
const std::vector<Detector>& allDetectors();
/// The detector with `id`, or null.
const Detector* findDetector(std::string_view id);

} // namespace dlint::secrets
