#include "envfile/DockerIgnore.h"

#include <cstdint>
#include <utility>

namespace dlint::envfile {

namespace {

enum class TokenKind : std::uint8_t {
  Literal, ///< one byte
  AnyRun,  ///< `*`: any bytes but `/`
  AnyChar, ///< `?`: one code point but `/`
  Class,   ///< `[...]`
  AnyDirs, ///< `**` before more pattern: nothing, or anything that ends with `/`
  AnyTail  ///< `**` at the end: anything
};

struct ClassRange {
  char32_t low, high;
};

struct Token {
  TokenKind kind = TokenKind::Literal;
  char byte = 0;
  bool negated = false;
  std::vector<ClassRange> ranges;
};

/// The code point at `text[i]` and its length in bytes (a malformed byte is itself, length 1).
std::pair<char32_t, std::size_t> decode(std::string_view text, std::size_t i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  if (i + length > text.size())
    return {lead, 1};
  char32_t value = length == 1 ? char32_t{lead} : static_cast<char32_t>(lead & (0x7Fu >> length));
  for (std::size_t k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(text[i + k]);
    if ((next & 0xC0) != 0x80)
      return {lead, 1};
    value = (value << 6) | (next & 0x3F);
  }
  return {value, length};
}

struct Compiled {
  std::vector<Token> tokens;
  bool wildcard = false; ///< anything but literals (escapes count, as in moby's compile)
  bool valid = true;
};

/// Reads `[...]` starting after the `[` at `i`; returns false when it is not closed or holds a
/// reversed range (Go's filepath.Match rejects both).
bool readClass(std::string_view p, std::size_t& i, Token& token) {
  token.kind = TokenKind::Class;
  if (i < p.size() && p[i] == '^') {
    token.negated = true;
    ++i;
  }
  bool first = true;
  auto readChar = [&](char32_t& out) {
    if (i < p.size() && p[i] == '\\')
      ++i;
    if (i >= p.size())
      return false;
    auto [value, length] = decode(p, i);
    out = value;
    i += length;
    return true;
  };
  while (i < p.size() && (p[i] != ']' || first)) {
    first = false;
    char32_t low = 0;
    if (!readChar(low))
      return false;
    char32_t high = low;
    if (i + 1 < p.size() && p[i] == '-' && p[i + 1] != ']') {
      ++i;
      if (!readChar(high) || high < low)
        return false;
    }
    token.ranges.push_back({low, high});
  }
  if (i >= p.size())
    return false;
  ++i; // the closing ']'
  return true;
}

Compiled compile(std::string_view p) {
  Compiled c;
  std::size_t i = 0;
  while (i < p.size()) {
    const char ch = p[i++];
    Token token;
    if (ch == '*') {
      c.wildcard = true;
      if (i < p.size() && p[i] == '*') {
        ++i;
        if (i < p.size() && p[i] == '/')
          ++i;
        token.kind = i == p.size() ? TokenKind::AnyTail : TokenKind::AnyDirs;
      } else {
        token.kind = TokenKind::AnyRun;
      }
    } else if (ch == '?') {
      c.wildcard = true;
      token.kind = TokenKind::AnyChar;
    } else if (ch == '[') {
      c.wildcard = true;
      if (!readClass(p, i, token))
        c.valid = false;
    } else if (ch == '\\') {
      c.wildcard = true;
      if (i == p.size()) { // Go's filepath.Match rejects a trailing backslash
        c.valid = false;
        token.byte = '\\';
      } else {
        token.byte = p[i++]; // the rest of a multi-byte character follows as literals
      }
    } else {
      token.byte = ch;
    }
    c.tokens.push_back(std::move(token));
  }
  return c;
}

bool inClass(const Token& token, char32_t value) {
  bool found = false;
  for (const ClassRange& range : token.ranges)
    if (value >= range.low && value <= range.high)
      found = true;
  return found != token.negated;
}

/// Memoised match of tokens[t..] against path[at..]: O(tokens x path) steps.
class Matcher {
public:
  Matcher(const std::vector<Token>& tokens, std::string_view path)
      : tokens_(tokens), path_(path), memo_((tokens.size() + 1) * (path.size() + 1), Unknown) {}

  bool run(std::size_t t, std::size_t at) {
    const std::size_t slot = t * (path_.size() + 1) + at;
    // A std::string, not a vector: GCC 12's -O2 -Wnull-dereference cannot prove a vector's
    // data non-null here, while a string's buffer never is.
    if (memo_[slot] == Unknown) {
      const char result = step(t, at) ? Yes : No;
      memo_[slot] = result;
    }
    return memo_[slot] == Yes;
  }

private:
  static constexpr char Unknown = 'u', No = 'n', Yes = 'y';

  bool step(std::size_t t, std::size_t at) {
    if (t == tokens_.size())
      return at == path_.size();
    const Token& token = tokens_[t];
    switch (token.kind) {
    case TokenKind::Literal:
      return at < path_.size() && path_[at] == token.byte && run(t + 1, at + 1);
    case TokenKind::AnyRun:
      for (std::size_t k = at;; ++k) {
        if (run(t + 1, k))
          return true;
        if (k == path_.size() || path_[k] == '/')
          return false;
      }
    case TokenKind::AnyChar:
    case TokenKind::Class: {
      if (at == path_.size() || path_[at] == '/')
        return token.kind == TokenKind::Class && at < path_.size() && inClass(token, U'/') &&
               run(t + 1, at + 1);
      auto [value, length] = decode(path_, at);
      if (token.kind == TokenKind::Class && !inClass(token, value))
        return false;
      return run(t + 1, at + length);
    }
    case TokenKind::AnyDirs:
      if (run(t + 1, at))
        return true;
      for (std::size_t k = at; k < path_.size(); ++k)
        if (path_[k] == '/' && run(t + 1, k + 1))
          return true;
      return false;
    case TokenKind::AnyTail:
      return true;
    }
    return false;
  }

