#include "frontend/DockerfileParser.h"

#include "frontend/HeredocFinder.h"
#include "frontend/InstructionBuilder.h"
#include "frontend/Text.h"
#include "grammar/Directives.h"
#include "grammar/Lines.h"

namespace dlint::frontend {

namespace pegtl = tao::pegtl;
namespace g = dlint::grammar;

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
/// bufio.Scanner's limit: a physical line of 64 KiB or more is an error in BuildKit.
constexpr std::size_t kMaxLineLength = 65535;

bool isComment(std::string_view content) {
  std::size_t i = skipUnicodeSpace(content);
  return i < content.size() && content[i] == '#';
}

bool isBlank(std::string_view content) { return skipUnicodeSpace(content) == content.size(); }

/// Length of the text a continued line keeps, or nothing when the line does not continue.
template <typename Rule> struct KeptAction : pegtl::nothing<Rule> {};
template <char E> struct KeptAction<g::lines::kept_text<E>> {
  template <typename In> static void apply(const In& in, std::size_t& kept) { kept = in.size(); }
};

} // namespace

std::optional<std::size_t> continuationKeepByGrammar(std::string_view content, char escape) {
  std::size_t kept = 0;
  pegtl::memory_input<> in(content.data(), content.data() + content.size(), "");
  bool continued = escape == '`' ? pegtl::parse<g::lines::continued_line<'`'>, KeptAction>(in, kept)
                                 : pegtl::parse<g::lines::continued_line<'\\'>, KeptAction>(in, kept);
  if (!continued)
    return std::nullopt;
  return kept;
}

std::optional<std::size_t> continuationKeep(std::string_view content, char escape) {
  // grammar::lines::continued_line decides this in O(1) from the line's end: the last
  // non-blank byte must be the escape, and the byte before it must not be. It runs on every
  // line, so it is written out here; a unit test checks it against the grammar.
  std::size_t last = content.find_last_not_of(" \t");
  if (last == std::string_view::npos || content[last] != escape)
    return std::nullopt;
  if (last > 0 && content[last - 1] == escape)
    return std::nullopt;
  return last;
}

namespace {

struct DirectiveMatch {
  std::string_view name;
  std::string_view rawValue;
};
template <typename Rule> struct DirectiveAction : pegtl::nothing<Rule> {};
template <> struct DirectiveAction<g::directives::name> {
  template <typename In> static void apply(const In& in, DirectiveMatch& m) { m.name = {in.begin(), in.size()}; }
};
template <> struct DirectiveAction<g::directives::value> {
  template <typename In> static void apply(const In& in, DirectiveMatch& m) { m.rawValue = {in.begin(), in.size()}; }
};

bool isReSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

bool isKnownDirective(std::string_view name) { return name == "syntax" || name == "escape" || name == "check"; }

bool canContainHeredoc(const ast::Instruction& node) {
  const ast::Instruction* target = &node;
  if (auto* onbuild = ast::dyn_cast<ast::OnbuildInstruction>(&node); onbuild && onbuild->trigger)
    target = onbuild->trigger.get();
  using K = ast::InstructionKind;
  if (auto* command = ast::dyn_cast<ast::CommandInstruction>(target))
    return target->kind == K::Run && !command->command.json;
  if (auto* copy = ast::dyn_cast<ast::FileTransferInstruction>(target))
    return !copy->json;
  return false;
}

} // namespace

DockerfileParser::DockerfileParser(std::string_view text, const SyntaxReporter& reporter, ast::Dockerfile& out)
    : text_(text), reporter_(reporter), out_(out),
      reader_(text, text.substr(0, 3) == kBom ? 3u : 0u) {
  out_.hasBom = text.substr(0, 3) == kBom;
}

void DockerfileParser::run() {
  parseDirectives();
  parseBody();
  if (out_.instructions.empty()) {
    std::uint32_t start = out_.hasBom ? 3 : 0;
    reporter_.report(Syntax::DF102, {start, start},
                     text_.size() <= start ? "file with no instructions: the file is empty"
                                           : "file with no instructions: it holds only comments and blank lines");
  }
}

void DockerfileParser::checkLineLength(const PhysicalLine& line) {
  if (line.number <= lastCheckedLine_)
    return;
  lastCheckedLine_ = line.number;
  // BuildKit's scanner counts every byte before the '\n', so a '\r' and a BOM count too.
  std::uint32_t begin = line.number == 1 ? 0 : line.begin;
  std::uint32_t end = line.next > line.begin && text_[line.next - 1] == '\n' ? line.next - 1 : line.next;
  if (end - begin > kMaxLineLength) {
    auto at = static_cast<std::uint32_t>(begin + kMaxLineLength);
    reporter_.report(Syntax::DF103, {at, end},
                     "line is " + std::to_string(end - begin) + " bytes long; BuildKit refuses lines longer than 65535 bytes");
  }
}

