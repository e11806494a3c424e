#include "frontend/HeredocFinder.h"

#include <optional>

#include "grammar/Heredoc.h"

namespace dlint::frontend {

namespace pegtl = tao::pegtl;
namespace h = dlint::grammar::heredoc;

namespace {

struct LineState {
  const char* base;
  std::vector<LogicalSpan> words;
};
template <typename Rule> struct LineAction : pegtl::nothing<Rule> {};
template <> struct LineAction<h::word> {
  template <typename In> static void apply(const In& in, LineState& s) {
    s.words.push_back({static_cast<std::uint32_t>(in.begin() - s.base),
                       static_cast<std::uint32_t>(in.end() - s.base)});
  }
};

struct PatternState {
  std::string fd;
  bool chomp = false;
  std::string_view tail;
};
template <typename Rule> struct PatternAction : pegtl::nothing<Rule> {};
template <> struct PatternAction<h::fd> {
  template <typename In> static void apply(const In& in, PatternState& s) { s.fd = in.string(); }
};
template <> struct PatternAction<h::chomp> {
  template <typename In> static void apply(const In&, PatternState& s) { s.chomp = true; }
};
template <> struct PatternAction<h::tail> {
  template <typename In> static void apply(const In& in, PatternState& s) { s.tail = {in.begin(), in.size()}; }
};

struct NameState {
  std::string name;
  bool quoted = false;
};
template <typename Rule> struct NameAction : pegtl::nothing<Rule> {};
template <> struct NameAction<h::name_single> {
  template <typename In> static void apply(const In& in, NameState& s) {
    std::string_view v(in.begin(), in.size());
    v.remove_prefix(1);
    if (!v.empty() && v.back() == '\'')
      v.remove_suffix(1);
    s.name.append(v);
    s.quoted = true;
  }
};
template <> struct NameAction<h::name_double> {
  template <typename In> static void apply(const In&, NameState& s) { s.quoted = true; }
};
template <> struct NameAction<h::name_double_escape> {
  template <typename In> static void apply(const In& in, NameState& s) { s.name.push_back(in.begin()[1]); }
};
template <> struct NameAction<pegtl::not_one<'"'>> {
  template <typename In> static void apply(const In& in, NameState& s) { s.name.append(in.begin(), in.size()); }
};
template <> struct NameAction<h::name_escape> {
  template <typename In> static void apply(const In& in, NameState& s) { s.name.push_back(in.begin()[1]); }
};
template <> struct NameAction<h::name_char> {
  template <typename In> static void apply(const In& in, NameState& s) { s.name.append(in.begin(), in.size()); }
};

std::optional<HeredocWord> parseHeredocWord(std::string_view word, LogicalSpan span) {
  PatternState pattern;
  pegtl::memory_input<> in(word.data(), word.data() + word.size(), "");
  if (!pegtl::parse<h::pattern, PatternAction>(in, pattern))
    return std::nullopt;
  NameState name;
  pegtl::memory_input<> nameInput(pattern.tail.data(), pattern.tail.data() + pattern.tail.size(), "");
  pegtl::parse<h::name, NameAction>(nameInput, name);
  HeredocWord result;
  result.span = span;
  result.name = std::move(name.name);
  result.expand = !name.quoted;
  result.chomp = pattern.chomp;
  result.fileDescriptor = 0;
  for (char c : pattern.fd)
    if (result.fileDescriptor < 100'000'000) // absurd descriptors saturate instead of overflowing
      result.fileDescriptor = result.fileDescriptor * 10 + (c - '0');
  return result;
}

} // namespace

std::vector<HeredocWord> findHeredocWords(std::string_view line) {
  std::vector<HeredocWord> found;
  if (line.find("<<") == std::string_view::npos)
    return found;
  LineState state{line.data(), {}};
  pegtl::memory_input<> in(line.data(), line.data() + line.size(), "");
  if (!pegtl::parse<h::line, LineAction>(in, state))
    return found; // BuildKit ignores the lexing error and finds no heredoc
  for (LogicalSpan span : state.words) {
    std::string_view word = line.substr(span.begin, span.end - span.begin);
    if (auto heredoc = parseHeredocWord(word, span))
      found.push_back(std::move(*heredoc));
  }
  return found;
}

} // namespace dlint::frontend
