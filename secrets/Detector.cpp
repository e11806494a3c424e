#include "secrets/Detector.h"

namespace dlint::secrets {

std::vector<std::string_view> Detector::keywordList() const {
  std::vector<std::string_view> list;
  std::string_view rest = keywords;
  while (!rest.empty()) {
    std::size_t comma = rest.find(',');
    std::string_view keyword = rest.substr(0, comma);
    if (!keyword.empty())
      list.push_back(keyword);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
  }
  return list;
}

const std::vector<Detector>& allDetectors() {
  static const std::vector<Detector> detectors = {
#define DLINT_SECRET_DETECTOR(id, rule, kind, description, keywords, pattern, minEntropy) \
  Detector{id, #rule, DetectorKind::kind, description, keywords, pattern, minEntropy},
#include "secrets/Detectors.def"
#undef DLINT_SECRET_DETECTOR
  };
  return detectors;
}

const Detector* findDetector(std::string_view id) {
  for (const Detector& detector : allDetectors())
    if (detector.id == id)
      return &detector;
  return nullptr;
}

} // namespace dlint::secrets
