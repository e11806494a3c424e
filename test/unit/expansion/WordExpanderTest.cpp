// processWord / processWords beyond BuildKit's tables: each operator, BuildKit's error texts,
// the backtick escape, reference positions, lexer options, and BuildKit's own
// TestProcessWithMatches / TestShellParserMandatoryEnvVars cases.

#include <catch2/catch.hpp>

#include <chrono>
#include <map>
#include <string>
#include <vector>

#include "passes/expansion/ReferenceFinder.h"
#include "passes/expansion/WordExpander.h"
#include "test/unit/expansion/ReferencePrinting.h"

using namespace dlint::expansion;
using dlint::SourceRange;

namespace {

Environment envOf(const std::map<std::string, std::string>& values) {
  Environment env;
  for (const auto& [k, v] : values)
    env.set(k, v);
  return env;
}

std::string expand(const std::string& word, const Environment& env, ExpandOptions options = {}) {
  const ExpandResult r = processWord(word, env, options);
  return r.ok() ? r.value : "error: " + r.error->message;
}

std::string expand(const std::string& word, const std::map<std::string, std::string>& values = {}) {
  return expand(word, envOf(values));
}

const std::string kReplacementChar = "\xEF\xBF\xBD";

} // namespace

TEST_CASE("default and alternate operators tell unset from empty", "[expansion]") {
  const Environment unset;
  const Environment empty = envOf({{"A", ""}});
  const Environment value = envOf({{"A", "v"}});
  CHECK(expand("${A:-w}", unset) == "w");
  CHECK(expand("${A:-w}", empty) == "w");
  CHECK(expand("${A:-w}", value) == "v");
  CHECK(expand("${A-w}", unset) == "w");
  CHECK(expand("${A-w}", empty) == "");
  CHECK(expand("${A-w}", value) == "v");
  CHECK(expand("${A:+w}", unset) == "");
  CHECK(expand("${A:+w}", empty) == "");
  CHECK(expand("${A:+w}", value) == "w");
  CHECK(expand("${A+w}", unset) == "");
  CHECK(expand("${A+w}", empty) == "w");
  CHECK(expand("${A+w}", value) == "w");
}

TEST_CASE("required-variable operators fail with BuildKit's messages", "[expansion]") {
  CHECK(expand("${A:?}") == "error: A: is not allowed to be unset");
  CHECK(expand("${A:?}", {{"A", ""}}) == "error: A: is not allowed to be empty");
  CHECK(expand("${A:?}", {{"A", "v"}}) == "v");
  CHECK(expand("${A?}") == "error: A: is not allowed to be unset");
  CHECK(expand("${A?}", {{"A", ""}}) == "");
  CHECK(expand("${A?set me $B}", {{"B", "please"}}) == "error: A: set me please");

  // lex_test.go TestShellParserMandatoryEnvVars
  const std::string noEmpty = "${VAR:?message here$ARG}";
  const std::string noUnset = "${VAR?message here$ARG}";
  CHECK(expand(noEmpty, {{"VAR", "plain"}, {"ARG", "x"}}) == "plain");
  CHECK(expand(noEmpty, {{"VAR", ""}, {"ARG", "x"}}) == "error: VAR: message herex");
  CHECK(expand(noEmpty, {{"ARG", "x"}}) == "error: VAR: message herex");
  CHECK(expand(noUnset, {{"VAR", "plain"}, {"ARG", "x"}}) == "plain");
  CHECK(expand(noUnset, {{"VAR", ""}, {"ARG", "x"}}) == "");
  CHECK(expand(noUnset, {{"ARG", "x"}}) == "error: VAR: message herex");
}

