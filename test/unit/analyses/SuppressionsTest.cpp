// The suppression comment parser, code resolution, scopes, and matching (docs/suppressions.md).

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "diagnostics/DiagnosticsEngine.h"
#include "frontend/Parser.h"
#include "passes/AnalysisManager.h"
#include "passes/analyses/Suppressions.h"

namespace {

using namespace dlint;
using namespace dlint::passes;

std::vector<std::string> codeTexts(const ParsedSuppressionComment& parsed) {
  std::vector<std::string> out;
  for (const CommentToken& token : parsed.codes)
    out.push_back(token.text);
  return out;
}

/// A parsed file and its Suppressions analysis.
struct Analysed {
  explicit Analysed(std::string text) : engine(sources) {
    file = sources.addFile("Dockerfile", std::move(text));
    result = frontend::parseDockerfile(sources, file, engine);
    analyses = std::make_unique<AnalysisManager>(result.dockerfile, sources.file(file));
  }
  const Suppressions& suppressions() { return analyses->get<Suppressions>(); }
  std::uint32_t offsetOf(std::string_view needle) const {
    return static_cast<std::uint32_t>(sources.file(file).text().find(needle));
  }
  Diagnostic diagnostic(std::string code, std::string_view at) const {
    Diagnostic d;
    d.code = std::move(code);
    d.range = {offsetOf(at), offsetOf(at) + 1};
    return d;
  }
  SourceManager sources;
  DiagnosticsEngine engine;
  FileID file = 0;
  frontend::ParseResult result;
  std::unique_ptr<AnalysisManager> analyses;
};

} // namespace

TEST_CASE("dlint ignore comments parse into codes, reason and list offsets", "[suppress]") {
  auto parsed = parseSuppressionComment("# dlint ignore=DF403, apt-lists-not-removed -- needed later");
  REQUIRE(parsed);
  CHECK(parsed->form == SuppressionForm::Ignore);
  CHECK_FALSE(parsed->error);
  CHECK(codeTexts(*parsed) == std::vector<std::string>{"DF403", "apt-lists-not-removed"});
  CHECK(parsed->codes[0].offset == 15);
  CHECK(parsed->listBegin == 15);
  CHECK(parsed->listEnd == 43);
  CHECK(parsed->reason == "needed later");
}

TEST_CASE("the three dlint forms and the colon spelling", "[suppress]") {
  CHECK(parseSuppressionComment("#dlint ignore-file=DF301")->form == SuppressionForm::IgnoreFile);
  CHECK(parseSuppressionComment("# dlint ignore-stage=DF301")->form == SuppressionForm::IgnoreStage);
  auto colon = parseSuppressionComment("# dlint: ignore=DF301");
  REQUIRE(colon);
  CHECK(colon->form == SuppressionForm::Ignore);
  CHECK(codeTexts(*colon) == std::vector<std::string>{"DF301"});
}

TEST_CASE("ordinary comments are not suppressions", "[suppress]") {
  CHECK_FALSE(parseSuppressionComment("# install curl"));
  CHECK_FALSE(parseSuppressionComment("# dlint is run in CI"));
  CHECK_FALSE(parseSuppressionComment("# dlintrc ignore=DF403"));
  CHECK_FALSE(parseSuppressionComment("# hadolint is also run"));
}

TEST_CASE("malformed dlint comments carry an error", "[suppress]") {
  auto typo = parseSuppressionComment("# dlint ignroe=DF403");
  REQUIRE(typo);
  REQUIRE(typo->error);
  REQUIRE(typo->badWord);
  CHECK(typo->badWord->text == "ignroe");
  CHECK(typo->codes.empty());

  auto noEquals = parseSuppressionComment("# dlint ignore DF403");
  REQUIRE(noEquals);
  CHECK(*noEquals->error == "expected '=' after 'ignore'");

  auto trailing = parseSuppressionComment("# dlint ignore=DF403 because reasons");
  REQUIRE(trailing);
  CHECK(trailing->error);
  CHECK(codeTexts(*trailing) == std::vector<std::string>{"DF403"}); // still honoured

  auto empty = parseSuppressionComment("# dlint ignore=");
  REQUIRE(empty);
  CHECK(*empty->error == "no codes after '='");
}

TEST_CASE("hadolint comments, plain and global", "[suppress]") {
  auto plain = parseSuppressionComment("# hadolint ignore=DL3008,SC2046");
  REQUIRE(plain);
  CHECK(plain->form == SuppressionForm::HadolintIgnore);
  CHECK(codeTexts(*plain) == std::vector<std::string>{"DL3008", "SC2046"});
  auto global = parseSuppressionComment("# hadolint global ignore=DL3015");
  REQUIRE(global);
  CHECK(global->form == SuppressionForm::HadolintGlobal);
}

TEST_CASE("BuildKit's check directive value", "[suppress]") {
  auto parsed = parseCheckDirectiveValue("error=true;skip=JSONArgsRecommended,StageNameCasing");
  REQUIRE(parsed);
  CHECK(parsed->form == SuppressionForm::BuildkitSkip);
  CHECK(codeTexts(*parsed) == std::vector<std::string>{"JSONArgsRecommended", "StageNameCasing"});
  CHECK(parsed->codes[0].offset == 16);
  CHECK_FALSE(parseCheckDirectiveValue("error=true"));
}

