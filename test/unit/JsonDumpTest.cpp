#include "ast/JsonDump.h"

#include <catch2/catch.hpp>

// The AST is built by hand over a real source text, so every range can be checked against the
// line and columns it must resolve to.

using namespace dlint::ast;
using dlint::SourceFile;
using dlint::SourceRange;
using Json = nlohmann::ordered_json;

namespace {

constexpr std::string_view kSource = "# syntax=docker/dockerfile:1\n"             // line 1
                                     "# base image\n"                             // 2
                                     "FROM alpine AS build\n"                     // 3
                                     "RUN --mount=type=cache,target=/x echo \\\n" // 4
                                     "  h\xC3\xA9\n"                              // 5: "  hé"
                                     "COPY <<EOF /dst\n"                          // 6
                                     "hi\n"                                       // 7
                                     "EOF\n"                                      // 8
                                     "ONBUILD RUN [\"a\"]\n"                      // 9
                                     "ENV a=b\n"                                  // 10
                                     "ARG v\n"                                    // 11
                                     "FOO bar\n";                                 // 12

/// The range of the `occurrence`-th (0-based) copy of `needle` in the source.
SourceRange at(std::string_view needle, int occurrence = 0) {
  std::size_t pos = kSource.find(needle);
  for (int i = 0; i < occurrence; ++i)
    pos = kSource.find(needle, pos + 1);
  REQUIRE(pos != std::string_view::npos);
  return {static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos + needle.size())};
}

SourceRange span(std::string_view first, std::string_view last) {
  return {at(first).begin, at(last).end};
}

/// Bytes [from, to) of range `r`.
SourceRange sub(SourceRange r, std::uint32_t from, std::uint32_t to) {
  return {r.begin + from, r.begin + to};
}

Word word(std::string_view needle, int occurrence = 0) {
  return Word{at(needle, occurrence), std::string(needle)};
}

LogicalText logical(std::initializer_list<std::string_view> pieces) {
  LogicalText out;
  for (std::string_view piece : pieces)
    out.append(piece, at(piece).begin);
  return out;
}

template <typename T, typename... Args>
T& add(Dockerfile& file, std::string_view keyword, SourceRange range, Args... args) {
  auto node = std::make_unique<T>(args...);
  node->keyword = std::string(keyword);
  node->keywordRange = at(keyword);
  node->range = range;
  T& ref = *node;
  file.instructions.push_back(std::move(node));
  return ref;
}

