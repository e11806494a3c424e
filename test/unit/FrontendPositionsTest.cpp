// Exact source positions from the frontend: every node's byte range, and the line/column
// SourceFile::locate gives for it, on in-memory Dockerfiles. Expected offsets are computed from
// the input text itself (find), so each check says which bytes it means.

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ast/Nodes.h"
#include "diagnostics/DiagnosticsEngine.h"
#include "diagnostics/SourceManager.h"
#include "frontend/DockerfileParser.h"
#include "frontend/Parser.h"

namespace {

using dlint::Diagnostic;
using dlint::SourceRange;
using namespace dlint::ast;

class Collector : public dlint::DiagnosticConsumer {
public:
  void handle(const Diagnostic& diagnostic, const dlint::SourceManager&) override { all.push_back(diagnostic); }
  std::vector<Diagnostic> all;
};

/// One parsed in-memory file, with its diagnostics collected.
struct Parsed {
  explicit Parsed(std::string text) : engine(sources) {
    file = sources.addFile("Dockerfile", std::move(text));
    engine.addConsumer(collector);
    result = dlint::frontend::parseDockerfile(sources, file, engine);
    engine.flush();
  }

  std::string_view text() const { return sources.file(file).text(); }
  std::string_view at(SourceRange r) const { return text().substr(r.begin, r.size()); }
  dlint::LineColumn locate(std::uint32_t offset) const { return sources.file(file).locate(offset); }
  const Dockerfile& ast() const { return result.dockerfile; }
  const Instruction& instruction(std::size_t i) const { return *ast().instructions.at(i); }
  template <typename T> const T& as(std::size_t i) const {
    const T* node = dyn_cast<T>(ast().instructions.at(i).get());
    REQUIRE(node != nullptr);
    return *node;
  }
  /// The range of the `nth` (0-based) occurrence of `needle`, searched from `from`.
  SourceRange find(std::string_view needle, std::size_t nth = 0, std::size_t from = 0) const {
    std::size_t at = text().find(needle, from);
    for (std::size_t i = 0; i < nth && at != std::string_view::npos; ++i)
      at = text().find(needle, at + 1);
    REQUIRE(at != std::string_view::npos);
    auto begin = static_cast<std::uint32_t>(at);
    return {begin, begin + static_cast<std::uint32_t>(needle.size())};
  }
  std::vector<std::string> codes() const {
    std::vector<std::string> out;
    for (const Diagnostic& d : collector.all)
      out.push_back(d.code);
    return out;
  }

  dlint::SourceManager sources;
  dlint::DiagnosticsEngine engine;
  Collector collector;
  dlint::FileID file = 0;
  dlint::frontend::ParseResult result;
};

void checkAt(const Parsed& p, std::uint32_t offset, std::uint32_t line, std::uint32_t column) {
  dlint::LineColumn lc = p.locate(offset);
  CHECK(lc.line == line);
  CHECK(lc.byteColumn == column);
}

} // namespace

TEST_CASE("keyword ranges: as written, after indentation, across lines", "[frontend]") {
  Parsed p("FROM alpine:3.20 AS build\n"
           "  run echo hi\n"
           "\tCopy a /b\n"
           "WORK\\\n"
           "DIR /srv\n");
  REQUIRE(p.ast().instructions.size() == 4);
  CHECK(p.codes().empty());

  CHECK(p.instruction(0).keywordRange == SourceRange{0, 4});
  CHECK(p.instruction(0).kind == InstructionKind::From);

  const Instruction& run = p.instruction(1);
  CHECK(run.kind == InstructionKind::Run);
  CHECK(run.keyword == "run");
  CHECK(run.keywordRange == p.find("run"));
  checkAt(p, run.keywordRange.begin, 2, 3);

  const Instruction& copy = p.instruction(2);
  CHECK(copy.kind == InstructionKind::Copy);
  CHECK(p.at(copy.keywordRange) == "Copy");
  checkAt(p, copy.keywordRange.begin, 3, 2);

  // A keyword split by a continuation: its range runs from "WORK" to "DIR", marker included.
  const Instruction& workdir = p.instruction(3);
  CHECK(workdir.kind == InstructionKind::Workdir);
  CHECK(workdir.keyword == "WORKDIR");
  CHECK(workdir.keywordRange == SourceRange{p.find("WORK").begin, p.find("DIR ").begin + 3});
  CHECK(workdir.line.sourceSpans(0, 7) ==
        std::vector<SourceRange>{{p.find("WORK").begin, p.find("WORK").end}, {p.find("DIR ").begin, p.find("DIR ").begin + 3}});
  // The instruction spans both physical lines.
  CHECK(workdir.range == SourceRange{p.find("WORK").begin, p.find("/srv").end});
}

