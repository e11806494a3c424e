#pragma once
// The shell model's tree: a positioned parse of the POSIX sh subset that RUN instructions use.
// Every node keeps two ranges: `logical`, into the ast::LogicalText that was parsed (the joined
// text of a continued RUN), and `range`, the source bytes it came from. Rules report on `range`.
// No PEGTL types here.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/SourceManager.h"

namespace dlint::shell {

/// A half-open range [begin, end) of logical offsets into the parsed ast::LogicalText.
struct LogicalRange {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  constexpr std::uint32_t size() const { return end - begin; }
  constexpr bool empty() const { return begin == end; }
  friend constexpr bool operator==(LogicalRange, LogicalRange) = default;
};

struct Script;
struct Command;
using CommandList = std::vector<std::unique_ptr<Command>>;

enum class WordPartKind : std::uint8_t {
  Literal,             ///< unquoted or double-quoted characters, escapes applied
  SingleQuoted,        ///< '...'
  AnsiCQuoted,         ///< $'...' (bash)
  Parameter,           ///< $name, $1, $@, ${...}
  CommandSubstitution, ///< $(...)
  Backquoted,          ///< `...`
  Arithmetic,          ///< $((...)), opaque apart from the substitutions inside
  ProcessSubstitution, ///< <(...) and >(...) (bash)
};

/// One piece of a word. Parts are listed in source order; the parts inside a ${...} or $((...))
/// that are themselves expansions are kept in `nested` so that their commands stay visible.
struct WordPart {
  WordPartKind kind = WordPartKind::Literal;
  LogicalRange logical;
  SourceRange range;
  bool quoted = false;  ///< inside double quotes
  std::string text;     ///< Literal/quoted kinds: the decoded text; Parameter: the name ("HOME", "1", "@")
  std::shared_ptr<const Script> script; ///< CommandSubstitution, Backquoted, ProcessSubstitution
  std::vector<WordPart> nested;         ///< Parameter and Arithmetic: expansions inside them

  bool isExpansion() const { return kind >= WordPartKind::Parameter; }
};

struct Word {
  LogicalRange logical;
  SourceRange range;
  std::string raw;                  ///< exactly as written (quotes and escapes kept)
  std::optional<std::string> value; ///< quote-removed text when it has no expansion
  /// Empty for a word that is one unquoted literal written exactly as it reads (`apt-get`,
  /// `/usr/bin`, `-y`; most words are such words): `raw` is then its whole text. `""` has none either.
  std::vector<WordPart> parts;
  bool incomplete = false;          ///< cut short by a syntax error

  /// True when the word's value is statically known and equals `text`.
  bool is(std::string_view text) const { return value && *value == text; }
  bool hasExpansion() const;
  /// True when some part was quoted ('...', "...", $'...' or a backslash).
  bool hasQuoting() const;
};

struct Assignment {
  LogicalRange logical;
  SourceRange range;
  std::string name;
  SourceRange nameRange;
  bool append = false;            ///< NAME+=value (bash)
  bool array = false;             ///< NAME=(a b c) (bash); the elements are in `elements`
  std::optional<Word> value;      ///< empty for `NAME=` and for arrays
  std::vector<Word> elements;
};

enum class RedirectKind : std::uint8_t {
  Input,          ///< <
  Output,         ///< >
  Append,         ///< >>
  Clobber,        ///< >|
  ReadWrite,      ///< <>
  DupInput,       ///< <&
  DupOutput,      ///< >&
  OutputAndError, ///< &> (bash)
  AppendAndError, ///< &>> (bash)
  HereDoc,        ///< <<
  HereDocStrip,   ///< <<-
  HereString,     ///< <<< (bash)
};

/// The body of a `<<WORD` redirection. The body lines belong to the redirection; they are not
/// parsed as commands.
struct HereDocument {
  std::string delimiter;   ///< quote-removed
  bool expand = true;      ///< false when any part of the delimiter was quoted
  bool stripTabs = false;  ///< <<-
  bool terminated = false; ///< false when the input ended before the delimiter line
  LogicalRange body;       ///< the body lines, each with its newline
  SourceRange bodyRange;
  SourceRange terminatorRange;
  std::string content;     ///< the body (leading TABs removed for <<-)
  /// When `expand`: the body as a double-quoted-like word, so $(...) inside stays visible.
  std::optional<Word> expansions;
};

struct Redirect {
  LogicalRange logical;
  SourceRange range;
  std::optional<int> fd;   ///< the io number, `2` in `2>&1`
  RedirectKind kind = RedirectKind::Output;
  std::string op;          ///< as written: ">", "<<-", "&>"...
  std::optional<Word> target;  ///< the file, fd or here-document delimiter word
  std::optional<HereDocument> heredoc;
  std::int32_t heredocId = -1; ///< parser bookkeeping
};

enum class CommandKind : std::uint8_t {
  Simple, Pipeline, AndOr, Subshell, BraceGroup, If, For, While, Until, Case, FunctionDef,
  Arithmetic,
};

std::string_view commandKindName(CommandKind kind);

struct Command {
  explicit Command(CommandKind k) : kind(k) {}
  virtual ~Command() = default;
  Command(const Command&) = delete;
  Command& operator=(const Command&) = delete;

