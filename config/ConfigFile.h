#pragma once
// Reading one configuration file: dlint's own `.dlint.yaml`, or hadolint's `.hadolint.yaml`
// mapped onto dlint's settings (docs/configuration.md has both schemas and the mapping).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/Settings.h"

namespace dlint::config {

enum class ConfigKind { Dlint, Hadolint };

/// Hadolint's when the file name mentions hadolint (`.hadolint.yaml`, `ci.hadolint.yml`).
ConfigKind kindOfConfigFile(std::string_view path);

struct LoadResult {
  Settings settings;
  /// Warnings and notes, each formatted `FILE:LINE:COL: warning: ...` (or `note:`).
  std::vector<std::string> messages;
  /// The first error, formatted `FILE:LINE:COL: error: ...`; when set, `settings` is empty.
  std::optional<std::string> error;
};

/// Parses `text` (named `displayName` in messages) as a config file of `kind`.
LoadResult loadConfigText(std::string_view text, std::string_view displayName, ConfigKind kind);

/// Reads `path` and parses it as its name says (kindOfConfigFile).
LoadResult loadConfigFile(const std::string& path);

} // namespace dlint::config
