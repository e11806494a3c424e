#include "ast/BuildkitDump.h"

#include <catch2/catch.hpp>

// ASTs are built by hand, filled the way the frontend fills them; only the dump is under test,
// so source ranges are left empty.

using namespace dlint::ast;

namespace {

Word word(std::string text) {
  return Word{{}, std::move(text)};
}

std::vector<Word> words(std::initializer_list<const char*> texts) {
  std::vector<Word> out;
  for (const char* text : texts)
    out.push_back(word(text));
  return out;
}

Flag flag(std::string name, std::optional<std::string> value = std::nullopt) {
  Flag f;
  f.name = std::move(name);
  f.hasValue = value.has_value();
  f.value = value.value_or("");
  return f;
}

LogicalText logical(std::string_view text) {
  LogicalText out;
  out.append(text, 0);
  return out;
}

template <typename T, typename... Args> std::unique_ptr<T> make(std::string keyword, Args... args) {
  auto node = std::make_unique<T>(args...);
  node->keyword = std::move(keyword);
  return node;
}

std::unique_ptr<CommandInstruction> shellCommand(InstructionKind kind, std::string keyword,
                                                 std::string_view text) {
  auto node = make<CommandInstruction>(std::move(keyword), kind);
  node->command.shell = logical(text);
  return node;
}

std::unique_ptr<CommandInstruction> jsonCommand(InstructionKind kind, std::string keyword,
                                                std::initializer_list<const char*> elements) {
  auto node = make<CommandInstruction>(std::move(keyword), kind);
  node->command.json = true;
  node->command.elements = words(elements);
  return node;
}

std::string dumpOne(std::unique_ptr<Instruction> node) {
  Dockerfile file;
  file.instructions.push_back(std::move(node));
  return dumpBuildkit(file);
}

} // namespace

TEST_CASE("an empty file dumps as a single newline", "[buildkit-dump]") {
  Dockerfile file;
  CHECK(dumpBuildkit(file) == "\n");
}

TEST_CASE("one line per instruction, keyword lower-cased, one final newline", "[buildkit-dump]") {
  Dockerfile file;
  auto from = make<FromInstruction>("FROM");
  from->args = words({"golang", "AS", "build"});
  file.instructions.push_back(std::move(from));
  file.instructions.push_back(shellCommand(InstructionKind::Run, "Run", "go build ./..."));
  file.instructions.push_back(
      jsonCommand(InstructionKind::Entrypoint, "entrypoint", {"/app", "-v"}));
  CHECK(dumpBuildkit(file) == "(from \"golang\" \"AS\" \"build\")\n"
                              "(run \"go build ./...\")\n"
                              "(entrypoint \"/app\" \"-v\")\n");
}

TEST_CASE("commands: JSON elements, one shell string, nothing when empty", "[buildkit-dump]") {
  CHECK(dumpOne(jsonCommand(InstructionKind::Cmd, "CMD", {"a", "b"})) == "(cmd \"a\" \"b\")\n");
  CHECK(dumpOne(shellCommand(InstructionKind::Cmd, "CMD", "a b")) == "(cmd \"a b\")\n");
  CHECK(dumpOne(shellCommand(InstructionKind::Cmd, "CMD", "")) == "(cmd)\n");
  CHECK(dumpOne(jsonCommand(InstructionKind::Cmd, "CMD", {})) == "(cmd)\n");
  // An empty JSON element is still an argument (testfiles/json: `CMD [""]`).
  CHECK(dumpOne(jsonCommand(InstructionKind::Cmd, "CMD", {""})) == "(cmd \"\")\n");
  CHECK(dumpOne(jsonCommand(InstructionKind::Shell, "SHELL", {"/bin/bash", "-c"})) ==
        "(shell \"/bin/bash\" \"-c\")\n");
}