  CommandKind kind;
  LogicalRange logical;
  SourceRange range;
  bool background = false;  ///< followed by `&`
  bool incomplete = false;  ///< cut short by a syntax error; what was parsed is kept
  std::vector<Redirect> redirects; ///< simple commands, and redirections after a compound command
};

template <typename T> const T* dyn_cast(const Command* c) {
  if (c == nullptr || !T::classof(*c))
    return nullptr;
  return static_cast<const T*>(c);
}
template <typename T> bool isa(const Command& c) { return T::classof(c); }

/// Assignments, words and redirections. `[[ ... ]]` (bash) is a simple command whose first word
/// is `[[` and whose operators (`&&`, `<`, `(`...) are plain words.
struct SimpleCommand : Command {
  SimpleCommand() : Command(CommandKind::Simple) {}
  static bool classof(const Command& c) { return c.kind == CommandKind::Simple; }
  std::vector<Assignment> assignments;
  std::vector<Word> words;

  const Word* argv0() const { return words.empty() ? nullptr : &words.front(); }
  /// The command name when it is statically known, with any directory removed
  /// (`/usr/bin/apt-get` gives `apt-get`); nullopt otherwise.
  std::optional<std::string_view> name() const;
  /// The first word (argv[0] included) whose value equals `text`; nullptr if none.
  const Word* findWord(std::string_view text) const;
  bool hasWord(std::string_view text) const { return findWord(text) != nullptr; }
};

/// `a | b |& c`, possibly negated with `!`. A lone command is not wrapped in a Pipeline.
struct Pipeline : Command {
  Pipeline() : Command(CommandKind::Pipeline) {}
  static bool classof(const Command& c) { return c.kind == CommandKind::Pipeline; }
  CommandList commands;
  bool negated = false;
  std::vector<bool> pipesStderr; ///< one per `|`: true for `|&`
};

enum class AndOrOperator : std::uint8_t { And, Or };

/// `a && b || c`. A lone pipeline is not wrapped in an AndOr.
struct AndOrList : Command {
  AndOrList() : Command(CommandKind::AndOr) {}
  static bool classof(const Command& c) { return c.kind == CommandKind::AndOr; }
  CommandList commands;
  std::vector<AndOrOperator> operators; ///< commands.size() - 1 of them
};

/// `( list )` and `{ list; }`.
struct GroupCommand : Command {
  explicit GroupCommand(CommandKind k = CommandKind::Subshell) : Command(k) {}
  static bool classof(const Command& c) { return c.kind == CommandKind::Subshell || c.kind == CommandKind::BraceGroup; }
  CommandList body;
};

struct IfCommand : Command {
  IfCommand() : Command(CommandKind::If) {}
  static bool classof(const Command& c) { return c.kind == CommandKind::If; }
  struct Clause {
    CommandList condition;
    CommandList body;
  };
  std::vector<Clause> clauses; ///< the `if` clause, then one per `elif`
  bool hasElse = false;
  CommandList elseBody;
};

struct ForCommand : Command {
  ForCommand() : Command(CommandKind::For) {}
  static bool classof(const Command& c) { return c.kind == CommandKind::For; }
  std::string variable;
  SourceRange variableRange;
  bool hasIn = false; ///< without `in`, the loop runs over "$@"
  std::vector<Word> words;
  CommandList body;
};

/// `while` and `until`.
struct LoopCommand : Command {
  explicit LoopCommand(CommandKind k = CommandKind::While) : Command(k) {}
  static bool classof(const Command& c) { return c.kind == CommandKind::While || c.kind == CommandKind::Until; }
  CommandList condition;
  CommandList body;
};

struct CaseCommand : Command {
  CaseCommand() : Command(CommandKind::Case) {}
  static bool classof(const Command& c) { return c.kind == CommandKind::Case; }
  struct Item {
    LogicalRange logical;
    SourceRange range;
    std::vector<Word> patterns;
    CommandList body;
    std::string terminator; ///< ";;", ";&", ";;&" or "" before `esac`
  };
  std::optional<Word> subject;
  std::vector<Item> items;
};

/// `name() compound` and `function name [()] compound` (bash).
struct FunctionDefinition : Command {
  FunctionDefinition() : Command(CommandKind::FunctionDef) {}
  static bool classof(const Command& c) { return c.kind == CommandKind::FunctionDef; }
  std::string name;
  SourceRange nameRange;
  std::unique_ptr<Command> body;
};

/// `(( expression ))` (bash); the expression is opaque apart from its substitutions.
struct ArithmeticCommand : Command {
  ArithmeticCommand() : Command(CommandKind::Arithmetic) {}
  static bool classof(const Command& c) { return c.kind == CommandKind::Arithmetic; }
  Word expression;
};

/// A list of commands: the whole RUN text, or the inside of $(...), `...` or <(...).
struct Script {
  LogicalRange logical;
  SourceRange range;
  CommandList commands;
};

} // namespace dlint::shell
