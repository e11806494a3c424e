// The config loaders: every key of .dlint.yaml, the .hadolint.yaml mapping, the DLINT_*
// variables, merging, and every error with its exact position.

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <string>

#include "config/ConfigFile.h"
#include "config/Environment.h"
#include "config/RuleKeys.h"
#include "config/Settings.h"

using namespace dlint;
using namespace dlint::config;

namespace {

LoadResult dlintConfig(const std::string& text) { return loadConfigText(text, ".dlint.yaml", ConfigKind::Dlint); }
LoadResult hadolintConfig(const std::string& text) {
  return loadConfigText(text, ".hadolint.yaml", ConfigKind::Hadolint);
}

std::string errorOf(const std::string& text) {
  LoadResult result = dlintConfig(text);
  REQUIRE(result.error);
  return *result.error;
}

using Strings = std::vector<std::string>;

} // namespace

TEST_CASE("every .dlint.yaml key is read", "[config]") {
  LoadResult result = dlintConfig(R"(select: [DF3, sudo-in-run]
ignore: [DL3004]
enable: [DF302]
fail-on: error
rules:
  DF302: {level: error, options: {allowed: [a, b], single: x}}
  apt-lists-not-removed: {level: off}
trusted-registries: [docker.io, ghcr.io]
required-labels: {maintainer: email, org.opencontainers.image.source: url}
strict-labels: true
)");
  REQUIRE_FALSE(result.error);
  CHECK(result.messages.empty());
  const Settings& s = result.settings;
  CHECK(s.select == Strings{"DF3", "sudo-in-run"});
  CHECK(s.ignore == Strings{"DL3004"});
  CHECK(s.enable == Strings{"DF302"});
  REQUIRE(s.failOn);
  CHECK(*s.failOn == FailOn(Level::Error));
  REQUIRE(s.levels.count("DF302") == 1);
  CHECK(s.levels.at("DF302") == RuleLevel(Level::Error));
  REQUIRE(s.levels.count("DF402") == 1);
  CHECK_FALSE(s.levels.at("DF402").has_value());
  CHECK(s.perRule.at("DF302").at("allowed") == Strings{"a", "b"});
  CHECK(s.perRule.at("DF302").at("single") == Strings{"x"});
  CHECK(s.trustedRegistries == Strings{"docker.io", "ghcr.io"});
  REQUIRE(s.requiredLabels.size() == 2);
  CHECK(s.requiredLabels[0].name == "maintainer");
  CHECK(s.requiredLabels[0].type == passes::LabelType::Email);
  CHECK(s.requiredLabels[1].type == passes::LabelType::Url);
  CHECK(s.strictLabels == true);

  passes::RuleOptions options = ruleOptions(s);
  CHECK(options.strictLabels);
  REQUIRE(options.option("DF302", "allowed"));
  CHECK(*options.option("DF302", "allowed") == Strings{"a", "b"});
  CHECK(options.option("DF302", "missing") == nullptr);
}

TEST_CASE("an alias in 'rules' sets every rule that has it", "[config]") {
  LoadResult result = dlintConfig("rules:\n  DL3002: {level: info}\n");
  REQUIRE_FALSE(result.error);
  CHECK(result.settings.levels.at("DF301") == RuleLevel(Level::Info));
  CHECK(result.settings.levels.at("DF303") == RuleLevel(Level::Info));
}

TEST_CASE("an empty config file is an empty configuration", "[config]") {
  for (const char* text : {"", "# only a comment\n", "---\n"}) {
    LoadResult result = dlintConfig(text);
    CHECK_FALSE(result.error);
    CHECK(result.settings.select.empty());
    CHECK_FALSE(result.settings.failOn);
  }
}

