#include "tools/dlint/FileSettings.h"

#include <filesystem>

#include "config/ConfigFile.h"

namespace dlint::cli {

bool FileSettings::adjust(Diagnostic& diagnostic) const {
  if (diagnostic.code.empty()) return true;
  auto override = levels.find(diagnostic.code);
  if (override == levels.end()) return true;
  if (!override->second) return false;
  diagnostic.level = *override->second;
  return true;
}

void applyEnvironmentFormat(Options& options, const config::EnvironmentSettings& environment) {
  // --dump-ast and --show-files print no report, so there is nothing to format.
  if (environment.format && options.outputs.empty() && !options.dumpAst && !options.showFiles)
    options.outputs.push_back({*environment.format, std::nullopt});
}

std::optional<std::string> SettingsResolver::configPathFor(const Input& input) {
  if (options_.noConfig) return std::nullopt;
  if (options_.configPath) return options_.configPath;
  if (environment_.noConfig) return std::nullopt;
  if (environment_.configPath) return environment_.configPath;
  // Standard input is found from the folder of --stdin-filename (the current one by default).
  const std::filesystem::path named(input.isStdin ? input.displayName : input.path);
  return locator_.configFor(named.parent_path());
}

const FileSettings* SettingsResolver::forInput(const Input& input, std::ostream& err) {
  return build(configPathFor(input), err);
}

const FileSettings* SettingsResolver::build(const std::optional<std::string>& configPath, std::ostream& err) {
  const std::string key = configPath.value_or("");
  if (broken_.count(key) != 0) return nullptr;
  if (auto known = byConfig_.find(key); known != byConfig_.end()) return known->second.get();

  config::Settings file;
  if (configPath) {
    config::LoadResult loaded = config::loadConfigFile(*configPath);
    for (const std::string& message : loaded.messages)
      err << message << "\n";
    if (loaded.error) {
      // A positioned error already reads `FILE:LINE:COL: error: ...`.
      err << (loaded.error->find(": error: ") == std::string::npos ? "dlint: error: " : "") << *loaded.error << "\n";
      broken_.insert(key);
      failed_ = true;
      return nullptr;
    }
    file = std::move(loaded.settings);
  }

  config::Settings commandLine;
  commandLine.select = options_.select;
  commandLine.ignore = options_.ignore;
  commandLine.enable = options_.enable;
  if (options_.failOnGiven) commandLine.failOn = options_.failOn;
  const config::Settings merged = config::merge(config::merge(environment_.settings, file), commandLine);

  auto settings = std::make_unique<FileSettings>(FileSettings{Selection(merged.select, merged.ignore, merged.enable),
                                                              config::failOnOf(merged), merged.levels,
                                                              config::ruleOptions(merged)});
  const FileSettings* result = settings.get();
  byConfig_.emplace(key, std::move(settings));
  return result;
}

} // namespace dlint::cli
