#include "passes/expansion/WordExpander.h"

#include <algorithm>

#include <tao/pegtl.hpp>

#include "ast/GoQuote.h"
#include "passes/expansion/GoNameClasses.h"
#include "passes/expansion/GoText.h"
#include "passes/expansion/ShellPattern.h"

// Why a hand-written lexer rather than PEGTL actions over grammar/Variables.h: BuildKit's
// results depend on the order in which its recursive-descent lexer reads and fails — which
// error wins, "missing '}'" replacing a nested error at the end of input, the raw-escape mode
// of pattern words, the word buffer shared with nested words. The class below follows lex.go
// function by function so each of those falls out the same way. Names are read with the
// grammar's `name` rule (exact Go classes), and ReferenceFinder finds the same references with
// the whole grammar; the unit tests check that both agree on every table row.

namespace dlint::expansion {
namespace {

namespace pegtl = tao::pegtl;
using NameRule = grammar::variables::name<GoNames>;

/// lex.go's wordsStruct: splits on unquoted whitespace while the word is built. `buffer` is
/// shared by every nesting level, as in BuildKit. A null `buffer` collects nothing: processWord
/// has no use for the words, and they never change the expanded value or the errors.
struct WordsCollector {
  std::string* buffer;
  std::vector<std::string> words;
  bool inWord = false;

  void addChar(char32_t ch) {
    if (!buffer)
      return;
    if (goIsSpace(ch) && inWord) {
      if (!buffer->empty()) {
        words.push_back(*buffer);
        buffer->clear();
        inWord = false;
      }
    } else if (!goIsSpace(ch)) {
      addRawChar(ch);
    }
  }
  void addRawChar(char32_t ch) {
    if (!buffer)
      return;
    appendRune(*buffer, ch);
    inWord = true;
  }
  void addString(std::string_view s) {
    if (!buffer)
      return;
    for (std::size_t i = 0; i < s.size();) {
      const DecodedRune d = decodeRune(s, i);
      addChar(d.rune);
      i += d.width;
    }
  }
  void addRawString(std::string_view s) {
    if (!buffer)
      return;
    buffer->append(s);
    inWord = true;
  }
  std::vector<std::string> takeWords() {
    if (buffer && !buffer->empty()) {
      words.push_back(*buffer);
      buffer->clear();
      inWord = false;
    }
    return std::move(words);
  }
};

bool isHeredocSpace(std::int32_t ch) { return ch == '\t' || ch == '\r' || ch == ' '; }

class Lexer {
public:
  Lexer(std::string_view word, const Environment& env, const ExpandOptions& options)
      : word_(word), scanner_(word), env_(env), options_(options), rawEscapes_(options.rawEscapes),
        escape_(static_cast<unsigned char>(options.escape)) {}

  /// Expands the word into `result`; with `words`, also splits it as processWords does.
  bool run(std::string& result, std::vector<std::string>* words) {
    collectWords_ = words != nullptr;
    std::vector<std::string> ignored;
    return processStopOn(kEndOfText, options_.rawEscapes, result, words ? words : &ignored);
  }

  ExpandError takeError() {
    error_.processMessage = "failed to process " + ast::goQuote(word_) + ": " + error_.message;
    return std::move(error_);
  }
  std::vector<VariableReference> takeReferences() { return std::move(references_); }

private:
  bool fail(std::string message, std::uint32_t begin) {
    error_.message = std::move(message);
    error_.range = SourceRange{begin, std::max(begin, scanner_.offset())};
    return false;
  }