TEST_CASE("prefix, suffix and replacement operators match BuildKit", "[expansion]") {
  // lex_test.go TestProcessWithMatches
  CHECK(expand("${FOO#()[]{\\}^$.\\*\\?|\\\\}", {{"FOO", "()[]{}^$.*?|\\x"}}) == "x");
  CHECK(expand("${FOO%%\\**}", {{"FOO", "xx**"}}) == "xx");
  CHECK(expand("${FOO#*x*y}", {{"FOO", "xxyy"}}) == "y");
  CHECK(expand("${FOO#*}", {{"FOO", "xxyy"}}) == "xxyy");
  CHECK(expand("${FOO#$BAR}", {{"FOO", "xxyy"}, {"BAR", "x"}}) == "xyy");
  CHECK(expand("${FOO#$BAR}", {{"FOO", "xxyy"}, {"BAR", ""}}) == "xxyy");
  CHECK(expand("${FOO#}", {{"FOO", "xxyy"}}) == "xxyy");
  CHECK(expand("${FOO##*x}", {{"FOO", "xxyy"}}) == "yy");
  CHECK(expand("${FOO##}", {{"FOO", "xxyy"}}) == "xxyy");
  CHECK(expand("${FOO#?\\?}", {{"FOO", "???y"}}) == "?y");
  CHECK(expand("${ABC:-.}${FOO%x}${ABC:-.}", {{"FOO", "xxyy"}}) == ".xxyy.");
  CHECK(expand("${FOO%%\\**\\*}", {{"FOO", "a***yy*"}}) == "a");
  CHECK(expand("${FOO%}", {{"FOO", "xxyy"}}) == "xxyy");
  CHECK(expand("${FOO%%$BAR}", {{"FOO", "xxyy"}, {"BAR", ""}}) == "xxyy");
  CHECK(expand("${FOO/$NEEDLE/.} - ${FOO//$NEEDLE/.}", {{"FOO", "/foo*/*/*.txt"}, {"NEEDLE", "\\*/"}}) ==
        "/foo.*/*.txt - /foo..*.txt");
  CHECK(expand("${FOO/$NEEDLE/} - ${FOO//$NEEDLE/}", {{"FOO", "/tmp/tmp/bar.txt"}, {"NEEDLE", "/tmp"}}) ==
        "/tmp/bar.txt - /bar.txt");
  CHECK(expand("${FOO/$NEEDLE/$REPLACEMENT} - ${FOO//$NEEDLE/$REPLACEMENT}",
               {{"FOO", "/a/foo/b/c.txt"}, {"NEEDLE", "/?/"}, {"REPLACEMENT", "/"}}) ==
        "/foo/b/c.txt - /foo/c.txt");
  CHECK(expand("${FOO/$NEEDLE/$REPLACEMENT}",
               {{"FOO", "http://google.de"}, {"NEEDLE", "http://"}, {"REPLACEMENT", "https://"}}) ==
        "https://google.de");
  CHECK(expand("${FOO//\\//\\/}", {{"FOO", "/tmp/foo.txt"}}) == "\\/tmp\\/foo.txt");
  CHECK(expand("${FOO/$BAR/ww}", {{"FOO", "xxyy"}, {"BAR", ""}}) == "wwxxyy");
  CHECK(expand("${FOO///}", {{"FOO", "xxyy"}}) == "xxyy");
  CHECK(expand("${FOO///}") == "");

  // Shortest and longest forms.
  const std::map<std::string, std::string> path{{"P", "/usr/local/bin/tool.tar.gz"}};
  CHECK(expand("${P#*/}", path) == "usr/local/bin/tool.tar.gz");
  CHECK(expand("${P##*/}", path) == "tool.tar.gz");
  CHECK(expand("${P%.*}", path) == "/usr/local/bin/tool.tar");
  CHECK(expand("${P%%.*}", path) == "/usr/local/bin/tool");
  CHECK(expand("${P/o/0}", path) == "/usr/l0cal/bin/tool.tar.gz");
  CHECK(expand("${P//o/0}", path) == "/usr/l0cal/bin/t00l.tar.gz");
  // `*` and `?` do not match a newline, as Go's `.` does not.
  CHECK(expand("${A##*b}", {{"A", "ab\nab"}}) == "\nab");
  CHECK(expand("${A#a?b}", {{"A", "a\nbc"}}) == "a\nbc");
  // Quotes in a pattern are removed before it is compiled, so a quoted `*` still matches anything.
  CHECK(expand("${A#\"*\"}", {{"A", "abc"}}) == "abc");
  CHECK(expand("${A##\"*\"}", {{"A", "abc"}}) == "");
  // The replacement keeps backslashes; `\}` ends neither the pattern nor the replacement.
  CHECK(expand("${A/*/\\}}", {{"A", "x"}}) == "\\}");
}

