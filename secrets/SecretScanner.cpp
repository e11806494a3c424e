#include "secrets/SecretScanner.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <mutex>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>

#include <re2/re2.h>

#include "secrets/Entropy.h"
#include "secrets/Placeholders.h"
#include "secrets/SecretNames.h"

namespace dlint::secrets {

namespace {

// Latin-1: patterns see bytes, so a `[^\s"']` password may hold any UTF-8 (or invalid) byte,
// and RE2 does no UTF-8 decoding work.
RE2::Options regexOptions() {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingLatin1);
  options.set_log_errors(false);
  return options;
}

bool isAllOf(std::string_view text, bool (*predicate)(char)) {
  return std::all_of(text.begin(), text.end(), predicate);
}

bool isWordish(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '.' || c == '-';
}

bool isHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

/// 8-4-4-4-12 hex digits.
bool isUuid(std::string_view value) {
  if (value.size() != 36)
    return false;
  for (std::size_t i = 0; i < value.size(); ++i) {
    bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? value[i] != '-' : !isHex(value[i]))
      return false;
  }
  return true;
}

/// A PGP key ID or fingerprint as the official images write them (`GOSU_KEY=B42F...DD4`):
/// 16 or 40 upper-case hex digits under a name whose only credential word is `key`.
bool isKeyFingerprint(std::string_view name, std::string_view value) {
  if (value.size() != 16 && value.size() != 40)
    return false;
  if (!std::all_of(value.begin(), value.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'); }))
    return false;
  std::optional<std::string> word = credentialWord(name);
  return word && (*word == "key" || *word == "keys");
}

/// The Generic detector's own filters, on top of the entropy and placeholder checks.
bool keepGeneric(std::string_view name, std::string_view value) {
  if (nonSecretNameReason(name) || isKeyFingerprint(name, value))
    return false;
  // Identifiers and words (`my-secret-name`, `production.api`) hold no randomness to guard.
  if (isAllOf(value, isWordish))
    return false;
  if (value.front() == '/' || value.substr(0, 2) == "./" || value.substr(0, 2) == "~/" || value.substr(0, 3) == "../")
    return false;
  return !isUuid(value);
}

int rank(DetectorKind kind) { return static_cast<int>(kind); }

/// Where a detector's match can start, for patterns that can match a newline inside the match
/// (`\s`, `[\s\S]`, `[^{}]`, `\\\n` continuations). Every match of such a pattern starts at most
/// `lead` bytes before an occurrence (case-insensitive) of one of its anchors: its literal
/// prefix, or each alternative of a leading alternation. Such a detector runs anchored at those
/// starts only, instead of over the whole text: the anchors join the keyword automaton, so the
/// one keyword pass finds them. Every other pattern matches
/// a newline at most as its first byte (a leading `(?:^|[\s...])`) or its last (a trailing
/// `(?:[^...]|$)`), so it runs only on the lines that hold its keyword (see lineWindow).
struct Anchor {
  std::string_view text; ///< lower case
  std::size_t lead;      ///< how many bytes before the anchor a match may start
};
struct MultiLineDetector {
  std::string_view id;
  std::vector<Anchor> anchors;
};
const std::vector<MultiLineDetector>& multiLineDetectors() {
  static const std::vector<MultiLineDetector> all = {
      {"aws-secret-access-key", {{"aws", 0}}},                        // (?i)\baws
      {"gcp-service-account-key", {{"\"type", 1}}},                   // \\?"type
      {"private-key", {{"-----begin", 0}}},                           // -----BEGIN
      {"putty-private-key", {{"putty-user-key-file-", 0}}},           // PuTTY-User-Key-File-
      {"docker-config-auth", {{"\"auth", 1}}},                        // \\?"auth
      {"azure-storage-account-key", {{"accountkey", 0}}},             // (?i)AccountKey
      {"discord-bot-token", {{"discord", 0}}},                        // (?i)discord
      {"authorization-header", {{"authorization", 6}}},               // (?i)\b(?:Proxy-)?Authorization
      {"api-key-header",                                              // (?i)\b(?:X-API-Key|...|API-Key)
       {{"api-key", 2}, {"x-auth-token", 0}, {"x-api-token", 0}, {"private-token", 0}}},
      {"curl-user-password", {{"curl", 0}}},                          // (?i)\bcurl\b
      {"wget-password", {{"wget", 0}}},                               // (?i)\bwget\b
      {"docker-login-password",                                       // (?i)\b(?:docker|...|helm\s+registry)
       {{"docker", 0}, {"podman", 0}, {"buildah", 0}, {"helm", 0}}},
  };
  return all;
}

const MultiLineDetector* findMultiLine(std::string_view id) {
  for (const MultiLineDetector& detector : multiLineDetectors())
    if (detector.id == id)
      return &detector;
  return nullptr;
}

/// url-credentials' keyword is `://`, on most lines that hold a URL; its pattern needs, right
/// after the `://`, 1-200 bytes of `[^\s:/?#@'"\x60]`, a `:`, 1-200 bytes of `[^\s/?#@'"\x60]`
/// and an `@`. A hit not followed by that cannot be the `://` of a match, so its line need not
/// be searched (exact: only a necessary condition is checked).
bool urlCredentialsCanMatchAt(std::string_view text, std::size_t hit) {
  auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; };
  auto isStop = [](char c) { return c == '/' || c == '?' || c == '#' || c == '@' || c == '\'' || c == '"' || c == '`'; };
  std::size_t i = hit + 3;
  const std::size_t userBegin = i;
  while (i < text.size() && i - userBegin < 200 && !isSpace(text[i]) && !isStop(text[i]) && text[i] != ':')
    ++i;
  if (i == userBegin || i >= text.size() || text[i] != ':')
    return false;
  const std::size_t passwordBegin = ++i;
  while (i < text.size() && i - passwordBegin < 200 && !isSpace(text[i]) && !isStop(text[i]))
    ++i;
  return i > passwordBegin && i < text.size() && text[i] == '@';
}

/// The command-line detectors (curl-user-password, wget-password, docker-login-password) match
/// `TOOL`, then up to 300 units of `[^\n;|&]` or `\\\n`, then one `\s`, then an option. Their
/// match can start at a hit only if an option spelling (lower case; the patterns are (?i))
/// starts after a blank before the command ends: at a `;`, `|` or `&`, or a newline without a
/// backslash before it (which may still be the `\s` itself). Exact: a necessary condition.
/// Every spelling in `options` starts with `-`.
bool optionFollowsInCommand(std::string_view text, std::size_t hit, std::initializer_list<std::string_view> options) {
  auto isBlank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\v'; };
  auto startsOption = [&](std::size_t at) {
    for (std::string_view option : options) {
      if (at + option.size() > text.size())
        continue;
      bool same = true;
      for (std::size_t k = 0; k < option.size() && same; ++k) {
        char c = text[at + k];
        same = (c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) == option[k];
      }
      if (same)
        return true;
    }
    return false;
  };
  // 300 units of at most 2 bytes each, the blank, and the tool's own name (at most 6 bytes).
  const std::size_t limit = std::min(text.size(), hit + 6 + 2 * 300 + 1);
  for (std::size_t i = hit + 1; i < limit; ++i) {
    // Every option spelling starts with '-': test that byte before comparing spellings.
    if (text[i] == '-' && isBlank(text[i - 1]) && startsOption(i))
      return true;
    const char c = text[i];
    if (c == ';' || c == '|' || c == '&')
      return false;
    if (c == '\n' && text[i - 1] != '\\')
      return i + 1 < text.size() && startsOption(i + 1);
  }
  return false;
}

bool curlPasswordCanMatchAt(std::string_view text, std::size_t hit) {
  return optionFollowsInCommand(text, hit, {"-u", "--user"});
}
bool wgetPasswordCanMatchAt(std::string_view text, std::size_t hit) {
  return optionFollowsInCommand(text, hit, {"--password", "--http-password", "--ftp-password", "--proxy-password"});
}

/// generic-secret matches a NAME, an optional quote, blanks and an assignment operator (`=`, `:=`,
/// `:`, `=>`, `?=`, `||`), where NAME ends with a keyword and at most 20 `[\w.-]` bytes. The run of
/// `[\w.-]` bytes from the keyword at `hit` is then the rest of NAME: at most 30 bytes (the
/// longest keyword, "credential", is 10), and followed by that. Exact: a necessary condition.
bool genericAssignmentCanMatchAt(std::string_view text, std::size_t hit) {
  auto isNameByte = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
           c == '-';
  };
  std::size_t i = hit;
  while (i < text.size() && isNameByte(text[i]))
    ++i;
  if (i - hit > 30)
    return false;
  if (i < text.size() && (text[i] == '"' || text[i] == '\''))
    ++i;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t'))
    ++i;
  return i < text.size() && (text[i] == '=' || text[i] == ':' || text[i] == '?' || text[i] == '|');
}

