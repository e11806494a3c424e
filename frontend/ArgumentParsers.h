#pragma once
// Parsers for the pieces of an instruction's argument text, each driven by a grammar rule.
// All offsets are logical offsets into the instruction's LogicalText.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dlint::frontend {

struct LogicalSpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

/// A word with its logical span and its text as the parser keeps it.
struct SpannedText {
  LogicalSpan span;
  std::string text;
};

struct ExtractedFlag {
  LogicalSpan span;      ///< the raw `--name=value` word
  std::uint32_t valueBegin = 0; ///< raw offset just after the first `=`, if any
  std::string spelling;  ///< quotes removed, escapes applied: `--name=value`
};

struct FlagExtraction {
  std::vector<ExtractedFlag> flags;
  std::uint32_t restBegin = 0; ///< where the arguments start (before trimming)
};

/// BuildKit's extractBuilderFlags over `text[begin, end)`.
FlagExtraction extractFlags(std::string_view text, std::uint32_t begin, std::uint32_t end, char escape);

enum class ExecFormStatus { NotJson, NonStringElement, Ok };
struct ExecForm {
  ExecFormStatus status = ExecFormStatus::NotJson;
  std::vector<SpannedText> elements; ///< decoded strings, span = the string literal
  LogicalSpan offending;             ///< the first non-string element, for the error
};

/// BuildKit's parseJSON: the whole of `text[begin, end)` must be one JSON array.
ExecForm parseExecForm(std::string_view text, std::uint32_t begin, std::uint32_t end);

/// BuildKit's parseWords (ENV, LABEL, ARG): quotes and escapes are kept in the words.
std::vector<SpannedText> splitQuotedWords(std::string_view text, std::uint32_t begin,
                                          std::uint32_t end, char escape);

/// BuildKit's parseStringsWhitespaceDelimited: split on `[\t\v\f\r ]+`, no quote handling.
std::vector<SpannedText> splitPlainWords(std::string_view text, std::uint32_t begin, std::uint32_t end);

} // namespace dlint::frontend