TEST_CASE("replace-all uses Go's template rules and empty-match stepping", "[expansion]") {
  // Only `//` goes through Regexp.ReplaceAllString: `$0` is the match, `$$` a dollar, any
  // other `$name` empty. Single quotes get a `$` past the lexer.
  CHECK(expand("${A//o/'<$0>'}", {{"A", "foo"}}) == "f<o><o>");
  CHECK(expand("${A//o/'<${0}>'}", {{"A", "foo"}}) == "f<o><o>");
  CHECK(expand("${A/o/'<$0>'}", {{"A", "foo"}}) == "f<$0>o");
  CHECK(expand("${A//o/'$$'}", {{"A", "foo"}}) == "f$$");
  CHECK(expand("${A//o/'$1$x${'}", {{"A", "foo"}}) == "f${${");
  // An empty pattern matches between every rune; an empty match right after a match is skipped.
  CHECK(expand("${A//$E/-}", {{"A", "abc"}, {"E", ""}}) == "-a-b-c-");
  CHECK(expand("${A//*/X}", {{"A", "ab\ncd"}}) == "X\nX");
  CHECK(expand("${A//x*/Y}", {{"A", "axbxc"}}) == "aY");
}

TEST_CASE("syntax errors carry BuildKit's messages and the failing range", "[expansion]") {
  struct Case {
    std::string word;
    std::string message;
  };
  const std::vector<Case> cases{
      {"${}", "syntax error: bad substitution"},
      {"a${:-x}", "syntax error: bad substitution"},
      {"${{A}", "syntax error: bad substitution"},
      {"${", "syntax error: missing '}'"},
      {"${A:-x", "syntax error: missing '}'"},
      {"${A:", "syntax error: missing '}'"},
      {"${A:}", "syntax error: missing '}'"},
      {"${A:-${B:?oops}", "syntax error: missing '}'"},
      {"${A:-'x}", "syntax error: missing '}'"},
      {"${A", "unsupported modifier (" + kReplacementChar + ") in substitution"},
      {"${A:=x}", "unsupported modifier (:=) in substitution"},
      {"${A:}}", "unsupported modifier (:}) in substitution"},
      {"${A=x}", "unsupported modifier (=) in substitution"},
      {"${A:#x}", "unsupported modifier (:#) in substitution"},
      {"${A:%%x}", "unsupported modifier (:%) in substitution"},
      {"${#A}", "unsupported modifier (A) in substitution"},
      {"${!A}", "unsupported modifier (A) in substitution"},
      {"${.}", "unsupported modifier (.) in substitution"},
      {"${A/x}", "syntax error: missing '/' in ${}"},
      {"${A//}", "syntax error: missing '/' in ${}"},
      {"'abc", "unexpected end of statement while looking for matching single-quote"},
      {"\"abc", "unexpected end of statement while looking for matching double-quote"},
      {"\"abc\\\"", "unexpected end of statement while looking for matching double-quote"},
      {"${A:-${B:?oops}}", "B: oops"},
      {"${A#\\x}", "invalid pattern (\\x) in substitution: invalid escape '\\x'"},
      // The suffix forms report the reversed pattern, as BuildKit does.
      {"${A%a\\x}", "invalid pattern (\\xa) in substitution: invalid escape '\\x'"},
  };
  for (const Case& c : cases) {
    INFO(c.word);
    const ExpandResult r = processWord(c.word, Environment{});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error->message == c.message);
    CHECK(r.value.empty());
  }

  // A pattern that arrives from a variable can end in a lone backslash: Go prints EOF with %c.
  CHECK(expand("${A#$P}", {{"A", "x"}, {"P", "ab\\"}}) ==
        "error: invalid pattern (ab\\) in substitution: invalid escape '\\" + kReplacementChar + "'");

  const ExpandResult r = processWord("he${XXX:?}", Environment{});
  REQUIRE_FALSE(r.ok());
  CHECK(r.error->processMessage == "failed to process \"he${XXX:?}\": XXX: is not allowed to be unset");
  CHECK(r.error->range == SourceRange{2, 10});

  const ExpandResult quote = processWord("ab 'cd", Environment{});
  REQUIRE_FALSE(quote.ok());
  CHECK(quote.error->range == SourceRange{3, 6});

  const ExpandResult nested = processWord("x${A:-${}}", Environment{});
  REQUIRE_FALSE(nested.ok());
  CHECK(nested.error->message == "syntax error: bad substitution");
  CHECK(nested.error->range == SourceRange{6, 8});
}