TEST_CASE("config errors name the file, line and column", "[config]") {
  CHECK(errorOf("select: [DF1]\nfrobnicate: 1\n") ==
        ".dlint.yaml:2:1: error: unknown key 'frobnicate' (expected select, ignore, enable, fail-on, rules, "
        "trusted-registries, required-labels or strict-labels)");
  CHECK(errorOf("select: DF1\n") == ".dlint.yaml:1:9: error: 'select' must be a list of rule codes, not 'DF1'");
  CHECK(errorOf("ignore:\n  - DF302\n  - DF99999\n") == ".dlint.yaml:3:5: error: unknown rule 'DF99999' in 'ignore'");
  CHECK(errorOf("select: [sudo-in-rnu]\n") ==
        ".dlint.yaml:1:10: error: unknown rule 'sudo-in-rnu' in 'select'; did you mean 'sudo-in-run'?");
  CHECK(errorOf("enable: [DF3]\n") == ".dlint.yaml:1:10: error: unknown rule 'DF3' in 'enable'");
  CHECK(errorOf("fail-on: sometimes\n") ==
        ".dlint.yaml:1:10: error: invalid 'fail-on' value 'sometimes' (expected error, warning, info, style or never)");
  CHECK(errorOf("rules:\n  DF302: {level: loud}\n") ==
        ".dlint.yaml:2:18: error: invalid level 'loud' for rule 'DF302' (expected error, warning, info, style or off)");
  CHECK(errorOf("rules:\n  DF999: {level: off}\n") == ".dlint.yaml:2:3: error: unknown rule 'DF999' in 'rules'");
  CHECK(errorOf("rules:\n  DF302: {colour: red}\n") ==
        ".dlint.yaml:2:11: error: unknown key 'colour' in rule 'DF302' (expected level or options)");
  CHECK(errorOf("rules:\n  DF302: error\n") ==
        ".dlint.yaml:2:10: error: the settings of rule 'DF302' must be a mapping (level, options), not 'error'");
  CHECK(errorOf("rules:\n  DF302:\n    options: {a: {b: c}}\n") ==
        ".dlint.yaml:3:18: error: option 'a' of rule 'DF302' must be a string or a list of strings, not a mapping");
  CHECK(errorOf("rules: [DF302]\n") ==
        ".dlint.yaml:1:8: error: 'rules' must be a mapping from rule codes to settings, not a list");
  CHECK(errorOf("trusted-registries: {a: b}\n") ==
        ".dlint.yaml:1:21: error: 'trusted-registries' must be a list of strings, not a mapping");
  CHECK(errorOf("required-labels: {maintainer: phone}\n") ==
        ".dlint.yaml:1:31: error: invalid type 'phone' for label 'maintainer' (expected text, url, semver, hash, "
        "rfc3339, spdx or email)");
  CHECK(errorOf("required-labels: [maintainer]\n") ==
        ".dlint.yaml:1:18: error: 'required-labels' must be a mapping from label names to types, not a list");
  CHECK(errorOf("strict-labels: maybe\n") == ".dlint.yaml:1:16: error: 'strict-labels' must be true or false, not 'maybe'");
  CHECK(errorOf("- select\n") == ".dlint.yaml:1:1: error: a config file must be a mapping of keys, not a list");
}

TEST_CASE("invalid and truncated YAML is an error with a position", "[config]") {
  std::string truncated = errorOf("select: [DF1, DF2\n");
  CHECK(truncated.rfind(".dlint.yaml:2:1: error: invalid YAML: ", 0) == 0);
  std::string badIndent = errorOf("select:\n  - DF1\n bad: [\n");
  CHECK(badIndent.find(": error: invalid YAML: ") != std::string::npos);
  std::string tab = errorOf("rules:\n\tDF302: {}\n");
  CHECK(tab.find(": error: ") != std::string::npos);
}

TEST_CASE(".hadolint.yaml is mapped onto dlint's settings", "[config]") {
  LoadResult result = hadolintConfig(R"(ignored: [DL3004, SC2086, DL9999]
override:
  error: [DL3002]
  style: [DL3015]
failure-threshold: info
trustedRegistries: [my.registry]
label-schema: {version: semver}
strict-labels: true
format: json
frobnicate: 1
)");
  REQUIRE_FALSE(result.error);
  const Settings& s = result.settings;
  CHECK(s.ignore == Strings{"DL3004"});
  CHECK(s.levels.at("DF301") == RuleLevel(Level::Error));
  CHECK(s.levels.at("DF303") == RuleLevel(Level::Error));
  REQUIRE(s.failOn);
  CHECK(*s.failOn == FailOn(Level::Info));
  CHECK(s.trustedRegistries == Strings{"my.registry"});
  REQUIRE(s.requiredLabels.size() == 1);
  CHECK(s.requiredLabels[0].type == passes::LabelType::Semver);
  CHECK(s.strictLabels == true);
  CHECK(result.messages == Strings{
      ".hadolint.yaml:1:10: note: 'SC2086' is a ShellCheck code; dlint does not run ShellCheck, so it is ignored",
      ".hadolint.yaml:1:10: note: no dlint rule corresponds to 'DL9999'; it is ignored",
      ".hadolint.yaml:9:1: note: hadolint's 'format' has no equivalent in a config file; use dlint's command line",
      ".hadolint.yaml:10:1: warning: unknown hadolint key 'frobnicate' is ignored",
  });
}

TEST_CASE("hadolint's thresholds and no-fail", "[config]") {
  CHECK(*hadolintConfig("failure-threshold: none\n").settings.failOn == FailOn(Level::Style));
  CHECK(*hadolintConfig("failure-threshold: error\n").settings.failOn == FailOn(Level::Error));
  CHECK(*hadolintConfig("no-fail: true\n").settings.failOn == FailOn());
  LoadResult bad = hadolintConfig("failure-threshold: never\n");
  REQUIRE(bad.error);
  CHECK(*bad.error == ".hadolint.yaml:1:20: error: invalid 'failure-threshold' 'never' (expected error, warning, "
                      "info, style, ignore or none)");
  LoadResult badType = hadolintConfig("ignored: DL3004\n");
  REQUIRE(badType.error);
  CHECK(*badType.error == ".hadolint.yaml:1:10: error: 'ignored' must be a list of strings, not 'DL3004'");
}