/// Every keyword of every detector in one Aho-Corasick automaton over case-folded bytes: one
/// table lookup per byte of text, whatever the number of keywords. Bytes that occur in no
/// keyword share class 0, which keeps the table small.
class KeywordAutomaton {
public:
  struct Hit {
    std::size_t begin;   ///< the keyword's first byte in the text
    std::size_t keyword; ///< index into the keyword list
  };

  explicit KeywordAutomaton(const std::vector<std::string>& keywords) : lengths_(keywords.size()) {
    classOf_.fill(0);
    for (const std::string& keyword : keywords)
      for (char c : keyword) {
        auto byte = static_cast<unsigned char>(c);
        if (classOf_[byte] == 0)
          classOf_[byte] = ++classCount_;
      }
    ++classCount_; // class 0 included
    for (int byte = 'A'; byte <= 'Z'; ++byte)
      classOf_[static_cast<std::size_t>(byte)] = classOf_[static_cast<std::size_t>(byte - 'A' + 'a')];

    // The trie; -1 = no edge yet.
    std::vector<std::vector<int>> edges(1, std::vector<int>(classCount_, -1));
    std::vector<std::vector<std::size_t>> outputs(1);
    for (std::size_t k = 0; k < keywords.size(); ++k) {
      lengths_[k] = keywords[k].size();
      std::size_t state = 0;
      for (char c : keywords[k]) {
        std::size_t cls = classOf_[static_cast<unsigned char>(c)];
        if (edges[state][cls] < 0) {
          edges[state][cls] = static_cast<int>(edges.size());
          edges.emplace_back(classCount_, -1);
          outputs.emplace_back();
        }
        state = static_cast<std::size_t>(edges[state][cls]);
      }
      outputs[state].push_back(k);
    }
    // Breadth first: failure links, inherited outputs and the complete transition table.
    const std::size_t stateCount = edges.size();
    std::vector<std::size_t> fail(stateCount, 0);
    std::vector<std::size_t> queue;
    for (std::size_t cls = 0; cls < classCount_; ++cls) {
      if (edges[0][cls] < 0)
        edges[0][cls] = 0;
      else
        queue.push_back(static_cast<std::size_t>(edges[0][cls]));
    }
    for (std::size_t head = 0; head < queue.size(); ++head) {
      std::size_t state = queue[head];
      for (std::size_t k : outputs[fail[state]])
        outputs[state].push_back(k);
      for (std::size_t cls = 0; cls < classCount_; ++cls) {
        int& next = edges[state][cls];
        if (next < 0) {
          next = edges[fail[state]][cls];
        } else {
          fail[static_cast<std::size_t>(next)] = static_cast<std::size_t>(edges[fail[state]][cls]);
          queue.push_back(static_cast<std::size_t>(next));
        }
      }
    }
    // Entries hold the next state's row offset, shifted left once; bit 0 = it ends a keyword.
    table_.resize(stateCount * classCount_);
    outputStart_.assign(stateCount + 1, 0);
    for (std::size_t state = 0; state < stateCount; ++state) {
      for (std::size_t cls = 0; cls < classCount_; ++cls) {
        auto next = static_cast<std::size_t>(edges[state][cls]);
        table_[state * classCount_ + cls] =
            static_cast<std::uint32_t>((next * classCount_) << 1 | (outputs[next].empty() ? 0U : 1U));
      }
      outputStart_[state + 1] = outputStart_[state] + outputs[state].size();
      outputList_.insert(outputList_.end(), outputs[state].begin(), outputs[state].end());
    }
  }

