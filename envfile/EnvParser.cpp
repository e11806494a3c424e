#include "envfile/EnvParser.h"

#include <fmt/format.h>

#include "diagnostics/Utf8.h"
#include "envfile/EnvReferences.h"
#include "envfile/EnvValueDecoder.h"
#include "grammar/env/EnvFile.h"

namespace dlint::envfile {

namespace pegtl = tao::pegtl;
namespace g = dlint::grammar::env;

namespace {

enum class EnvSyntax {
#define DLINT_ENV_SYNTAX(code, name, level, summary) code,
#include "envfile/EnvSyntaxDiagnostics.def"
#undef DLINT_ENV_SYNTAX
};

/// The pieces of the statement being matched. Each grammar alternative of a statement starts
/// with the same head, so the pieces it shares with a failed alternative are set again to the
/// same values; the rest is cleared after every line.
struct Pieces {
  std::optional<SourceRange> exportKeyword, key, separator, quoted, unquoted, comment, trailing,
      unterminated, badChar;
  QuoteKind quote = QuoteKind::None;
};

class ParserState {
public:
  ParserState(const SourceFile& source, EnvParseResult& result)
      : source_(source), text_(source.text()), result_(result) {}

  SourceRange rangeOf(const char* begin, std::size_t size) const {
    auto offset = static_cast<std::uint32_t>(begin - text_.data());
    return {offset, offset + static_cast<std::uint32_t>(size)};
  }
  std::string_view textOf(SourceRange range) const { return text_.substr(range.begin, range.size()); }

  Pieces pieces;

  void addComment(SourceRange range) {
    result_.model.comments.push_back({source_.lineOf(range.begin), trimmed(range)});
  }

  void addAssignment(SourceRange statement) {
    EnvEntry entry = startEntry(statement);
    entry.separator = pieces.separator;
    if (pieces.quoted) {
      entry.quote = pieces.quote;
      entry.value = *pieces.quoted;
      entry.valueContent = {entry.value.begin + 1, entry.value.end - 1};
      const std::string_view body = textOf(entry.valueContent);
      entry.decoded = entry.quote == QuoteKind::Single ? decodeSingleQuoted(body) : decodeDoubleQuoted(body);
    } else if (pieces.unquoted) {
      entry.value = trimmed(*pieces.unquoted);
      entry.valueContent = entry.value;
      entry.decoded = std::string(textOf(entry.value));
    } else {
      // `KEY=`: an empty value right after the separator's white space.
      std::uint32_t at = pieces.separator->end;
      while (at < statement.end && isHorizontalSpace(text_[at]))
        ++at;
      entry.value = entry.valueContent = {at, at};
    }
    if (pieces.comment)
      entry.comment = trimmed(*pieces.comment);
    if (entry.quote != QuoteKind::Single)
      findReferences(entry);
    entry.statement.end = entry.comment ? entry.comment->end : entry.value.end;
    result_.model.entries.push_back(std::move(entry));
  }

  void addInherited(SourceRange statement) {
    EnvEntry entry = startEntry(statement);
    entry.value = entry.valueContent = {entry.key.end, entry.key.end};
    entry.statement.end = entry.key.end;
    result_.model.entries.push_back(std::move(entry));
  }

  void reportTextAfterQuote() {
    const SourceRange trailing = trimmed(*pieces.trailing);
    Diagnostic d = make(EnvSyntax::EV106, trailing,
                        fmt::format("unexpected text after the closing quote of '{}'", keyText()));
    const SourceRange quoted = *pieces.quoted;
    result_.model.unparsedValues.push_back({keyText(), {quoted.begin, trailing.end}});
    if (source_.lineOf(quoted.begin) != source_.lineOf(quoted.end))
      d.notes.push_back({fmt::format("the quoted value that starts here ends on line {}; is a closing "
                                     "quote missing on this line?",
                                     source_.lineOf(quoted.end)),
                         SourceRange{quoted.begin, quoted.begin + 1}});
    else
      d.notes.push_back({"compose would read this text as the next statement; put it in the quotes "
                         "or start it with '#' to make it a comment",
                         std::nullopt});
    report(std::move(d));
  }

