#include "output/Fingerprint.h"

#include <fmt/format.h>

#include "diagnostics/Redaction.h"

namespace dlint::output {

std::string normalisedFindingText(const SourceFile& file, SourceRange range) {
  const std::uint32_t begin = std::min(range.begin, file.size());
  const std::uint32_t end = std::max(begin, std::min(range.end, file.size()));
  const std::uint32_t first = file.lineOf(begin);
  // A range that ends at the start of a line does not touch that line.
  std::uint32_t last = file.lineOf(end);
  if (end > begin && last > first && file.lineStart(last) == end) --last;
  std::string text;
  for (std::uint32_t line = first; line <= last; ++line) {
    if (line != first) text += '\n';
    for (char c : maskedLineText(file, line))
      if (c != ' ' && c != '\t' && c != '\r') text += c;
  }
  return text;
}

std::uint64_t findingHash(std::string_view code, std::string_view normalisedText) {
  std::uint64_t hash = 0xcbf29ce484222325ull;
  auto mix = [&hash](std::string_view bytes) {
    for (char c : bytes) {
      hash ^= static_cast<unsigned char>(c);
      hash *= 0x100000001b3ull;
    }
  };
  mix(code);
  mix(std::string_view("\0", 1));
  mix(normalisedText);
  return hash;
}

std::string FingerprintCounter::next(std::string_view fileName, std::string_view code, const SourceFile& file,
                                     SourceRange range) {
  const std::uint64_t hash = findingHash(code, normalisedFindingText(file, range));
  const unsigned occurrence = seen_[{std::string(fileName), hash}]++;
  return fmt::format("{:016x}:{}", hash, occurrence);
}

} // namespace dlint::output
