#include "frontend/ArgumentParsers.h"

#include "frontend/JsonString.h"
#include "grammar/Instruction.h"
#include "grammar/Json.h"
#include "grammar/Words.h"

namespace dlint::frontend {

namespace pegtl = tao::pegtl;
namespace g = dlint::grammar;

namespace {

std::uint32_t offsetIn(std::string_view text, const char* p) {
  return static_cast<std::uint32_t>(p - text.data());
}

template <template <char> class Rule, template <typename> class Action, typename... States>
bool parseWithEscape(char escape, pegtl::memory_input<>& in, States&... states) {
  if (escape == '`')
    return pegtl::parse<Rule<'`'>, Action>(in, states...);
  return pegtl::parse<Rule<'\\'>, Action>(in, states...);
}

// ---- builder flags -------------------------------------------------------------------------

struct FlagState {
  std::string_view text;
  FlagExtraction result;
  ExtractedFlag current;
};

template <typename Rule> struct FlagAction : pegtl::nothing<Rule> {};

template <char E> struct FlagAction<g::instruction::flag_word<E>> {
  template <typename In> static void apply(const In& in, FlagState& s) {
    s.current.span = {offsetIn(s.text, in.begin()), offsetIn(s.text, in.end())};
    std::string_view raw(in.begin(), in.size());
    std::size_t eq = raw.find('=');
    s.current.valueBegin = eq == std::string_view::npos ? s.current.span.end
                                                        : s.current.span.begin + static_cast<std::uint32_t>(eq + 1);
    s.result.flags.push_back(std::move(s.current));
    s.current = {};
  }
};
template <char E> struct FlagAction<g::instruction::escaped<E>> {
  template <typename In> static void apply(const In& in, FlagState& s) {
    s.current.spelling.append(in.begin() + 1, in.size() - 1);
  }
};
// Quote characters have no action, so they are dropped; the text between them is kept.
template <> struct FlagAction<pegtl::not_one<'\''>> {
  template <typename In> static void apply(const In& in, FlagState& s) { s.current.spelling.append(in.begin(), in.size()); }
};
template <> struct FlagAction<pegtl::not_one<'"'>> {
  template <typename In> static void apply(const In& in, FlagState& s) { s.current.spelling.append(in.begin(), in.size()); }
};
template <> struct FlagAction<pegtl::two<'-'>> {
  template <typename In> static void apply(const In& in, FlagState& s) { s.current.spelling.append(in.begin(), in.size()); }
};
template <> struct FlagAction<pegtl::seq<pegtl::not_at<g::byte_space>, pegtl::any>> {
  template <typename In> static void apply(const In& in, FlagState& s) { s.current.spelling.append(in.begin(), in.size()); }
};

// ---- exec form -----------------------------------------------------------------------------

struct ExecState {
  std::string_view text;
  ExecForm result;
};

template <typename Rule> struct ExecAction : pegtl::nothing<Rule> {};
template <> struct ExecAction<g::json::top_string> {
  template <typename In> static void apply(const In& in, ExecState& s) {
    std::string_view literal(in.begin(), in.size());
    s.result.elements.push_back({{offsetIn(s.text, in.begin()), offsetIn(s.text, in.end())},
                                 decodeJsonString(literal.substr(1, literal.size() - 2))});
  }
};
template <> struct ExecAction<g::json::non_string> {
  template <typename In> static void apply(const In& in, ExecState& s) {
    if (s.result.status != ExecFormStatus::NonStringElement) {
      s.result.status = ExecFormStatus::NonStringElement;
      s.result.offending = {offsetIn(s.text, in.begin()), offsetIn(s.text, in.end())};
    }
  }
};

/// Deeper nesting than this is treated as invalid JSON (shell form) instead of risking the
/// stack; Go's decoder stops at 10000, and no real Dockerfile comes near either limit.
constexpr int kMaxJsonDepth = 256;

bool nestingWithinLimit(std::string_view s) {
  int depth = 0;
  bool inString = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (inString) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        inString = false;
    } else if (c == '"') {
      inString = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonDepth)
        return false;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return true;
}

// ---- quoted words (parseWords) -------------------------------------------------------------

struct WordState {
  std::string_view text;
  std::vector<SpannedText> words;
  std::uint32_t droppedEscape = UINT32_MAX; ///< offset of a trailing escape token, if any
};

template <typename Rule> struct WordAction : pegtl::nothing<Rule> {};
template <char E> struct WordAction<g::words::trailing_escape<E>> {
  template <typename In> static void apply(const In& in, WordState& s) { s.droppedEscape = offsetIn(s.text, in.begin()); }
};
template <char E> struct WordAction<g::words::word<E>> {
  template <typename In> static void apply(const In& in, WordState& s) {
    std::uint32_t b = offsetIn(s.text, in.begin());
    std::uint32_t e = offsetIn(s.text, in.end());
    std::string text(in.begin(), in.size());
    if (s.droppedEscape >= b && s.droppedEscape < e)
      text.erase(s.droppedEscape - b, 1);
    s.droppedEscape = UINT32_MAX;
    // BuildKit keeps an empty word only when it held quotes (`""`); a word that was only a
    // dropped escape token disappears.
    bool quoted = std::string_view(in.begin(), in.size()).find_first_of("'\"") != std::string_view::npos;
    if (!text.empty() || quoted)
      s.words.push_back({{b, e}, std::move(text)});
  }
};

struct PlainState {
  std::string_view text;
  std::vector<SpannedText> words;
};
template <typename Rule> struct PlainAction : pegtl::nothing<Rule> {};
template <> struct PlainAction<g::words::plain_word> {
  template <typename In> static void apply(const In& in, PlainState& s) {
    s.words.push_back({{offsetIn(s.text, in.begin()), offsetIn(s.text, in.end())}, in.string()});
  }
};

} // namespace

