#pragma once
// Internal to the shell parser: the stack of frames that PEGTL's control hooks push and pop, and
// the conversion of a finished frame into a node of the shell tree. A frame that fails is
// discarded (PEG backtracking), a frame that succeeds becomes a node, and a frame cut by a syntax
// error becomes an `incomplete` node, so rules still see what was parsed.

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ast/LogicalText.h"
#include "passes/shell/ShellAst.h"
#include "passes/shell/ShellParser.h"

namespace dlint::shell::detail {

enum class FrameKind : std::uint8_t {
  None, Script, Word, Parameter, Arithmetic, Substitution, ProcessSubstitution, Assignment, Redirect, Simple,
  Pipeline, AndOr, CompoundWrap, BraceGroup, Subshell, If, For, While, Until, Case, CaseItem, Function,
  ArithCommand, DBracket,
};

struct Frame {
  FrameKind kind = FrameKind::None;
  std::uint32_t begin = 0;       ///< input offset
  std::size_t pendingMark = 0;   ///< pending here-documents when the frame started
  int quoteDepth = 0;            ///< open "..." in this frame
  // words and expansions
  std::vector<WordPart> parts;
  std::string value;
  bool known = true;
  // commands
  std::vector<CommandList> segments;
  std::vector<std::string_view> keywords;
  std::vector<Word> words;
  std::vector<Assignment> assignments;
  std::vector<Redirect> redirects;
  std::unique_ptr<Command> command;
  std::optional<Word> word;
  std::string name;
  std::uint32_t nameBegin = 0;
  std::uint32_t nameEnd = 0;
  bool flag = false;   ///< negated pipeline, `+=`, `for ... in`
  bool array = false;
  std::optional<int> fd;
  std::string op;
  std::vector<AndOrOperator> andOr;
  std::vector<bool> pipesStderr;
  std::vector<CaseCommand::Item> items;
  std::string terminator;

  /// Back to a fresh frame, keeping the buffers' capacity.
  void reset(FrameKind newKind, std::uint32_t offset, std::size_t pending);
};

/// The frame stack as a pool. PEGTL's control hooks push a frame for every rule attempt, and
/// most attempts fail, so frames are reused instead of built and destroyed each time (that was
/// most of the shell model's cost). Frames are held by pointer so that references stay valid
/// while the pool grows (and indexing stays cheaper than a deque's); a popped frame stays intact
/// until the next push reuses its slot.
class FrameStack {
public:
  /// Frames come from, and go back to, a per-thread cache: every RUN is a new parse, and
  /// building a pool of frames (each a dozen vectors and strings) per RUN and tearing it down
  /// again cost more than the frames' use.
  FrameStack();
  ~FrameStack();
  FrameStack(const FrameStack&) = delete;
  FrameStack& operator=(const FrameStack&) = delete;

  bool empty() const { return used_ == 0; }
  std::size_t size() const { return used_; }
  Frame& back() { return *pool_[used_ - 1]; }
  const Frame& back() const { return *pool_[used_ - 1]; }
  Frame& front() { return *pool_[0]; }
  Frame& push(FrameKind kind, std::uint32_t offset, std::size_t pending) {
    if (used_ == pool_.size())
      pool_.push_back(std::make_unique<Frame>());
    Frame& f = *pool_[used_++];
    touched_ = std::max(touched_, used_);
    f.reset(kind, offset, pending);
    return f;
  }
  void pop_back() { --used_; }

private:
  std::vector<std::unique_ptr<Frame>> pool_;
  std::size_t used_ = 0;
  std::size_t touched_ = 0; ///< frames this parse used; the others are still empty
};

/// Thrown by the grammar's must<> points and the nesting guard; caught by the parse driver.
struct SyntaxError {
  std::uint32_t reportAt; ///< input offset of the problem
  std::uint32_t resumeAt; ///< input offset where the parser gave up
  std::string message;
};

/// How a parse input maps to the logical text: identity plus `base`, or through `remap` (the
/// unescaped inside of a backquote). remap has input.size() + 1 entries from `remapOffset`.
struct InputMap {
  std::uint32_t base = 0;
  const std::vector<std::uint32_t>* remap = nullptr;
  std::uint32_t remapOffset = 0;
};

class State {
public:
  State(const ast::LogicalText& root, std::string_view input, InputMap map, int depth,
        std::vector<SyntaxProblem>& problems);

  const ast::LogicalText& root;
  std::string_view input;
  InputMap map;
  int depth;
  int baseDepth;
  std::vector<SyntaxProblem>& problems;
  FrameStack frames;
  std::vector<std::uint32_t> openers; ///< input offsets of open quotes and brackets, for messages
  const char* stackBase = nullptr;

