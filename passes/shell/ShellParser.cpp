// The PEGTL side of the shell model: actions and control hooks over grammar/Shell.h, and the
// driver that recovers from syntax errors at the next top-level separator.

#include "passes/shell/ShellParser.h"

#include <algorithm>
#include <type_traits>

#include <fmt/format.h>

#include "grammar/Shell.h"
#include "passes/shell/ShellBuilder.h"

namespace dlint::shell {

using detail::FrameKind;
using detail::InputMap;
using detail::State;
using detail::SyntaxError;

namespace {

namespace g = dlint::grammar::shell;
namespace pegtl = tao::pegtl;

// ---- which rules build frames, nest, open a construct or track quotes ----------------------------

template <typename Rule> inline constexpr FrameKind kFrame = FrameKind::None;
template <> inline constexpr FrameKind kFrame<g::word> = FrameKind::Word;
template <> inline constexpr FrameKind kFrame<g::parameter_braced> = FrameKind::Parameter;
template <> inline constexpr FrameKind kFrame<g::arith_substitution> = FrameKind::Arithmetic;
template <> inline constexpr FrameKind kFrame<g::command_substitution> = FrameKind::Substitution;
template <> inline constexpr FrameKind kFrame<g::process_substitution> = FrameKind::ProcessSubstitution;
template <> inline constexpr FrameKind kFrame<g::assignment> = FrameKind::Assignment;
template <> inline constexpr FrameKind kFrame<g::redirect> = FrameKind::Redirect;
template <> inline constexpr FrameKind kFrame<g::simple_command> = FrameKind::Simple;
template <> inline constexpr FrameKind kFrame<g::pipeline> = FrameKind::Pipeline;
template <> inline constexpr FrameKind kFrame<g::and_or> = FrameKind::AndOr;
template <> inline constexpr FrameKind kFrame<g::compound_command> = FrameKind::CompoundWrap;
template <> inline constexpr FrameKind kFrame<g::brace_group> = FrameKind::BraceGroup;
template <> inline constexpr FrameKind kFrame<g::subshell> = FrameKind::Subshell;
template <> inline constexpr FrameKind kFrame<g::if_clause> = FrameKind::If;
template <> inline constexpr FrameKind kFrame<g::for_clause> = FrameKind::For;
template <> inline constexpr FrameKind kFrame<g::while_clause> = FrameKind::While;
template <> inline constexpr FrameKind kFrame<g::until_clause> = FrameKind::Until;
template <> inline constexpr FrameKind kFrame<g::case_clause> = FrameKind::Case;
template <> inline constexpr FrameKind kFrame<g::case_item> = FrameKind::CaseItem;
template <> inline constexpr FrameKind kFrame<g::function_def> = FrameKind::Function;
template <> inline constexpr FrameKind kFrame<g::arith_command> = FrameKind::ArithCommand;
template <> inline constexpr FrameKind kFrame<g::dbracket> = FrameKind::DBracket;

template <typename Rule>
inline constexpr bool kNesting =
    std::is_same_v<Rule, g::command_substitution> || std::is_same_v<Rule, g::process_substitution> ||
    std::is_same_v<Rule, g::parameter_braced> || std::is_same_v<Rule, g::brace_text> ||
    std::is_same_v<Rule, g::arith_substitution> || std::is_same_v<Rule, g::arith_group> ||
    std::is_same_v<Rule, g::arith_command> || std::is_same_v<Rule, g::double_quoted> ||
    std::is_same_v<Rule, g::backquoted> || std::is_same_v<Rule, g::subshell> ||
    std::is_same_v<Rule, g::brace_group> || std::is_same_v<Rule, g::if_clause> ||
    std::is_same_v<Rule, g::for_clause> || std::is_same_v<Rule, g::while_clause> ||
    std::is_same_v<Rule, g::until_clause> || std::is_same_v<Rule, g::case_clause> ||
    std::is_same_v<Rule, g::function_def> || std::is_same_v<Rule, g::array_value>;

/// Constructs whose opening position an "unterminated ..." message points at.
template <typename Rule>
inline constexpr bool kOpener =
    std::is_same_v<Rule, g::single_quoted> || std::is_same_v<Rule, g::ansi_c_quoted> ||
    std::is_same_v<Rule, g::double_quoted> || std::is_same_v<Rule, g::backquoted> ||
    std::is_same_v<Rule, g::parameter_braced>;

template <typename Rule>
inline constexpr bool kNeedsUnwind = kFrame<Rule> != FrameKind::None || kNesting<Rule> || kOpener<Rule>;

// ---- first-character guards ------------------------------------------------------------------
//
// Every attempt of a rule above costs hook work (a frame, the nesting check, an opener) even when
// it fails on its first character, and most attempts do: `assignment` and `redirect` before every
// word, the compound commands before every command, the quote and expansion alternatives after
// every word. A guard states a condition that the rule's first characters must meet for it to
// match at all; where it does not hold, Control::match fails the rule at once, consuming nothing
// and raising nothing, exactly as the attempt would have. Guards are only necessary conditions:
// when one holds, the rule runs as before.

using Cursor = const char*;

constexpr bool isBlankByte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
constexpr bool isDigitByte(char c) { return c >= '0' && c <= '9'; }
constexpr bool isNameStartByte(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
constexpr bool isNameByte(char c) { return isNameStartByte(c) || isDigitByte(c); }

/// Byte by byte rather than through memcmp: the texts are one to eight constant characters, and
/// the guards run before almost every rule attempt.
inline bool startsWith(Cursor p, Cursor end, std::string_view text) {
  if (static_cast<std::size_t>(end - p) < text.size())
    return false;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (p[i] != text[i])
      return false;
  return true;
}

/// Past what g::sp matches: blanks and backslash-newlines.
Cursor skipSp(Cursor p, Cursor end) {
  while (p != end) {
    if (isBlankByte(*p))
      ++p;
    else if (*p == '\\' && p + 1 != end && p[1] == '\n')
      p += 2;
    else if (*p == '\\' && end - p >= 3 && p[1] == '\r' && p[2] == '\n')
      p += 3;
    else
      break;
  }
  return p;
}

/// g::word: not `#`, and a character that starts a word part or `<(` / `>(`.
bool wordCanStart(Cursor p, Cursor end) {
  if (p == end)
    return false;
  switch (*p) {
  case ' ': case '\t': case '\r': case '\f': case '\v': case '\n':
  case '|': case '&': case ';': case '(': case ')': case '#':
    return false;
  case '<': case '>':
    return p + 1 != end && p[1] == '(';
  default:
    return true;
  }
}

/// Characters that g::literal matches.
constexpr bool isLiteralByte(char c) {
  switch (c) {
  case ' ': case '\t': case '\r': case '\f': case '\v': case '\n': case '|': case '&': case ';': case '(': case ')':
  case '<': case '>': case '\'': case '"': case '\\': case '$': case '`':
    return false;
  default:
    return true;
  }
}

/// The length of the word at `p` when it is one g::literal run and nothing else (most words are):
/// it does not start with `#`, and the character after the run starts no other word part. Zero
/// when the word needs the grammar.
std::size_t plainWordLength(Cursor p, Cursor end) {
  if (p == end || *p == '#' || !isLiteralByte(*p))
    return 0;
  Cursor q = p + 1;
  while (q != end && isLiteralByte(*q))
    ++q;
  if (q != end && (*q == '\'' || *q == '"' || *q == '\\' || *q == '$' || *q == '`'))
    return 0;
  return static_cast<std::size_t>(q - p);
}

/// g::redirect_op's first character(s).
bool redirectOpCanStart(Cursor p, Cursor end) {
  if (p == end)
    return false;
  if (*p == '<' || *p == '>')
    return p + 1 == end || p[1] != '(';
  return *p == '&' && p + 1 != end && p[1] == '>';
}

/// g::redirect: an optional io_number (digits before `<` or `>`), then an operator.
bool redirectCanStart(Cursor p, Cursor end) {
  if (p != end && isDigitByte(*p)) {
    Cursor q = p;
    while (q != end && isDigitByte(*q))
      ++q;
    if (q != end && (*q == '<' || *q == '>'))
      return redirectOpCanStart(q, end);
  }
  return redirectOpCanStart(p, end);
}

/// g::assignment: a name, then `=` or `+=`.
bool assignmentCanStart(Cursor p, Cursor end) {
  if (p == end || !isNameStartByte(*p))
    return false;
  while (p != end && isNameByte(*p))
    ++p;
  return p != end && (*p == '=' || (*p == '+' && p + 1 != end && p[1] == '='));
}

/// g::function_name's characters.
bool isFunctionNameByte(char c) {
  return isNameByte(c) || c == '-' || c == '.' || c == ':' || c == '@' || c == '+';
}

/// g::function_def: `function`, or a function name, blanks and `(`.
bool functionCanStart(Cursor p, Cursor end) {
  if (startsWith(p, end, "function"))
    return true;
  Cursor q = p;
  while (q != end && isFunctionNameByte(*q))
    ++q;
  if (q == p)
    return false;
  q = skipSp(q, end);
  return q != end && *q == '(';
}

/// The first character of g::command after blanks: a simple command's (a word or a redirection;
/// names and `!` are word characters) or a compound command's (the others are word characters
/// too, but `(`).
bool commandCanStart(Cursor p, Cursor end) {
  return wordCanStart(p, end) || redirectCanStart(p, end) || (p != end && *p == '(');
}

/// g::reserved_word, exactly: each keyword matches when it is the whole run of characters up to
/// g::delimiter (no keyword holds a delimiter character).
bool isReservedWordAt(Cursor p, Cursor end) {
  Cursor q = p;
  while (q != end) {
    switch (*q) {
    case ' ': case '\t': case '\r': case '\f': case '\v': case '\n': case ';': case '&': case '|': case '(': case ')':
    case '<': case '>':
      break;
    default:
      ++q;
      continue;
    }
    break;
  }
  std::string_view token(p, static_cast<std::size_t>(q - p));
  if (token.empty() || token.size() > 5)
    return false;
  // string_view literals: a list of `const char*` measured every keyword with strlen on each call.
  using namespace std::string_view_literals;
  static constexpr std::string_view kKeywords[] = {"if"sv, "then"sv, "elif"sv, "else"sv, "fi"sv, "for"sv, "while"sv,
                                                   "until"sv, "do"sv, "done"sv, "case"sv, "esac"sv, "{"sv, "}"sv, "!"sv};
  for (std::string_view keyword : kKeywords)
    if (token == keyword)
      return true;
  return false;
}

/// Guard for the rules that have one; `true` (no guard) for the others.
template <typename Rule> bool canStart(Cursor p, Cursor end) {
  using R = Rule;
  if constexpr (std::is_same_v<R, g::word>) return wordCanStart(p, end);
  else if constexpr (std::is_same_v<R, g::reserved_word>) return isReservedWordAt(p, end);
  else if constexpr (std::is_same_v<R, g::redirect>) return redirectCanStart(p, end);
  else if constexpr (std::is_same_v<R, g::assignment>) return assignmentCanStart(p, end);
  else if constexpr (std::is_same_v<R, g::simple_command>) return wordCanStart(p, end) || redirectCanStart(p, end);
  else if constexpr (std::is_same_v<R, g::pipeline> || std::is_same_v<R, g::and_or>) return commandCanStart(skipSp(p, end), end);
  else if constexpr (std::is_same_v<R, g::compound_command>) {
    p = skipSp(p, end);
    return p != end && std::string_view("{(ifwuc[").find(*p) != std::string_view::npos;
  }
  else if constexpr (std::is_same_v<R, g::brace_group>) return startsWith(skipSp(p, end), end, "{");
  else if constexpr (std::is_same_v<R, g::if_clause>) return startsWith(skipSp(p, end), end, "if");
  else if constexpr (std::is_same_v<R, g::for_clause>) return startsWith(skipSp(p, end), end, "for");
  else if constexpr (std::is_same_v<R, g::while_clause>) return startsWith(skipSp(p, end), end, "while");
  else if constexpr (std::is_same_v<R, g::until_clause>) return startsWith(skipSp(p, end), end, "until");
  else if constexpr (std::is_same_v<R, g::case_clause>) return startsWith(skipSp(p, end), end, "case");
  else if constexpr (std::is_same_v<R, g::dbracket>) return startsWith(p, end, "[[");
  else if constexpr (std::is_same_v<R, g::arith_command>) return startsWith(p, end, "((");
  else if constexpr (std::is_same_v<R, g::subshell> || std::is_same_v<R, g::arith_group> ||
                     std::is_same_v<R, g::array_value>) return startsWith(p, end, "(");
  else if constexpr (std::is_same_v<R, g::function_def>) return functionCanStart(p, end);
  else if constexpr (std::is_same_v<R, g::process_substitution>)
    return end - p >= 2 && (*p == '<' || *p == '>') && p[1] == '(';
  else if constexpr (std::is_same_v<R, g::arith_substitution>) return startsWith(p, end, "$((");
  else if constexpr (std::is_same_v<R, g::command_substitution>) return startsWith(p, end, "$(");
  else if constexpr (std::is_same_v<R, g::parameter_braced>) return startsWith(p, end, "${");
  else if constexpr (std::is_same_v<R, g::ansi_c_quoted>) return startsWith(p, end, "$'");
  else if constexpr (std::is_same_v<R, g::brace_text>) return startsWith(p, end, "{");
  else if constexpr (std::is_same_v<R, g::single_quoted>) return startsWith(p, end, "'");
  else if constexpr (std::is_same_v<R, g::double_quoted>) return startsWith(p, end, "\"");
  else if constexpr (std::is_same_v<R, g::backquoted>) return startsWith(p, end, "`");
  else return true;
}

template <typename Rule>
inline constexpr bool kGuarded = kFrame<Rule> != FrameKind::None || kNesting<Rule> || kOpener<Rule> ||
                                 std::is_same_v<Rule, g::reserved_word>;

// ---- error messages for must<> points -----------------------------------------------------------

struct ErrorText {
  const char* text;
  bool unterminated; ///< reported at the construct's opening, as is
};

template <typename Rule> constexpr ErrorText errorText() {
  using R = Rule;
  if constexpr (std::is_same_v<R, g::sq_rest>) return {"unterminated single quote", true};
  else if constexpr (std::is_same_v<R, g::ansi_c_rest>) return {"unterminated $'...' quote", true};
  else if constexpr (std::is_same_v<R, g::dq_close>) return {"unterminated double quote", true};
  else if constexpr (std::is_same_v<R, g::bq_close> || std::is_same_v<R, g::bq_body>) return {"unterminated backquote", true};
  else if constexpr (std::is_same_v<R, g::brace_close> || std::is_same_v<R, g::brace_body>) return {"unterminated '${'", true};
  else if constexpr (std::is_same_v<R, g::subst_close>) return {"')' to close the substitution", false};
  else if constexpr (std::is_same_v<R, g::then_kw>) return {"'then'", false};
  else if constexpr (std::is_same_v<R, g::fi_kw>) return {"'fi' to close 'if'", false};
  else if constexpr (std::is_same_v<R, g::do_kw>) return {"'do'", false};
  else if constexpr (std::is_same_v<R, g::done_kw>) return {"'done' to close the loop", false};
  else if constexpr (std::is_same_v<R, g::esac_kw>) return {"'esac' to close 'case'", false};
  else if constexpr (std::is_same_v<R, g::in_kw>) return {"'in' after the 'case' word", false};
  else if constexpr (std::is_same_v<R, g::rbrace_kw>) return {"'}' to close '{'", false};
  else if constexpr (std::is_same_v<R, g::subshell_close>) return {"')' to close '('", false};
  else if constexpr (std::is_same_v<R, g::dbl_rbracket_kw>) return {"']]' to close '[['", false};
  else if constexpr (std::is_same_v<R, g::for_name>) return {"a variable name after 'for'", false};
  else if constexpr (std::is_same_v<R, g::for_list_end>) return {"';' or a newline after the 'for' words", false};
  else if constexpr (std::is_same_v<R, g::case_subject>) return {"a word after 'case'", false};
  else if constexpr (std::is_same_v<R, g::case_pattern>) return {"a pattern after '|'", false};
  else if constexpr (std::is_same_v<R, g::case_pattern_close>) return {"')' after the case pattern", false};
  else if constexpr (std::is_same_v<R, g::case_item_end>) return {"';;' or 'esac'", false};
  else if constexpr (std::is_same_v<R, g::redirect_target>) return {"a word after the redirection operator", false};
  else if constexpr (std::is_same_v<R, g::array_close>) return {"')' to close the array", false};
  else if constexpr (std::is_same_v<R, g::function_body>) return {"a compound command as the function body", false};
  else if constexpr (std::is_same_v<R, g::pipeline_command>) return {"a command after '|'", false};
  else if constexpr (std::is_same_v<R, g::and_or_rhs>) return {"a command after '&&' or '||'", false};
  else return {"valid shell syntax", false};
}

bool isBlankChar(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool isOperatorChar(char c) { return std::string_view(";&|()<>").find(c) != std::string_view::npos; }

/// The token at `offset`, for messages: an operator or a word (shortened).
std::string tokenAt(std::string_view input, std::uint32_t offset) {
  if (offset >= input.size())
    return {};
  std::string_view rest = input.substr(offset);
  for (std::string_view op : {";;&", ";;", ";&", "&&", "||", "|&", ">>", "<<"})
    if (rest.substr(0, op.size()) == op)
      return std::string(op);
  if (isOperatorChar(rest[0]))
    return std::string(1, rest[0]);
  if (rest[0] == '\n')
    return "newline";
  std::size_t n = 0;
  while (n < rest.size() && n < 24 && !isBlankChar(rest[n]) && rest[n] != '\n' && !isOperatorChar(rest[n]))
    ++n;
  return std::string(rest.substr(0, n));
}

std::string describeToken(std::string_view input, std::uint32_t offset) {
  std::string token = tokenAt(input, offset);
  if (token.empty())
    return "end of input";
  if (token == "newline")
    return token;
  return fmt::format("'{}'", token);
}

/// Why the script could not go on at `offset` (nothing was expected there in particular).
std::string unexpectedMessage(std::string_view input, std::uint32_t offset) {
  std::string token = tokenAt(input, offset);
  if (token == "fi" || token == "then" || token == "elif" || token == "else")
    return fmt::format("'{}' without a matching 'if'", token);
  if (token == "do" || token == "done")
    return fmt::format("'{}' without a matching 'for', 'while' or 'until'", token);
  if (token == "esac")
    return "'esac' without a matching 'case'";
  if (token == "}")
    return "'}' without a matching '{'";
  if (token == ")")
    return "unmatched ')'";
  if (token == ";;" || token == ";&" || token == ";;&")
    return fmt::format("'{}' outside 'case'", token);
  return fmt::format("unexpected {}", describeToken(input, offset));
}

// ---- actions ------------------------------------------------------------------------------------

template <typename Rule> struct Action : pegtl::nothing<Rule> {};

template <typename Input> std::uint32_t beginOf(const Input& in, const State& st) { return st.offsetOf(in.begin()); }
template <typename Input> std::uint32_t endOf(const Input& in, const State& st) {
  return st.offsetOf(in.begin()) + static_cast<std::uint32_t>(in.size());
}

template <> struct Action<g::literal> {
  template <typename Input> static void apply(const Input& in, State& st) {
    st.appendLiteral(WordPartKind::Literal, beginOf(in, st), endOf(in, st), in.string_view());
  }
};
template <> struct Action<g::escape> {
  template <typename Input> static void apply(const Input& in, State& st) {
    std::string_view text = in.string_view();
    std::string_view decoded = text[1] == '\n' ? std::string_view() : text.substr(1);
    st.appendLiteral(WordPartKind::Literal, beginOf(in, st), endOf(in, st), decoded);
  }
};
template <> struct Action<g::lone_backslash> : Action<g::literal> {};
template <> struct Action<g::dollar_literal> : Action<g::literal> {};
template <> struct Action<g::dq_literal> : Action<g::literal> {};
template <> struct Action<g::dq_other> : Action<g::literal> {};
template <> struct Action<g::dq_escape> : Action<g::escape> {};
template <> struct Action<g::heredoc_literal> : Action<g::literal> {};
template <> struct Action<g::heredoc_other> : Action<g::literal> {};
template <> struct Action<g::heredoc_escape> : Action<g::escape> {};

template <> struct Action<g::single_quoted> {
  template <typename Input> static void apply(const Input& in, State& st) {
    std::string_view text = in.string_view();
    st.appendLiteral(WordPartKind::SingleQuoted, beginOf(in, st), endOf(in, st), text.substr(1, text.size() - 2));
  }
};
template <> struct Action<g::ansi_c_quoted> {
  template <typename Input> static void apply(const Input& in, State& st) {
    std::string_view text = in.string_view();
    st.appendLiteral(WordPartKind::AnsiCQuoted, beginOf(in, st), endOf(in, st),
                     detail::decodeAnsiC(text.substr(2, text.size() - 3)));
  }
};
template <> struct Action<g::parameter> {
  template <typename Input> static void apply(const Input& in, State& st) { st.addParameter(beginOf(in, st), endOf(in, st)); }
};

/// The inside of `...` is unescaped (\`, \\, \$ and, in "...", \") and parsed as a script of its
/// own; a map keeps every unescaped byte at its logical offset.
template <> struct Action<g::backquoted> {
  template <typename Input> static void apply(const Input& in, State& st) {
    std::uint32_t begin = beginOf(in, st);
    std::uint32_t end = endOf(in, st);
    bool inDoubleQuotes = !st.frames.empty() && st.top().quoteDepth > 0;
    std::string text;
    std::vector<std::uint32_t> remap;
    for (std::uint32_t i = begin + 1; i + 1 < end; ++i) {
      char c = st.input[i];
      if (c == '\\' && i + 2 < end) {
        char next = st.input[i + 1];
        if (next == '`' || next == '\\' || next == '$' || (inDoubleQuotes && next == '"'))
          c = st.input[++i];
      }
      text.push_back(c);
      remap.push_back(st.logicalAt(i));
    }
    remap.push_back(st.logicalAt(end - 1));
    WordPart part;
    part.kind = WordPartKind::Backquoted;
    part.logical = st.logicalRange(begin, end);
    part.range = st.sourceOf(part.logical);
    part.script = detail::parseNestedScript(st, text, InputMap{0, &remap, 0});
    st.addPart(std::move(part));
  }
};

template <> struct Action<g::assign_name> {
  template <typename Input> static void apply(const Input& in, State& st) {
    st.top().name = in.string();
    st.top().nameBegin = beginOf(in, st);
    st.top().nameEnd = endOf(in, st);
  }
};
template <> struct Action<g::for_name> : Action<g::assign_name> {};
template <> struct Action<g::function_name> : Action<g::assign_name> {};
template <> struct Action<g::assign_op> {
  template <typename Input> static void apply(const Input& in, State& st) { st.top().flag = in.size() == 2; }
};
template <> struct Action<g::array_open> {
  template <typename Input> static void apply(const Input&, State& st) { st.top().array = true; }
};
template <> struct Action<g::io_number> {
  template <typename Input> static void apply(const Input& in, State& st) {
    if (in.size() <= 9)
      st.top().fd = std::stoi(in.string());
  }
};
template <> struct Action<g::redirect_op> {
  template <typename Input> static void apply(const Input& in, State& st) { st.top().op = in.string(); }
};
template <> struct Action<g::in_kw> {
  template <typename Input> static void apply(const Input&, State& st) { st.top().flag = true; }
};
template <> struct Action<g::bang_kw> : Action<g::in_kw> {};

template <typename Rule> struct KeywordAction {
  template <typename Input> static void apply(const Input&, State& st) {
    if constexpr (std::is_same_v<Rule, g::if_kw>) st.addKeyword("if");
    else if constexpr (std::is_same_v<Rule, g::then_kw>) st.addKeyword("then");
    else if constexpr (std::is_same_v<Rule, g::elif_kw>) st.addKeyword("elif");
    else if constexpr (std::is_same_v<Rule, g::else_kw>) st.addKeyword("else");
    else if constexpr (std::is_same_v<Rule, g::while_kw>) st.addKeyword("while");
    else if constexpr (std::is_same_v<Rule, g::until_kw>) st.addKeyword("until");
    else st.addKeyword("do");
  }
};
template <> struct Action<g::if_kw> : KeywordAction<g::if_kw> {};
template <> struct Action<g::then_kw> : KeywordAction<g::then_kw> {};
template <> struct Action<g::elif_kw> : KeywordAction<g::elif_kw> {};
template <> struct Action<g::else_kw> : KeywordAction<g::else_kw> {};
template <> struct Action<g::while_kw> : KeywordAction<g::while_kw> {};
template <> struct Action<g::until_kw> : KeywordAction<g::until_kw> {};
template <> struct Action<g::do_kw> : KeywordAction<g::do_kw> {};

template <> struct Action<g::case_terminator> {
  template <typename Input> static void apply(const Input& in, State& st) { st.top().terminator = in.string(); }
};
template <> struct Action<g::pipe_op> {
  template <typename Input> static void apply(const Input& in, State& st) { st.top().pipesStderr.push_back(in.size() == 2); }
};
template <> struct Action<g::and_or_op> {
  template <typename Input> static void apply(const Input& in, State& st) {
    st.top().andOr.push_back(in.string_view() == "&&" ? AndOrOperator::And : AndOrOperator::Or);
  }
};
template <> struct Action<g::sep_ampersand> {
  template <typename Input> static void apply(const Input&, State& st) { st.markBackground(); }
};
template <> struct Action<g::dbl_lbracket_kw> {
  template <typename Input> static void apply(const Input& in, State& st) { st.addLiteralWord(beginOf(in, st), endOf(in, st)); }
};
template <> struct Action<g::rw_dbl_rbracket> : Action<g::dbl_lbracket_kw> {};
template <> struct Action<g::dbracket_op> : Action<g::dbl_lbracket_kw> {};

/// Replaces the grammar's empty hook: after a newline, skip the pending here-document bodies.
template <> struct Action<g::heredoc_bodies> {
  template <typename Rule, pegtl::apply_mode, pegtl::rewind_mode, template <typename...> class,
            template <typename...> class, typename ParseInput>
  static bool match(ParseInput& in, State& st) {
    std::uint32_t offset = st.offsetOf(in.current());
    std::uint32_t next = st.consumeHeredocs(offset);
    in.bump(next - offset);
    return true;
  }
};

// ---- control ------------------------------------------------------------------------------------

template <typename Rule> struct Control : pegtl::normal<Rule> {
  template <pegtl::apply_mode A, pegtl::rewind_mode M, template <typename...> class Act,
            template <typename...> class Ctl, typename ParseInput>
  [[nodiscard]] static bool match(ParseInput& in, State& st) {
    // At the nesting limit every attempt must run: its start hook reports the limit, as before.
    if constexpr (kGuarded<Rule>)
      if (st.depth < kMaxShellNesting && !canStart<Rule>(in.current(), in.end()))
        return false;
    // A plain word becomes a node at once: the same node that the frame, the `literal` action and
    // `finish` would build, without the rule attempts (word is neither nesting nor an opener).
    if constexpr (std::is_same_v<Rule, g::word> && A == pegtl::apply_mode::action)
      if (std::size_t length = detail::plainWordShortcut() ? plainWordLength(in.current(), in.end()) : 0; length != 0) {
        std::uint32_t begin = st.offsetOf(in.current());
        st.addPlainWord(begin, begin + static_cast<std::uint32_t>(length));
        in.bump_in_this_line(length);
        return true;
      }
    return pegtl::normal<Rule>::template match<A, M, Act, Ctl>(in, st);
  }

  template <typename ParseInput> static void start(const ParseInput& in, State& st) {
    if constexpr (kNesting<Rule>)
      st.enterNesting(st.offsetOf(in.current()));
    if constexpr (kOpener<Rule>)
      st.openers.push_back(st.offsetOf(in.current()));
    if constexpr (std::is_same_v<Rule, g::double_quoted>)
      ++st.top().quoteDepth;
    if constexpr (kFrame<Rule> != FrameKind::None)
      st.push(kFrame<Rule>, st.offsetOf(in.current()));
  }

  template <typename ParseInput> static void success(const ParseInput& in, State& st) {
    if constexpr (kFrame<Rule> != FrameKind::None)
      st.finish(st.offsetOf(in.current()), false);
    leave(st);
  }

  template <typename ParseInput> static void failure(const ParseInput&, State& st) {
    if constexpr (kFrame<Rule> != FrameKind::None)
      st.discard();
    leave(st);
  }

  /// A syntax error is passing through: keep what this rule had parsed, marked incomplete.
  template <typename ParseInput>
  static void unwind(const ParseInput&, State& st)
    requires(kNeedsUnwind<Rule>)
  {
    if constexpr (kFrame<Rule> != FrameKind::None)
      st.finish(std::max(st.errorOffset, st.frames.back().begin), true);
    leave(st);
  }

  template <typename ParseInput> [[noreturn]] static void raise(const ParseInput& in, State& st) {
    constexpr ErrorText error = errorText<Rule>();
    std::uint32_t offset = st.offsetOf(in.current());
    st.errorOffset = offset;
    if (error.unterminated) {
      std::uint32_t opener = st.openers.empty() ? offset : st.openers.back();
      throw SyntaxError{opener, offset, error.text};
    }
    throw SyntaxError{offset, offset, fmt::format("expected {}, found {}", error.text, describeToken(st.input, offset))};
  }

private:
  static void leave(State& st) {
    if constexpr (std::is_same_v<Rule, g::double_quoted>)
      --st.top().quoteDepth;
    if constexpr (kOpener<Rule>)
      st.openers.pop_back();
    if constexpr (kNesting<Rule>)
      --st.depth;
  }
};

// ---- driver -------------------------------------------------------------------------------------

using Input = pegtl::memory_input<pegtl::tracking_mode::lazy, pegtl::eol::lf_crlf, const char*>;

/// After a syntax error at `pos`: the offset just past the next separator (`;`, `&`, `|`, `&&`,
/// `||`, newline) that is outside quotes and parentheses.
std::uint32_t resynchronize(State& st, std::uint32_t pos) {
  std::string_view in = st.input;
  const auto size = static_cast<std::uint32_t>(in.size());
  auto pastSeparator = [&](std::uint32_t i) -> std::uint32_t {
    char c = in[i++];
    if (c == '\n')
      return st.consumeHeredocs(i);
    if (i < size && ((c == ';' && (in[i] == ';' || in[i] == '&')) || (c == '&' && in[i] == '&') ||
                     (c == '|' && (in[i] == '|' || in[i] == '&'))))
      ++i;
    if (c == ';' && i < size && in[i - 1] == ';' && in[i] == '&')
      ++i;
    return i;
  };
  auto isSeparator = [](char c) { return c == ';' || c == '&' || c == '|' || c == '\n'; };
  if (pos >= size)
    return size;
  if (isSeparator(in[pos]))
    return pastSeparator(pos);
  int depth = 0;
  bool wordStart = true;
  std::uint32_t i = pos;
  while (i < size) {
    char c = in[i];
    if (c == '\\') {
      i += 2;
      wordStart = false;
      continue;
    }
    if (c == '\'' || c == '`') {
      std::size_t close = in.find(c, i + 1);
      i = close == std::string_view::npos ? size : static_cast<std::uint32_t>(close) + 1;
      wordStart = false;
      continue;
    }
    if (c == '"') {
      for (++i; i < size && in[i] != '"'; ++i)
        if (in[i] == '\\')
          ++i;
      i = std::min(i + 1, size);
      wordStart = false;
      continue;
    }
    if (c == '#' && wordStart) {
      std::size_t newline = in.find('\n', i);
      i = newline == std::string_view::npos ? size : static_cast<std::uint32_t>(newline);
      continue;
    }
    if (c == '(')
      ++depth;
    else if (c == ')' && depth > 0)
      --depth;
    else if (isSeparator(c) && (depth == 0 || c == '\n'))
      return pastSeparator(i);
    wordStart = isBlankChar(c) || isOperatorChar(c);
    ++i;
  }
  return std::min(i, size);
}

void runScript(State& st) {
  const auto size = static_cast<std::uint32_t>(st.input.size());
  std::uint32_t pos = 0;
  while (true) {
    Input in(st.input.data() + pos, st.input.data() + size, "shell");
    try {
      pegtl::parse<g::script, Action, Control>(in, st);
      pos = st.offsetOf(in.current());
      if (pos >= size)
        break;
      st.problem(pos, unexpectedMessage(st.input, pos));
    } catch (const SyntaxError& error) {
      while (st.frames.size() > 1)
        st.finish(error.resumeAt, true);
      st.problem(error.reportAt, error.message);
      pos = std::max(pos, error.resumeAt);
      st.depth = st.baseDepth;
      st.openers.clear();
      if (!st.frames.empty())
        st.top().quoteDepth = 0;
    }
    pos = resynchronize(st, pos);
    if (pos >= size)
      break;
  }
}

std::shared_ptr<Script> finishScript(State& st) {
  auto script = std::make_shared<Script>(st.takeScript(static_cast<std::uint32_t>(st.input.size())));
  st.finishHeredocs(*script);
  return script;
}

} // namespace

namespace detail {

namespace {
bool plainWordShortcutEnabled = true;
} // namespace

void setPlainWordShortcut(bool enabled) { plainWordShortcutEnabled = enabled; }
bool plainWordShortcut() { return plainWordShortcutEnabled; }

std::shared_ptr<Script> parseNestedScript(const State& parent, std::string_view input, InputMap map) {
  State st(parent.root, input, map, parent.depth, parent.problems);
  st.stackBase = parent.stackBase;
  st.push(FrameKind::Script, 0);
  runScript(st);
  return finishScript(st);
}

Word parseHeredocExpansions(const State& parent, std::uint32_t begin, std::uint32_t end) {
  InputMap map = parent.map;
  if (map.remap)
    map.remapOffset += begin;
  else
    map.base += begin;
  State st(parent.root, parent.input.substr(begin, end - begin), map, parent.depth, parent.problems);
  st.stackBase = parent.stackBase;
  st.push(FrameKind::Word, 0);
  st.top().quoteDepth = 1; // like "...": no word splitting
  Input in(st.input.data(), st.input.data() + st.input.size(), "heredoc");
  bool incomplete = false;
  try {
    pegtl::parse<g::heredoc_text, Action, Control>(in, st);
  } catch (const SyntaxError& error) {
    while (st.frames.size() > 1)
      st.finish(error.resumeAt, true);
    st.problem(error.reportAt, error.message);
    incomplete = true;
  }
  Word word = st.takeWord(static_cast<std::uint32_t>(st.input.size()), incomplete);
  // Here-documents opened inside the body's substitutions are this state's: resolve them here,
  // or the enclosing parse would read their ids against its own table (and could attach a
  // here-document to a command inside its own body: a cycle).
  st.finishHeredocs(word);
  return word;
}

} // namespace detail

ParseResult parseShell(const ast::LogicalText& text) {
  ParseResult result;
  State st(text, text.text(), InputMap{}, 0, result.problems);
  st.stackBase = static_cast<const char*>(__builtin_frame_address(0));
  st.push(FrameKind::Script, 0);
  runScript(st);
  result.script = finishScript(st);
  std::stable_sort(result.problems.begin(), result.problems.end(),
                   [](const SyntaxProblem& a, const SyntaxProblem& b) { return a.logical < b.logical; });
  result.complete = result.problems.empty();
  return result;
}

} // namespace dlint::shell