// ---- directives --------------------------------------------------------------------------------

void DockerfileParser::parseDirectives() {
  while (!reader_.atEnd()) {
    const PhysicalLine& line = reader_.peek();
    checkLineLength(line);
    if (!parseDirectiveLine(line))
      return;
    reader_.advance();
  }
}

bool DockerfileParser::parseDirectiveLine(const PhysicalLine& line) {
  std::string_view content = reader_.content(line);
  DirectiveMatch match;
  pegtl::memory_input<> in(content.data(), content.data() + content.size(), "");
  if (!pegtl::parse<g::directives::line, DirectiveAction>(in, match))
    return false;
  std::string name = toLowerAscii(match.name);
  if (!isKnownDirective(name))
    return false; // an unknown directive ends the block and is an ordinary comment

  // `(.+?)\s*$`: trim `\s` from the end, but a value of only spaces keeps its last one.
  std::string_view value = match.rawValue;
  std::size_t b = 0;
  while (b + 1 < value.size() && isReSpace(value[b]))
    ++b;
  std::size_t e = value.size();
  while (e > b + 1 && isReSpace(value[e - 1]))
    --e;
  value = value.substr(b, e - b);

  auto offset = [&](std::string_view part) {
    return static_cast<std::uint32_t>(part.data() - text_.data());
  };
  ast::Directive directive;
  directive.range = {line.begin, line.contentEnd};
  directive.nameRange = {offset(match.name), offset(match.name) + static_cast<std::uint32_t>(match.name.size())};
  directive.valueRange = {offset(value), offset(value) + static_cast<std::uint32_t>(value.size())};
  directive.name = name;
  directive.value = std::string(value);

  if (out_.findDirective(name)) {
    Diagnostic d = reporter_.make(Syntax::DF104, directive.nameRange,
                                  "only one '" + name + "' parser directive can be used");
    d.notes.push_back({"the first '" + name + "' directive is here", out_.findDirective(name)->range});
    reporter_.report(std::move(d));
    return true;
  }
  if (name == "escape") {
    if (directive.value == "\\" || directive.value == "`") {
      out_.escape = directive.value[0];
    } else {
      reporter_.report(Syntax::DF105, directive.valueRange,
                       "invalid escape token '" + directive.value + "' does not match ` or \\");
    }
  }
  out_.directives.push_back(std::move(directive));
  return true;
}

// ---- body --------------------------------------------------------------------------------------

void DockerfileParser::parseBody() {
  while (!reader_.atEnd()) {
    PhysicalLine line = reader_.peek();
    checkLineLength(line);
    std::string_view content = reader_.content(line);
    std::size_t first = skipUnicodeSpace(content);
    if (first == content.size()) { // blank lines do not reset pending doc comments
      reader_.advance();
      continue;
    }
    if (content[first] == '#') {
      parseComment(line, line.begin + static_cast<std::uint32_t>(first));
      reader_.advance();
      continue;
    }
    parseInstruction(line, line.begin + static_cast<std::uint32_t>(first));
  }
}

void DockerfileParser::parseComment(const PhysicalLine& line, std::uint32_t hashOffset) {
  out_.comments.push_back({hashOffset, line.contentEnd});
  // BuildKit drops the first byte of the raw line, which for an indented comment is a space,
  // not the '#': that quirk is kept so doc comments match what BuildKit sees.
  std::string_view raw = reader_.content(line);
  std::string_view textAfter = trimSpace(raw.substr(1));
  if (textAfter.empty())
    pendingComments_.clear();
  else
    pendingComments_.emplace_back(textAfter);
}