TEST_CASE("the config kind follows the file name", "[config]") {
  CHECK(kindOfConfigFile(".hadolint.yaml") == ConfigKind::Hadolint);
  CHECK(kindOfConfigFile("ci/x.hadolint.yml") == ConfigKind::Hadolint);
  CHECK(kindOfConfigFile(".dlint.yaml") == ConfigKind::Dlint);
  CHECK(kindOfConfigFile("hadolint/.dlint.yml") == ConfigKind::Dlint);
}

TEST_CASE("layers merge: lists concatenate, scalars take the later value", "[config]") {
  Settings env;
  env.select = {"DF1"};
  env.failOn = FailOn(Level::Error);
  env.strictLabels = true;
  env.levels["DF302"] = RuleLevel(Level::Info);
  env.requiredLabels = {{"a", passes::LabelType::Text}};
  Settings file;
  file.select = {"DF3"};
  file.levels["DF302"] = RuleLevel();
  file.requiredLabels = {{"a", passes::LabelType::Url}};
  Settings cli;
  cli.failOn = FailOn();
  Settings merged = merge(merge(env, file), cli);
  CHECK(merged.select == Strings{"DF1", "DF3"});
  CHECK(*merged.failOn == FailOn());
  CHECK(merged.strictLabels == true);
  CHECK_FALSE(merged.levels.at("DF302").has_value());
  passes::RuleOptions options = ruleOptions(merged);
  REQUIRE(options.requiredLabels.size() == 1);
  CHECK(options.requiredLabels[0].type == passes::LabelType::Url);
  CHECK(failOnOf(Settings{}) == FailOn(Level::Warning));
}

TEST_CASE("DLINT_* variables", "[config]") {
  std::map<std::string, std::string> vars;
  auto lookup = [&](const char* name) -> const char* {
    auto found = vars.find(name);
    return found == vars.end() ? nullptr : found->second.c_str();
  };
  vars = {{"DLINT_SELECT", "DF3, DF4"}, {"DLINT_IGNORE", "DL3004"}, {"DLINT_ENABLE", "DF302"},
          {"DLINT_FAIL_ON", "never"}, {"DLINT_FORMAT", "json"}, {"DLINT_CONFIG", "x.yaml"},
          {"DLINT_NO_CONFIG", "0"}};
  auto read = readEnvironment(lookup);
  REQUIRE(std::holds_alternative<EnvironmentSettings>(read));
  const EnvironmentSettings& env = std::get<EnvironmentSettings>(read);
  CHECK(env.settings.select == Strings{"DF3", "DF4"});
  CHECK(env.settings.ignore == Strings{"DL3004"});
  CHECK(env.settings.enable == Strings{"DF302"});
  CHECK(*env.settings.failOn == FailOn());
  CHECK(env.format == output::Format::Json);
  CHECK(env.configPath == "x.yaml");
  CHECK_FALSE(env.noConfig);

  auto errorFor = [&](std::map<std::string, std::string> set) {
    vars = std::move(set);
    auto result = readEnvironment(lookup);
    REQUIRE(std::holds_alternative<std::string>(result));
    return std::get<std::string>(result);
  };
  CHECK(errorFor({{"DLINT_FAIL_ON", "loud"}}) ==
        "invalid value 'loud' in DLINT_FAIL_ON (expected error, warning, info, style or never)");
  CHECK(errorFor({{"DLINT_SELECT", "DF302,nope"}}) == "unknown rule 'nope' in DLINT_SELECT");
  CHECK(errorFor({{"DLINT_NO_CONFIG", "perhaps"}}) ==
        "invalid value 'perhaps' in DLINT_NO_CONFIG (expected 1, true, yes, on, 0, false, no or off)");
  CHECK(errorFor({{"DLINT_FORMAT", "xml"}}).rfind("invalid value 'xml' in DLINT_FORMAT (expected ", 0) == 0);

  vars = {{"DLINT_NO_CONFIG", "1"}, {"DLINT_SELECT", ""}};
  auto set = readEnvironment(lookup);
  REQUIRE(std::holds_alternative<EnvironmentSettings>(set));
  CHECK(std::get<EnvironmentSettings>(set).noConfig);
  CHECK(std::get<EnvironmentSettings>(set).settings.select.empty());
}

TEST_CASE("rule keys resolve through codes, names and aliases", "[config]") {
  CHECK(codesNamedBy("df302") == Strings{"DF302"});
  CHECK(codesNamedBy("sudo-in-run") == Strings{"DF302"});
  CHECK(codesNamedBy("DL3002") == Strings{"DF301", "DF303"});
  CHECK(codesNamedBy("DF101").size() == 1); // syntax codes too
  CHECK(codesNamedBy("DF3").empty());
  CHECK(patternMatchesAnything("DF3"));
  CHECK_FALSE(patternMatchesAnything("XX"));
  const Strings close = suggestRuleKeys("DF3022");
  CHECK(std::find(close.begin(), close.end(), "DF302") != close.end());
  CHECK(suggestRuleKeys("zzzzzzzz").empty());
  CHECK(didYouMean({}).empty());
  CHECK(didYouMean({"a", "b"}) == "; did you mean 'a' or 'b'?");
}
