#include "passes/expansion/ReferenceFinder.h"

#include <tao/pegtl.hpp>

#include "grammar/Variables.h"
#include "passes/expansion/GoNameClasses.h"

namespace dlint::expansion {
namespace {

namespace pegtl = tao::pegtl;
namespace gv = grammar::variables;

struct FinderState {
  const char* base;
  std::string_view word;
  std::vector<VariableReference> open; ///< braced references whose `}` is not reached yet
  std::vector<VariableReference> found;

  std::uint32_t offset(const char* p) const { return static_cast<std::uint32_t>(p - base); }
};

template <typename Rule> struct FinderAction : pegtl::nothing<Rule> {};

template <> struct FinderAction<gv::braced_open> {
  template <typename ActionInput> static void apply(const ActionInput& in, FinderState& st) {
    VariableReference ref;
    ref.range.begin = st.offset(in.begin());
    ref.braced = true;
    ref.depth = static_cast<unsigned>(st.open.size());
    st.open.push_back(std::move(ref));
  }
};

template <typename Names> struct FinderAction<gv::braced_name<Names>> {
  template <typename ActionInput> static void apply(const ActionInput& in, FinderState& st) {
    st.open.back().name = in.string();
    st.open.back().nameRange = SourceRange{st.offset(in.begin()), st.offset(in.end())};
  }
};

template <> struct FinderAction<gv::colon_operator> {
  template <typename ActionInput> static void apply(const ActionInput& in, FinderState& st) {
    st.open.back().op = in.string();
  }
};

template <> struct FinderAction<gv::plain_operator> {
  template <typename ActionInput> static void apply(const ActionInput& in, FinderState& st) {
    std::string op = in.string();
    const std::uint32_t after = st.offset(in.end());
    if ((op == "#" || op == "%") && after < st.word.size() && st.word[after] == op[0])
      op += op[0]; // `##` / `%%`: the word starts with the operator again
    st.open.back().op = std::move(op);
  }
};

template <> struct FinderAction<gv::replace_operator> {
  template <typename ActionInput> static void apply(const ActionInput& in, FinderState& st) {
    st.open.back().op = in.string();
  }
};

template <typename D> struct FinderAction<gv::braced_reference<D>> {
  template <typename ActionInput> static void apply(const ActionInput& in, FinderState& st) {
    VariableReference ref = std::move(st.open.back());
    st.open.pop_back();
    ref.range.end = st.offset(in.end());
    st.found.push_back(std::move(ref));
  }
};

template <typename D> struct FinderAction<gv::simple_reference<D>> {
  template <typename ActionInput> static void apply(const ActionInput& in, FinderState& st) {
    VariableReference ref;
    ref.range = SourceRange{st.offset(in.begin()), st.offset(in.end())};
    ref.nameRange = SourceRange{ref.range.begin + 1, ref.range.end};
    ref.name = std::string(in.begin() + 1, in.end());
    ref.depth = static_cast<unsigned>(st.open.size());
    st.found.push_back(std::move(ref));
  }
};

template <typename Dialect>
std::optional<std::vector<VariableReference>> findWith(std::string_view word) {
  FinderState st{word.data(), word, {}, {}};
  pegtl::memory_input<pegtl::tracking_mode::lazy> in(word.data(), word.size(), "word");
  if (!pegtl::parse<gv::word<Dialect>, FinderAction>(in, st))
    return std::nullopt;
  return std::move(st.found);
}

} // namespace

std::optional<std::vector<VariableReference>> findReferences(std::string_view word, const ExpandOptions& options) {
  // A word that failed to parse may have left actions of its partial match behind; they are
  // dropped with the state.
  const bool quotes = !options.skipProcessQuotes;
  if (options.escape == '\\')
    return quotes ? findWith<GoDialect<'\\', true>>(word) : findWith<GoDialect<'\\', false>>(word);
  if (options.escape == '`')
    return quotes ? findWith<GoDialect<'`', true>>(word) : findWith<GoDialect<'`', false>>(word);
  return std::nullopt;
}

} // namespace dlint::expansion
