#pragma once
// What each input is linted with: the DLINT_* variables, the config file that applies to it
// (given with --config, or discovered from its folder) and the command line, merged.

#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <set>
#include <string>

#include "config/Discovery.h"
#include "config/Environment.h"
#include "config/Settings.h"
#include "tools/dlint/Discovery.h"
#include "tools/dlint/Options.h"
#include "tools/dlint/Selection.h"

namespace dlint::cli {

struct FileSettings {
  Selection selection;
  config::FailOn failOn;
  config::StringMap<config::RuleLevel> levels; ///< per-rule level overrides
  passes::RuleOptions ruleOptions;

  /// Applies the level override of `diagnostic`'s rule; false when the rule is `off`.
  bool adjust(Diagnostic& diagnostic) const;
};

/// Applies DLINT_FORMAT (when no --format or -o was given) to the command line's options.
void applyEnvironmentFormat(Options& options, const config::EnvironmentSettings& environment);

class SettingsResolver {
public:
  SettingsResolver(const Options& options, config::EnvironmentSettings environment)
      : options_(options), environment_(std::move(environment)) {}

  /// The settings for `input`, or nullptr when its config file is invalid. Errors, warnings
  /// and notes about a config file go to `err`, once per file.
  const FileSettings* forInput(const Input& input, std::ostream& err);
  /// True after any config file was invalid (exit code 3).
  bool failed() const { return failed_; }

private:
  std::optional<std::string> configPathFor(const Input& input);
  const FileSettings* build(const std::optional<std::string>& configPath, std::ostream& err);

  const Options& options_;
  config::EnvironmentSettings environment_;
  config::ConfigLocator locator_;
  std::map<std::string, std::unique_ptr<FileSettings>> byConfig_; ///< "" for no config file
  std::set<std::string> broken_;
  bool failed_ = false;
};

} // namespace dlint::cli