  /// Calls `onHit(Hit)` for every occurrence of every keyword, in order of the keyword's end.
  template <class OnHit> void scan(std::string_view text, OnHit&& onHit) const {
    std::array<std::uint16_t, 256> classes;
    for (std::size_t byte = 0; byte < classes.size(); ++byte)
      classes[byte] = static_cast<std::uint16_t>(classOf_[byte]);
    const auto* const begin = reinterpret_cast<const unsigned char*>(text.data());
    const auto* const end = begin + text.size();
    std::uint32_t row = 0;
    for (const unsigned char* p = begin; p != end;) {
      p = advance(p, end, row, table_.data(), classes.data());
      if (p == nullptr)
        break;
      const std::size_t state = row / classCount_;
      const auto i = static_cast<std::size_t>(p - begin) - 1;
      for (std::size_t o = outputStart_[state]; o < outputStart_[state + 1]; ++o) {
        std::size_t keyword = outputList_[o];
        onHit(Hit{i + 1 - lengths_[keyword], keyword});
      }
    }
  }

private:
  /// The per-byte loop, on its own: with the hit handling inlined beside it the compiler kept
  /// the cursor, the row and the table in stack slots (17 instructions a byte; 6 here). Returns
  /// the position just past the byte that ends a keyword, or nullptr at the end of the text.
  [[gnu::noinline]] static const unsigned char* advance(const unsigned char* p, const unsigned char* end,
                                                        std::uint32_t& row, const std::uint32_t* table,
                                                        const std::uint16_t* classes) {
    std::uint32_t r = row;
    while (p != end) {
      const std::uint32_t entry = table[r + classes[*p++]];
      r = entry >> 1;
      if (__builtin_expect((entry & 1U) != 0, 0)) {
        row = r;
        return p;
      }
    }
    row = r;
    return nullptr;
  }