TEST_CASE("flag ranges: whole word, name without dashes, value after '='", "[frontend]") {
  Parsed p("FROM --platform=linux/amd64 alpine\n"
           "COPY --chown=app:app --link --from= src /dst\n");
  CHECK(p.codes().empty());

  const Flag& platform = p.instruction(0).flags.at(0);
  CHECK(platform.range == p.find("--platform=linux/amd64"));
  CHECK(platform.nameRange == p.find("platform"));
  CHECK(platform.valueRange == p.find("linux/amd64"));
  CHECK(platform.name == "platform");
  CHECK(platform.value == "linux/amd64");
  CHECK(platform.hasValue);

  const auto& copy = p.as<FileTransferInstruction>(1);
  REQUIRE(copy.flags.size() == 3);
  const Flag& chown = copy.flags[0];
  CHECK(chown.range == p.find("--chown=app:app"));
  CHECK(chown.nameRange == p.find("chown"));
  CHECK(chown.valueRange == p.find("app:app"));
  checkAt(p, chown.valueRange.begin, 2, 14);

  // A bare flag: no value, an empty value range at the end of the word.
  const Flag& link = copy.flags[1];
  CHECK(link.range == p.find("--link"));
  CHECK(link.nameRange == p.find("link"));
  CHECK_FALSE(link.hasValue);
  CHECK(link.valueRange == SourceRange{p.find("--link").end, p.find("--link").end});

  // `--from=`: a value that is present but empty, just after the '='.
  const Flag& from = copy.flags[2];
  CHECK(from.hasValue);
  CHECK(from.value.empty());
  CHECK(from.valueRange == SourceRange{p.find("--from=").end, p.find("--from=").end});

  REQUIRE(copy.args.size() == 2);
  CHECK(copy.args[0].range == p.find("src"));
  CHECK(copy.args[1].range == p.find("/dst"));
  CHECK(copy.argumentsRange == SourceRange{p.find("src").begin, p.find("/dst").end});
}

TEST_CASE("flag ranges across a continuation line", "[frontend]") {
  Parsed p("FROM alpine\n"
           "RUN --network=none \\\n"
           "    --mount=type=cache,target=/root/.cache make\n");
  const Instruction& run = p.instruction(1);
  REQUIRE(run.flags.size() == 2);
  CHECK(run.flags[1].range == p.find("--mount=type=cache,target=/root/.cache"));
  CHECK(run.flags[1].valueRange == p.find("type=cache,target=/root/.cache"));
  checkAt(p, run.flags[1].range.begin, 3, 5);
}

TEST_CASE("JSON elements: the literal's range, the decoded text", "[frontend]") {
  Parsed p("FROM alpine\n"
           "CMD [ \"nginx\", \"a\\\"b\",\t\"\\u00e9\" ]\n"
           "VOLUME [\"/data\", \\\n"
           "        \"/logs\"]\n");
  CHECK(p.codes().empty());
  const auto& cmd = p.as<CommandInstruction>(1);
  REQUIRE(cmd.command.json);
  REQUIRE(cmd.command.elements.size() == 3);
  CHECK(cmd.command.elements[0].range == p.find("\"nginx\""));
  CHECK(cmd.command.elements[0].text == "nginx");
  CHECK(cmd.command.elements[1].range == p.find("\"a\\\"b\""));
  CHECK(cmd.command.elements[1].text == "a\"b");
  CHECK(cmd.command.elements[2].range == p.find("\"\\u00e9\""));
  CHECK(cmd.command.elements[2].text == "\xC3\xA9");
  CHECK(cmd.command.range == SourceRange{p.find("[ \"nginx\"").begin, p.find("\" ]").end});

  // JSON across a continuation: the second element is on line 4.
  const auto& volume = p.as<ListInstruction>(2);
  REQUIRE(volume.json);
  REQUIRE(volume.items.size() == 2);
  CHECK(volume.items[0].range == p.find("\"/data\""));
  CHECK(volume.items[1].range == p.find("\"/logs\""));
  checkAt(p, volume.items[1].range.begin, 4, 9);
}