TEST_CASE("arguments are quoted as Go's strconv.Quote", "[buildkit-dump]") {
  auto cmd = make<CommandInstruction>("CMD", InstructionKind::Cmd);
  cmd->command.json = true;
  cmd->command.elements = {word("abc 123"), word("\xE2\x99\xA5"), word("\xE2\x98\x83"),
                           word(std::string("\" \\ / \b \f \n \r \t \0", 17))};
  CHECK(dumpOne(std::move(cmd)) == "(cmd \"abc 123\" \"\xE2\x99\xA5\" \"\xE2\x98\x83\" \"\\\" \\\\ "
                                   "/ \\b \\f \\n \\r \\t \\x00\")\n");
  CHECK(dumpOne(shellCommand(InstructionKind::Run, "RUN", "a\tb \xFF \xE2\x80\x8B \xC2\x85")) ==
        "(run \"a\\tb \\xff \\u200b \\u0085\")\n");
}

TEST_CASE("flags print as a Go-quoted list only when present", "[buildkit-dump]") {
  auto copy = make<FileTransferInstruction>("COPY", InstructionKind::Copy);
  copy->flags = {flag("user", "me"), flag("doit", "true")};
  copy->args = words({"foo", "/tmp/"});
  CHECK(dumpOne(std::move(copy)) == "(copy [\"--user=me\" \"--doit=true\"] \"foo\" \"/tmp/\")\n");

  auto plain = make<FileTransferInstruction>("COPY", InstructionKind::Copy);
  plain->args = words({"foo", "/tmp/"});
  CHECK(dumpOne(std::move(plain)) == "(copy \"foo\" \"/tmp/\")\n");

  auto cmd = jsonCommand(InstructionKind::Cmd, "CMD", {});
  cmd->flags = {flag("doit")};
  CHECK(dumpOne(std::move(cmd)) == "(cmd [\"--doit\"])\n");

  auto add = make<FileTransferInstruction>("ADD", InstructionKind::Add);
  add->flags = {flag("from", ""), flag("chown", "a \"b\"\\c")};
  add->args = words({"x", "y"});
  CHECK(dumpOne(std::move(add)) ==
        "(add [\"--from=\" \"--chown=a \\\"b\\\"\\\\c\"] \"x\" \"y\")\n");
}

TEST_CASE("HEALTHCHECK prints its type word, then its command", "[buildkit-dump]") {
  auto full = make<HealthcheckInstruction>("HEALTHCHECK");
  full->flags = {flag("interval", "5s"), flag("timeout", "3s"), flag("retries", "3")};
  full->type = word("CMD");
  full->command.shell = logical("/app/check.sh --quiet");
  CHECK(dumpOne(std::move(full)) == "(healthcheck [\"--interval=5s\" \"--timeout=3s\" "
                                    "\"--retries=3\"] \"CMD\" \"/app/check.sh --quiet\")\n");

  auto json = make<HealthcheckInstruction>("healthcheck");
  json->type = word("CMD");
  json->command.json = true;
  json->command.elements = words({"a", "b"});
  CHECK(dumpOne(std::move(json)) == "(healthcheck \"CMD\" \"a\" \"b\")\n");

  auto none = make<HealthcheckInstruction>("HEALTHCHECK");
  none->type = word("NONE");
  CHECK(dumpOne(std::move(none)) == "(healthcheck \"NONE\")\n");
  CHECK(dumpOne(make<HealthcheckInstruction>("HEALTHCHECK")) == "(healthcheck)\n");
}