TEST_CASE("codes resolve by code, name and alias; others are classified", "[suppress]") {
  CHECK(resolveSuppressionCode("df403", SuppressionForm::Ignore).rules.at(0)->code == "DF403");
  CHECK(resolveSuppressionCode("apt-install-recommends", SuppressionForm::Ignore).rules.at(0)->code == "DF403");
  auto alias = resolveSuppressionCode("DL3002", SuppressionForm::HadolintIgnore);
  CHECK(alias.status == CodeStatus::Rules);
  CHECK(alias.rules.size() >= 2); // DF301 and DF303 both cover DL3002
  CHECK(resolveSuppressionCode("DL9999", SuppressionForm::HadolintIgnore).status == CodeStatus::NoEquivalent);
  CHECK(resolveSuppressionCode("SC2046", SuppressionForm::HadolintIgnore).status == CodeStatus::NoEquivalent);
  CHECK(resolveSuppressionCode("DF110", SuppressionForm::Ignore).status == CodeStatus::SyntaxCode);
  CHECK(resolveSuppressionCode("EV201", SuppressionForm::Ignore).status == CodeStatus::EnvCode);
  auto typo = resolveSuppressionCode("DF4O3", SuppressionForm::Ignore);
  CHECK(typo.status == CodeStatus::Unknown);
  CHECK(typo.suggestion == std::optional<std::string>("DF403"));
  auto buildkit = resolveSuppressionCode("DuplicateStageName", SuppressionForm::BuildkitSkip);
  REQUIRE_FALSE(buildkit.rules.empty());
  CHECK(buildkit.rules[0]->code == "DF204");
  CHECK(resolveSuppressionCode("all", SuppressionForm::BuildkitSkip).rules.size() >= 2);
}

TEST_CASE("next-instruction scope covers the whole continued instruction, not the one after", "[suppress]") {
  Analysed a("FROM debian\n# dlint ignore=DF403\nRUN apt-get update && \\\n    apt-get install -y curl\n"
             "RUN apt-get install -y git\n");
  const Suppressions& s = a.suppressions();
  REQUIRE(s.entries.size() == 1);
  SuppressionMatcher matcher(s);
  CHECK(matcher.suppresses(a.diagnostic("DF403", "install -y curl")));
  CHECK(matcher.used(0, 0));
  CHECK_FALSE(matcher.suppresses(a.diagnostic("DF403", "install -y git")));
  CHECK_FALSE(matcher.suppresses(a.diagnostic("DF402", "install -y curl")));
}

TEST_CASE("a comment between continuation lines covers its own instruction", "[suppress]") {
  Analysed a("FROM debian\nRUN apt-get update && \\\n    # dlint ignore=DF403\n    apt-get install -y curl\n");
  SuppressionMatcher matcher(a.suppressions());
  CHECK(matcher.suppresses(a.diagnostic("DF403", "install -y curl")));
}

TEST_CASE("stage scope is the stage the comment is in, or the one it sits above", "[suppress]") {
  Analysed a("FROM debian AS build\nRUN a\n# dlint ignore-stage=DF302\nFROM debian AS app\nRUN b\n"
             "# dlint ignore-stage=DF403\nRUN c\n");
  const Suppressions& s = a.suppressions();
  REQUIRE(s.entries.size() == 2);
  SuppressionMatcher matcher(s);
  CHECK_FALSE(matcher.suppresses(a.diagnostic("DF302", "RUN a")));
  CHECK(matcher.suppresses(a.diagnostic("DF302", "RUN b")));
  CHECK(matcher.suppresses(a.diagnostic("DF403", "RUN b"))); // same stage, before the comment
  CHECK_FALSE(matcher.suppresses(a.diagnostic("DF403", "RUN a")));
}

TEST_CASE("file scope, hadolint and check=skip map to dlint codes", "[suppress]") {
  Analysed a("# check=skip=DuplicateStageName\n# hadolint global ignore=DL3015\nFROM debian AS x\n"
             "# dlint ignore-file=DF402\nFROM debian AS x\n");
  const Suppressions& s = a.suppressions();
  REQUIRE(s.entries.size() == 3);
  CHECK(s.entries[0].form == SuppressionForm::BuildkitSkip);
  SuppressionMatcher matcher(s);
  CHECK(matcher.suppresses(a.diagnostic("DF204", "FROM debian AS x\n#")));
  CHECK(matcher.suppresses(a.diagnostic("DF403", "FROM")));
  CHECK(matcher.suppresses(a.diagnostic("DF402", "FROM")));
  CHECK_FALSE(matcher.suppresses(a.diagnostic("DF301", "FROM")));
}

TEST_CASE("code ranges point at the codes in the source", "[suppress]") {
  Analysed a("FROM debian\n# dlint ignore=DF4O3 -- typo\nRUN x\n");
  const Suppressions& s = a.suppressions();
  REQUIRE(s.entries.size() == 1);
  const ResolvedCode& code = s.entries[0].codes.at(0);
  CHECK(code.status == CodeStatus::Unknown);
  CHECK(code.range.begin == a.offsetOf("DF4O3"));
  CHECK(code.range.end == a.offsetOf("DF4O3") + 5);
  CHECK(s.entries[0].reason == "typo");
}