TEST_CASE("ENV and LABEL pairs: key and value ranges in both forms", "[frontend]") {
  Parsed p("FROM alpine\n"
           "ENV A=1 MSG=\"x y\" EMPTY=\n"
           "ENV KEY some  value\n"
           "LABEL org.opencontainers.image.title=app \\\n"
           "      version=1.0\n");
  CHECK(p.codes().empty());

  const auto& env = p.as<KeyValueInstruction>(1);
  CHECK_FALSE(env.legacyForm);
  REQUIRE(env.pairs.size() == 3);
  CHECK(env.pairs[0].range == p.find("A=1"));
  CHECK(env.pairs[0].key.range == SourceRange{p.find("A=1").begin, p.find("A=1").begin + 1});
  CHECK(p.at(env.pairs[0].key.range) == "A");
  CHECK(p.at(env.pairs[0].value.range) == "1");
  CHECK(p.at(env.pairs[1].key.range) == "MSG");
  CHECK(env.pairs[1].value.range == p.find("\"x y\""));
  CHECK(env.pairs[1].value.text == "\"x y\""); // raw: quotes go at expansion time
  CHECK(env.pairs[2].key.range == p.find("EMPTY"));
  CHECK(env.pairs[2].value.range.empty());
  CHECK(env.pairs[2].value.range.begin == p.find("EMPTY=").end);

  const auto& legacy = p.as<KeyValueInstruction>(2);
  CHECK(legacy.legacyForm);
  REQUIRE(legacy.pairs.size() == 1);
  CHECK_FALSE(legacy.pairs[0].hasEquals);
  CHECK(legacy.pairs[0].key.range == p.find("KEY"));
  CHECK(legacy.pairs[0].value.range == p.find("some  value"));
  CHECK(legacy.pairs[0].value.text == "some  value");

  const auto& label = p.as<KeyValueInstruction>(3);
  REQUIRE(label.pairs.size() == 2);
  CHECK(label.pairs[1].range == p.find("version=1.0"));
  checkAt(p, label.pairs[1].key.range.begin, 5, 7);
  checkAt(p, label.pairs[1].value.range.begin, 5, 15);
}

TEST_CASE("ARG declarations: name and default ranges", "[frontend]") {
  Parsed p("ARG BASE=alpine:3.20 VERSION\n"
           "ARG EMPTY= QUOTED=\"a b\"\n"
           "FROM ${BASE}\n");
  CHECK(p.codes().empty());
  const auto& first = p.as<ArgInstruction>(0);
  REQUIRE(first.declarations.size() == 2);
  CHECK(first.declarations[0].range == p.find("BASE=alpine:3.20"));
  CHECK(first.declarations[0].name.range == p.find("BASE"));
  REQUIRE(first.declarations[0].defaultValue.has_value());
  CHECK(first.declarations[0].defaultValue->range == p.find("alpine:3.20"));
  CHECK(first.declarations[1].name.range == p.find("VERSION"));
  CHECK_FALSE(first.declarations[1].defaultValue.has_value());

  const auto& second = p.as<ArgInstruction>(1);
  REQUIRE(second.declarations.size() == 2);
  REQUIRE(second.declarations[0].defaultValue.has_value());
  CHECK(second.declarations[0].defaultValue->range == SourceRange{p.find("EMPTY=").end, p.find("EMPTY=").end});
  CHECK(second.declarations[1].defaultValue->range == p.find("\"a b\""));
  checkAt(p, second.declarations[1].name.range.begin, 2, 12);
}

