// The fix applier: which fixes apply, in which order, and what the text becomes.
#include <catch2/catch.hpp>

#include "fix/FixApplier.h"
#include "fix/FixLoop.h"

using namespace dlint;
using dlint::fix::applyFixes;

namespace {

FixIt replace(std::uint32_t begin, std::uint32_t end, std::string text, Applicability applicability = Applicability::Safe) {
  return FixIt{"fix", {{SourceRange{begin, end}, std::move(text)}}, applicability};
}

std::vector<const FixIt*> pointers(const std::vector<FixIt>& fixes) {
  std::vector<const FixIt*> out;
  for (const FixIt& fix : fixes)
    out.push_back(&fix);
  return out;
}

std::string fixedText(std::string_view text, const std::vector<FixIt>& fixes) {
  return applyFixes(text, pointers(fixes)).text;
}

} // namespace

TEST_CASE("applicability decides what --fix and --unsafe-fixes apply", "[fix]") {
  const FixIt safe = replace(0, 1, "x", Applicability::Safe);
  const FixIt unsafe = replace(0, 1, "x", Applicability::Unsafe);
  const FixIt display = replace(0, 1, "x", Applicability::DisplayOnly);
  CHECK(fix::isApplicable(safe, {false}));
  CHECK_FALSE(fix::isApplicable(unsafe, {false}));
  CHECK(fix::isApplicable(unsafe, {true}));
  CHECK_FALSE(fix::isApplicable(display, {false}));
  CHECK_FALSE(fix::isApplicable(display, {true}));

  Diagnostic d;
  d.fixes = {display, unsafe};
  CHECK(fix::applicableFix(d, {false}) == nullptr);
  CHECK(fix::applicableFix(d, {true}) == &d.fixes[1]);
}

TEST_CASE("overlapping fixes: the first in position order wins, the other waits", "[fix]") {
  // Reported out of position order: the later-reported fix starts first and is kept.
  const std::vector<FixIt> fixes = {replace(4, 10, "B"), replace(2, 6, "A")};
  const fix::ApplyResult result = applyFixes("0123456789", pointers(fixes));
  CHECK(result.text == "01A6789");
  CHECK(result.applied == 1);
  CHECK(result.deferred == 1);
}

TEST_CASE("the edits of one fix are all or nothing", "[fix]") {
  FixIt two{"two edits", {{{0, 1}, "X"}, {{5, 6}, "Y"}}, Applicability::Safe};
  FixIt blocker = replace(0, 2, "Z"); // reported first, at the same position: it wins
  const std::vector<FixIt> fixes = {blocker, two};
  const fix::ApplyResult result = applyFixes("abcdefgh", pointers(fixes));
  CHECK(result.text == "Zcdefgh"); // nothing of 'two', not even its edit at 5
  // The other way round, 'two' starts first and wins whole.
  const std::vector<FixIt> swapped = {two, replace(4, 6, "W")};
  CHECK(applyFixes("abcdefgh", pointers(swapped)).text == "XbcdeYgh");
  CHECK(result.deferred == 1);
}

TEST_CASE("several fixes in one line", "[fix]") {
  const std::string line = "RUN apk add curl && apk add git\n";
  const std::vector<FixIt> fixes = {replace(11, 11, " --no-cache"), replace(27, 27, " --no-cache")};
  CHECK(fixedText(line, fixes) == "RUN apk add --no-cache curl && apk add --no-cache git\n");
}

TEST_CASE("insertions at one offset keep report order, before a replacement there", "[fix]") {
  const std::vector<FixIt> fixes = {replace(3, 5, "[r]"), replace(3, 3, "<1>"), replace(3, 3, "<2>")};
  CHECK(fixedText("abcdefg", fixes) == "abc<1><2>[r]fg");
  // Insertion and deletion at the same offset both apply.
  const std::vector<FixIt> insertDelete = {replace(2, 4, ""), replace(2, 2, "XY")};
  CHECK(fixedText("abcdef", insertDelete) == "abXYef");
  // An insertion at the end of a replaced range is not inside it.
  const std::vector<FixIt> atEnd = {replace(1, 3, "R"), replace(3, 3, "+")};
  CHECK(fixedText("abcd", atEnd) == "aR+d");
  // An insertion strictly inside a replaced range conflicts.
  const std::vector<FixIt> inside = {replace(1, 3, "R"), replace(2, 2, "+")};
  const fix::ApplyResult result = applyFixes("abcd", pointers(inside));
  CHECK(result.text == "aRd");
  CHECK(result.deferred == 1);
}

TEST_CASE("the same fix reported twice is applied once", "[fix]") {
  const std::vector<FixIt> fixes = {replace(3, 3, " -y"), replace(3, 3, " -y")};
  const fix::ApplyResult result = applyFixes("apt install x", pointers(fixes));
  CHECK(result.text == "apt -y install x");
  CHECK(result.deferred == 0);
}

TEST_CASE("fixes outside the text or with self-overlapping edits are refused", "[fix]") {
  FixIt outside = replace(5, 9, "x");
  FixIt selfOverlap{"bad", {{{0, 3}, "a"}, {{2, 4}, "b"}}, Applicability::Safe};
  const std::vector<FixIt> fixes = {outside, selfOverlap};
  const fix::ApplyResult result = applyFixes("abcdef", pointers(fixes));
  CHECK(result.text == "abcdef");
  CHECK(result.invalid == 2);
}

