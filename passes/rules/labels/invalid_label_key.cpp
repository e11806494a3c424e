// DF550: Docker's label key format is lower-case letters, digits, '.' and '-', starting with a
// letter and ending with a letter or digit, with no '..' or '--', and com.docker.*,
// io.docker.* and org.dockerproject.* reserved for Docker: other keys are easy to misspell
// and hard to query consistently.
#include <string>

#include "passes/rules/RuleClass.h"
#include "passes/rules/labels/ImageLabels.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(InvalidLabelKey);

namespace {

bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

/// What is wrong with `key`, or empty when it follows the format.
std::string problemWith(std::string_view key) {
  for (std::string_view reserved : {"com.docker.", "io.docker.", "org.dockerproject."})
    if (key.rfind(reserved, 0) == 0)
      return "uses the namespace '" + std::string(reserved.substr(0, reserved.size() - 1)) +
             "', which is reserved for Docker";
  for (char c : key)
    if (c >= 'A' && c <= 'Z') return "has upper-case letters";
  for (char c : key)
    if (!isLower(c) && !isDigit(c) && c != '.' && c != '-')
      return "has the character '" + std::string(1, c) + "' (use lower-case letters, digits, '.' and '-')";
  if (!isLower(key.front())) return "does not start with a letter";
  if (!isLower(key.back()) && !isDigit(key.back())) return "does not end with a letter or digit";
  if (key.find("..") != std::string_view::npos || key.find("--") != std::string_view::npos)
    return "has consecutive separators ('..' or '--')";
  return {};
}

} // namespace

void InvalidLabelKey::check(RuleContext& context) const {
  for (const LabelEntry& entry : labelEntries(context)) {
    if (entry.keyHasVariable || entry.key.empty()) continue;
    const std::string problem = problemWith(entry.key);
    if (problem.empty()) continue;
    context.report(info(), entry.pair->key.range, "label key '" + entry.key + "' " + problem);
  }
}

} // namespace dlint::passes::rules