  void reportUnterminatedQuote() {
    const SourceRange quote = *pieces.unterminated;
    const bool isDouble = text_[quote.begin] == '"';
    const std::size_t lineEnd = text_.find('\n', quote.begin);
    result_.model.unparsedValues.push_back(
        {keyText(), {quote.begin, lineEnd == std::string_view::npos ? source_.size() : static_cast<std::uint32_t>(lineEnd)}});
    report(make(EnvSyntax::EV102, quote,
                fmt::format("the {}-quoted value of '{}' has no closing {} before the end of the file",
                            isDouble ? "double" : "single", keyText(), isDouble ? "'\"'" : "\"'\"")));
  }

  void reportEmptyKey() {
    const SourceRange at = *pieces.separator;
    report(make(EnvSyntax::EV105, at, fmt::format("expected a key before '{}'", textOf(at))));
  }

  void reportSpaceInKey() {
    const SourceRange key = *pieces.key;
    report(make(EnvSyntax::EV104, {key.end, key.end},
                fmt::format("expected '=' after key '{}'; a key cannot contain white space", textOf(key))));
  }

  void reportBadKeyChar(SourceRange statement) {
    const SourceRange bad = *pieces.badChar;
    std::uint32_t keyBegin = statement.begin;
    if (pieces.exportKeyword) {
      keyBegin = pieces.exportKeyword->end;
      while (keyBegin < bad.begin && isHorizontalSpace(text_[keyBegin]))
        ++keyBegin;
    }
    std::string_view before = textOf({keyBegin, bad.begin});
    before = before.substr(0, trimmedLength(before));
    const std::string shown = describeCharacter(textOf(bad));
    std::string message;
    if (before.empty())
      message = fmt::format("unexpected character {} where a key should start", shown);
    else if (text_[bad.begin] == '#')
      message = fmt::format("expected '=' after key '{}' before the comment", before);
    else
      message = fmt::format("unexpected character {} in key '{}'", shown, before);
    report(make(EnvSyntax::EV103, bad, std::move(message)));
  }

  void noteErrorLine(SourceRange statement) { result_.model.errorLines.push_back(source_.lineOf(statement.begin)); }