Dockerfile buildAst() {
  Dockerfile file;
  Directive syntax;
  syntax.name = "syntax";
  syntax.value = "docker/dockerfile:1";
  syntax.range = at("# syntax=docker/dockerfile:1");
  syntax.nameRange = at("syntax");
  syntax.valueRange = at("docker/dockerfile:1");
  file.directives.push_back(syntax);
  file.comments.push_back(at("# base image"));

  auto& from = add<FromInstruction>(file, "FROM", at("FROM alpine AS build"));
  from.args = {word("alpine"), word("AS"), word("build")};
  from.docComments = {"base image"};
  from.line = logical({"FROM alpine AS build"});
  from.argumentsRange = at("alpine AS build");

  auto& run =
      add<CommandInstruction>(file, "RUN", span("RUN --mount", "h\xC3\xA9"), InstructionKind::Run);
  Flag mount;
  mount.name = "mount";
  mount.value = "type=cache,target=/x";
  mount.hasValue = true;
  mount.range = at("--mount=type=cache,target=/x");
  mount.nameRange = at("mount");
  mount.valueRange = at("type=cache,target=/x");
  run.flags.push_back(mount);
  run.command.shell = logical({"echo ", "  h\xC3\xA9"});
  run.command.range = span("echo ", "h\xC3\xA9");
  run.line = logical({"RUN --mount=type=cache,target=/x echo ", "  h\xC3\xA9"});

  auto& copy = add<FileTransferInstruction>(
      file, "COPY", SourceRange{at("COPY").begin, at("EOF", 1).end}, InstructionKind::Copy);
  copy.args = {word("<<EOF"), word("/dst")};
  Heredoc heredoc;
  heredoc.name = "EOF";
  heredoc.content = "hi\n";
  heredoc.wordRange = at("<<EOF");
  heredoc.bodyRange = at("hi\n");
  heredoc.terminatorRange = at("EOF", 1);
  copy.heredocs.push_back(heredoc);

  auto& onbuild = add<OnbuildInstruction>(file, "ONBUILD", at("ONBUILD RUN [\"a\"]"));
  auto trigger = std::make_unique<CommandInstruction>(InstructionKind::Run);
  trigger->keyword = "RUN";
  trigger->keywordRange = at("RUN", 1);
  trigger->range = at("RUN [\"a\"]");
  trigger->command.json = true;
  trigger->command.range = at("[\"a\"]");
  trigger->command.elements = {Word{at("\"a\""), "a"}};
  onbuild.trigger = std::move(trigger);

  auto& env = add<KeyValueInstruction>(file, "ENV", at("ENV a=b"), InstructionKind::Env);
  env.pairs.push_back(
      KeyValue{at("a=b"), Word{sub(at("a=b"), 0, 1), "a"}, Word{sub(at("a=b"), 2, 3), "b"}, true});

  auto& arg = add<ArgInstruction>(file, "ARG", at("ARG v"));
  arg.words = {Word{sub(at("ARG v"), 4, 5), "v"}};
  arg.declarations.push_back(ArgDeclaration{arg.words[0].range, arg.words[0], std::nullopt});

  auto& unknown = add<UnknownInstruction>(file, "FOO", at("FOO bar"));
  unknown.rest = logical({"bar"});
  return file;
}

std::vector<std::string> keys(const Json& object) {
  std::vector<std::string> out;
  for (auto it = object.begin(); it != object.end(); ++it)
    out.push_back(it.key());
  return out;
}

/// {line, column, codePointColumn} of a position object.
std::vector<std::uint32_t> where(const Json& position) {
  return {position["line"].get<std::uint32_t>(), position["column"].get<std::uint32_t>(),
          position["codePointColumn"].get<std::uint32_t>()};
}

using Lc = std::vector<std::uint32_t>;

} // namespace

TEST_CASE("the file object: name, escape, BOM, directives, comments", "[json-dump]") {
  SourceFile source("dir/Dockerfile", std::string(kSource));
  Json j = dumpJson(buildAst(), source);
  CHECK(keys(j) == std::vector<std::string>{"file", "escape", "hasBom", "directives", "comments",
                                            "instructions"});
  CHECK(j["file"] == "dir/Dockerfile");
  CHECK(j["escape"] == "\\");
  CHECK(j["hasBom"] == false);
  REQUIRE(j["directives"].size() == 1);
  const Json& directive = j["directives"][0];
  CHECK(keys(directive) ==
        std::vector<std::string>{"name", "value", "range", "nameRange", "valueRange"});
  CHECK(directive["value"] == "docker/dockerfile:1");
  CHECK(keys(directive["range"]) == std::vector<std::string>{"start", "end"});
  CHECK(keys(directive["range"]["start"]) ==
        std::vector<std::string>{"offset", "line", "column", "codePointColumn"});
  CHECK(directive["range"]["start"]["offset"] == 0);
  CHECK(where(directive["nameRange"]["start"]) == Lc{1, 3, 3});
  CHECK(where(directive["valueRange"]["start"]) == Lc{1, 10, 10});
  CHECK(where(directive["valueRange"]["end"]) == Lc{1, 29, 29});
  REQUIRE(j["comments"].size() == 1);
  CHECK(j["comments"][0]["text"] == "# base image");
  CHECK(where(j["comments"][0]["range"]["start"]) == Lc{2, 1, 1});
  CHECK(j["instructions"].size() == 7);
}

