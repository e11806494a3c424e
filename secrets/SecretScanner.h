#pragma once
// The secret scanner: every detector of Detectors.def over one text, in time linear in its
// size. RE2 only (no backtracking), and a keyword prefilter: one pass over the text finds which
// detectors' keywords occur, and only those detectors' regexes run. RE2 stays out of this
// header.

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include "secrets/Detector.h"

namespace dlint::secrets {

/// A half-open byte range [begin, end) into the scanned text.
struct ByteSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
  friend bool operator==(ByteSpan, ByteSpan) = default;
};

struct SecretMatch {
  const Detector* detector = nullptr;
  ByteSpan secret; ///< the secret value (the pattern's secret group)
  ByteSpan match;  ///< everything the pattern matched, keyword and context included

  std::string_view value(std::string_view text) const { return text.substr(secret.begin, secret.size()); }
};

/// What one scan cost, for tests and benchmarks.
struct ScanStats {
  std::size_t detectorsRun = 0; ///< detectors whose regex ran (their keyword occurs)
  std::size_t rawMatches = 0;   ///< regex matches before filtering and overlap resolution
};

class SecretScanner {
public:
  /// How far a detector's regex looks around its keyword hits.
  enum class Windows : unsigned char {
    Lines,    ///< the keyword's line for patterns that never span lines (the fast default)
    WholeText ///< the whole text for every detector whose keyword occurs (tests compare the two)
  };

  /// Compiles every detector lazily; use instance() instead outside tests.
  explicit SecretScanner(Windows windows = Windows::Lines);
  ~SecretScanner();
  SecretScanner(const SecretScanner&) = delete;
  SecretScanner& operator=(const SecretScanner&) = delete;

  /// The one scanner, compiled on first use.
  static const SecretScanner& instance();

  /// Every secret in `text`, ordered by position. Where matches overlap, the most specific
  /// wins: a Token detector over a Context one over the Generic one, then the longer secret.
  /// Dropped before that: secrets whose entropy does not exceed their detector's minimum,
  /// placeholders and references (isPlaceholder), and for the Generic detector excluded names
  /// (nonSecretNameReason), values made of letters and `_.-` only, paths, URLs and digests.
  std::vector<SecretMatch> scan(std::string_view text, ScanStats* stats = nullptr) const;

  /// Indices into allDetectors() of the detectors whose keywords occur in `text`
  /// (case-insensitively): the only ones scan() runs.
  std::vector<std::size_t> candidates(std::string_view text) const;

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace dlint::secrets
