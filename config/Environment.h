#pragma once
// The DLINT_* environment variables: the lowest layer of configuration, below the config file
// and the command line (docs/configuration.md).

#include <functional>
#include <optional>
#include <string>
#include <variant>

#include "config/Settings.h"
#include "output/Format.h"

namespace dlint::config {

struct EnvironmentSettings {
  Settings settings;                     ///< DLINT_SELECT, DLINT_IGNORE, DLINT_ENABLE, DLINT_FAIL_ON
  std::optional<std::string> configPath; ///< DLINT_CONFIG
  bool noConfig = false;                 ///< DLINT_NO_CONFIG
  std::optional<output::Format> format;  ///< DLINT_FORMAT
};

/// getenv, or a map in tests; returns nullptr for an unset variable.
using EnvironmentLookup = std::function<const char*(const char*)>;

/// The settings the variables give, or an error naming the variable (`invalid value 'x' in
/// DLINT_FAIL_ON ...`). Unset and empty variables are ignored.
std::variant<EnvironmentSettings, std::string> readEnvironment(const EnvironmentLookup& lookup);

} // namespace dlint::config