FlagExtraction extractFlags(std::string_view text, std::uint32_t begin, std::uint32_t end, char escape) {
  // Most instructions have no flags; flags_then_rest can only consume something at a "--"
  // (byte_space runs before it are only skipped when a flag follows).
  std::uint32_t first = begin;
  while (first < end && (text[first] == ' ' || (text[first] >= '\t' && text[first] <= '\r') ||
                         text[first] == '\x85' || text[first] == '\xA0'))
    ++first;
  if (end - first < 2 || text[first] != '-' || text[first + 1] != '-') {
    FlagExtraction none;
    none.restBegin = begin;
    return none;
  }
  FlagState state{text, {}, {}};
  pegtl::memory_input<> in(text.data() + begin, text.data() + end, "");
  parseWithEscape<g::instruction::flags_then_rest, FlagAction>(escape, in, state);
  state.result.restBegin = offsetIn(text, in.current());
  return std::move(state.result);
}

ExecForm parseExecForm(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  ExecState state{text, {}};
  std::string_view slice = text.substr(begin, end - begin);
  // The argument text is already trimmed: anything not starting with '[' is shell form.
  if (slice.empty() || slice.front() != '[' || !nestingWithinLimit(slice))
    return {};
  pegtl::memory_input<> in(slice.data(), slice.data() + slice.size(), "");
  bool ok = pegtl::parse<g::json::exec_form, ExecAction>(in, state);
  if (!ok)
    return {};
  if (state.result.status != ExecFormStatus::NonStringElement)
    state.result.status = ExecFormStatus::Ok;
  return std::move(state.result);
}

std::vector<SpannedText> splitQuotedWords(std::string_view text, std::uint32_t begin,
                                          std::uint32_t end, char escape) {
  WordState state{text, {}};
  pegtl::memory_input<> in(text.data() + begin, text.data() + end, "");
  parseWithEscape<g::words::word_list, WordAction>(escape, in, state);
  return std::move(state.words);
}

std::vector<SpannedText> splitPlainWords(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  PlainState state{text, {}};
  pegtl::memory_input<> in(text.data() + begin, text.data() + end, "");
  pegtl::parse<g::words::plain_list, PlainAction>(in, state);
  return std::move(state.words);
}

} // namespace dlint::frontend