TEST_CASE("a backtick escape character escapes and the backslash is literal", "[expansion]") {
  ExpandOptions tick;
  tick.escape = '`';
  const Environment env = envOf({{"A", "v"}});
  CHECK(expand("`$A", env, tick) == "$A");
  CHECK(expand("\\$A", env, tick) == "\\v");
  CHECK(expand("a`b", env, tick) == "ab");
  CHECK(expand("a\\b", env, tick) == "a\\b");
  CHECK(expand("\"a`\"b\"", env, tick) == "a\"b");
  CHECK(expand("\"a`b\"", env, tick) == "a`b");
  CHECK(expand("\"a\\b\"", env, tick) == "a\\b");
  CHECK(expand("trail`", env, tick) == "trail");
  CHECK(expand("${A:-x`}y}", Environment{}, tick) == "x}y");
  // Patterns keep using `\` for their own escapes: the escape directive does not apply to them.
  CHECK(expand("${A#\\*}", envOf({{"A", "*x"}}), tick) == "x");
  CHECK(expand("${A#`*}", envOf({{"A", "`abc"}}), tick) == "abc");
  // and with the default escape, a backtick is an ordinary character
  CHECK(expand("`$A", env) == "`v");
}

TEST_CASE("references report their byte ranges, operator, depth and whether they were set", "[expansion]") {
  const Environment env = envOf({{"E", "e"}});
  const ExpandResult r = processWord("a${B:-$C}d\"$E\"", env);
  REQUIRE(r.ok());
  CHECK(r.value == "ad" "e");
  REQUIRE(r.references.size() == 3);
  // Looked up in BuildKit's order: the modifier's word before the name it belongs to.
  CHECK(r.references[0] == VariableReference{"C", {6, 8}, {7, 8}, "", false, 1, false});
  CHECK(r.references[1] == VariableReference{"B", {1, 9}, {3, 4}, ":-", true, 0, false});
  CHECK(r.references[2] == VariableReference{"E", {11, 13}, {12, 13}, "", false, 0, true});
  CHECK(unmatchedNames(r.references) == std::vector<std::string>{"C", "B"});

  const ExpandResult ops = processWord("${A##*/}${A%%x}${A//a/b}${A/a/b}$1x${@}", Environment{});
  REQUIRE(ops.ok());
  REQUIRE(ops.references.size() == 6);
  CHECK(ops.references[0].op == "##");
  CHECK(ops.references[1].op == "%%");
  CHECK(ops.references[2].op == "//");
  CHECK(ops.references[3].op == "/");
  CHECK(ops.references[4].name == "1");
  CHECK(ops.references[4].range == SourceRange{32, 34});
  CHECK(ops.references[5].name == "@");

  // The example of docs/expansion.md.
  const ExpandResult doc = processWord("${PWD}/${DIR:-src}", Environment::fromList({"PWD=/home", "EMPTY="}));
  CHECK(doc.value == "/home/src");
  REQUIRE(doc.references.size() == 2);
  CHECK(doc.references[0] == VariableReference{"PWD", {0, 6}, {2, 5}, "", true, 0, true});
  CHECK(doc.references[1] == VariableReference{"DIR", {7, 18}, {9, 12}, ":-", true, 0, false});

  // Offsets are bytes: each Hangul syllable is three.
  const ExpandResult korean = processWord("안녕${X}", Environment{});
  REQUIRE(korean.references.size() == 1);
  CHECK(korean.references[0].range == SourceRange{6, 10});
  CHECK(korean.references[0].nameRange == SourceRange{8, 9});

  // Nothing inside single quotes or after an escaped `$` is a reference.
  CHECK(processWord("'$A' \\$B \"\\$C\"", Environment{}).references.empty());

  // The grammar finds the same references without an environment.
  const auto found = findReferences("a${B:-$C}d\"$E\"");
  REQUIRE(found.has_value());
  REQUIRE(found->size() == 3);
  CHECK((*found)[1] == VariableReference{"B", {1, 9}, {3, 4}, ":-", true, 0, false});
  CHECK_FALSE(findReferences("${A:-x").has_value());
  CHECK_FALSE(findReferences("$A", ExpandOptions{'x', false, false, false, false}).has_value());
}