  std::array<std::size_t, 256> classOf_{};
  std::size_t classCount_ = 0;
  std::vector<std::size_t> lengths_;
  std::vector<std::uint32_t> table_;
  std::vector<std::size_t> outputStart_;
  std::vector<std::size_t> outputList_;
};

/// The window a line-local detector runs on for a keyword at `position`: the keyword's line
/// plus the newline before it and the one after it. Exact: such a pattern's every match holds
/// one of its keywords (each keyword is a piece of the pattern's literal prefix or
/// alternatives) and no newline but its first or last byte, so every match lies in the window
/// of a keyword it holds. RE2 matches the window with the whole text as context, so `\b`, `^`
/// and `$` see the same neighbours as in a whole-text scan.
ByteSpan lineWindow(std::string_view text, std::size_t position) {
  std::size_t before = position == 0 ? std::string_view::npos : text.rfind('\n', position - 1);
  std::size_t after = text.find('\n', position);
  return {before == std::string_view::npos ? 0 : before, after == std::string_view::npos ? text.size() : after + 1};
}

} // namespace

struct CompiledDetector {
  const Detector* detector = nullptr;
  const MultiLineDetector* multiLine = nullptr; ///< runs anchored at its anchors' starts
  /// A necessary condition on the text at a keyword hit for a match to hold that hit; hits
  /// that fail it open no window. Null: every hit does.
  bool (*hitFilter)(std::string_view text, std::size_t hit) = nullptr;
  /// Compiled on first use: most detectors' keywords never occur in a given run.
  mutable std::once_flag compileOnce;
  mutable std::unique_ptr<RE2> regex;
  mutable int secretGroup = 1;
  mutable int nameGroup = -1; ///< the Generic detector's key name, or -1

  const RE2& compiled() const {
    std::call_once(compileOnce, [this] {
      auto re = std::make_unique<RE2>(re2::StringPiece(detector->pattern.data(), detector->pattern.size()),
                                      regexOptions());
      if (!re->ok())
        throw std::logic_error("secret detector '" + std::string(detector->id) + "': " + re->error());
      const std::map<std::string, int>& named = re->NamedCapturingGroups();
      if (auto it = named.find("secret"); it != named.end())
        secretGroup = it->second;
      if (auto it = named.find("name"); it != named.end())
        nameGroup = it->second;
      if (re->NumberOfCapturingGroups() < secretGroup)
        throw std::logic_error("secret detector '" + std::string(detector->id) + "' has no secret group");
      regex = std::move(re);
    });
    return *regex;
  }
};

struct SecretScanner::Impl {
  std::vector<CompiledDetector> detectors;
  /// Distinct keywords, and the detectors each one enables.
  std::vector<std::string> keywords;
  std::vector<std::vector<std::size_t>> detectorsOfKeyword;
  /// For anchors of multi-line detectors: (detector index, lead) pairs.
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> anchorsOfKeyword;
  std::unique_ptr<KeywordAutomaton> automaton;
  bool wholeText = false;

  /// For each detector, the byte windows its regex must search (empty: it does not run), and
  /// when `starts` is given, for each multi-line detector the positions where a match may start
  /// (unsorted, with repeats).
  std::vector<std::vector<ByteSpan>> windows(std::string_view text,
                                             std::vector<std::vector<std::size_t>>* starts = nullptr) const;
  std::vector<std::size_t> candidates(std::string_view text) const;
  void runDetector(const CompiledDetector& compiled, std::string_view text, const std::vector<ByteSpan>& windows,
                   std::vector<std::size_t>& starts, std::vector<SecretMatch>& out, ScanStats* stats) const;
};

