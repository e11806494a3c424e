#include "output/Format.h"

#include <array>
#include <utility>

namespace dlint::output {

namespace {
constexpr std::array<std::pair<Format, std::string_view>, 6> kNames{{{Format::Text, "text"},
                                                                     {Format::Json, "json"},
                                                                     {Format::Sarif, "sarif"},
                                                                     {Format::Github, "github"},
                                                                     {Format::Gnu, "gnu"},
                                                                     {Format::Checkstyle, "checkstyle"}}};
} // namespace

std::optional<Format> parseFormat(std::string_view name) {
  for (const auto& [format, spelling] : kNames)
    if (spelling == name) return format;
  return std::nullopt;
}

std::string_view formatName(Format format) {
  for (const auto& [candidate, spelling] : kNames)
    if (candidate == format) return spelling;
  return "text";
}

std::string_view formatNames() { return "text, json, sarif, github, gnu or checkstyle"; }

} // namespace dlint::output