TEST_CASE("common instruction fields and FROM", "[json-dump]") {
  SourceFile source("Dockerfile", std::string(kSource));
  Json from = dumpJson(buildAst(), source)["instructions"][0];
  CHECK(keys(from) == std::vector<std::string>{"kind", "keyword", "range", "keywordRange", "line",
                                               "flags", "argumentsRange", "heredocs", "docComments",
                                               "emptyContinuationLines", "args"});
  CHECK(from["kind"] == "FROM");
  CHECK(from["keyword"] == "FROM");
  CHECK(where(from["range"]["start"]) == Lc{3, 1, 1});
  CHECK(where(from["range"]["end"]) == Lc{3, 21, 21});
  CHECK(from["docComments"] == Json::array({"base image"}));
  REQUIRE(from["args"].size() == 3);
  CHECK(from["args"][2]["text"] == "build");
  CHECK(where(from["args"][2]["range"]["start"]) == Lc{3, 16, 16});
  CHECK(from["flags"].empty());
  CHECK(where(from["argumentsRange"]["start"]) == Lc{3, 6, 6});
  CHECK(where(from["argumentsRange"]["end"]) == Lc{3, 21, 21});
  CHECK(from["heredocs"].empty());
}

TEST_CASE("shell-form command keeps its flags and source spans", "[json-dump]") {
  SourceFile source("Dockerfile", std::string(kSource));
  Json run = dumpJson(buildAst(), source)["instructions"][1];
  CHECK(run["kind"] == "RUN");
  REQUIRE(run["flags"].size() == 1);
  const Json& mount = run["flags"][0];
  CHECK(keys(mount) ==
        std::vector<std::string>{"name", "value", "hasValue", "range", "nameRange", "valueRange"});
  CHECK(mount["name"] == "mount");
  CHECK(mount["value"] == "type=cache,target=/x");
  CHECK(mount["hasValue"] == true);
  CHECK(where(mount["range"]["start"]) == Lc{4, 5, 5});
  CHECK(where(mount["nameRange"]["start"]) == Lc{4, 7, 7});
  CHECK(where(mount["valueRange"]["start"]) == Lc{4, 13, 13});

  const Json& command = run["command"];
  CHECK(keys(command) == std::vector<std::string>{"json", "range", "elements", "shell"});
  CHECK(command["json"] == false);
  CHECK(command["elements"].empty());
  CHECK(command["shell"]["text"] == "echo   h\xC3\xA9");
  const Json& spans = command["shell"]["spans"];
  REQUIRE(spans.size() == 2);
  CHECK(where(spans[0]["start"]) == Lc{4, 34, 34});
  CHECK(where(spans[0]["end"]) == Lc{4, 39, 39});
  CHECK(where(spans[1]["start"]) == Lc{5, 1, 1});
  // "  hé" is 5 bytes but 4 code points.
  CHECK(where(spans[1]["end"]) == Lc{5, 6, 5});
  CHECK(where(run["range"]["end"]) == Lc{5, 6, 5});
  CHECK(run["line"]["text"] == "RUN --mount=type=cache,target=/x echo   h\xC3\xA9");
  CHECK(run["line"]["spans"].size() == 2);
}

TEST_CASE("heredocs carry every field", "[json-dump]") {
  SourceFile source("Dockerfile", std::string(kSource));
  Json copy = dumpJson(buildAst(), source)["instructions"][2];
  CHECK(copy["kind"] == "COPY");
  CHECK(copy["json"] == false);
  CHECK(copy["args"][0]["text"] == "<<EOF");
  REQUIRE(copy["heredocs"].size() == 1);
  const Json& heredoc = copy["heredocs"][0];
  CHECK(keys(heredoc) == std::vector<std::string>{"name", "fileDescriptor", "expand", "chomp",
                                                  "content", "wordRange", "bodyRange",
                                                  "terminatorRange"});
  CHECK(heredoc["name"] == "EOF");
  CHECK(heredoc["content"] == "hi\n");
  CHECK(heredoc["fileDescriptor"] == 0);
  CHECK(heredoc["expand"] == true);
  CHECK(heredoc["chomp"] == false);
  CHECK(where(heredoc["wordRange"]["start"]) == Lc{6, 6, 6});
  CHECK(where(heredoc["bodyRange"]["start"]) == Lc{7, 1, 1});
  CHECK(where(heredoc["bodyRange"]["end"]) == Lc{8, 1, 1});
  CHECK(where(heredoc["terminatorRange"]["start"]) == Lc{8, 1, 1});
  CHECK(where(copy["range"]["end"]) == Lc{8, 4, 4});
}