SecretScanner::SecretScanner(Windows windows) : impl_(std::make_unique<Impl>()) {
  impl_->wholeText = windows == Windows::WholeText;
  std::map<std::string, std::size_t, std::less<>> keywordIndex;
  const std::vector<Detector>& all = allDetectors();
  impl_->detectors = std::vector<CompiledDetector>(all.size());
  for (std::size_t i = 0; i < all.size(); ++i) {
    const Detector& detector = all[i];
    impl_->detectors[i].detector = &detector;
    impl_->detectors[i].multiLine = findMultiLine(detector.id);
    if (detector.id == "url-credentials")
      impl_->detectors[i].hitFilter = urlCredentialsCanMatchAt;
    else if (detector.id == "curl-user-password")
      impl_->detectors[i].hitFilter = curlPasswordCanMatchAt;
    else if (detector.id == "wget-password")
      impl_->detectors[i].hitFilter = wgetPasswordCanMatchAt;
    else if (detector.id == "generic-secret")
      impl_->detectors[i].hitFilter = genericAssignmentCanMatchAt;
    for (std::string_view keyword : detector.keywordList()) {
      auto [it, inserted] = keywordIndex.try_emplace(std::string(keyword), impl_->keywords.size());
      if (inserted) {
        impl_->keywords.emplace_back(keyword);
        impl_->detectorsOfKeyword.emplace_back();
      }
      impl_->detectorsOfKeyword[it->second].push_back(i);
    }
  }
  impl_->anchorsOfKeyword.resize(impl_->keywords.size());
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (!impl_->detectors[i].multiLine)
      continue;
    for (const Anchor& anchor : impl_->detectors[i].multiLine->anchors) {
      // An anchor that is no keyword is found by the same pass but enables no detector.
      auto [it, inserted] = keywordIndex.try_emplace(std::string(anchor.text), impl_->keywords.size());
      if (inserted) {
        impl_->keywords.emplace_back(anchor.text);
        impl_->detectorsOfKeyword.emplace_back();
        impl_->anchorsOfKeyword.emplace_back();
      }
      impl_->anchorsOfKeyword[it->second].emplace_back(i, anchor.lead);
    }
  }
  impl_->automaton = std::make_unique<KeywordAutomaton>(impl_->keywords);
}

SecretScanner::~SecretScanner() = default;

const SecretScanner& SecretScanner::instance() {
  static const SecretScanner scanner;
  return scanner;
}

std::vector<std::vector<ByteSpan>> SecretScanner::Impl::windows(std::string_view text,
                                                                 std::vector<std::vector<std::size_t>>* starts) const {
  std::vector<std::vector<ByteSpan>> out(detectors.size());
  if (starts)
    starts->assign(detectors.size(), {});
  ByteSpan line{1, 0}; // the last line window computed (empty at first)
  automaton->scan(text, [&](KeywordAutomaton::Hit hit) {
    if (starts)
      for (auto [index, lead] : anchorsOfKeyword[hit.keyword]) {
        if (!wholeText && detectors[index].hitFilter && !detectors[index].hitFilter(text, hit.begin))
          continue;
        for (std::size_t s = hit.begin - std::min(hit.begin, lead); s <= hit.begin; ++s)
          (*starts)[index].push_back(s);
      }
    if (detectorsOfKeyword[hit.keyword].empty())
      return;
    // Keywords hold no newline and hits come in order of their end, so lines come in order.
    if (hit.begin < line.begin || hit.begin >= line.end)
      line = lineWindow(text, hit.begin);
    for (std::size_t index : detectorsOfKeyword[hit.keyword]) {
      // Only when scanning: candidates() lists every detector whose keyword occurs.
      if (starts && !wholeText && detectors[index].hitFilter && !detectors[index].hitFilter(text, hit.begin))
        continue;
      std::vector<ByteSpan>& spans = out[index];
      ByteSpan window = detectors[index].multiLine != nullptr || wholeText ? ByteSpan{0, text.size()} : line;
      if (!spans.empty() && window.begin <= spans.back().end)
        spans.back().end = std::max(spans.back().end, window.end); // overlapping lines: one window
      else
        spans.push_back(window);
    }
  });
  return out;
}

std::vector<std::size_t> SecretScanner::Impl::candidates(std::string_view text) const {
  std::vector<std::size_t> out;
  std::vector<std::vector<ByteSpan>> spans = windows(text);
  for (std::size_t i = 0; i < spans.size(); ++i)
    if (!spans[i].empty())
      out.push_back(i);
  return out;
}