TEST_CASE("CRLF, UTF-8, tabs and the end of a file without newline", "[fix]") {
  // CRLF: the insertion lands before the \r, the line ending is kept.
  const std::string crlf = "FROM alpine\r\nRUN apk add curl\r\n";
  const auto curlEnd = static_cast<std::uint32_t>(crlf.find("add") + 3);
  CHECK(fixedText(crlf, {replace(curlEnd, curlEnd, " --no-cache")}) == "FROM alpine\r\nRUN apk add --no-cache curl\r\n");
  // UTF-8: offsets are bytes, multi-byte characters stay whole.
  const std::string utf8 = "LABEL x=\"h\xC3\xA9llo\" # caf\xC3\xA9\n";
  const auto e = static_cast<std::uint32_t>(utf8.find("\xC3\xA9"));
  CHECK(fixedText(utf8, {replace(e, e + 2, "\xE2\x82\xAC")}) == "LABEL x=\"h\xE2\x82\xACllo\" # caf\xC3\xA9\n");
  // Tabs count as one byte.
  const std::string tabs = "RUN\tapk\tadd\tcurl";
  CHECK(fixedText(tabs, {replace(11, 11, " --no-cache")}) == "RUN\tapk\tadd --no-cache\tcurl");
  // At the very end of a file that has no final newline.
  const std::string noNewline = "RUN apk add curl";
  const auto size = static_cast<std::uint32_t>(noNewline.size());
  CHECK(fixedText(noNewline, {replace(size, size, " && echo done")}) == "RUN apk add curl && echo done");
  CHECK(fixedText(noNewline, {replace(size - 4, size, "")}) == "RUN apk add ");
}

TEST_CASE("the fix loop repeats until nothing applies and stops on new syntax errors", "[fix]") {
  // A fake linter: every 'a' is a finding whose safe fix turns it into 'b'; a "!" is a syntax error.
  const fix::LintFunction lint = [](std::string_view text) {
    fix::LintSnapshot snapshot;
    for (std::uint32_t i = 0; i < text.size(); ++i) {
      if (text[i] == 'a') {
        Diagnostic d;
        d.code = "DF999";
        d.fixes.push_back(replace(i, i + 1, "b"));
        snapshot.diagnostics.push_back(std::move(d));
      }
      if (text[i] == '!') ++snapshot.syntaxErrors;
    }
    return snapshot;
  };
  fix::FixLoopResult result = fix::fixUntilStable("xaxa", lint, {});
  CHECK(result.text == "xbxb");
  CHECK(result.fixesApplied == 2);
  CHECK(result.rounds == 1);
  CHECK_FALSE(result.hitRoundLimit);
  // Idempotence: a second run is a no-op.
  fix::FixLoopResult again = fix::fixUntilStable(result.text, lint, {});
  CHECK(again.text == "xbxb");
  CHECK(again.fixesApplied == 0);
  CHECK(again.rounds == 0);

  // A fix that introduces a syntax error: the round is dropped.
  const fix::LintFunction breaking = [](std::string_view text) {
    fix::LintSnapshot snapshot;
    for (std::uint32_t i = 0; i < text.size(); ++i) {
      if (text[i] == 'a') {
        Diagnostic d;
        d.fixes.push_back(replace(i, i + 1, "!"));
        snapshot.diagnostics.push_back(std::move(d));
      }
      if (text[i] == '!') ++snapshot.syntaxErrors;
    }
    return snapshot;
  };
  fix::FixLoopResult broken = fix::fixUntilStable("xax", breaking, {});
  CHECK(broken.text == "xax");
  CHECK(broken.discardedSyntaxRound);

  // Fixes that never settle: stop after kMaxFixRounds and say so.
  const fix::LintFunction flipFlop = [](std::string_view text) {
    fix::LintSnapshot snapshot;
    Diagnostic d;
    d.fixes.push_back(replace(0, 1, text.front() == 'p' ? "q" : "p"));
    snapshot.diagnostics.push_back(std::move(d));
    return snapshot;
  };
  fix::FixLoopResult looping = fix::fixUntilStable("p", flipFlop, {});
  CHECK(looping.hitRoundLimit);
  CHECK(looping.rounds == fix::kMaxFixRounds);

  // Overlapping fixes are picked up by a later round.
  const fix::LintFunction overlapping = [](std::string_view text) {
    fix::LintSnapshot snapshot;
    if (text == "abc") {
      Diagnostic first;
      first.fixes.push_back(replace(0, 2, "X"));
      Diagnostic second;
      second.fixes.push_back(replace(1, 3, "Y"));
      snapshot.diagnostics = {first, second};
    } else if (text == "Xc") {
      Diagnostic later;
      later.fixes.push_back(replace(1, 2, "Y"));
      snapshot.diagnostics = {later};
    }
    return snapshot;
  };
  fix::FixLoopResult twoRounds = fix::fixUntilStable("abc", overlapping, {});
  CHECK(twoRounds.text == "XY");
  CHECK(twoRounds.rounds == 2);
}
