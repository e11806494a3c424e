#include "envfile/EnvReferences.h"

#include <algorithm>

#include "grammar/env/EnvFile.h"

namespace dlint::envfile {

namespace pegtl = tao::pegtl;
namespace g = dlint::grammar::env;

namespace {

struct ScanState {
  std::string_view text; ///< the whole file, so ranges are file offsets
  std::uint32_t contentEnd;
  ReferenceScan scan;

  SourceRange rangeOf(const char* begin, std::size_t size) const {
    auto offset = static_cast<std::uint32_t>(begin - text.data());
    return {offset, offset + static_cast<std::uint32_t>(size)};
  }

  void add(SourceRange range, bool braced) {
    // A nested reference inside an outer attempt that failed is matched again later: keep one.
    for (const EnvReference& known : scan.references)
      if (known.range == range)
        return;
    std::uint32_t nameBegin = range.begin + (braced ? 2 : 1);
    std::uint32_t nameEnd = nameBegin;
    while (nameEnd < range.end && isNameChar(text[nameEnd]))
      ++nameEnd;
    scan.references.push_back({range, std::string(text.substr(nameBegin, nameEnd - nameBegin)), braced});
  }

  void addInvalid(SourceRange dollarBrace) {
    // Show the whole attempt: up to the closing brace on the same line, if any.
    std::uint32_t end = dollarBrace.end;
    while (end < contentEnd && text[end] != '}' && text[end] != '\n')
      ++end;
    if (end < contentEnd && text[end] == '}')
      ++end;
    scan.invalid.push_back({dollarBrace.begin, end});
  }

  static bool isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
};

template <typename Rule> struct Action : pegtl::nothing<Rule> {};
template <> struct Action<g::named_reference> {
  template <typename In> static void apply(const In& in, ScanState& s) { s.add(s.rangeOf(in.begin(), in.size()), false); }
};
template <> struct Action<g::braced_reference> {
  template <typename In> static void apply(const In& in, ScanState& s) { s.add(s.rangeOf(in.begin(), in.size()), true); }
};
template <> struct Action<g::invalid_reference> {
  template <typename In> static void apply(const In& in, ScanState& s) { s.addInvalid(s.rangeOf(in.begin(), in.size())); }
};

} // namespace

ReferenceScan scanReferences(std::string_view text, SourceRange content, bool doubleQuoted) {
  ScanState state{text, content.end, {}};
  if (text.substr(content.begin, content.size()).find('$') == std::string_view::npos)
    return state.scan; // most values: nothing to parse
  pegtl::memory_input<> in(text.data() + content.begin, text.data() + content.end, "");
  if (doubleQuoted)
    pegtl::parse<g::double_quoted_references, Action>(in, state);
  else
    pegtl::parse<g::unquoted_references, Action>(in, state);
  std::stable_sort(state.scan.references.begin(), state.scan.references.end(),
                   [](const EnvReference& a, const EnvReference& b) { return a.range.begin < b.range.begin; });
  return state.scan;
}

} // namespace dlint::envfile