TEST_CASE("ENV and LABEL print key, value, separator triples", "[buildkit-dump]") {
  auto pairs = make<KeyValueInstruction>("ENV", InstructionKind::Env);
  pairs->pairs = {KeyValue{{}, word("a"), word("b"), true},
                  KeyValue{{}, word("c"), word(""), true}};
  CHECK(dumpOne(std::move(pairs)) == "(env \"a\" \"b\" \"=\" \"c\" \"\" \"=\")\n");

  auto legacy = make<KeyValueInstruction>("ENV", InstructionKind::Env);
  legacy->legacyForm = true;
  legacy->pairs = {KeyValue{{}, word("a"), word("b  c"), false}};
  CHECK(dumpOne(std::move(legacy)) == "(env \"a\" \"b  c\" \"\")\n");

  auto label = make<KeyValueInstruction>("LABEL", InstructionKind::Label);
  label->pairs = {KeyValue{{}, word("\"com.x\""), word("\"y z\""), true}};
  CHECK(dumpOne(std::move(label)) == "(label \"\\\"com.x\\\"\" \"\\\"y z\\\"\" \"=\")\n");

  CHECK(dumpOne(make<KeyValueInstruction>("ENV", InstructionKind::Env)) == "(env)\n");
}

TEST_CASE("word lists: ARG, EXPOSE, VOLUME, FROM", "[buildkit-dump]") {
  auto arg = make<ArgInstruction>("ARG");
  arg->words = words({"abc=\"123 456\"", "def"});
  CHECK(dumpOne(std::move(arg)) == "(arg \"abc=\\\"123 456\\\"\" \"def\")\n");

  auto volume = make<ListInstruction>("VOLUME", InstructionKind::Volume);
  volume->items = words({"/a", "\"/b", "c\""});
  CHECK(dumpOne(std::move(volume)) == "(volume \"/a\" \"\\\"/b\" \"c\\\"\")\n");

  auto expose = make<ListInstruction>("Expose", InstructionKind::Expose);
  expose->items = words({"80/tcp", "443"});
  CHECK(dumpOne(std::move(expose)) == "(expose \"80/tcp\" \"443\")\n");

  auto from = make<FromInstruction>("FROM");
  from->flags = {flag("platform", "linux/amd64")};
  from->args = words({"scratch"});
  CHECK(dumpOne(std::move(from)) == "(from [\"--platform=linux/amd64\"] \"scratch\")\n");
}

TEST_CASE("single-value instructions print their value if any", "[buildkit-dump]") {
  auto user = make<ValueInstruction>("USER", InstructionKind::User);
  user->value = word("a b");
  CHECK(dumpOne(std::move(user)) == "(user \"a b\")\n");
  CHECK(dumpOne(make<ValueInstruction>("WORKDIR", InstructionKind::Workdir)) == "(workdir)\n");
}

TEST_CASE("ONBUILD nests its trigger in parentheses", "[buildkit-dump]") {
  auto onbuild = make<OnbuildInstruction>("ONBUILD");
  auto trigger = shellCommand(InstructionKind::Run, "run", "echo <<EOF");
  trigger->flags = {flag("mount", "type=cache,target=/x")};
  onbuild->trigger = std::move(trigger);
  CHECK(dumpOne(std::move(onbuild)) ==
        "(onbuild (run [\"--mount=type=cache,target=/x\"] \"echo <<EOF\"))\n");

  auto outer = make<OnbuildInstruction>("ONBUILD");
  auto inner = make<OnbuildInstruction>("ONBUILD");
  inner->trigger = make<UnknownInstruction>("x");
  outer->trigger = std::move(inner);
  CHECK(dumpOne(std::move(outer)) == "(onbuild (onbuild (x \"\")))\n");

  CHECK(dumpOne(make<OnbuildInstruction>("ONBUILD")) == "(onbuild)\n");
}

TEST_CASE("unknown instructions print one empty argument, flags included", "[buildkit-dump]") {
  auto unknown = make<UnknownInstruction>("FOO");
  unknown->rest = logical("bar baz");
  CHECK(dumpOne(std::move(unknown)) == "(foo \"\")\n");

  auto flagged = make<UnknownInstruction>("Frob");
  flagged->flags = {flag("bar")};
  CHECK(dumpOne(std::move(flagged)) == "(frob [\"--bar\"] \"\")\n");
  // Keywords keep non-letters as written (`RUN["a"]` is an unknown keyword).
  CHECK(dumpOne(make<UnknownInstruction>("RUN[\"a\"]")) == "(run[\"a\"] \"\")\n");
}
