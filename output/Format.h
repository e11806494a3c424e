#pragma once
// The output formats of --format, and where each one goes.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dlint::output {

enum class Format : std::uint8_t { Text, Json, Sarif, Github, Gnu, Checkstyle };

std::optional<Format> parseFormat(std::string_view name);
std::string_view formatName(Format format);
/// "text, json, sarif, github, gnu or checkstyle", for messages and help.
std::string_view formatNames();

/// One --format, with the -o FILE that followed it (none: standard output).
struct OutputRequest {
  Format format = Format::Text;
  std::optional<std::string> path;
};

} // namespace dlint::output