void SecretScanner::Impl::runDetector(const CompiledDetector& compiled, std::string_view text,
                                      const std::vector<ByteSpan>& windows, std::vector<std::size_t>& starts,
                                      std::vector<SecretMatch>& out, ScanStats* stats) const {
  const RE2& regex = compiled.compiled();
  const int groupCount = regex.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> groups(static_cast<std::size_t>(groupCount));
  const re2::StringPiece input(text.data(), text.size());
  auto offset = [&](const char* p) { return static_cast<std::size_t>(p - text.data()); };
  // Windows are disjoint and in order; `position` carries over from one to the next exactly as
  // in a scan of the whole text, so a match never starts inside an earlier one.
  std::size_t position = 0;
  // The match in `groups`: advance past it, filter it, keep it.
  auto accept = [&]() {
    const re2::StringPiece& whole = groups[0];
    const std::size_t wholeBegin = offset(whole.data());
    const std::size_t wholeEnd = wholeBegin + whole.size();
    position = wholeEnd > position ? wholeEnd : position + 1;
    const re2::StringPiece& secret = groups[static_cast<std::size_t>(compiled.secretGroup)];
    if (secret.data() == nullptr || secret.empty())
      return;
    if (stats)
      ++stats->rawMatches;
    std::string_view value(secret.data(), secret.size());
    const Detector& detector = *compiled.detector;
    if (detector.minEntropy > 0 && shannonEntropy(value) <= detector.minEntropy)
      return;
    if (isPlaceholder(value))
      return;
    if (compiled.nameGroup > 0) {
      const re2::StringPiece& name = groups[static_cast<std::size_t>(compiled.nameGroup)];
      if (!keepGeneric(std::string_view(name.data(), name.size()), value))
        return;
    }
    SecretMatch match;
    match.detector = &detector;
    match.secret = {offset(secret.data()), offset(secret.data()) + secret.size()};
    match.match = {wholeBegin, wholeEnd};
    out.push_back(match);
  };
  if (compiled.multiLine && !wholeText) {
    // The whole-text loop finds the leftmost match at or after `position`; under leftmost-first
    // semantics that is the anchored match at the first possible start that has one, and every
    // match starts at one of `starts`.
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    for (std::size_t start : starts) {
      if (start < position)
        continue;
      if (regex.Match(input, start, text.size(), RE2::ANCHOR_START, groups.data(), groupCount))
        accept();
    }
    return;
  }
  for (const ByteSpan& window : windows) {
    position = std::max(position, window.begin);
    while (position <= window.end &&
           regex.Match(input, position, window.end, RE2::UNANCHORED, groups.data(), groupCount))
      accept();
  }
}

std::vector<std::size_t> SecretScanner::candidates(std::string_view text) const { return impl_->candidates(text); }

std::vector<SecretMatch> SecretScanner::scan(std::string_view text, ScanStats* stats) const {
  std::vector<SecretMatch> found;
  std::vector<std::vector<std::size_t>> starts;
  const std::vector<std::vector<ByteSpan>> windows = impl_->windows(text, &starts);
  for (std::size_t index = 0; index < windows.size(); ++index) {
    if (windows[index].empty())
      continue;
    if (stats)
      ++stats->detectorsRun;
    impl_->runDetector(impl_->detectors[index], text, windows[index], starts[index], found, stats);
  }
  // Most specific first; then keep each match whose secret overlaps none kept before it.
  std::sort(found.begin(), found.end(), [](const SecretMatch& a, const SecretMatch& b) {
    if (a.detector->kind != b.detector->kind)
      return rank(a.detector->kind) > rank(b.detector->kind);
    if (a.secret.size() != b.secret.size())
      return a.secret.size() > b.secret.size();
    return a.secret.begin < b.secret.begin;
  });
  std::map<std::size_t, std::size_t> kept; // begin -> end of kept secrets, which never overlap
  std::vector<SecretMatch> out;
  for (const SecretMatch& match : found) {
    auto next = kept.lower_bound(match.secret.begin);
    if (next != kept.end() && next->first < match.secret.end)
      continue;
    if (next != kept.begin() && std::prev(next)->second > match.secret.begin)
      continue;
    kept.emplace(match.secret.begin, match.secret.end);
    out.push_back(match);
  }
  std::sort(out.begin(), out.end(), [](const SecretMatch& a, const SecretMatch& b) {
    return a.secret.begin != b.secret.begin ? a.secret.begin < b.secret.begin : a.secret.end < b.secret.end;
  });
  return out;
}

} // namespace dlint::secrets