void DockerfileParser::parseInstruction(const PhysicalLine& first, std::uint32_t keywordOffset) {
  ast::LogicalText logical;
  std::vector<SourceRange> emptyLines;
  std::uint32_t segmentBegin = keywordOffset;
  PhysicalLine current = first;
  std::uint32_t lastEnd = first.contentEnd;
  while (true) {
    std::string_view segment = text_.substr(segmentBegin, current.contentEnd - segmentBegin);
    lastEnd = current.contentEnd;
    std::optional<std::size_t> kept = continuationKeep(segment, out_.escape);
    reader_.advance();
    if (!kept) {
      logical.append(segment, segmentBegin);
      break;
    }
    logical.append(segment.substr(0, *kept), segmentBegin);
    // Comment lines vanish inside a continuation; blank lines too, with a warning.
    bool more = false;
    while (!reader_.atEnd()) {
      const PhysicalLine& next = reader_.peek();
      checkLineLength(next);
      std::string_view content = reader_.content(next);
      // Lines consumed by the continuation belong to the instruction's span, as in BuildKit.
      if (isComment(content)) {
        out_.comments.push_back({next.begin + static_cast<std::uint32_t>(skipUnicodeSpace(content)), next.contentEnd});
        lastEnd = next.contentEnd;
        reader_.advance();
        continue;
      }
      if (isBlank(content)) {
        emptyLines.push_back({next.begin, next.contentEnd});
        lastEnd = next.contentEnd;
        reader_.advance();
        continue;
      }
      more = true;
      break;
    }
    if (!more)
      break; // end of file inside a continuation: the instruction is what was collected
    current = reader_.peek();
    segmentBegin = current.begin;
  }

  InstructionBuilder builder(out_.escape, reporter_);
  std::unique_ptr<ast::Instruction> node = builder.build(logical);
  if (!node) // only escapes and blank text: nothing to build
    return;
  node->line = std::move(logical);
  node->emptyContinuationLines = std::move(emptyLines);
  node->docComments = std::move(pendingComments_);
  pendingComments_.clear();
  if (canContainHeredoc(*node))
    lastEnd = readHeredocBodies(*node, lastEnd);
  // The span runs from the first physical line (which may hold only an escape) to the last.
  node->range.begin = std::min(node->range.begin, keywordOffset);
  node->range.end = std::max(node->range.end, lastEnd);
  reportEmptyContinuations(*node);
  out_.instructions.push_back(std::move(node));
}

std::uint32_t DockerfileParser::readHeredocBodies(ast::Instruction& node, std::uint32_t lastEnd) {
  const ast::LogicalText& line = node.line;
  for (HeredocWord& word : findHeredocWords(line.text())) {
    ast::Heredoc heredoc;
    heredoc.wordRange = line.sourceRange(word.span.begin, word.span.end);
    heredoc.name = std::move(word.name);
    heredoc.fileDescriptor = word.fileDescriptor;
    heredoc.chomp = word.chomp;
    heredoc.expand = word.expand;
    std::uint32_t bodyBegin = reader_.atEnd() ? static_cast<std::uint32_t>(text_.size()) : reader_.peek().begin;
    std::uint32_t bodyEnd = bodyBegin;
    bool terminated = false;
    while (!reader_.atEnd()) {
      PhysicalLine bodyLine = reader_.peek();
      checkLineLength(bodyLine);
      std::string_view candidate = reader_.content(bodyLine);
      if (heredoc.chomp)
        candidate.remove_prefix(std::min(candidate.find_first_not_of('\t'), candidate.size()));
      reader_.advance();
      if (candidate == heredoc.name) {
        heredoc.terminatorRange = {bodyLine.begin, bodyLine.contentEnd};
        lastEnd = bodyLine.contentEnd;
        terminated = true;
        break;
      }
      bodyEnd = bodyLine.next;
      lastEnd = bodyLine.contentEnd;
    }
    heredoc.bodyRange = {bodyBegin, bodyEnd};
    heredoc.content = std::string(text_.substr(bodyBegin, bodyEnd - bodyBegin));
    if (!terminated) {
      auto end = static_cast<std::uint32_t>(text_.size());
      heredoc.terminatorRange = {end, end};
      Diagnostic d = reporter_.make(Syntax::DF106, heredoc.wordRange,
                                    "unterminated heredoc: no line is exactly '" + heredoc.name + "'");
      d.notes.push_back({"the file ends here, inside the heredoc body", SourceRange{end, end}});
      reporter_.report(std::move(d));
    }
    node.heredocs.push_back(std::move(heredoc));
  }
  return lastEnd;
}

void DockerfileParser::reportEmptyContinuations(const ast::Instruction& node) {
  for (SourceRange empty : node.emptyContinuationLines) {
    Diagnostic d = reporter_.make(Syntax::DF111, {empty.begin, empty.begin},
                                  "empty continuation line in '" + node.keyword + "' instruction");
    d.notes.push_back({"empty continuation lines will become errors in a future BuildKit release; "
                       "remove the line or end it with the escape character",
                       std::nullopt});
    reporter_.report(std::move(d));
  }
}

} // namespace dlint::frontend