TEST_CASE("heredoc word, body and terminator ranges", "[frontend]") {
  Parsed p("FROM alpine\n"
           "COPY <<ONE <<-\"TWO\" /etc/\n"
           "first line\n"
           "ONE\n"
           "\tsecond\n"
           "\t\tTWO\n"
           "RUN <<EOF\n"
           "EOF\n"
           "CMD [\"true\"]\n");
  CHECK(p.codes().empty());
  REQUIRE(p.ast().instructions.size() == 4);

  const Instruction& copy = p.instruction(1);
  REQUIRE(copy.heredocs.size() == 2);
  const Heredoc& one = copy.heredocs[0];
  CHECK(one.wordRange == p.find("<<ONE"));
  CHECK(one.name == "ONE");
  CHECK(one.expand);
  CHECK_FALSE(one.chomp);
  CHECK(one.bodyRange == SourceRange{p.find("first line").begin, p.find("ONE\n", 0, p.find("first").begin).begin});
  CHECK(one.content == "first line\n");
  CHECK(one.terminatorRange == p.find("ONE", 0, p.find("first").begin));
  checkAt(p, one.terminatorRange.begin, 4, 1);

  const Heredoc& two = copy.heredocs[1];
  CHECK(two.wordRange == p.find("<<-\"TWO\""));
  CHECK(two.name == "TWO");
  CHECK_FALSE(two.expand);
  CHECK(two.chomp);
  CHECK(two.content == "\tsecond\n");
  CHECK(two.bodyRange == SourceRange{p.find("\tsecond").begin, p.find("\t\tTWO").begin});
  CHECK(two.terminatorRange == p.find("\t\tTWO")); // the whole line, TABs included
  // The instruction runs to the end of its last terminator.
  CHECK(copy.range == SourceRange{p.find("COPY").begin, p.find("\t\tTWO").end});

  // An empty body: an empty range where the terminator starts.
  const Heredoc& empty = p.instruction(2).heredocs.at(0);
  SourceRange eofLine = p.find("EOF", 0, p.find("<<EOF").end);
  CHECK(empty.bodyRange == SourceRange{eofLine.begin, eofLine.begin});
  CHECK(empty.content.empty());
  CHECK(empty.terminatorRange == eofLine);
  CHECK(p.instruction(3).kind == InstructionKind::Cmd);
  checkAt(p, p.instruction(3).keywordRange.begin, 9, 1);
}

TEST_CASE("an unterminated heredoc ends at the end of the file", "[frontend]") {
  Parsed p("FROM alpine\nRUN <<EOF\necho hi\n");
  CHECK(p.codes() == std::vector<std::string>{"DF106"});
  const Heredoc& h = p.instruction(1).heredocs.at(0);
  auto end = static_cast<std::uint32_t>(p.text().size());
  CHECK(h.bodyRange == SourceRange{p.find("echo").begin, end});
  CHECK(h.terminatorRange == SourceRange{end, end});
  CHECK(p.collector.all.at(0).range == p.find("<<EOF"));
}