  // processStopOn: reads up to `stop` (consumed) or the end of the word.
  bool processStopOn(std::int32_t stop, bool rawEscapes, std::string& out, std::vector<std::string>* wordsOut) {
    const std::uint32_t begin = scanner_.offset();
    std::string result;
    wordsBuffer_.clear();
    WordsCollector words{collectWords_ ? &wordsBuffer_ : nullptr, {}, false};
    const bool savedRawEscapes = rawEscapes_;
    rawEscapes_ = rawEscapes;
    struct Restore {
      bool& flag;
      bool value;
      ~Restore() { flag = value; }
    } restore{rawEscapes_, savedRawEscapes};

    while (scanner_.peek() != kEndOfText) {
      std::int32_t ch = scanner_.peek();
      if (stop != kEndOfText && ch == stop) {
        scanner_.next();
        out = std::move(result);
        if (wordsOut)
          *wordsOut = words.takeWords();
        else
          words.takeWords();
        return true;
      }
      const bool quote = !options_.skipProcessQuotes && (ch == '\'' || ch == '"');
      if (ch == '$' || ch == '<' || quote) {
        std::string part;
        const bool ok = ch == '$'    ? processDollar(part)
                        : ch == '<'  ? processPossibleHeredoc(part)
                        : ch == '\'' ? processSingleQuote(part)
                                     : processDoubleQuote(part);
        if (!ok)
          return false;
        result += part;
        if (ch == '$')
          words.addString(part);
        else
          words.addRawString(part);
        continue;
      }
      ch = scanner_.next();
      if (ch == escape_) {
        if (rawEscapes_) {
          words.addRawChar(static_cast<char32_t>(ch));
          appendRune(result, static_cast<char32_t>(ch));
        }
        ch = scanner_.next(); // the escape takes any next character; a trailing one is dropped
        if (ch == kEndOfText)
          break;
        words.addRawChar(static_cast<char32_t>(ch));
      } else {
        words.addChar(static_cast<char32_t>(ch));
      }
      appendRune(result, static_cast<char32_t>(ch));
    }
    if (stop != kEndOfText)
      return fail("unexpected end of statement while looking for matching " + runeString(stop), begin);
    out = std::move(result);
    if (wordsOut)
      *wordsOut = words.takeWords();
    return true;
  }

  bool processSingleQuote(std::string& out) {
    const std::uint32_t begin = scanner_.offset();
    std::string result;
    std::int32_t ch = scanner_.next();
    if (options_.rawQuotes)
      appendRune(result, static_cast<char32_t>(ch));
    for (;;) {
      ch = scanner_.next();
      if (ch == kEndOfText)
        return fail("unexpected end of statement while looking for matching single-quote", begin);
      if (ch == '\'') {
        if (options_.rawQuotes)
          appendRune(result, static_cast<char32_t>(ch));
        out = std::move(result);
        return true;
      }
      appendRune(result, static_cast<char32_t>(ch));
    }
  }

  bool processDoubleQuote(std::string& out) {
    const std::uint32_t begin = scanner_.offset();
    std::string result;
    std::int32_t ch = scanner_.next();
    if (options_.rawQuotes)
      appendRune(result, static_cast<char32_t>(ch));
    for (;;) {
      const std::int32_t peeked = scanner_.peek();
      if (peeked == kEndOfText)
        return fail("unexpected end of statement while looking for matching double-quote", begin);
      if (peeked == '"') {
        ch = scanner_.next();
        if (options_.rawQuotes)
          appendRune(result, static_cast<char32_t>(ch));
        out = std::move(result);
        return true;
      }
      if (peeked == '$') {
        std::string value;
        if (!processDollar(value))
          return false;
        result += value;
        continue;
      }
      ch = scanner_.next();
      if (ch == escape_) {
        if (rawEscapes_)
          appendRune(result, static_cast<char32_t>(ch));
        const std::int32_t after = scanner_.peek();
        if (after == kEndOfText)
          continue; // reported as an unterminated quote on the next turn
        if (after == '"' || after == '$' || after == escape_)
          ch = scanner_.next(); // only these are escaped; before anything else it is literal
      }
      appendRune(result, static_cast<char32_t>(ch));
    }
  }

  /// `<<` and the blanks after it stay one word (BuildKit's heredoc-aware splitting).
  bool processPossibleHeredoc(std::string& out) {
    scanner_.next();
    if (scanner_.peek() != '<') {
      out = "<";
      return true;
    }
    scanner_.next();
    out = "<<";
    while (isHeredocSpace(scanner_.peek()))
      appendRune(out, static_cast<char32_t>(scanner_.next()));
    return true;
  }

  /// processName, with the grammar's `name` rule: a digit run, one special character, or a
  /// run of Unicode letters, digits and `_`; "" when none starts here.
  std::string processName() {
    const std::uint32_t start = scanner_.offset();
    if (scanner_.peek() == kEndOfText)
      return {};
    pegtl::memory_input<pegtl::tracking_mode::lazy> in(word_.data() + start, word_.size() - start, "");
    if (!pegtl::parse<NameRule>(in))
      return {};
    const auto length = static_cast<std::uint32_t>(in.current() - (word_.data() + start));
    scanner_.seek(start + length);
    return std::string(word_.substr(start, length));
  }

