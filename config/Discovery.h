#pragma once
// Finding the config file that applies to a linted file: the nearest `.dlint.yaml` (or
// `.dlint.yml`) in its folder or a parent, up to the repository root (the nearest folder
// holding `.git`); with none, the nearest `.hadolint.yaml` / `.hadolint.yml` found the same way.

#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace dlint::config {

class ConfigLocator {
public:
  /// The config file for files in `directory` (relative to the current folder or absolute),
  /// shown relative to the current folder when it lies below it; nullopt when there is none.
  std::optional<std::string> configFor(const std::filesystem::path& directory);

private:
  std::optional<std::filesystem::path> nearest(const std::filesystem::path& start, const char* const names[2]);
  std::map<std::filesystem::path, std::optional<std::string>> cache_;
};

} // namespace dlint::config