TEST_CASE("shell text keeps its place across continuations, comments and empty lines", "[frontend]") {
  Parsed p("FROM debian:12\n"
           "RUN apt-get update \\\n"
           "# a comment line inside the continuation\n"
           "    && apt-get install -y curl \\\n"
           "\n"
           "    && rm -rf /var/lib/apt/lists/*\n");
  // The empty line is DF111 (a warning); nothing else.
  CHECK(p.codes() == std::vector<std::string>{"DF111"});
  const auto& run = p.as<CommandInstruction>(1);
  REQUIRE_FALSE(run.command.json);
  const LogicalText& shell = run.command.shell;
  CHECK(shell.text() == "apt-get update     && apt-get install -y curl     && rm -rf /var/lib/apt/lists/*");

  // Three pieces, one per physical line with text; the comment and the empty line have none.
  std::vector<SourceRange> spans = shell.sourceSpans(0, shell.size());
  REQUIRE(spans.size() == 3);
  CHECK(spans[0] == SourceRange{p.find("apt-get update").begin, p.find("apt-get update ").end});
  CHECK(spans[1] == SourceRange{p.find("    && apt-get").begin, p.find("curl ").end});
  CHECK(spans[2] == SourceRange{p.find("    && rm").begin, p.find("lists/*").end});
  checkAt(p, spans[0].begin, 2, 5);
  checkAt(p, spans[1].begin, 4, 1);
  checkAt(p, spans[2].begin, 6, 1);

  // A word on the third text line maps back to its own line and column.
  auto curl = static_cast<std::uint32_t>(shell.text().find("curl"));
  CHECK(shell.sourceRange(curl, curl + 4) == p.find("curl"));
  checkAt(p, shell.sourceOffset(curl), 4, 27);
  auto rm = static_cast<std::uint32_t>(shell.text().find("rm -rf"));
  checkAt(p, shell.sourceOffset(rm), 6, 8);

  // The instruction spans all five lines; the empty line and the comment are recorded.
  CHECK(run.range == SourceRange{p.find("RUN").begin, p.find("lists/*").end});
  CHECK(run.emptyContinuationLines == std::vector<SourceRange>{{p.find("\n\n").begin + 1, p.find("\n\n").begin + 1}});
  CHECK(p.ast().comments == std::vector<SourceRange>{p.find("# a comment line inside the continuation")});
  CHECK(p.collector.all.at(0).range.begin == p.find("\n\n").begin + 1);
}

TEST_CASE("a backtick escape file continues lines with '`' and leaves '\\' alone", "[frontend]") {
  Parsed p("# escape=`\n"
           "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
           "RUN dir c:\\ `\n"
           "    && echo done\n"
           "ENV APP=C:\\app\\bin\n");
  CHECK(p.codes().empty());
  CHECK(p.ast().escape == '`');
  REQUIRE(p.ast().directives.size() == 1);
  CHECK(p.ast().directives[0].nameRange == p.find("escape"));
  CHECK(p.ast().directives[0].valueRange == p.find("`"));

  const auto& run = p.as<CommandInstruction>(1);
  CHECK(run.command.shell.text() == "dir c:\\     && echo done");
  std::vector<SourceRange> spans = run.command.shell.sourceSpans(0, run.command.shell.size());
  REQUIRE(spans.size() == 2);
  CHECK(spans[0] == SourceRange{p.find("dir").begin, p.find("c:\\ ").end});
  CHECK(spans[1] == SourceRange{p.find("    && echo").begin, p.find("done").end});
  checkAt(p, run.command.shell.sourceOffset(static_cast<std::uint32_t>(run.command.shell.text().find("echo"))), 4, 8);

  const auto& env = p.as<KeyValueInstruction>(2);
  REQUIRE(env.pairs.size() == 1);
  CHECK(env.pairs[0].value.range == p.find("C:\\app\\bin"));
  CHECK(env.pairs[0].value.text == "C:\\app\\bin");
}

TEST_CASE("CRLF files: ranges stop before the carriage return", "[frontend]") {
  Parsed p("FROM alpine\r\n"
           "RUN echo a \\\r\n"
           "    b\r\n"
           "ENV A=1\r\n"
           "COPY <<EOF /x\r\n"
           "body\r\n"
           "EOF\r\n");
  CHECK(p.codes().empty());
  REQUIRE(p.ast().instructions.size() == 4);
  CHECK(p.instruction(0).range == p.find("FROM alpine"));

  const auto& run = p.as<CommandInstruction>(1);
  CHECK(run.command.shell.text() == "echo a     b");
  CHECK(run.range == SourceRange{p.find("RUN").begin, p.find("    b").end});
  checkAt(p, run.command.shell.sourceOffset(run.command.shell.size() - 1), 3, 5);

  const auto& env = p.as<KeyValueInstruction>(2);
  CHECK(env.pairs.at(0).value.range == SourceRange{p.find("A=1").end - 1, p.find("A=1").end});
  checkAt(p, env.keywordRange.begin, 4, 1);

  // Heredoc bodies are verbatim (the '\r' stays); the terminator line does not include it.
  const Heredoc& h = p.instruction(3).heredocs.at(0);
  CHECK(h.content == "body\r\n");
  CHECK(h.terminatorRange == p.find("EOF", 0, p.find("body").end));
}