TEST_CASE("ONBUILD nests its trigger as a full instruction", "[json-dump]") {
  SourceFile source("Dockerfile", std::string(kSource));
  Json onbuild = dumpJson(buildAst(), source)["instructions"][3];
  CHECK(onbuild["kind"] == "ONBUILD");
  const Json& trigger = onbuild["trigger"];
  CHECK(trigger["kind"] == "RUN");
  CHECK(where(trigger["keywordRange"]["start"]) == Lc{9, 9, 9});
  CHECK(trigger["command"]["json"] == true);
  REQUIRE(trigger["command"]["elements"].size() == 1);
  CHECK(trigger["command"]["elements"][0]["text"] == "a");
  CHECK(where(trigger["command"]["elements"][0]["range"]["start"]) == Lc{9, 14, 14});

  Dockerfile empty;
  auto bare = std::make_unique<OnbuildInstruction>();
  bare->keyword = "ONBUILD";
  empty.instructions.push_back(std::move(bare));
  CHECK(dumpJson(empty, source)["instructions"][0]["trigger"].is_null());
}

TEST_CASE("ENV pairs, ARG declarations and unknown instructions", "[json-dump]") {
  SourceFile source("Dockerfile", std::string(kSource));
  Json j = dumpJson(buildAst(), source);
  const Json& env = j["instructions"][4];
  CHECK(env["legacyForm"] == false);
  REQUIRE(env["pairs"].size() == 1);
  CHECK(keys(env["pairs"][0]) == std::vector<std::string>{"key", "value", "hasEquals", "range"});
  CHECK(env["pairs"][0]["key"]["text"] == "a");
  CHECK(env["pairs"][0]["value"]["text"] == "b");
  CHECK(where(env["pairs"][0]["value"]["range"]["start"]) == Lc{10, 7, 7});
  CHECK(env["pairs"][0]["hasEquals"] == true);

  const Json& arg = j["instructions"][5];
  CHECK(arg["words"][0]["text"] == "v");
  REQUIRE(arg["declarations"].size() == 1);
  CHECK(arg["declarations"][0]["name"]["text"] == "v");
  CHECK(arg["declarations"][0]["defaultValue"].is_null());

  const Json& unknown = j["instructions"][6];
  CHECK(unknown["kind"] == "UNKNOWN");
  CHECK(unknown["keyword"] == "FOO");
  CHECK(unknown["rest"]["text"] == "bar");
  CHECK(where(unknown["rest"]["spans"][0]["start"]) == Lc{12, 5, 5});
}

TEST_CASE("dumpJsonText is stable, newline-terminated and survives invalid UTF-8", "[json-dump]") {
  SourceFile source("Dockerfile", std::string(kSource));
  std::string text = dumpJsonText(buildAst(), source);
  CHECK(text == dumpJsonText(buildAst(), source));
  REQUIRE(!text.empty());
  CHECK(text.back() == '\n');
  CHECK(Json::parse(text) == dumpJson(buildAst(), source));

  Dockerfile bad;
  auto user = std::make_unique<ValueInstruction>(InstructionKind::User);
  user->keyword = "USER";
  user->value = Word{{}, "a\xFF"};
  bad.instructions.push_back(std::move(user));
  std::string badText;
  REQUIRE_NOTHROW(badText = dumpJsonText(bad, source));
  CHECK(badText.find("a\xEF\xBF\xBD") != std::string::npos);
}
