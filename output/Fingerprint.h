#pragma once
// partialFingerprints for SARIF: a finding's identity that survives edits elsewhere in the
// file. It hashes the rule code and the finding's line(s) with blanks removed, and counts
// repeats of the same pair, but never uses the line number, so adding lines above a finding
// keeps its fingerprint and code scanning keeps tracking the same alert.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <tuple>

#include "diagnostics/SourceManager.h"

namespace dlint::output {

/// The SARIF partialFingerprints key dlint writes (not GitHub's primaryLocationLineHash, whose
/// exact algorithm upload-sarif computes itself; a private versioned key never conflicts).
inline constexpr std::string_view kFingerprintKey = "dlintFindingHash/v1";

/// The lines `range` touches, secrets masked, spaces, tabs and '\r' removed, joined by '\n'.
std::string normalisedFindingText(const SourceFile& file, SourceRange range);

/// 64-bit FNV-1a over `code`, a separator and `normalisedText`.
std::uint64_t findingHash(std::string_view code, std::string_view normalisedText);

/// Hands out "<16 hex digits>:<n>" values; n counts earlier findings of one file with the
/// same hash (0 for the first), so two identical lines get distinct, stable fingerprints.
class FingerprintCounter {
public:
  std::string next(std::string_view fileName, std::string_view code, const SourceFile& file, SourceRange range);

private:
  std::map<std::tuple<std::string, std::uint64_t>, unsigned> seen_;
};

} // namespace dlint::output
