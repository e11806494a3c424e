// RuleInfo's tag queries: hasTag matches whole comma-separated items only, and the registry's
// isOptIn flag agrees with each rule's tag list.
#include <algorithm>

#include <catch2/catch.hpp>

#include "passes/RuleInfo.h"

using dlint::passes::RuleInfo;

namespace {

RuleInfo withTags(std::string_view tags) {
  RuleInfo info{};
  info.tags = tags;
  return info;
}

} // namespace

TEST_CASE("hasTag matches whole tags, not parts of them", "[rules][ruleinfo]") {
  const RuleInfo info = withTags("security,opt-in,secret");
  CHECK(info.hasTag("security"));
  CHECK(info.hasTag("opt-in"));
  CHECK(info.hasTag("secret"));
  CHECK_FALSE(info.hasTag("opt"));
  CHECK_FALSE(info.hasTag("secrets"));
  CHECK_FALSE(info.hasTag(""));
  CHECK_FALSE(withTags("").hasTag("opt-in"));
  CHECK(withTags("opt-in").hasTag("opt-in"));
  CHECK_FALSE(withTags("not-opt-in,optin").hasTag("opt-in"));
}

TEST_CASE("isOptIn agrees with each registered rule's tag list", "[rules][ruleinfo]") {
  std::size_t optIn = 0;
  for (const RuleInfo& rule : dlint::passes::allRules()) {
    const auto tags = rule.tagList();
    const bool listed = std::find(tags.begin(), tags.end(), "opt-in") != tags.end();
    CHECK(rule.isOptIn() == listed);
    optIn += listed ? 1 : 0;
  }
  CHECK(optIn > 0); // the registry has opt-in rules (pinning, HEALTHCHECK, ShellCheck...)
}
