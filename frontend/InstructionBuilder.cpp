#include "frontend/InstructionBuilder.h"

#include <algorithm>

#include "frontend/ArgumentParsers.h"
#include "frontend/Text.h"

namespace dlint::frontend {

namespace {

/// ONBUILD ONBUILD ... nests; BuildKit rejects chaining anyway, so a small bound is plenty and
/// keeps a pathological line from recursing deeply.
constexpr int kMaxNesting = 8;

ast::Word makeWord(const ast::LogicalText& line, LogicalSpan span, std::string text) {
  return ast::Word{line.sourceRange(span.begin, span.end), std::move(text)};
}

ast::Word makeWord(const ast::LogicalText& line, std::uint32_t begin, std::uint32_t end) {
  return ast::Word{line.sourceRange(begin, end), std::string(line.text().substr(begin, end - begin))};
}

std::unique_ptr<ast::Instruction> makeNode(ast::InstructionKind kind) {
  using K = ast::InstructionKind;
  switch (kind) {
  case K::From: return std::make_unique<ast::FromInstruction>();
  case K::Run:
  case K::Cmd:
  case K::Entrypoint:
  case K::Shell: return std::make_unique<ast::CommandInstruction>(kind);
  case K::Healthcheck: return std::make_unique<ast::HealthcheckInstruction>();
  case K::Copy:
  case K::Add: return std::make_unique<ast::FileTransferInstruction>(kind);
  case K::Env:
  case K::Label: return std::make_unique<ast::KeyValueInstruction>(kind);
  case K::Arg: return std::make_unique<ast::ArgInstruction>();
  case K::Expose:
  case K::Volume: return std::make_unique<ast::ListInstruction>(kind);
  case K::User:
  case K::Workdir:
  case K::Stopsignal:
  case K::Maintainer: return std::make_unique<ast::ValueInstruction>(kind);
  case K::Onbuild: return std::make_unique<ast::OnbuildInstruction>();
  case K::Unknown: break;
  }
  return std::make_unique<ast::UnknownInstruction>();
}

ast::Flag makeFlag(const ast::LogicalText& line, const ExtractedFlag& raw) {
  ast::Flag flag;
  flag.range = line.sourceRange(raw.span.begin, raw.span.end);
  std::string_view spelling = raw.spelling;
  spelling.remove_prefix(2); // "--"
  std::size_t eq = spelling.find('=');
  flag.hasValue = eq != std::string_view::npos;
  flag.name = std::string(spelling.substr(0, eq));
  if (flag.hasValue)
    flag.value = std::string(spelling.substr(eq + 1));
  std::uint32_t nameEnd = flag.hasValue ? raw.valueBegin - 1 : raw.span.end;
  flag.nameRange = line.sourceRange(raw.span.begin + 2, nameEnd);
  flag.valueRange = flag.hasValue ? line.sourceRange(raw.valueBegin, raw.span.end)
                                  : line.sourceRange(raw.span.end, raw.span.end);
  if (flag.hasValue)
    flag.rawValue = line.slice(raw.valueBegin, raw.span.end);
  return flag;
}

} // namespace

std::unique_ptr<ast::Instruction> InstructionBuilder::build(const ast::LogicalText& line) const {
  return build(line, 0, line.size(), 0);
}

std::unique_ptr<ast::Instruction> InstructionBuilder::build(const ast::LogicalText& line,
                                                            std::uint32_t begin, std::uint32_t end,
                                                            int depth) const {
  std::string_view text = line.text();
  // strings.TrimSpace, then split once on the first run of [\t\v\f\r ].
  std::string_view slice = text.substr(begin, end - begin);
  std::uint32_t b = begin + static_cast<std::uint32_t>(skipUnicodeSpace(slice));
  std::uint32_t e = begin + static_cast<std::uint32_t>(trimUnicodeSpaceEnd(slice, b - begin));
  if (b >= e)
    return nullptr;
  std::uint32_t keywordEnd = b;
  while (keywordEnd < e && !isSplitSpace(text[keywordEnd]))
    ++keywordEnd;

  std::string_view keyword = text.substr(b, keywordEnd - b);
  auto node = makeNode(ast::kindFromKeyword(keyword));
  node->keyword = std::string(keyword);
  node->keywordRange = line.sourceRange(b, keywordEnd);
  node->range = line.sourceRange(b, e);

  std::uint32_t argsBegin = e;
  if (keywordEnd < e) {
    std::uint32_t restBegin = keywordEnd;
    while (restBegin < e && isSplitSpace(text[restBegin]))
      ++restBegin;
    FlagExtraction extraction = extractFlags(text, restBegin, e, escape_);
    for (const ExtractedFlag& raw : extraction.flags)
      node->flags.push_back(makeFlag(line, raw));
    argsBegin = extraction.restBegin;
  }
  std::string_view args = text.substr(argsBegin, e - argsBegin);
  std::uint32_t ab = argsBegin + static_cast<std::uint32_t>(skipUnicodeSpace(args));
  std::uint32_t ae = argsBegin + static_cast<std::uint32_t>(trimUnicodeSpaceEnd(args, ab - argsBegin));
  if (ab > ae)
    ab = ae;
  node->argumentsRange = line.sourceRange(ab, ae);
  parseArguments(*node, line, ab, ae, depth);
  return node;
}

void InstructionBuilder::parseArguments(ast::Instruction& node, const ast::LogicalText& line,
                                        std::uint32_t ab, std::uint32_t ae, int depth) const {
  using K = ast::InstructionKind;
  std::string_view text = line.text();
  switch (node.kind) {
  case K::Run:
  case K::Cmd:
  case K::Entrypoint:
  case K::Shell:
    static_cast<ast::CommandInstruction&>(node).command = parseCommand(line, ab, ae);
    break;
  case K::Healthcheck:
    parseHealthcheck(static_cast<ast::HealthcheckInstruction&>(node), line, ab, ae);
    break;
  case K::Copy:
  case K::Add: {
    auto& copy = static_cast<ast::FileTransferInstruction&>(node);
    copy.json = parseList(copy.args, line, ab, ae);
    break;
  }
  case K::Volume: {
    auto& list = static_cast<ast::ListInstruction&>(node);
    list.json = parseList(list.items, line, ab, ae);
    break;
  }
  case K::Expose:
    for (SpannedText& w : splitPlainWords(text, ab, ae))
      static_cast<ast::ListInstruction&>(node).items.push_back(makeWord(line, w.span, std::move(w.text)));
    break;
  case K::From:
    for (SpannedText& w : splitPlainWords(text, ab, ae))
      static_cast<ast::FromInstruction&>(node).args.push_back(makeWord(line, w.span, std::move(w.text)));
    break;
  case K::Env:
  case K::Label:
    parseKeyValues(static_cast<ast::KeyValueInstruction&>(node), line, ab, ae);
    break;
  case K::Arg:
    parseArg(static_cast<ast::ArgInstruction&>(node), line, ab, ae);
    break;
  case K::User:
  case K::Workdir:
  case K::Stopsignal:
  case K::Maintainer:
    if (ab < ae)
      static_cast<ast::ValueInstruction&>(node).value = makeWord(line, ab, ae);
    break;
  case K::Onbuild:
    if (ab < ae && depth < kMaxNesting)
      static_cast<ast::OnbuildInstruction&>(node).trigger = build(line, ab, ae, depth + 1);
    break;
  case K::Unknown:
    static_cast<ast::UnknownInstruction&>(node).rest = line.slice(ab, ae);
    break;
  }
}

ast::Command InstructionBuilder::parseCommand(const ast::LogicalText& line, std::uint32_t begin,
                                              std::uint32_t end) const {
  ast::Command command;
  command.range = line.sourceRange(begin, end);
  if (begin >= end)
    return command;
  ExecForm exec = parseExecForm(line.text(), begin, end);
  if (exec.status == ExecFormStatus::Ok) {
    command.json = true;
    for (SpannedText& element : exec.elements)
      command.elements.push_back(makeWord(line, element.span, std::move(element.text)));
    return command;
  }
  if (exec.status == ExecFormStatus::NonStringElement) {
    reporter_.report(Syntax::DF107, line.sourceRange(exec.offending.begin, exec.offending.end),
                     "when using JSON array syntax, arrays must be comprised of strings only");
    command.nonStringJson = true;
  }
  command.shell = line.slice(begin, end);
  return command;
}

bool InstructionBuilder::parseList(std::vector<ast::Word>& out, const ast::LogicalText& line,
                                   std::uint32_t begin, std::uint32_t end) const {
  ExecForm exec = parseExecForm(line.text(), begin, end);
  if (exec.status == ExecFormStatus::Ok) {
    for (SpannedText& element : exec.elements)
      out.push_back(makeWord(line, element.span, std::move(element.text)));
    return true;
  }
  if (exec.status == ExecFormStatus::NonStringElement)
    reporter_.report(Syntax::DF107, line.sourceRange(exec.offending.begin, exec.offending.end),
                     "when using JSON array syntax, arrays must be comprised of strings only");
  for (SpannedText& w : splitPlainWords(line.text(), begin, end))
    out.push_back(makeWord(line, w.span, std::move(w.text)));
  return false;
}

void InstructionBuilder::parseHealthcheck(ast::HealthcheckInstruction& node,
                                          const ast::LogicalText& line, std::uint32_t begin,
                                          std::uint32_t end) const {
  // The type is the first word, ended by a byte that unicode.IsSpace accepts as a rune.
  std::string_view text = line.text();
  auto isByteSpace = [](char c) {
    return isSplitSpace(c) || c == '\n' || c == '\x85' || c == '\xA0';
  };
  std::uint32_t sep = begin;
  while (sep < end && !isByteSpace(text[sep]))
    ++sep;
  if (sep == begin)
    return;
  std::uint32_t next = sep;
  while (next < end && isByteSpace(text[next]))
    ++next;
  node.type = makeWord(line, begin, sep);
  node.command = parseCommand(line, next, end);
}

void InstructionBuilder::parseKeyValues(ast::KeyValueInstruction& node, const ast::LogicalText& line,
                                        std::uint32_t begin, std::uint32_t end) const {
  std::string_view text = line.text();
  std::vector<SpannedText> words = splitQuotedWords(text, begin, end, escape_);
  if (words.empty())
    return;
  std::string_view keyword = ast::keywordName(node.kind);
  if (words[0].text.find('=') == std::string::npos) {
    // Legacy `KEY value`: the key is the first whitespace-delimited token of the raw text and
    // the value is all the rest, quotes and inner whitespace kept.
    node.legacyForm = true;
    std::uint32_t keyEnd = begin;
    while (keyEnd < end && !isSplitSpace(text[keyEnd]))
      ++keyEnd;
    std::uint32_t valueBegin = keyEnd;
    while (valueBegin < end && isSplitSpace(text[valueBegin]))
      ++valueBegin;
    if (keyEnd == end) {
      reporter_.report(Syntax::DF108, line.sourceRange(begin, keyEnd),
                       "'" + std::string(keyword) + " " + std::string(text.substr(begin, keyEnd - begin)) +
                           "' has no value: " + std::string(keyword) + " must have two arguments");
      return;
    }
    ast::KeyValue pair;
    pair.range = line.sourceRange(begin, end);
    pair.key = makeWord(line, begin, keyEnd);
    pair.value = makeWord(line, valueBegin, end);
    pair.hasEquals = false;
    node.pairs.push_back(std::move(pair));
    return;
  }
  for (SpannedText& word : words) {
    std::size_t eq = word.text.find('=');
    if (eq == std::string::npos) {
      reporter_.report(Syntax::DF109, line.sourceRange(word.span.begin, word.span.end),
                       "can't find '=' in '" + word.text + "': every word of '" + std::string(keyword) +
                           "' must have the form 'name=value'");
      continue;
    }
    auto split = word.span.begin + static_cast<std::uint32_t>(eq);
    ast::KeyValue pair;
    pair.range = line.sourceRange(word.span.begin, word.span.end);
    pair.key = ast::Word{line.sourceRange(word.span.begin, split), word.text.substr(0, eq)};
    pair.value = ast::Word{line.sourceRange(split + 1, word.span.end), word.text.substr(eq + 1)};
    node.pairs.push_back(std::move(pair));
  }
}

void InstructionBuilder::parseArg(ast::ArgInstruction& node, const ast::LogicalText& line,
                                  std::uint32_t begin, std::uint32_t end) const {
  for (SpannedText& word : splitQuotedWords(line.text(), begin, end, escape_)) {
    ast::ArgDeclaration declaration;
    declaration.range = line.sourceRange(word.span.begin, word.span.end);
    std::size_t eq = word.text.find('=');
    auto split = word.span.begin + static_cast<std::uint32_t>(std::min(eq, word.text.size()));
    declaration.name = ast::Word{line.sourceRange(word.span.begin, split), word.text.substr(0, eq)};
    if (eq != std::string::npos)
      declaration.defaultValue = ast::Word{line.sourceRange(split + 1, word.span.end), word.text.substr(eq + 1)};
    node.declarations.push_back(std::move(declaration));
    node.words.push_back(makeWord(line, word.span, std::move(word.text)));
  }
}

} // namespace dlint::frontend