  /// getEnv, recording the reference.
  std::optional<std::string_view> lookup(const std::string& name, std::uint32_t begin, std::uint32_t nameBegin,
                                         bool braced, std::string op) {
    const std::optional<std::string_view> value = env_.lookup(name);
    VariableReference ref;
    ref.name = name;
    ref.range = SourceRange{begin, scanner_.offset()};
    ref.nameRange = SourceRange{nameBegin, nameBegin + static_cast<std::uint32_t>(name.size())};
    ref.op = std::move(op);
    ref.braced = braced;
    ref.depth = dollarDepth_ - 1;
    ref.set = value.has_value();
    references_.push_back(std::move(ref));
    return value;
  }

  bool processDollar(std::string& out) {
    const std::uint32_t begin = scanner_.offset();
    ++dollarDepth_;
    struct Leave {
      unsigned& depth;
      ~Leave() { --depth; }
    } leave{dollarDepth_};

    scanner_.next(); // `$`
    if (scanner_.peek() != '{') {
      const std::uint32_t nameBegin = scanner_.offset();
      const std::string name = processName();
      if (name.empty()) {
        out = "$";
        return true;
      }
      const auto value = lookup(name, begin, nameBegin, false, "");
      if (!value && options_.skipUnsetEnv)
        out = "$" + name;
      else
        out = std::string(value.value_or(""));
      return true;
    }

    scanner_.next(); // `{`
    switch (scanner_.peek()) {
    case kEndOfText:
      return fail("syntax error: missing '}'", begin);
    case '{':
    case '}':
    case ':':
      return fail("syntax error: bad substitution", begin);
    default:
      break;
    }
    const std::uint32_t nameBegin = scanner_.offset();
    const std::string name = processName();
    const std::uint32_t opOffset = scanner_.offset();
    std::int32_t ch = scanner_.next();
    std::string chs = runeString(ch); // EOF reads as U+FFFD: `${A` is "unsupported modifier (\uFFFD)"

    if (ch == '}') {
      const auto value = lookup(name, begin, nameBegin, true, "");
      if (!value && options_.skipUnsetEnv)
        out = "${" + name + "}";
      else
        out = std::string(value.value_or(""));
      return true;
    }

    bool nullIsUnset = false;
    if (ch == ':') {
      nullIsUnset = true;
      ch = scanner_.next();
      chs += runeString(ch);
    }
    if (nullIsUnset || ch == '+' || ch == '-' || ch == '?' || ch == '#' || ch == '%')
      return processModifier(out, name, begin, nameBegin, opOffset, ch, chs, nullIsUnset);
    if (ch == '/')
      return processReplacement(out, name, begin, nameBegin);
    return fail("unsupported modifier (" + chs + ") in substitution", begin);
  }

  /// `${name<op>word}` for `:-` `-` `:+` `+` `:?` `?` `#` `##` `%` `%%` (and the `:x` forms
  /// BuildKit rejects after reading the word).
  bool processModifier(std::string& out, const std::string& name, std::uint32_t begin, std::uint32_t nameBegin,
                       std::uint32_t opOffset, std::int32_t ch, const std::string& chs, bool nullIsUnset) {
    const bool patternWord = ch == '#' || ch == '%';
    if (nullIsUnset && patternWord)
      return fail("unsupported modifier (" + chs + ") in substitution", begin);
    std::string word;
    if (!processStopOn('}', patternWord, word, nullptr)) {
      if (scanner_.peek() == kEndOfText)
        return fail("syntax error: missing '}'", begin);
      return false;
    }

    std::string op = chs;
    if (patternWord && opOffset + 1 < word_.size() && word_[opOffset + 1] == static_cast<char>(ch))
      op += static_cast<char>(ch);
    const auto value = lookup(name, begin, nameBegin, true, std::move(op));
    if (!value && options_.skipUnsetEnv) {
      out = "${" + name + chs + word + "}";
      return true;
    }
    const bool set = value.has_value();
    const std::string_view current = value.value_or("");
    const bool unsetOrNull = !set || (nullIsUnset && current.empty());

    switch (ch) {
    case '-':
      out = unsetOrNull ? word : std::string(current);
      return true;
    case '+':
      out = unsetOrNull ? std::string() : word;
      return true;
    case '?':
      if (!set)
        return fail(name + ": " + (word.empty() ? "is not allowed to be unset" : word), begin);
      if (nullIsUnset && current.empty())
        return fail(name + ": " + (word.empty() ? "is not allowed to be empty" : word), begin);
      out = std::string(current);
      return true;
    case '#':
    case '%': {
      // `##` and `%%` are read from the expanded word, as BuildKit does.
      bool greedy = false;
      if (!word.empty() && word.front() == static_cast<char>(ch)) {
        greedy = true;
        word.erase(0, 1);
      }
      PatternResult result = ch == '%' ? trimSuffix(word, current, greedy) : trimPrefix(word, current, greedy);
      if (result.error)
        return fail(std::move(*result.error), begin);
      out = std::move(result.value);
      return true;
    }
    default:
      return fail("unsupported modifier (" + chs + ") in substitution", begin);
    }
  }

