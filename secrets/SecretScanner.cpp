#include "secrets/SecretScanner.h"

#include <algorithm>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>

#include <re2/re2.h>
#include <re2/set.h>

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

struct CompiledDetector {
  const Detector* detector = nullptr;
  std::unique_ptr<RE2> regex;
  int secretGroup = 1;
  int nameGroup = -1; ///< the Generic detector's key name, or -1
};

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

} // namespace

struct SecretScanner::Impl {
  std::vector<CompiledDetector> detectors;
  /// Distinct keywords, and the detectors each one enables.
  std::vector<std::string> keywords;
  std::vector<std::vector<std::size_t>> detectorsOfKeyword;
  std::unique_ptr<RE2::Set> keywordSet;

  std::vector<std::size_t> candidates(std::string_view text) const;
  void runDetector(const CompiledDetector& compiled, std::string_view text, std::vector<SecretMatch>& out,
                   ScanStats* stats) const;
};

SecretScanner::SecretScanner() : impl_(std::make_unique<Impl>()) {
  const RE2::Options options = regexOptions();
  RE2::Options keywordOptions = options;
  keywordOptions.set_case_sensitive(false);
  impl_->keywordSet = std::make_unique<RE2::Set>(keywordOptions, RE2::UNANCHORED);
  std::map<std::string, std::size_t, std::less<>> keywordIndex;

  const std::vector<Detector>& all = allDetectors();
  for (std::size_t i = 0; i < all.size(); ++i) {
    const Detector& detector = all[i];
    CompiledDetector compiled;
    compiled.detector = &detector;
    compiled.regex = std::make_unique<RE2>(re2::StringPiece(detector.pattern.data(), detector.pattern.size()), options);
    if (!compiled.regex->ok())
      throw std::logic_error("secret detector '" + std::string(detector.id) + "': " + compiled.regex->error());
    const std::map<std::string, int>& named = compiled.regex->NamedCapturingGroups();
    if (auto it = named.find("secret"); it != named.end())
      compiled.secretGroup = it->second;
    if (auto it = named.find("name"); it != named.end())
      compiled.nameGroup = it->second;
    if (compiled.regex->NumberOfCapturingGroups() < compiled.secretGroup)
      throw std::logic_error("secret detector '" + std::string(detector.id) + "' has no secret group");
    impl_->detectors.push_back(std::move(compiled));

    for (std::string_view keyword : detector.keywordList()) {
      auto [it, inserted] = keywordIndex.try_emplace(std::string(keyword), impl_->keywords.size());
      if (inserted) {
        impl_->keywords.emplace_back(keyword);
        impl_->detectorsOfKeyword.emplace_back();
        std::string quoted = RE2::QuoteMeta(re2::StringPiece(keyword.data(), keyword.size()));
        if (impl_->keywordSet->Add(quoted, nullptr) < 0)
          throw std::logic_error("secret keyword '" + std::string(keyword) + "' does not compile");
      }
      impl_->detectorsOfKeyword[it->second].push_back(i);
    }
  }
  if (!impl_->keywordSet->Compile())
    throw std::logic_error("the secret keyword set does not compile");
}

SecretScanner::~SecretScanner() = default;

const SecretScanner& SecretScanner::instance() {
  static const SecretScanner scanner;
  return scanner;
}

std::vector<std::size_t> SecretScanner::Impl::candidates(std::string_view text) const {
  std::vector<bool> enabled(detectors.size(), false);
  std::vector<int> hits;
  RE2::Set::ErrorInfo error{RE2::Set::kNoError};
  if (!keywordSet->Match(re2::StringPiece(text.data(), text.size()), &hits, &error) &&
      error.kind != RE2::Set::kNoError) {
    // The set's DFA ran out of memory: look for each keyword on its own (still linear, with a
    // larger constant). Keywords are lower case, so search a lower-cased copy.
    std::string folded(text);
    std::transform(folded.begin(), folded.end(), folded.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    hits.clear();
    for (std::size_t k = 0; k < keywords.size(); ++k)
      if (folded.find(keywords[k]) != std::string::npos)
        hits.push_back(static_cast<int>(k));
  }
  for (int hit : hits)
    for (std::size_t detector : detectorsOfKeyword[static_cast<std::size_t>(hit)])
      enabled[detector] = true;
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < enabled.size(); ++i)
    if (enabled[i])
      out.push_back(i);
  return out;
}

void SecretScanner::Impl::runDetector(const CompiledDetector& compiled, std::string_view text,
                                      std::vector<SecretMatch>& out, ScanStats* stats) const {
  const RE2& regex = *compiled.regex;
  const int groupCount = regex.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> groups(static_cast<std::size_t>(groupCount));
  const re2::StringPiece input(text.data(), text.size());
  auto offset = [&](const char* p) { return static_cast<std::size_t>(p - text.data()); };
  std::size_t position = 0;
  while (position <= text.size() &&
         regex.Match(input, position, text.size(), RE2::UNANCHORED, groups.data(), groupCount)) {
    const re2::StringPiece& whole = groups[0];
    const std::size_t wholeBegin = offset(whole.data());
    const std::size_t wholeEnd = wholeBegin + whole.size();
    position = wholeEnd > position ? wholeEnd : position + 1;
    const re2::StringPiece& secret = groups[static_cast<std::size_t>(compiled.secretGroup)];
    if (secret.data() == nullptr || secret.empty())
      continue;
    if (stats)
      ++stats->rawMatches;
    std::string_view value(secret.data(), secret.size());
    const Detector& detector = *compiled.detector;
    if (detector.minEntropy > 0 && shannonEntropy(value) <= detector.minEntropy)
      continue;
    if (isPlaceholder(value))
      continue;
    if (compiled.nameGroup > 0) {
      const re2::StringPiece& name = groups[static_cast<std::size_t>(compiled.nameGroup)];
      if (!keepGeneric(std::string_view(name.data(), name.size()), value))
        continue;
    }
    SecretMatch match;
    match.detector = &detector;
    match.secret = {offset(secret.data()), offset(secret.data()) + secret.size()};
    match.match = {wholeBegin, wholeEnd};
    out.push_back(match);
  }
}

std::vector<std::size_t> SecretScanner::candidates(std::string_view text) const { return impl_->candidates(text); }

std::vector<SecretMatch> SecretScanner::scan(std::string_view text, ScanStats* stats) const {
  std::vector<SecretMatch> found;
  for (std::size_t index : impl_->candidates(text)) {
    if (stats)
      ++stats->detectorsRun;
    impl_->runDetector(impl_->detectors[index], text, found, stats);
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