TEST_CASE("BuildKit's matched and unmatched sets", "[expansion]") {
  const Environment env = envOf({{"FOO", "xxx"}, {"BAR", ""}});
  const ExpandResult plain = processWord("${FOO-aaa} ${BAR-bbb} ${BAZ-ccc}", env);
  CHECK(plain.value == "xxx  ccc");
  CHECK(unmatchedNames(plain.references) == std::vector<std::string>{"BAZ"});
  const ExpandResult colon = processWord("${FOO:+aaa} ${BAR:+bbb} ${BAZ:+ccc}", env);
  CHECK(colon.value == "aaa  ");
  CHECK(colon.references.size() == 3);

  const std::string release =
      "something-${VERSION}.${TARGETOS}-${TARGETARCH}${TARGETVARIANT:+-${TARGETVARIANT}}.tar.gz";
  CHECK(expand(release, {{"VERSION", "v1.2.3"}, {"TARGETOS", "linux"}, {"TARGETARCH", "arm"},
                         {"TARGETVARIANT", "v7"}}) == "something-v1.2.3.linux-arm-v7.tar.gz");
  CHECK(expand(release, {{"VERSION", "v1.2.3"}, {"TARGETOS", "linux"}, {"TARGETARCH", "arm64"},
                         {"TARGETVARIANT", ""}}) == "something-v1.2.3.linux-arm64.tar.gz");
  CHECK(expand(release, {{"VERSION", "v1.2.3"}, {"TARGETOS", "linux"}, {"TARGETARCH", "arm64"}}) ==
        "something-v1.2.3.linux-arm64.tar.gz");
}

TEST_CASE("environment names are case-sensitive unless the Windows option is on", "[expansion]") {
  Environment unix = Environment::fromList({"PWD=/home", "EMPTY", "DUP=1", "DUP=2", "EQ=a=b"});
  CHECK(unix.lookup("PWD") == "/home");
  CHECK_FALSE(unix.lookup("pwd").has_value());
  CHECK(unix.lookup("EMPTY") == "");
  CHECK(unix.lookup("DUP") == "2");
  CHECK(unix.lookup("EQ") == "a=b");
  unix.unset("PWD");
  CHECK_FALSE(unix.lookup("PWD").has_value());

  const Environment windows = Environment::fromList({"Path=C:\\"}, true);
  CHECK(windows.lookup("PATH") == "C:\\");
  CHECK(windows.lookup("path") == "C:\\");
  const ExpandResult r = processWord("$path", windows);
  REQUIRE(r.references.size() == 1);
  CHECK(r.references[0].name == "path"); // the name as written
  CHECK(r.references[0].set);
}

TEST_CASE("processWords splits on unquoted whitespace, with BuildKit's quirks", "[expansion]") {
  const Environment env = envOf({{"X", "b c"}, {"S", " \t"}});
  CHECK(processWords("a$X", env).words == std::vector<std::string>{"ab", "c"});
  CHECK(processWords("a${X}", env).words == std::vector<std::string>{"ab", "c"});
  CHECK(processWords("a\"$X\"", env).words == std::vector<std::string>{"ab c"});
  CHECK(processWords("'' x", env).words == std::vector<std::string>{"x"});
  CHECK(processWords("a$S", env).words == std::vector<std::string>{"a"});
  // `<<` and the blanks after it stay together (heredoc-aware splitting).
  CHECK(processWords("cat << EOF", env).words == std::vector<std::string>{"cat", "<< EOF"});
  // Unicode white space splits too (U+00A0 NO-BREAK SPACE, U+3000 IDEOGRAPHIC SPACE).
  CHECK(processWords("$N", envOf({{"N", "a\u00a0b\u3000c"}})).words == std::vector<std::string>{"a", "b", "c"});
  // BuildKit's nested words reset the shared word buffer, dropping what came before a
  // `${…}` with a modifier (and only in the split words).
  CHECK(processWords("a${Y:-b}c", env).words == std::vector<std::string>{"bc"});
  CHECK(processWords("80/${PROTO:-tcp}", env).words == std::vector<std::string>{"tcp"});
  CHECK(processWords("x a\"${Y:-b}\"", env).words == std::vector<std::string>{"x", "b"});
  CHECK(processWord("80/${PROTO:-tcp}", env).value == "80/tcp");
  CHECK(processWords("a 'b", env).error->message ==
        "unexpected end of statement while looking for matching single-quote");
}

