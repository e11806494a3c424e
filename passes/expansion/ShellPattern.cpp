#include "passes/expansion/ShellPattern.h"

#include <algorithm>
#include <cstdint>

#include "passes/expansion/GoText.h"

namespace dlint::expansion {
namespace {

/// Go's Regexp.Expand for a regexp without groups: `$0` and `${0}` are the whole match,
/// `$$` is `$`, other well-formed `$name` / `${name}` are empty, a malformed `$` is literal.
std::string expandGoTemplate(std::string_view tmpl, std::string_view match) {
  std::string out;
  while (!tmpl.empty()) {
    const std::size_t dollar = tmpl.find('$');
    if (dollar == std::string_view::npos)
      break;
    out.append(tmpl.substr(0, dollar));
    tmpl.remove_prefix(dollar + 1);
    if (!tmpl.empty() && tmpl.front() == '$') {
      out.push_back('$');
      tmpl.remove_prefix(1);
      continue;
    }
    // regexp's extract(): an optional brace, then letters, digits and `_`.
    std::string_view rest = tmpl;
    const bool brace = !rest.empty() && rest.front() == '{';
    if (brace)
      rest.remove_prefix(1);
    std::size_t length = 0;
    while (length < rest.size()) {
      const DecodedRune d = decodeRune(rest, length);
      if (!goIsLetter(d.rune) && !goIsDigit(d.rune) && d.rune != '_')
        break;
      length += d.width;
    }
    if (length == 0 || (brace && (length >= rest.size() || rest[length] != '}'))) {
      out.push_back('$');
      continue;
    }
    const std::string_view name = rest.substr(0, length);
    tmpl = rest.substr(length + (brace ? 1 : 0));
    if (name == "0") // group 0; the pattern has no other groups and no names
      out.append(match);
  }
  out.append(tmpl);
  return out;
}

std::string encodeRunes(const std::vector<char32_t>& runes, std::size_t begin, std::size_t end) {
  std::string out;
  out.reserve(end - begin);
  for (std::size_t i = begin; i < end; ++i)
    appendRune(out, runes[i]);
  return out;
}

} // namespace

std::variant<ShellPattern, std::string> ShellPattern::compile(std::string_view pattern, bool greedy) {
  ShellPattern compiled;
  compiled.greedy_ = greedy;
  auto& tokens = compiled.tokens_;
  GoScanner s(pattern);
  for (std::int32_t tok = s.next(); tok != kEndOfText; tok = s.next()) {
    if (tok == '*') {
      if (tokens.empty() || tokens.back().kind != Kind::Star) // `**` matches what `*` matches
        tokens.push_back({Kind::Star, 0});
      continue;
    }
    if (tok == '?') {
      tokens.push_back({Kind::AnyRune, 0});
      continue;
    }
    if (tok == '\\') {
      // `\}` and `\/` are how a pattern spells `}` and `/`; the `\` is not part of it.
      if (s.peek() == '}' || s.peek() == '/')
        continue;
      tok = s.next();
      if (tok != '*' && tok != '?' && tok != '\\')
        return std::string("invalid escape '\\") + runeString(tok) + "'";
    }
    tokens.push_back({Kind::Literal, static_cast<char32_t>(tok)});
  }
  return compiled;
}

std::optional<ShellPattern::Span> ShellPattern::find(const std::vector<char32_t>& runes, std::size_t from,
                                                     bool anchored) const {
  // Pike VM. A thread is a token index (tokens_.size() is the match state) and the rune index
  // where it started. Lists are kept in priority order; a state is added at most once per
  // position, by the highest-priority thread that reaches it (Go's regexp NFA does the same).
  struct Thread {
    std::uint32_t state;
    std::size_t start;
  };
  const auto matchState = static_cast<std::uint32_t>(tokens_.size());
  std::vector<std::uint64_t> mark(tokens_.size() + 1, 0);
  std::uint64_t generation = 1;

  auto add = [&](std::vector<Thread>& list, std::uint32_t state, std::size_t start) {
    // A star is a split: keep consuming (greedy first) or go on; runs of stars were merged, so
    // this recurses at most once.
    auto addOne = [&](auto& self, std::uint32_t s) -> void {
      if (mark[s] == generation)
        return;
      mark[s] = generation;
      if (s < matchState && tokens_[s].kind == Kind::Star) {
        if (greedy_) {
          list.push_back({s, start});
          self(self, s + 1);
        } else {
          self(self, s + 1);
          list.push_back({s, start});
        }
        return;
      }
      list.push_back({s, start});
    };
    addOne(addOne, state);
  };

  std::vector<Thread> current;
  std::vector<Thread> next;
  std::optional<Span> found;
  const std::size_t n = runes.size();
  for (std::size_t pos = from;; ++pos) {
    if (!found && (!anchored || pos == from))
      add(current, 0, pos); // a new start has the lowest priority
    if (current.empty())
      break;
    ++generation;
    next.clear();
    for (const Thread& t : current) {
      if (t.state == matchState) {
        found = Span{t.start, pos};
        break; // lower-priority threads are cut
      }
      if (pos == n)
        continue;
      const Token& tok = tokens_[t.state];
      const char32_t c = runes[pos];
      const bool consumes = tok.kind == Kind::Literal ? c == tok.rune : c != U'\n';
      if (consumes)
        add(next, tok.kind == Kind::Star ? t.state : t.state + 1, t.start);
    }
    std::swap(current, next);
    if (pos == n)
      break;
  }
  return found;
}

std::string reversePattern(std::string_view pattern) {
  const std::vector<char32_t> runes = decodeRunes(pattern).runes;
  std::vector<char32_t> out(runes.size());
  const std::size_t count = runes.size();
  for (std::size_t i = 0; i < count;) {
    const std::size_t outIdx = count - 1 - i;
    if (runes[i] == '\\' && i + 1 != count) {
      out[outIdx - 1] = runes[i];
      out[outIdx] = runes[i + 1];
      i += 2;
    } else {
      out[outIdx] = runes[i];
      ++i;
    }
  }
  return encodeRunes(out, 0, out.size());
}

PatternResult trimPrefix(std::string_view pattern, std::string_view value, bool greedy) {
  auto compiled = ShellPattern::compile(pattern, greedy);
  if (auto* error = std::get_if<std::string>(&compiled))
    return {{}, "invalid pattern (" + std::string(pattern) + ") in substitution: " + *error};
  const RuneText text = decodeRunes(value);
  const auto match = std::get<ShellPattern>(compiled).find(text.runes, 0, true);
  if (!match)
    return {std::string(value), std::nullopt};
  return {std::string(value.substr(text.offsets[match->end])), std::nullopt};
}

PatternResult trimSuffix(std::string_view pattern, std::string_view value, bool greedy) {
  const std::string reversed = reversePattern(pattern);
  auto compiled = ShellPattern::compile(reversed, greedy);
  if (auto* error = std::get_if<std::string>(&compiled))
    return {{}, "invalid pattern (" + reversed + ") in substitution: " + *error};
  std::vector<char32_t> runes = decodeRunes(value).runes;
  std::reverse(runes.begin(), runes.end());
  const auto match = std::get<ShellPattern>(compiled).find(runes, 0, true);
  const std::size_t trimmed = match ? match->end : 0;
  std::reverse(runes.begin() + static_cast<std::ptrdiff_t>(trimmed), runes.end());
  return {encodeRunes(runes, trimmed, runes.size()), std::nullopt};
}

PatternResult replaceMatches(std::string_view pattern, std::string_view replacement, std::string_view value,
                             bool all) {
  auto compiled = ShellPattern::compile(pattern, true);
  if (auto* error = std::get_if<std::string>(&compiled))
    return {{}, "invalid pattern (" + std::string(pattern) + ") in substitution: " + *error};
  const ShellPattern& re = std::get<ShellPattern>(compiled);
  const RuneText text = decodeRunes(value);
  const auto byteAt = [&](std::size_t runeIndex) { return text.offsets[runeIndex]; };

  if (!all) {
    const auto match = re.find(text.runes, 0, false);
    if (!match)
      return {std::string(value), std::nullopt};
    std::string out(value.substr(0, byteAt(match->begin)));
    out.append(replacement);
    out.append(value.substr(byteAt(match->end)));
    return {std::move(out), std::nullopt};
  }

  // Go's Regexp.replaceAll: an empty match right after a match is not replaced, and the search
  // always advances by at least one rune.
  std::string out;
  const std::size_t n = text.runes.size();
  std::size_t lastMatchEnd = 0;
  std::size_t searchPos = 0;
  while (searchPos <= n) {
    const auto match = re.find(text.runes, searchPos, false);
    if (!match)
      break;
    out.append(value.substr(byteAt(lastMatchEnd), byteAt(match->begin) - byteAt(lastMatchEnd)));
    if (match->end > lastMatchEnd || match->begin == 0) {
      const std::string_view matched = value.substr(byteAt(match->begin), byteAt(match->end) - byteAt(match->begin));
      out.append(expandGoTemplate(replacement, matched));
    }
    lastMatchEnd = match->end;
    const std::size_t width = searchPos < n ? 1 : 0;
    if (searchPos + width > match->end)
      searchPos += width;
    else if (searchPos + 1 > match->end)
      ++searchPos;
    else
      searchPos = match->end;
  }
  out.append(value.substr(byteAt(lastMatchEnd)));
  return {std::move(out), std::nullopt};
}

} // namespace dlint::expansion