TEST_CASE("a byte-order mark is skipped: offsets count it, columns start after it", "[frontend]") {
  Parsed p("\xEF\xBB\xBF"
           "FROM alpine\n"
           "RUNN x\n");
  CHECK(p.ast().hasBom);
  CHECK(p.instruction(0).keywordRange == SourceRange{3, 7});
  dlint::LineColumn lc = p.locate(3);
  CHECK(lc.line == 1);
  CHECK(lc.byteColumn == 4);
  CHECK(lc.codePointColumn == 2);
  CHECK(p.codes() == std::vector<std::string>{"DF110"});
  CHECK(p.collector.all.at(0).range == p.find("RUNN"));

  // A directive right after the BOM is still a directive.
  Parsed d("\xEF\xBB\xBF# escape=`\nFROM alpine\nRUN a `\n  b\n");
  CHECK(d.ast().escape == '`');
  CHECK(d.ast().directives.at(0).range.begin == 3);
  CHECK(d.as<CommandInstruction>(1).command.shell.text() == "a   b");
}

TEST_CASE("error recovery: an error on line 2 keeps lines 1, 3 and 4", "[frontend]") {
  struct Case {
    const char* line2;
    const char* code;
  };
  const Case cases[] = {
      {"RUNN apt-get update", "DF110"},
      {"ENV ONLYKEY", "DF108"},
      {"LABEL a=b stray", "DF109"},
      {"CMD [\"a\", 1]", "DF107"},
      {"COPY --chmown=1 a /b", "DF113"},
      {"COPY --link=yes a /b", "DF115"},
      {"SHELL /bin/sh -c", "DF120"},
      {"HEALTHCHECK CONNECT x", "DF119"},
      {"RUN --mount=type=nfs,target=/x true", "DF121"},
      {"ONBUILD FROM alpine", "DF118"},
      {"WORKDIR", "DF116"},
  };
  for (const Case& c : cases) {
    INFO("line 2: " << c.line2);
    Parsed p(std::string("FROM alpine:3.20\n") + c.line2 + "\nRUN make install\nCMD [\"app\"]\n");
    REQUIRE(p.collector.all.size() == 1);
    CHECK(p.collector.all[0].code == c.code);
    CHECK(p.locate(p.collector.all[0].range.begin).line == 2);

    std::vector<std::pair<std::uint32_t, InstructionKind>> kept;
    for (const auto& node : p.ast().instructions) {
      std::uint32_t line = p.locate(node->keywordRange.begin).line;
      if (line != 2)
        kept.emplace_back(line, node->kind);
    }
    CHECK(kept == std::vector<std::pair<std::uint32_t, InstructionKind>>{
                      {1, InstructionKind::From}, {3, InstructionKind::Run}, {4, InstructionKind::Cmd}});
  }
}

TEST_CASE("the continuation fast path agrees with the grammar", "[frontend][grammar]") {
  using dlint::frontend::continuationKeep;
  using dlint::frontend::continuationKeepByGrammar;
  // Every string of up to 6 bytes over an alphabet holding both escapes, blanks and text.
  const std::string alphabet = "\\` \ta#";
  std::vector<std::string> inputs{""};
  for (int length = 1; length <= 6; ++length) {
    std::vector<std::string> next;
    for (const std::string& prefix : inputs)
      if (prefix.size() == static_cast<std::size_t>(length - 1))
        for (char c : alphabet)
          next.push_back(prefix + c);
    inputs.insert(inputs.end(), next.begin(), next.end());
  }
  for (const std::string& input : inputs)
    for (char escape : {'\\', '`'}) {
      INFO("input: [" << input << "] escape " << escape);
      CHECK(continuationKeep(input, escape) == continuationKeepByGrammar(input, escape));
    }
}