TEST_CASE("bytes are handled as Go's text/scanner reads them", "[expansion]") {
  // Malformed UTF-8 read from the word becomes U+FFFD; values are copied as they are,
  // except where BuildKit converts them to runes (`%` patterns, split words).
  CHECK(expand("a\xff" "b") == "a" + kReplacementChar + "b");
  CHECK(expand("$A", {{"A", "\xff"}}) == "\xff");
  CHECK(expand("${A#x}", {{"A", "x\xff"}}) == "\xff");
  CHECK(expand("${A%x}", {{"A", "\xffx"}}) == kReplacementChar);
  CHECK(processWords("$A", envOf({{"A", "\xff"}})).words == std::vector<std::string>{kReplacementChar});
  // A byte order mark at the very start is skipped.
  CHECK(expand("\xEF\xBB\xBF$A", {{"A", "v"}}) == "v");
  CHECK(expand("x\xEF\xBB\xBF") == "x\xEF\xBB\xBF");
  // A name ends at the first rune that is not a Unicode letter, digit or `_`.
  CHECK(expand("$A\u2014", {{"A", "v"}}) == "v\u2014");
  CHECK(expand("$\u00c4b", {{"\u00c4b", "umlaut"}}) == "umlaut");
  CHECK(expand("$\u0663x", {{"\u0663", "digit"}}) == "digitx");
}

TEST_CASE("lexer options mirror BuildKit's Lex fields", "[expansion]") {
  const Environment env = envOf({{"A", "v"}});
  ExpandOptions skipUnset;
  skipUnset.skipUnsetEnv = true;
  CHECK(expand("$A $B ${C} ${D:-x} ${E/a/b} ${F//a/b} ${A:+y}", env, skipUnset) ==
        "v $B ${C} ${D:-x} ${E/a/b} ${F/a/b} y");

  ExpandOptions rawQuotes;
  rawQuotes.rawQuotes = true;
  CHECK(expand("'a'\"$A\"", env, rawQuotes) == "'a'\"v\"");

  ExpandOptions rawEscapes;
  rawEscapes.rawEscapes = true;
  CHECK(expand("a\\b \"c\\\"d\"", env, rawEscapes) == "a\\b c\\\"d");

  ExpandOptions heredocBody;
  heredocBody.skipProcessQuotes = true;
  CHECK(expand("it's \"$A\"", env, heredocBody) == "it's \"v\"");
}

TEST_CASE("pathological patterns finish quickly", "[expansion]") {
  const auto start = std::chrono::steady_clock::now();
  const std::string stars(5000, '*');
  const std::string longValue(20000, 'a');
  const Environment env = envOf({{"A", longValue}, {"B", std::string(1200, 'a') + "b"}});

  CHECK(expand("${A#" + stars + "}", env) == longValue);
  CHECK(expand("${A##" + stars + "}", env).empty());
  CHECK(expand("${A%" + stars + "b}", env) == longValue);
  CHECK(expand("${A//" + stars + "/x}", env) == "x");

  // Many stars between literals: a backtracking matcher takes exponential or high-polynomial
  // time here; the Pike VM takes runes × tokens.
  std::string starA;
  for (int i = 0; i < 600; ++i)
    starA += "*a";
  CHECK(expand("${B##" + starA + "}", env) == "b");
  CHECK(expand("${B%%" + starA + "}", env) == std::string(1200, 'a') + "b");
  CHECK(expand("${B/" + starA + "c/x}", env) == std::string(1200, 'a') + "b");
  CHECK(expand("${A//?*?*?*?*?*?*?*?*?*c/x}", env) == longValue);

  const auto elapsed = std::chrono::steady_clock::now() - start;
  CHECK(std::chrono::duration_cast<std::chrono::seconds>(elapsed).count() < 10);
}
