#include "passes/shell/ShellBuilder.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>

#include <fmt/format.h>

namespace dlint::shell::detail {

namespace {

constexpr std::size_t kMaxProblems = 100;
// The parser recurses once per nesting level; stop well before a thread's stack runs out, whatever
// the build mode makes a level cost.
constexpr std::ptrdiff_t kStackBudget = std::ptrdiff_t{4} << 20;

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool isNameStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isNameChar(char c) { return isNameStart(c) || isDigit(c); }
bool isSpecialParameter(char c) { return std::string_view("@*#?-$!").find(c) != std::string_view::npos; }

CommandList flatten(std::vector<CommandList>& segments) {
  CommandList out;
  for (auto& segment : segments)
    for (auto& command : segment)
      out.push_back(std::move(command));
  return out;
}

/// The commands after the first occurrence of `keyword` in a compound frame.
CommandList takeSegment(Frame& f, std::string_view keyword) {
  for (std::size_t i = 0; i < f.keywords.size() && i < f.segments.size(); ++i)
    if (f.keywords[i] == keyword)
      return std::move(f.segments[i]);
  return {};
}

RedirectKind redirectKind(std::string_view op) {
  if (op == "<") return RedirectKind::Input;
  if (op == ">") return RedirectKind::Output;
  if (op == ">>") return RedirectKind::Append;
  if (op == ">|") return RedirectKind::Clobber;
  if (op == "<>") return RedirectKind::ReadWrite;
  if (op == "<&") return RedirectKind::DupInput;
  if (op == ">&") return RedirectKind::DupOutput;
  if (op == "&>") return RedirectKind::OutputAndError;
  if (op == "&>>") return RedirectKind::AppendAndError;
  if (op == "<<") return RedirectKind::HereDoc;
  if (op == "<<-") return RedirectKind::HereDocStrip;
  return RedirectKind::HereString;
}

/// The name inside ${...}: `${#PATH}` and `${!ref}` give `PATH` and `ref`.
std::string parameterName(std::string_view content) {
  if (content.size() > 1 && (content[0] == '#' || content[0] == '!') &&
      (isNameChar(content[1]) || isSpecialParameter(content[1])))
    content.remove_prefix(1);
  if (content.empty())
    return {};
  std::size_t n = 0;
  if (isNameStart(content[0]))
    while (n < content.size() && isNameChar(content[n]))
      ++n;
  else if (isDigit(content[0]))
    while (n < content.size() && isDigit(content[n]))
      ++n;
  else if (isSpecialParameter(content[0]))
    n = 1;
  return std::string(content.substr(0, n));
}

/// A word that is one unquoted literal written exactly as it reads gets no parts (Word::parts).
bool isBareLiteral(const std::vector<WordPart>& parts, std::string_view raw) {
  return parts.size() == 1 && parts.front().kind == WordPartKind::Literal && !parts.front().quoted &&
         parts.front().text == raw;
}

} // namespace

State::State(const ast::LogicalText& rootText, std::string_view inputText, InputMap inputMap, int nesting,
             std::vector<SyntaxProblem>& problemList)
    : root(rootText), input(inputText), map(inputMap), depth(nesting), baseDepth(nesting), problems(problemList) {}

std::uint32_t State::logicalAt(std::uint32_t offset) const {
  if (map.remap)
    return (*map.remap)[map.remapOffset + offset];
  return map.base + offset;
}

LogicalRange State::logicalRange(std::uint32_t begin, std::uint32_t end) const {
  if (end <= begin) {
    std::uint32_t at = logicalAt(begin);
    return {at, at};
  }
  return {logicalAt(begin), logicalAt(end - 1) + 1};
}

std::uint32_t State::sourceOffset(std::uint32_t logical) const {
  // Exactly ast::LogicalText::sourceOffset, with a remembered starting piece.
  const std::vector<ast::LogicalText::Piece>& pieces = root.pieces();
  if (pieces.empty())
    return 0;
  if (pieces.size() == 1)
    return pieces[0].source + std::min(logical, pieces[0].length);
  if (logical >= root.size())
    return pieces.back().source + pieces.back().length;
  std::size_t i = pieceHint_ < pieces.size() ? pieceHint_ : 0;
  if (logical < pieces[i].logical || (i + 1 < pieces.size() && logical >= pieces[i + 1].logical)) {
    if (i + 1 < pieces.size() && logical >= pieces[i + 1].logical &&
        (i + 2 == pieces.size() || logical < pieces[i + 2].logical)) {
      ++i; // the next piece: the common case when nodes follow the text
    } else {
      auto it = std::upper_bound(pieces.begin(), pieces.end(), logical,
                                 [](std::uint32_t value, const ast::LogicalText::Piece& p) { return value < p.logical; });
      i = it == pieces.begin() ? 0 : static_cast<std::size_t>(it - pieces.begin()) - 1;
    }
    pieceHint_ = i;
  }
  const ast::LogicalText::Piece& p = pieces[i];
  return p.source + (logical - p.logical);
}

SourceRange State::sourceOf(LogicalRange r) const {
  std::uint32_t begin = sourceOffset(r.begin);
  if (r.end <= r.begin)
    return {begin, begin};
  return {begin, sourceOffset(r.end - 1) + 1};
}

void State::problem(std::uint32_t offset, std::string message) {
  if (problems.size() >= kMaxProblems)
    return;
  offset = std::min(offset, static_cast<std::uint32_t>(input.size()));
  std::uint32_t at = logicalAt(offset);
  SourceRange range = at < root.size() ? root.sourceRange(at, at + 1) : root.sourceRange(at, at);
  problems.push_back({at, range, std::move(message)});
}

void Frame::reset(FrameKind newKind, std::uint32_t offset, std::size_t pending) {
  kind = newKind;
  begin = offset;
  pendingMark = pending;
  quoteDepth = 0;
  parts.clear();
  value.clear();
  known = true;
  segments.clear();
  keywords.clear();
  words.clear();
  assignments.clear();
  redirects.clear();
  command.reset();
  word.reset();
  name.clear();
  nameBegin = nameEnd = 0;
  flag = false;
  array = false;
  fd.reset();
  op.clear();
  andOr.clear();
  pipesStderr.clear();
  items.clear();
  terminator.clear();
}

namespace {

/// Frames kept for the next parse on this thread; nested parses (backquotes) take their own.
std::vector<std::unique_ptr<Frame>>& cachedFrames() {
  thread_local std::vector<std::unique_ptr<Frame>> cache;
  return cache;
}

/// Enough for the deepest scripts of the corpus; a rare deeper one allocates the rest.
constexpr std::size_t kCachedFrameLimit = 64;

} // namespace

FrameStack::FrameStack() {
  std::vector<std::unique_ptr<Frame>>& cache = cachedFrames();
  pool_.swap(cache);
}

FrameStack::~FrameStack() {
  std::vector<std::unique_ptr<Frame>>& cache = cachedFrames();
  if (pool_.size() <= cache.size())
    return; // a nested parse's smaller pool: keep the larger one
  if (pool_.size() > kCachedFrameLimit)
    pool_.resize(kCachedFrameLimit);
  // Emptied now, so that no parsed tree outlives its parse inside the cache. Frames this parse
  // did not use were emptied when the parse that used them ended.
  for (std::size_t i = 0; i < std::min(touched_, pool_.size()); ++i)
    pool_[i]->reset(FrameKind::None, 0, 0);
  cache.swap(pool_);
}

void State::push(FrameKind kind, std::uint32_t offset) { frames.push(kind, offset, pending_.size()); }

void State::discard() {
  pending_.resize(std::min(pending_.size(), top().pendingMark));
  frames.pop_back();
}

void State::enterNesting(std::uint32_t offset) {
  ++depth;
  const char* here = static_cast<const char*>(__builtin_frame_address(0));
  bool stackExhausted = stackBase && std::abs(stackBase - here) > kStackBudget;
  if (depth > kMaxShellNesting || stackExhausted) {
    errorOffset = offset;
    throw SyntaxError{offset, offset, fmt::format("nesting is too deep (more than {} levels)", kMaxShellNesting)};
  }
}

std::uint32_t State::trimBegin(std::uint32_t begin, std::uint32_t end) const {
  while (begin < end) {
    if (isBlank(input[begin]))
      ++begin;
    else if (input[begin] == '\\' && begin + 1 < end && input[begin + 1] == '\n')
      begin += 2;
    else
      break;
  }
  return begin;
}

std::uint32_t State::trimEnd(std::uint32_t begin, std::uint32_t end) const {
  while (end > begin) {
    if (isBlank(input[end - 1]))
      --end;
    else if (input[end - 1] == '\n' && end - begin >= 2 && input[end - 2] == '\\')
      end -= 2;
    else
      break;
  }
  return end;
}

// ---- words --------------------------------------------------------------------------------------

void State::appendLiteral(WordPartKind kind, std::uint32_t begin, std::uint32_t end, std::string_view decoded) {
  Frame& f = top();
  if (f.kind != FrameKind::Word)
    return; // literal text inside ${...} or $((...)) is part of that expansion
  f.value.append(decoded);
  bool quoted = f.quoteDepth > 0;
  LogicalRange logical = logicalRange(begin, end);
  if (kind == WordPartKind::Literal && !f.parts.empty()) {
    WordPart& last = f.parts.back();
    if (last.kind == WordPartKind::Literal && last.quoted == quoted && last.logical.end == logical.begin) {
      last.logical.end = logical.end;
      last.range = sourceOf(last.logical);
      last.text.append(decoded);
      return;
    }
  }
  WordPart& part = f.parts.emplace_back(); // built in place: no WordPart to move and destroy
  part.kind = kind;
  part.logical = logical;
  part.range = sourceOf(logical);
  part.quoted = quoted;
  part.text.assign(decoded);
}

void State::addParameter(std::uint32_t begin, std::uint32_t end) {
  WordPart part;
  part.kind = WordPartKind::Parameter;
  part.logical = logicalRange(begin, end);
  part.range = sourceOf(part.logical);
  part.text = std::string(input.substr(begin + 1, end - begin - 1));
  addPart(std::move(part));
}

void State::addPart(WordPart part) {
  if (frames.empty())
    return;
  Frame& f = top();
  part.quoted = f.quoteDepth > 0;
  switch (f.kind) {
  case FrameKind::Word:
    f.known = false;
    f.parts.push_back(std::move(part));
    break;
  case FrameKind::Parameter:
  case FrameKind::Arithmetic:
  case FrameKind::ArithCommand:
    f.parts.push_back(std::move(part));
    break;
  default:
    break;
  }
}

Word State::makeWord(Frame& f, std::uint32_t end, bool incomplete) {
  Word w;
  fillWord(w, f, end, incomplete);
  return w;
}

void State::fillWord(Word& w, Frame& f, std::uint32_t end, bool incomplete) {
  w.logical = logicalRange(f.begin, end);
  w.range = sourceOf(w.logical);
  w.raw.assign(root.text().substr(w.logical.begin, w.logical.size()));
  if (!isBareLiteral(f.parts, w.raw)) {
    // Moved into an exact-size vector: the pooled frame keeps its buffer for the next word.
    w.parts.reserve(f.parts.size());
    std::move(f.parts.begin(), f.parts.end(), std::back_inserter(w.parts));
  }
  f.parts.clear();
  w.incomplete = incomplete;
  if (f.known && !incomplete)
    w.value = std::move(f.value);
}

Word State::takeWord(std::uint32_t end, bool incomplete) { return makeWord(frames.front(), end, incomplete); }

void State::addLiteralWord(std::uint32_t begin, std::uint32_t end) {
  Frame f;
  f.begin = begin;
  f.value = std::string(input.substr(begin, end - begin));
  WordPart part;
  part.logical = logicalRange(begin, end);
  part.range = sourceOf(part.logical);
  part.text = f.value;
  f.parts.push_back(std::move(part));
  attachWord(makeWord(f, end, false));
}

void State::addPlainWord(std::uint32_t begin, std::uint32_t end) {
  Word* slot = wordSlot();
  if (!slot)
    return;
  Word& w = *slot;
  w.logical = logicalRange(begin, end);
  w.range = sourceOf(w.logical);
  // Built in place (assign, emplace): no temporary strings to move and destroy.
  w.raw.assign(root.text().substr(w.logical.begin, w.logical.size()));
  std::string_view text = input.substr(begin, end - begin);
  w.value.emplace(text);
  if (*w.value == w.raw)
    return; // written as it reads: no parts (see Word::parts)
  WordPart& part = w.parts.emplace_back();
  part.kind = WordPartKind::Literal;
  part.logical = w.logical;
  part.range = w.range;
  part.text.assign(text);
}

Word* State::wordSlot() {
  if (frames.empty())
    return nullptr;
  Frame& p = top();
  switch (p.kind) {
  case FrameKind::Simple:
  case FrameKind::For:
  case FrameKind::DBracket:
  case FrameKind::CaseItem:
    return &p.words.emplace_back();
  case FrameKind::Assignment:
    return p.array ? &p.words.emplace_back() : &p.word.emplace();
  case FrameKind::Redirect:
  case FrameKind::Case:
    return &p.word.emplace();
  default:
    return nullptr;
  }
}

void State::attachWord(Word word) {
  if (frames.empty())
    return;
  Frame& p = top();
  switch (p.kind) {
  case FrameKind::Simple:
  case FrameKind::For:
  case FrameKind::DBracket:
  case FrameKind::CaseItem:
    p.words.push_back(std::move(word));
    break;
  case FrameKind::Assignment:
    if (p.array)
      p.words.push_back(std::move(word));
    else
      p.word = std::move(word);
    break;
  case FrameKind::Redirect:
  case FrameKind::Case:
    p.word = std::move(word);
    break;
  default:
    break;
  }
}

// ---- commands -----------------------------------------------------------------------------------

void State::addKeyword(std::string_view keyword) {
  Frame& f = top();
  f.keywords.push_back(keyword);
  f.segments.emplace_back();
}

void State::markBackground() {
  Frame& f = top();
  if (f.segments.empty() || f.segments.back().empty())
    return;
  f.segments.back().back()->background = true;
}

template <typename T> std::unique_ptr<T> State::commandNode(const Frame& f, std::uint32_t end, bool incomplete) {
  auto node = std::make_unique<T>();
  std::uint32_t begin = trimBegin(f.begin, end);
  node->logical = logicalRange(begin, trimEnd(begin, end));
  node->range = sourceOf(node->logical);
  node->incomplete = incomplete;
  return node;
}

std::unique_ptr<Command> State::makeCommand(Frame& f, std::uint32_t end, bool incomplete) {
  switch (f.kind) {
  case FrameKind::Simple:
  case FrameKind::DBracket: {
    if (f.words.empty() && f.assignments.empty() && f.redirects.empty())
      return nullptr;
    auto node = commandNode<SimpleCommand>(f, end, incomplete);
    node->assignments = std::move(f.assignments);
    // Moved element by element into an exact-size vector: the pooled frame keeps its capacity,
    // so the next command's words do not regrow (and move) the vector from empty.
    node->words.reserve(f.words.size());
    std::move(f.words.begin(), f.words.end(), std::back_inserter(node->words));
    f.words.clear();
    node->redirects = std::move(f.redirects);
    return node;
  }
  case FrameKind::Pipeline:
  case FrameKind::AndOr: {
    // Most pipelines and and-or lists hold one command, passed up as it is: skip flatten's vector.
    if (!f.flag && f.segments.size() == 1 && f.segments.front().size() == 1) {
      std::unique_ptr<Command> only = std::move(f.segments.front().front());
      if (incomplete)
        only->incomplete = true;
      return only;
    }
    CommandList commands = flatten(f.segments);
    if (commands.empty())
      return nullptr;
    if (commands.size() == 1 && !f.flag) {
      if (incomplete)
        commands.front()->incomplete = true;
      return std::move(commands.front());
    }
    if (f.kind == FrameKind::Pipeline) {
      auto node = commandNode<Pipeline>(f, end, incomplete);
      node->commands = std::move(commands);
      node->negated = f.flag;
      node->pipesStderr = std::move(f.pipesStderr);
      return node;
    }
    auto node = commandNode<AndOrList>(f, end, incomplete);
    node->commands = std::move(commands);
    node->operators = std::move(f.andOr);
    return node;
  }
  case FrameKind::CompoundWrap: {
    if (!f.command)
      return nullptr;
    std::unique_ptr<Command> node = std::move(f.command);
    if (!f.redirects.empty()) {
      std::uint32_t begin = trimBegin(f.begin, end);
      node->logical.end = logicalRange(begin, trimEnd(begin, end)).end;
      node->range = sourceOf(node->logical);
      for (auto& r : f.redirects)
        node->redirects.push_back(std::move(r));
    }
    if (incomplete)
      node->incomplete = true;
    return node;
  }
  case FrameKind::BraceGroup:
  case FrameKind::Subshell: {
    auto node = commandNode<GroupCommand>(f, end, incomplete);
    node->kind = f.kind == FrameKind::BraceGroup ? CommandKind::BraceGroup : CommandKind::Subshell;
    node->body = flatten(f.segments);
    return node;
  }
  case FrameKind::If: {
    auto node = commandNode<IfCommand>(f, end, incomplete);
    for (std::size_t i = 0; i < f.keywords.size() && i < f.segments.size(); ++i) {
      std::string_view kw = f.keywords[i];
      if (kw == "if" || kw == "elif") {
        node->clauses.emplace_back();
        node->clauses.back().condition = std::move(f.segments[i]);
      } else if (kw == "then" && !node->clauses.empty()) {
        node->clauses.back().body = std::move(f.segments[i]);
      } else if (kw == "else") {
        node->hasElse = true;
        node->elseBody = std::move(f.segments[i]);
      }
    }
    return node;
  }
  case FrameKind::For: {
    auto node = commandNode<ForCommand>(f, end, incomplete);
    node->variable = f.name;
    node->variableRange = sourceOf(logicalRange(f.nameBegin, f.nameEnd));
    node->hasIn = f.flag;
    node->words = std::move(f.words);
    node->body = takeSegment(f, "do");
    return node;
  }
  case FrameKind::While:
  case FrameKind::Until: {
    auto node = commandNode<LoopCommand>(f, end, incomplete);
    node->kind = f.kind == FrameKind::While ? CommandKind::While : CommandKind::Until;
    node->condition = takeSegment(f, f.kind == FrameKind::While ? "while" : "until");
    node->body = takeSegment(f, "do");
    return node;
  }
  case FrameKind::Case: {
    auto node = commandNode<CaseCommand>(f, end, incomplete);
    node->subject = std::move(f.word);
    node->items = std::move(f.items);
    return node;
  }
  case FrameKind::Function: {
    auto node = commandNode<FunctionDefinition>(f, end, incomplete);
    node->name = f.name;
    node->nameRange = sourceOf(logicalRange(f.nameBegin, f.nameEnd));
    node->body = std::move(f.command);
    return node;
  }
  case FrameKind::ArithCommand: {
    auto node = commandNode<ArithmeticCommand>(f, end, incomplete);
    Frame inner;
    std::uint32_t begin = trimBegin(f.begin, end);
    std::uint32_t stop = trimEnd(begin, end);
    inner.begin = std::min(begin + 2, stop);
    inner.parts = std::move(f.parts);
    inner.known = false;
    node->expression = makeWord(inner, incomplete ? stop : std::max(inner.begin, stop - 2), incomplete);
    return node;
  }
  default:
    return nullptr;
  }
}

void State::attachCommand(std::unique_ptr<Command> command) {
  if (!command || frames.empty())
    return;
  Frame& p = top();
  switch (p.kind) {
  case FrameKind::CompoundWrap:
  case FrameKind::Function:
    p.command = std::move(command);
    break;
  case FrameKind::Script:
  case FrameKind::Substitution:
  case FrameKind::ProcessSubstitution:
  case FrameKind::Pipeline:
  case FrameKind::AndOr:
  case FrameKind::BraceGroup:
  case FrameKind::Subshell:
  case FrameKind::If:
  case FrameKind::For:
  case FrameKind::While:
  case FrameKind::Until:
  case FrameKind::CaseItem:
    if (p.segments.empty())
      p.segments.emplace_back();
    p.segments.back().push_back(std::move(command));
    break;
  default:
    break;
  }
}

void State::finish(std::uint32_t end, bool incomplete) {
  // The popped slot stays intact until the next push, and finishing a frame pushes nothing.
  Frame& f = frames.back();
  frames.pop_back();
  switch (f.kind) {
  case FrameKind::Word:
    // Built in its place in the parent frame: a Word is large, and moving it twice was not free.
    if (Word* slot = wordSlot())
      fillWord(*slot, f, end, incomplete);
    return;
  case FrameKind::Parameter:
  case FrameKind::Arithmetic:
  case FrameKind::Substitution:
  case FrameKind::ProcessSubstitution: {
    WordPart part;
    part.logical = logicalRange(f.begin, end);
    part.range = sourceOf(part.logical);
    bool closed = !incomplete && end > f.begin;
    if (f.kind == FrameKind::Parameter) {
      part.kind = WordPartKind::Parameter;
      std::uint32_t inner = std::min(f.begin + 2, end);
      part.text = parameterName(input.substr(inner, (closed ? end - 1 : end) - inner));
      part.nested = std::move(f.parts);
    } else if (f.kind == FrameKind::Arithmetic) {
      part.kind = WordPartKind::Arithmetic;
      part.nested = std::move(f.parts);
    } else {
      part.kind = f.kind == FrameKind::Substitution ? WordPartKind::CommandSubstitution
                                                    : WordPartKind::ProcessSubstitution;
      auto script = std::make_shared<Script>();
      std::uint32_t inner = std::min(f.begin + 2, end);
      script->logical = logicalRange(inner, closed ? std::max(inner, end - 1) : end);
      script->range = sourceOf(script->logical);
      script->commands = flatten(f.segments);
      part.script = std::move(script);
    }
    addPart(std::move(part));
    return;
  }
  case FrameKind::Assignment: {
    if (frames.empty() || top().kind != FrameKind::Simple)
      return;
    Assignment a;
    a.logical = logicalRange(f.begin, end);
    a.range = sourceOf(a.logical);
    a.name = f.name;
    a.nameRange = sourceOf(logicalRange(f.nameBegin, f.nameEnd));
    a.append = f.flag;
    a.array = f.array;
    a.value = std::move(f.word);
    a.elements = std::move(f.words);
    top().assignments.push_back(std::move(a));
    return;
  }
  case FrameKind::Redirect: {
    Redirect r;
    r.logical = logicalRange(f.begin, end);
    r.range = sourceOf(r.logical);
    r.fd = f.fd;
    r.op = f.op;
    r.kind = redirectKind(f.op);
    r.target = std::move(f.word);
    if (!incomplete && r.target && (r.kind == RedirectKind::HereDoc || r.kind == RedirectKind::HereDocStrip)) {
      registerHeredoc(r);
      heredocOps_.back() = f.begin;
    }
    if (!frames.empty() && (top().kind == FrameKind::Simple || top().kind == FrameKind::CompoundWrap))
      top().redirects.push_back(std::move(r));
    return;
  }
  case FrameKind::CaseItem: {
    if (frames.empty() || top().kind != FrameKind::Case)
      return;
    CaseCommand::Item item;
    std::uint32_t begin = trimBegin(f.begin, end);
    item.logical = logicalRange(begin, trimEnd(begin, end));
    item.range = sourceOf(item.logical);
    item.patterns = std::move(f.words);
    item.body = flatten(f.segments);
    item.terminator = f.terminator;
    top().items.push_back(std::move(item));
    return;
  }
  default:
    attachCommand(makeCommand(f, end, incomplete));
    return;
  }
}

Script State::takeScript(std::uint32_t end) {
  Script s;
  s.logical = logicalRange(0, end);
  s.range = sourceOf(s.logical);
  if (!frames.empty())
    s.commands = flatten(frames.front().segments);
  return s;
}

// ---- here-documents -----------------------------------------------------------------------------

void State::registerHeredoc(Redirect& redirect) {
  HereDocument h;
  h.delimiter = removeQuotes(redirect.target->raw);
  h.expand = redirect.target->raw.find_first_of("'\"\\") == std::string::npos;
  h.stripTabs = redirect.kind == RedirectKind::HereDocStrip;
  redirect.heredocId = static_cast<std::int32_t>(heredocs_.size());
  heredocs_.push_back(std::move(h));
  heredocOps_.push_back(0);
  pending_.push_back(redirect.heredocId);
}

std::uint32_t State::consumeHeredocs(std::uint32_t offset) {
  if (auto it = heredocSkips_.find(offset); it != heredocSkips_.end())
    return it->second; // the same newline, matched again after backtracking
  if (pending_.empty())
    return offset;
  const auto size = static_cast<std::uint32_t>(input.size());
  std::uint32_t pos = offset;
  std::vector<std::int32_t> pending = std::move(pending_);
  pending_.clear();
  for (std::int32_t id : pending) {
    HereDocument& h = heredocs_[static_cast<std::size_t>(id)];
    std::uint32_t bodyBegin = pos;
    std::uint32_t bodyEnd = size;
    LogicalRange terminator{logicalAt(size), logicalAt(size)};
    h.terminated = false;
    std::string content;
    while (pos < size) {
      std::size_t newline = input.find('\n', pos);
      auto lineEnd = newline == std::string_view::npos ? size : static_cast<std::uint32_t>(newline);
      std::uint32_t next = newline == std::string_view::npos ? size : lineEnd + 1;
      std::string_view line = input.substr(pos, lineEnd - pos);
      if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
      std::string_view stripped = line;
      if (h.stripTabs)
        while (!stripped.empty() && stripped.front() == '\t')
          stripped.remove_prefix(1);
      if (stripped == h.delimiter) {
        bodyEnd = pos;
        terminator = logicalRange(pos, lineEnd);
        h.terminated = true;
        pos = next;
        break;
      }
      std::string_view full = input.substr(pos, next - pos);
      if (h.stripTabs)
        while (!full.empty() && full.front() == '\t')
          full.remove_prefix(1);
      content.append(full);
      pos = next;
    }
    h.body = logicalRange(bodyBegin, bodyEnd);
    h.bodyRange = sourceOf(h.body);
    h.terminatorRange = sourceOf(terminator);
    h.content = std::move(content);
    if (!h.terminated)
      problem(heredocOps_[static_cast<std::size_t>(id)],
              fmt::format("here-document '{}' is not terminated before the end of the script", h.delimiter));
    if (h.expand && bodyEnd > bodyBegin && input.substr(bodyBegin, bodyEnd - bodyBegin).find_first_of("$`") != std::string_view::npos)
      h.expansions = parseHeredocExpansions(*this, bodyBegin, bodyEnd);
  }
  heredocSkips_[offset] = pos;
  return pos;
}

void State::reportHeredocsWithoutBody() {
  for (std::int32_t id : pending_) {
    HereDocument& h = heredocs_[static_cast<std::size_t>(id)];
    LogicalRange end = logicalRange(static_cast<std::uint32_t>(input.size()), static_cast<std::uint32_t>(input.size()));
    h.body = end;
    h.bodyRange = sourceOf(end);
    h.terminatorRange = h.bodyRange;
    problem(heredocOps_[static_cast<std::size_t>(id)], fmt::format("here-document '{}' has no body", h.delimiter));
  }
  pending_.clear();
}

void State::attachHeredocs(const Script& script) {
  forEachCommand(script, [&](const Command& command) {
    // The tree was built by this parse and is not yet shared: filling it in place is safe.
    auto& mutableCommand = const_cast<Command&>(command);
    for (Redirect& r : mutableCommand.redirects) {
      if (r.heredocId < 0 || static_cast<std::size_t>(r.heredocId) >= heredocs_.size())
        continue;
      r.heredoc = heredocs_[static_cast<std::size_t>(r.heredocId)];
      r.heredocId = -1;
    }
  });
}

void State::finishHeredocs(Script& script) {
  reportHeredocsWithoutBody();
  if (!heredocs_.empty())
    attachHeredocs(script);
}

void State::finishHeredocs(Word& word) {
  reportHeredocsWithoutBody();
  if (heredocs_.empty())
    return;
  auto visit = [&](auto& self, const std::vector<WordPart>& parts) -> void {
    for (const WordPart& part : parts) {
      if (part.script)
        attachHeredocs(*part.script);
      self(self, part.nested);
    }
  };
  visit(visit, word.parts);
}

// ---- text helpers -------------------------------------------------------------------------------

std::string removeQuotes(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\'') {
      std::size_t close = text.find('\'', i + 1);
      if (close == std::string_view::npos)
        close = text.size();
      out.append(text.substr(i + 1, close - i - 1));
      i = close;
    } else if (c == '"') {
      for (++i; i < text.size() && text[i] != '"'; ++i) {
        if (text[i] == '\\' && i + 1 < text.size() && std::string_view("$`\"\\").find(text[i + 1]) != std::string_view::npos)
          ++i;
        out.push_back(text[i]);
      }
    } else if (c == '\\') {
      if (i + 1 < text.size())
        out.push_back(text[++i]);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string decodeAnsiC(std::string_view text) {
  std::string out;
  auto hexValue = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\' || i + 1 == text.size()) {
      out.push_back(text[i]);
      continue;
    }
    char c = text[++i];
    switch (c) {
    case 'n': out.push_back('\n'); break;
    case 't': out.push_back('\t'); break;
    case 'r': out.push_back('\r'); break;
    case 'a': out.push_back('\a'); break;
    case 'b': out.push_back('\b'); break;
    case 'f': out.push_back('\f'); break;
    case 'v': out.push_back('\v'); break;
    case 'e':
    case 'E': out.push_back('\x1b'); break;
    case '\\':
    case '\'':
    case '"':
    case '?': out.push_back(c); break;
    case 'x': {
      int value = 0;
      std::size_t digits = 0;
      while (digits < 2 && i + 1 < text.size() && hexValue(text[i + 1]) >= 0) {
        value = value * 16 + hexValue(text[++i]);
        ++digits;
      }
      if (digits == 0)
        out.append("\\x");
      else
        out.push_back(static_cast<char>(value));
      break;
    }
    default:
      if (c >= '0' && c <= '7') {
        int value = c - '0';
        for (int n = 0; n < 2 && i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '7'; ++n)
          value = value * 8 + (text[++i] - '0');
        out.push_back(static_cast<char>(value & 0xff));
      } else {
        out.push_back('\\');
        out.push_back(c);
      }
    }
  }
  return out;
}

} // namespace dlint::shell::detail