  void reportInvalidReference(SourceRange range, std::string_view key) {
    report(make(EnvSyntax::EV107, range,
                fmt::format("invalid reference in the value of '{}': compose expects '${{NAME}}', "
                            "'${{NAME:-default}}' or '$$' for a literal '$'",
                            key)));
  }

private:
  static bool isHorizontalSpace(char c) { return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r'; }

  SourceRange trimmed(SourceRange range) const {
    return {range.begin, range.begin + static_cast<std::uint32_t>(trimmedLength(textOf(range)))};
  }

  std::string keyText() const { return pieces.key ? std::string(textOf(*pieces.key)) : std::string(); }

  static std::string describeCharacter(std::string_view bytes) {
    const auto c = static_cast<unsigned char>(bytes.front());
    if (c < 0x20 || c == 0x7F)
      return fmt::format("U+{:04X}", static_cast<unsigned>(c));
    if (utf8::sequenceLength(bytes, 0) == 0)
      return fmt::format("byte 0x{:02X}", static_cast<unsigned>(c));
    return fmt::format("'{}'", bytes);
  }

  EnvEntry startEntry(SourceRange statement) const {
    EnvEntry entry;
    entry.key = *pieces.key;
    entry.keyText = std::string(textOf(entry.key));
    entry.line = source_.lineOf(entry.key.begin);
    entry.exportKeyword = pieces.exportKeyword;
    std::uint32_t begin = statement.begin;
    while (begin < entry.key.begin && isHorizontalSpace(text_[begin]))
      ++begin;
    entry.statement = {begin, statement.end};
    return entry;
  }

  void findReferences(EnvEntry& entry) {
    const ReferenceScan scan =
        scanReferences(text_, entry.valueContent, entry.quote == QuoteKind::Double);
    entry.references = scan.references;
    for (SourceRange invalid : scan.invalid)
      reportInvalidReference(invalid, entry.keyText);
  }

  Diagnostic make(EnvSyntax id, SourceRange range, std::string message) const {
    const EnvSyntaxCode& code = envSyntaxCodes()[static_cast<std::size_t>(id)];
    Diagnostic d;
    d.code = std::string(code.code);
    d.name = std::string(code.name);
    d.level = code.level;
    d.file = result_.model.file;
    d.range = range;
    d.message = std::move(message);
    return d;
  }
  void report(Diagnostic d) { result_.diagnostics.push_back(std::move(d)); }

  const SourceFile& source_;
  std::string_view text_;
  EnvParseResult& result_;
};

// ---- actions: record the pieces, then build an entry or a diagnostic per line -------------

template <typename Rule> struct Action : pegtl::nothing<Rule> {};

template <> struct Action<g::export_keyword> {
  template <typename In> static void apply(const In& in, ParserState& s) {
    s.pieces.exportKeyword = s.rangeOf(in.begin(), in.size());
  }
};
template <> struct Action<g::key> {
  template <typename In> static void apply(const In& in, ParserState& s) { s.pieces.key = s.rangeOf(in.begin(), in.size()); }
};
template <> struct Action<g::separator> {
  template <typename In> static void apply(const In& in, ParserState& s) {
    s.pieces.separator = s.rangeOf(in.begin(), in.size());
  }
};
template <> struct Action<g::single_quoted> {
  template <typename In> static void apply(const In& in, ParserState& s) {
    s.pieces.quoted = s.rangeOf(in.begin(), in.size());
    s.pieces.quote = QuoteKind::Single;
  }
};
template <> struct Action<g::double_quoted> {
  template <typename In> static void apply(const In& in, ParserState& s) {
    s.pieces.quoted = s.rangeOf(in.begin(), in.size());
    s.pieces.quote = QuoteKind::Double;
  }
};
template <> struct Action<g::unquoted_value> {
  template <typename In> static void apply(const In& in, ParserState& s) {
    s.pieces.unquoted = s.rangeOf(in.begin(), in.size());
  }
};
template <> struct Action<g::comment> {
  template <typename In> static void apply(const In& in, ParserState& s) { s.pieces.comment = s.rangeOf(in.begin(), in.size()); }
};
template <> struct Action<g::trailing_text> {
  template <typename In> static void apply(const In& in, ParserState& s) {
    s.pieces.trailing = s.rangeOf(in.begin(), in.size());
  }
};
template <> struct Action<g::unterminated_quote> {
  template <typename In> static void apply(const In& in, ParserState& s) {
    s.pieces.unterminated = s.rangeOf(in.begin(), in.size());
  }
};
template <> struct Action<g::bad_key_char> {
  template <typename In> static void apply(const In& in, ParserState& s) { s.pieces.badChar = s.rangeOf(in.begin(), in.size()); }
};

/// Runs `build` for a whole line (or multi-line statement), then forgets its pieces.
template <typename Build> void finishLine(ParserState& s, Build build) {
  build();
  s.pieces = Pieces{};
}

template <> struct Action<g::blank_line> {
  template <typename In> static void apply(const In&, ParserState& s) { s.pieces = Pieces{}; }
};
template <> struct Action<g::comment_line> {
  template <typename In> static void apply(const In&, ParserState& s) {
    finishLine(s, [&] { s.addComment(*s.pieces.comment); });
  }
};
template <> struct Action<g::quoted_assignment> {
  template <typename In> static void apply(const In& in, ParserState& s) {
    finishLine(s, [&] { s.addAssignment(s.rangeOf(in.begin(), in.size())); });
  }
};
template <> struct Action<g::unquoted_assignment> {
  template <typename In> static void apply(const In& in, ParserState& s) {
    finishLine(s, [&] { s.addAssignment(s.rangeOf(in.begin(), in.size())); });
  }
};
template <> struct Action<g::inherited_key> {
  template <typename In> static void apply(const In& in, ParserState& s) {
    finishLine(s, [&] { s.addInherited(s.rangeOf(in.begin(), in.size())); });
  }
};
template <> struct Action<g::error_text_after_quote> {
  template <typename In> static void apply(const In& in, ParserState& s) {
    finishLine(s, [&] {
      s.noteErrorLine(s.rangeOf(in.begin(), in.size()));
      s.reportTextAfterQuote();
    });
  }
};
template <> struct Action<g::error_unterminated_quote> {
  template <typename In> static void apply(const In& in, ParserState& s) {
    finishLine(s, [&] {
      s.noteErrorLine(s.rangeOf(in.begin(), in.size()));
      s.reportUnterminatedQuote();
    });
  }
};
template <> struct Action<g::error_empty_key> {
  template <typename In> static void apply(const In& in, ParserState& s) {
    finishLine(s, [&] {
      s.noteErrorLine(s.rangeOf(in.begin(), in.size()));
      s.reportEmptyKey();
    });
  }
};
template <> struct Action<g::error_space_in_key> {
  template <typename In> static void apply(const In& in, ParserState& s) {
    finishLine(s, [&] {
      s.noteErrorLine(s.rangeOf(in.begin(), in.size()));
      s.reportSpaceInKey();
    });
  }
};
template <> struct Action<g::error_bad_key_char> {
  template <typename In> static void apply(const In& in, ParserState& s) {
    finishLine(s, [&] {
      const SourceRange line = s.rangeOf(in.begin(), in.size());
      s.noteErrorLine(line);
      s.reportBadKeyChar(line);
    });
  }
};

} // namespace

const std::vector<EnvSyntaxCode>& envSyntaxCodes() {
  static const std::vector<EnvSyntaxCode> codes = {
#define DLINT_ENV_SYNTAX(code, name, level, summary) {#code, #name, Level::level, summary},
#include "envfile/EnvSyntaxDiagnostics.def"
#undef DLINT_ENV_SYNTAX
  };
  return codes;
}

EnvParseResult parseEnvFile(const SourceFile& source, FileID file) {
  EnvParseResult result;
  result.model.file = file;
  const std::string_view text = source.text();
  auto report = [&](EnvSyntax id, std::uint32_t at, std::string message) {
    const EnvSyntaxCode& code = envSyntaxCodes()[static_cast<std::size_t>(id)];
    result.diagnostics.push_back(Diagnostic{std::string(code.code), std::string(code.name), code.level, file,
                                            SourceRange{at, at + 1}, {}, std::move(message), {}, {}, {}});
  };

  // A NUL byte means this is not a text file: parsing it would only produce noise.
  if (std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
    report(EnvSyntax::EV100, static_cast<std::uint32_t>(nul), "file is not text: it contains a NUL byte");
    result.inputError = true;
    return result;
  }
  // Invalid UTF-8 is reported, and the rest of the file is still read, as compose would.
  if (auto bad = utf8::findInvalid(text)) {
    report(EnvSyntax::EV101, static_cast<std::uint32_t>(*bad),
           fmt::format("invalid UTF-8: byte 0x{:02X} does not start a valid sequence",
                       static_cast<unsigned char>(text[*bad])));
    result.inputError = true;
  }

  // A UTF-8 byte order mark is not part of the first key (compose strips it too).
  std::size_t start = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  ParserState state(source, result);
  pegtl::memory_input<> in(text.data() + start, text.data() + text.size(), source.name());
  pegtl::parse<g::file, Action>(in, state);
  return result;
}

} // namespace dlint::envfile
