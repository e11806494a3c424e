#include "fix/UnifiedDiff.h"

#include <algorithm>
#include <vector>

namespace dlint::fix {
namespace {

constexpr std::size_t kContext = 3;
/// Above this many cells the middle is shown as one replaced block rather than diffed
/// line by line: fixes touch few lines, so this only guards against pathological input.
constexpr std::size_t kMaxTableCells = 4'000'000;

/// Lines with their '\n' (the last one may have none).
std::vector<std::string_view> splitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t newline = text.find('\n', start);
    std::size_t end = newline == std::string_view::npos ? text.size() : newline + 1;
    lines.push_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

enum class Op : char { Keep = ' ', Remove = '-', Add = '+' };
struct Step {
  Op op;
  std::string_view line;
};

/// Longest-common-subsequence edit script of a[i..] against b[j..] (the differing middle).
void diffMiddle(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b, std::size_t aBegin,
                std::size_t aEnd, std::size_t bBegin, std::size_t bEnd, std::vector<Step>& steps) {
  const std::size_t n = aEnd - aBegin;
  const std::size_t m = bEnd - bBegin;
  if (n * m > kMaxTableCells) {
    for (std::size_t i = aBegin; i < aEnd; ++i)
      steps.push_back({Op::Remove, a[i]});
    for (std::size_t j = bBegin; j < bEnd; ++j)
      steps.push_back({Op::Add, b[j]});
    return;
  }
  // lcs[i][j]: LCS length of a[aBegin+i..aEnd) and b[bBegin+j..bEnd).
  std::vector<std::uint32_t> lcs((n + 1) * (m + 1), 0);
  auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return lcs[i * (m + 1) + j]; };
  for (std::size_t i = n; i-- > 0;)
    for (std::size_t j = m; j-- > 0;)
      at(i, j) = a[aBegin + i] == b[bBegin + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[aBegin + i] == b[bBegin + j]) {
      steps.push_back({Op::Keep, a[aBegin + i]});
      ++i;
      ++j;
    } else if (j < m && (i == n || at(i, j + 1) > at(i + 1, j))) {
      steps.push_back({Op::Add, b[bBegin + j++]});
    } else {
      steps.push_back({Op::Remove, a[aBegin + i++]});
    }
  }
}

void appendLine(std::string& out, char prefix, std::string_view line) {
  out += prefix;
  out.append(line);
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

std::string range(std::size_t start, std::size_t count) {
  // diff -u: a hunk with no lines on one side names the line before it.
  if (count == 0) return std::to_string(start == 0 ? 0 : start - 1) + ",0";
  if (count == 1) return std::to_string(start);
  return std::to_string(start) + "," + std::to_string(count);
}

} // namespace

std::string unifiedDiff(std::string_view name, std::string_view before, std::string_view after) {
  if (before == after) return {};
  const std::vector<std::string_view> a = splitLines(before);
  const std::vector<std::string_view> b = splitLines(after);
  std::size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
    ++prefix;
  std::size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
    ++suffix;

  std::vector<Step> steps;
  for (std::size_t i = 0; i < prefix; ++i)
    steps.push_back({Op::Keep, a[i]});
  diffMiddle(a, b, prefix, a.size() - suffix, prefix, b.size() - suffix, steps);
  for (std::size_t i = a.size() - suffix; i < a.size(); ++i)
    steps.push_back({Op::Keep, a[i]});

  std::string out = "--- " + std::string(name) + "\n+++ " + std::string(name) + "\n";
  std::size_t index = 0;
  std::size_t aLine = 1; // 1-based line numbers of steps[index]
  std::size_t bLine = 1;
  while (index < steps.size()) {
    // Find the next change, then grow the hunk while changes are within 2*context lines.
    std::size_t change = index;
    std::size_t aAt = aLine;
    std::size_t bAt = bLine;
    while (change < steps.size() && steps[change].op == Op::Keep) {
      ++change;
      ++aAt;
      ++bAt;
    }
    if (change == steps.size()) break;
    const std::size_t lead = std::min(kContext, change - index);
    std::size_t start = change - lead;
    std::size_t hunkA = aAt - lead;
    std::size_t hunkB = bAt - lead;
    std::size_t end = change;
    std::size_t lastChange = change;
    while (end < steps.size()) {
      if (steps[end].op != Op::Keep) {
        lastChange = end;
        ++end;
        continue;
      }
      if (end - lastChange > 2 * kContext) break;
      ++end;
    }
    end = std::min(steps.size(), lastChange + 1 + kContext);
    std::size_t countA = 0;
    std::size_t countB = 0;
    for (std::size_t k = start; k < end; ++k) {
      if (steps[k].op != Op::Add) ++countA;
      if (steps[k].op != Op::Remove) ++countB;
    }
    out += "@@ -" + range(hunkA, countA) + " +" + range(hunkB, countB) + " @@\n";
    for (std::size_t k = start; k < end; ++k)
      appendLine(out, static_cast<char>(steps[k].op), steps[k].line);
    aLine = hunkA + countA;
    bLine = hunkB + countB;
    index = end;
  }
  return out;
}

} // namespace dlint::fix