  // ---- positions
  std::uint32_t offsetOf(const char* p) const { return static_cast<std::uint32_t>(p - input.data()); }
  std::uint32_t logicalAt(std::uint32_t offset) const;
  LogicalRange logicalRange(std::uint32_t begin, std::uint32_t end) const;
  /// root.sourceRange(r.begin, r.end), found from the piece the previous lookup used: nodes are
  /// built roughly in text order, so the binary search over the pieces is rarely needed.
  SourceRange sourceOf(LogicalRange r) const;
  void problem(std::uint32_t offset, std::string message);

  // ---- frames
  Frame& top() { return frames.back(); }
  void push(FrameKind kind, std::uint32_t offset);
  void discard();
  /// Pops the top frame, turns it into a node and attaches it to the new top.
  void finish(std::uint32_t end, bool incomplete);

  // ---- actions
  void appendLiteral(WordPartKind kind, std::uint32_t begin, std::uint32_t end, std::string_view decoded);
  void addParameter(std::uint32_t begin, std::uint32_t end);
  void addPart(WordPart part);
  void addKeyword(std::string_view keyword);
  void addLiteralWord(std::uint32_t begin, std::uint32_t end);
  /// A word that is one unquoted literal run, attached as `word` + `literal` + `finish` would.
  void addPlainWord(std::uint32_t begin, std::uint32_t end);
  void markBackground();
  void enterNesting(std::uint32_t offset);

  // ---- here-documents
  /// Skips the bodies of pending here-documents that start at `offset` (just after a newline).
  std::uint32_t consumeHeredocs(std::uint32_t offset);
  /// Reports here-documents that never got a body; fills Redirect::heredoc in `script`.
  void finishHeredocs(Script& script);
  /// The same for the substitutions of a word this state parsed on its own (a here-document
  /// body): their redirections hold ids into this state's table, which no other state may read.
  void finishHeredocs(Word& word);

  Script takeScript(std::uint32_t end);
  Word takeWord(std::uint32_t end, bool incomplete);

  std::uint32_t errorOffset = 0; ///< where the last SyntaxError was thrown; ends cut frames

private:
  Word makeWord(Frame& f, std::uint32_t end, bool incomplete);
  void fillWord(Word& w, Frame& f, std::uint32_t end, bool incomplete);
  /// Where a finished word goes in the top frame (as attachWord puts it); nullptr if nowhere.
  Word* wordSlot();
  void attachWord(Word word);
  void attachCommand(std::unique_ptr<Command> command);
  std::unique_ptr<Command> makeCommand(Frame& f, std::uint32_t end, bool incomplete);
  template <typename T> std::unique_ptr<T> commandNode(const Frame& f, std::uint32_t end, bool incomplete);
  std::uint32_t trimBegin(std::uint32_t begin, std::uint32_t end) const;
  std::uint32_t trimEnd(std::uint32_t begin, std::uint32_t end) const;
  void registerHeredoc(Redirect& redirect);
  void reportHeredocsWithoutBody();
  /// Fills Redirect::heredoc in `script` from this state's table.
  void attachHeredocs(const Script& script);

  std::uint32_t sourceOffset(std::uint32_t logical) const;

  mutable std::size_t pieceHint_ = 0; ///< the piece of root the last sourceOffset() used
  std::vector<HereDocument> heredocs_;
  std::vector<std::uint32_t> heredocOps_; ///< input offset of each heredoc's `<<`
  std::vector<std::int32_t> pending_;
  std::unordered_map<std::uint32_t, std::uint32_t> heredocSkips_;
};

/// The plain-word shortcut (a word that is one unquoted literal run is built without the grammar's
/// rule attempts) is on by default; the differential test turns it off to compare the trees.
void setPlainWordShortcut(bool enabled);
bool plainWordShortcut();

/// Parses `input` (a part of the text that `parent` parses, mapped by `map`) as a script; the
/// problems go to the parent's list. Used for the inside of backquotes.
std::shared_ptr<Script> parseNestedScript(const State& parent, std::string_view input, InputMap map);
/// Parses an unquoted here-document body for its expansions.
Word parseHeredocExpansions(const State& parent, std::uint32_t begin, std::uint32_t end);

/// `text` with its quotes and backslashes removed (a here-document delimiter).
std::string removeQuotes(std::string_view text);
/// Decodes the inside of $'...'.
std::string decodeAnsiC(std::string_view text);

} // namespace dlint::shell::detail