  const std::vector<Token>& tokens_;
  std::string_view path_;
  std::string memo_;
};

std::string_view trimSpace(std::string_view s) {
  auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; };
  while (!s.empty() && isSpace(s.front()))
    s.remove_prefix(1);
  while (!s.empty() && isSpace(s.back()))
    s.remove_suffix(1);
  return s;
}

} // namespace

std::optional<bool> dockerIgnoreGlobMatch(std::string_view pattern, std::string_view path) {
  const Compiled compiled = compile(pattern);
  if (!compiled.valid)
    return std::nullopt;
  // moby: a pattern that starts with `**` and has no other wildcard is a suffix test.
  if (pattern.substr(0, 2) == "**") {
    std::string_view rest = pattern.substr(2);
    const Compiled tail = compile(rest.substr(0, 1) == "/" ? rest.substr(1) : rest);
    if (!tail.wildcard) {
      const bool endsWith = path.size() >= rest.size() && path.substr(path.size() - rest.size()) == rest;
      return endsWith || (!rest.empty() && rest.front() == '/' && path == rest.substr(1));
    }
  }
  return Matcher(compiled.tokens, path).run(0, 0);
}

std::string DockerIgnore::cleanPath(std::string_view path) {
  const bool rooted = !path.empty() && path.front() == '/';
  std::vector<std::string_view> parts;
  std::size_t i = 0;
  while (i <= path.size()) {
    std::size_t slash = path.find('/', i);
    if (slash == std::string_view::npos)
      slash = path.size();
    std::string_view part = path.substr(i, slash - i);
    if (part.empty() || part == ".") {
      // nothing
    } else if (part == "..") {
      if (!parts.empty() && parts.back() != "..")
        parts.pop_back();
      else if (!rooted)
        parts.push_back(part);
    } else {
      parts.push_back(part);
    }
    i = slash + 1;
  }
  std::string out = rooted ? "/" : "";
  for (std::size_t k = 0; k < parts.size(); ++k) {
    if (k > 0)
      out += '/';
    out += parts[k];
  }
  return out.empty() ? "." : out;
}

DockerIgnore::DockerIgnore(const std::vector<std::string>& patterns) {
  for (const std::string& raw : patterns) {
    std::string_view text = trimSpace(raw);
    if (text.empty())
      continue;
    Pattern pattern;
    std::string cleaned = cleanPath(text);
    if (cleaned.front() == '!') {
      pattern.exclusion = true;
      cleaned.erase(0, 1);
    }
    if (cleaned.empty() || !dockerIgnoreGlobMatch(cleaned, ".")) {
      invalid_.push_back(raw);
      continue;
    }
    pattern.text = std::move(cleaned);
    patterns_.push_back(std::move(pattern));
  }
}

DockerIgnore DockerIgnore::parse(std::string_view fileText) {
  std::vector<std::string> patterns;
  bool firstLine = true;
  while (!fileText.empty()) {
    std::size_t newline = fileText.find('\n');
    std::string_view line = fileText.substr(0, newline);
    fileText.remove_prefix(newline == std::string_view::npos ? fileText.size() : newline + 1);
    if (std::exchange(firstLine, false) && line.substr(0, 3) == "\xEF\xBB\xBF")
      line.remove_prefix(3);
    if (!line.empty() && line.front() == '#') // a comment only at the very start of the line
      continue;
    line = trimSpace(line);
    if (line.empty())
      continue;
    const bool invert = line.front() == '!';
    if (invert)
      line = trimSpace(line.substr(1));
    std::string pattern;
    if (!line.empty()) {
      pattern = cleanPath(line);
      if (pattern.size() > 1 && pattern.front() == '/') // relative to the context root
        pattern.erase(0, 1);
    }
    patterns.push_back(invert ? "!" + pattern : pattern);
  }
  return DockerIgnore(patterns);
}

bool DockerIgnore::matches(const Pattern& pattern, std::string_view path) {
  return dockerIgnoreGlobMatch(pattern.text, path).value_or(false);
}

bool DockerIgnore::excludes(std::string_view rawPath) const {
  const std::string path = cleanPath(rawPath);
  if (path == ".")
    return false;
  // The parent folders, shortest first: `a`, `a/b` for `a/b/c`.
  std::vector<std::string_view> parents;
  for (std::size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1))
    parents.push_back(std::string_view(path).substr(0, slash));
  bool excluded = false;
  for (const Pattern& pattern : patterns_) {
    if (pattern.exclusion != excluded)
      continue; // only an exclusion can change an excluded path, and vice versa
    bool match = matches(pattern, path);
    for (std::size_t k = 0; !match && k < parents.size(); ++k)
      match = matches(pattern, parents[k]);
    if (match)
      excluded = !pattern.exclusion;
  }
  return excluded;
}

} // namespace dlint::envfile
