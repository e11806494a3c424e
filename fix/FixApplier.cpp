#include "fix/FixApplier.h"

#include <algorithm>
#include <numeric>

namespace dlint::fix {
namespace {

/// Two edits conflict when they touch a common byte, or an insertion falls strictly inside a
/// replaced range (where it would land is ambiguous). Insertions at one offset, and an
/// insertion at the start or end of a replaced range, do not conflict.
bool conflicts(SourceRange a, SourceRange b) {
  if (a.empty() && b.empty()) return false;
  if (a.empty()) return b.begin < a.begin && a.begin < b.end;
  if (b.empty()) return a.begin < b.begin && b.begin < a.end;
  return a.begin < b.end && b.begin < a.end;
}

bool sameEdits(const FixIt& a, const FixIt& b) {
  if (a.edits.size() != b.edits.size()) return false;
  for (std::size_t i = 0; i < a.edits.size(); ++i)
    if (a.edits[i].range != b.edits[i].range || a.edits[i].replacement != b.edits[i].replacement) return false;
  return true;
}

/// Edits inside the text and not conflicting with one another.
bool wellFormed(const FixIt& fix, std::size_t textSize) {
  if (fix.edits.empty()) return false;
  for (std::size_t i = 0; i < fix.edits.size(); ++i) {
    const SourceRange range = fix.edits[i].range;
    if (range.begin > range.end || range.end > textSize) return false;
    for (std::size_t j = 0; j < i; ++j)
      if (conflicts(range, fix.edits[j].range) || (range.empty() && fix.edits[j].range == range)) return false;
  }
  return true;
}

std::uint32_t firstOffset(const FixIt& fix) {
  std::uint32_t first = UINT32_MAX;
  for (const FixItEdit& edit : fix.edits)
    first = std::min(first, edit.range.begin);
  return first;
}

} // namespace

bool isApplicable(const FixIt& fix, FixPolicy policy) {
  switch (fix.applicability) {
  case Applicability::Safe:
    return true;
  case Applicability::Unsafe:
    return policy.unsafeFixes;
  case Applicability::DisplayOnly:
    return false;
  }
  return false;
}

const FixIt* applicableFix(const Diagnostic& diagnostic, FixPolicy policy) {
  for (const FixIt& fix : diagnostic.fixes)
    if (isApplicable(fix, policy)) return &fix;
  return nullptr;
}

ApplyResult applyFixes(std::string_view text, const std::vector<const FixIt*>& fixes) {
  ApplyResult result;
  std::vector<std::size_t> order(fixes.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return firstOffset(*fixes[a]) < firstOffset(*fixes[b]); });

  struct Accepted {
    const FixItEdit* edit;
    std::size_t sequence; ///< acceptance order: keeps insertions at one offset in order
  };
  std::vector<const FixIt*> acceptedFixes;
  std::vector<Accepted> edits;
  for (std::size_t index : order) {
    const FixIt& fix = *fixes[index];
    if (!wellFormed(fix, text.size())) {
      ++result.invalid;
      continue;
    }
    if (std::any_of(acceptedFixes.begin(), acceptedFixes.end(), [&](const FixIt* kept) { return sameEdits(*kept, fix); })) {
      ++result.applied; // the same change asked for twice is made once
      continue;
    }
    const bool overlaps = std::any_of(fix.edits.begin(), fix.edits.end(), [&](const FixItEdit& edit) {
      return std::any_of(edits.begin(), edits.end(),
                         [&](const Accepted& kept) { return conflicts(edit.range, kept.edit->range); });
    });
    if (overlaps) {
      ++result.deferred;
      continue;
    }
    acceptedFixes.push_back(&fix);
    for (const FixItEdit& edit : fix.edits)
      edits.push_back({&edit, edits.size()});
    ++result.applied;
  }

  std::stable_sort(edits.begin(), edits.end(), [](const Accepted& a, const Accepted& b) {
    if (a.edit->range.begin != b.edit->range.begin) return a.edit->range.begin < b.edit->range.begin;
    // At one offset: insertions first (in acceptance order), then the one replacement.
    if (a.edit->range.empty() != b.edit->range.empty()) return a.edit->range.empty();
    return a.sequence < b.sequence;
  });
  std::string out;
  out.reserve(text.size() + 64);
  std::size_t cursor = 0;
  for (const Accepted& accepted : edits) {
    const SourceRange range = accepted.edit->range;
    out.append(text.substr(cursor, range.begin - cursor));
    out.append(accepted.edit->replacement);
    cursor = range.end;
  }
  out.append(text.substr(cursor));
  result.text = std::move(out);
  return result;
}

} // namespace dlint::fix