  /// `${name/pattern/replacement}` and `${name//pattern/replacement}`.
  bool processReplacement(std::string& out, const std::string& name, std::uint32_t begin, std::uint32_t nameBegin) {
    const bool replaceAll = scanner_.peek() == '/';
    if (replaceAll)
      scanner_.next();
    std::string pattern;
    if (!processStopOn('/', true, pattern, nullptr)) {
      if (scanner_.peek() == kEndOfText)
        return fail("syntax error: missing '/' in ${}", begin);
      return false;
    }
    std::string replacement;
    if (!processStopOn('}', true, replacement, nullptr)) {
      if (scanner_.peek() == kEndOfText)
        return fail("syntax error: missing '}'", begin);
      return false;
    }
    const auto value = lookup(name, begin, nameBegin, true, replaceAll ? "//" : "/");
    if (!value && options_.skipUnsetEnv) {
      out = "${" + name + "/" + pattern + "/" + replacement + "}"; // BuildKit writes one `/` for `//` too
      return true;
    }
    PatternResult result = replaceMatches(pattern, replacement, value.value_or(""), replaceAll);
    if (result.error)
      return fail(std::move(*result.error), begin);
    out = std::move(result.value);
    return true;
  }

  std::string_view word_;
  GoScanner scanner_;
  const Environment& env_;
  const ExpandOptions& options_;
  bool rawEscapes_;
  std::int32_t escape_;
  std::string wordsBuffer_;
  bool collectWords_ = true; ///< false for processWord, which discards the words
  unsigned dollarDepth_ = 0;
  ExpandError error_;
  std::vector<VariableReference> references_;
};

} // namespace

ExpandResult processWord(std::string_view word, const Environment& env, ExpandOptions options) {
  // Most words (image names, paths, user names) hold no `$`, quote, escape or non-ASCII byte:
  // the lexer would copy them character by character, so skip it.
  if (std::none_of(word.begin(), word.end(), [&](char c) {
        return c == '$' || c == '\'' || c == '"' || c == options.escape || static_cast<unsigned char>(c) >= 0x80;
      })) {
    ExpandResult result;
    result.value = std::string(word);
    return result;
  }
  Lexer lexer(word, env, options);
  ExpandResult result;
  if (!lexer.run(result.value, nullptr)) {
    result.value.clear();
    result.error = lexer.takeError();
  }
  result.references = lexer.takeReferences();
  return result;
}

WordsResult processWords(std::string_view word, const Environment& env, ExpandOptions options) {
  Lexer lexer(word, env, options);
  WordsResult result;
  std::string joined;
  if (!lexer.run(joined, &result.words)) {
    result.words.clear();
    result.error = lexer.takeError();
  }
  result.references = lexer.takeReferences();
  return result;
}

std::vector<std::string> unmatchedNames(const std::vector<VariableReference>& references) {
  std::vector<std::string> names;
  for (const VariableReference& ref : references)
    if (!ref.set && std::find(names.begin(), names.end(), ref.name) == names.end())
      names.push_back(ref.name);
  return names;
}

} // namespace dlint::expansion
