#include "config/ConfigFile.h"

#include <yaml-cpp/yaml.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <iterator>

#include "config/RuleKeys.h"

namespace dlint::config {

namespace {

/// A problem at a position in the file; thrown inside the loader, caught at its top.
struct PositionedError {
  YAML::Mark mark;
  std::string message;
};

std::string position(std::string_view file, const YAML::Mark& mark) {
  // yaml-cpp counts from 0; a mark of -1 means "no position" (an empty document).
  const int line = mark.line < 0 ? 1 : mark.line + 1;
  const int column = mark.column < 0 ? 1 : mark.column + 1;
  return std::string(file) + ":" + std::to_string(line) + ":" + std::to_string(column);
}

std::string typeName(const YAML::Node& node) {
  switch (node.Type()) {
  case YAML::NodeType::Null: return "nothing";
  case YAML::NodeType::Scalar: return "'" + node.Scalar() + "'";
  case YAML::NodeType::Sequence: return "a list";
  case YAML::NodeType::Map: return "a mapping";
  case YAML::NodeType::Undefined: break;
  }
  return "nothing";
}

[[noreturn]] void fail(const YAML::Node& node, std::string message) {
  throw PositionedError{node.Mark(), std::move(message)};
}

std::string scalar(const YAML::Node& node, std::string_view key, std::string_view expected) {
  if (!node.IsScalar())
    fail(node, "'" + std::string(key) + "' must be " + std::string(expected) + ", not " + typeName(node));
  return node.Scalar();
}

std::vector<std::string> stringList(const YAML::Node& node, std::string_view key) {
  std::vector<std::string> items;
  if (node.IsNull()) return items;
  if (!node.IsSequence()) fail(node, "'" + std::string(key) + "' must be a list of strings, not " + typeName(node));
  for (const YAML::Node& item : node)
    items.push_back(scalar(item, std::string(key) + "' item '", "a string"));
  return items;
}

bool boolean(const YAML::Node& node, std::string_view key) {
  bool value = false;
  if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value))
    fail(node, "'" + std::string(key) + "' must be true or false, not " + typeName(node));
  return value;
}

std::string with(std::string_view label, const std::string& value) {
  return std::string(label) + " '" + value + "'";
}

/// Builds Settings from a parsed document, keeping the warnings and notes it has to say.
class Reader {
public:
  explicit Reader(std::string_view file) : file_(file) {}

  void warn(const YAML::Node& node, const std::string& message) {
    result.messages.push_back(position(file_, node.Mark()) + ": warning: " + message);
  }
  void note(const YAML::Node& node, const std::string& message) {
    result.messages.push_back(position(file_, node.Mark()) + ": note: " + message);
  }

  void readDlint(const YAML::Node& root) {
    for (const auto& entry : root) {
      const YAML::Node& keyNode = entry.first;
      const YAML::Node& value = entry.second;
      const std::string key = scalar(keyNode, "key", "a string");
      if (key == "select")
        result.settings.select = patterns(value, key, false);
      else if (key == "ignore")
        result.settings.ignore = patterns(value, key, false);
      else if (key == "enable")
        result.settings.enable = patterns(value, key, true);
      else if (key == "fail-on")
        result.settings.failOn = failOn(value, key);
      else if (key == "rules")
        readRules(value);
      else if (key == "trusted-registries")
        result.settings.trustedRegistries = stringList(value, key);
      else if (key == "required-labels")
        readLabels(value, key);
      else if (key == "strict-labels")
        result.settings.strictLabels = boolean(value, key);
      else
        fail(keyNode, "unknown key '" + key +
                          "' (expected select, ignore, enable, fail-on, rules, trusted-registries, "
                          "required-labels or strict-labels)");
    }
  }

  void readHadolint(const YAML::Node& root) {
    for (const auto& entry : root) {
      const YAML::Node& keyNode = entry.first;
      const YAML::Node& value = entry.second;
      const std::string key = scalar(keyNode, "key", "a string");
      if (key == "ignored") {
        for (const std::string& code : stringList(value, key))
          if (hadolintCodeKnown(value, code)) result.settings.ignore.push_back(code);
      } else if (key == "override") {
        readOverride(value);
      } else if (key == "failure-threshold") {
        const std::string text = scalar(value, key, "a level");
        // hadolint's `none` and `ignore` thresholds fail on any finding.
        const std::string mapped = text == "none" || text == "ignore" ? "style" : text;
        auto level = parseFailOn(mapped);
        if (!level || text == "never")
          fail(value, with("invalid 'failure-threshold'", text) + " (expected error, warning, info, style, "
                                                                   "ignore or none)");
        result.settings.failOn = *level;
      } else if (key == "trustedRegistries") {
        result.settings.trustedRegistries = stringList(value, key);
      } else if (key == "label-schema") {
        readLabels(value, key);
      } else if (key == "strict-labels") {
        result.settings.strictLabels = boolean(value, key);
      } else if (key == "no-fail") {
        if (boolean(value, key)) result.settings.failOn = FailOn();
      } else if (key == "format" || key == "formats" || key == "no-color" || key == "verbose" ||
                 key == "disable-ignore-pragma") {
        note(keyNode, "hadolint's '" + key + "' has no equivalent in a config file; use dlint's command line");
      } else {
        warn(keyNode, "unknown hadolint key '" + key + "' is ignored");
      }
    }
  }

  LoadResult result;

private:
  std::vector<std::string> patterns(const YAML::Node& node, const std::string& key, bool exact) {
    std::vector<std::string> items;
    if (node.IsNull()) return items;
    if (!node.IsSequence()) fail(node, "'" + key + "' must be a list of rule codes, not " + typeName(node));
    for (const YAML::Node& item : node) {
      std::string pattern = scalar(item, key + "' item '", "a rule code");
      const bool known = exact ? !codesNamedBy(pattern).empty() : patternMatchesAnything(pattern);
      if (!known) fail(item, "unknown rule '" + pattern + "' in '" + key + "'" + didYouMean(suggestRuleKeys(pattern)));
      items.push_back(std::move(pattern));
    }
    return items;
  }

  FailOn failOn(const YAML::Node& node, const std::string& key) {
    const std::string text = scalar(node, key, "a level");
    auto level = parseFailOn(text);
    if (!level) fail(node, "invalid '" + key + "' value '" + text + "' (expected error, warning, info, style or never)");
    return *level;
  }

  void readRules(const YAML::Node& node) {
    if (node.IsNull()) return;
    if (!node.IsMap()) fail(node, "'rules' must be a mapping from rule codes to settings, not " + typeName(node));
    for (const auto& entry : node) {
      const std::string key = scalar(entry.first, "rules' key '", "a rule code");
      std::vector<std::string> codes = codesNamedBy(key);
      if (codes.empty()) fail(entry.first, "unknown rule '" + key + "' in 'rules'" + didYouMean(suggestRuleKeys(key)));
      const YAML::Node& body = entry.second;
      if (body.IsNull()) continue;
      if (!body.IsMap()) fail(body, "the settings of rule '" + key + "' must be a mapping (level, options), not " + typeName(body));
      for (const auto& setting : body) {
        const std::string name = scalar(setting.first, "key", "a string");
        if (name == "level") {
          const std::string text = scalar(setting.second, "level", "a level");
          auto level = parseRuleLevel(text);
          if (!level)
            fail(setting.second, "invalid level '" + text + "' for rule '" + key +
                                     "' (expected error, warning, info, style or off)");
          for (const std::string& code : codes)
            result.settings.levels[code] = *level;
        } else if (name == "options") {
          readOptions(setting.second, key, codes);
        } else {
          fail(setting.first, "unknown key '" + name + "' in rule '" + key + "' (expected level or options)");
        }
      }
    }
  }

  void readOptions(const YAML::Node& node, const std::string& rule, const std::vector<std::string>& codes) {
    if (node.IsNull()) return;
    if (!node.IsMap()) fail(node, "the options of rule '" + rule + "' must be a mapping, not " + typeName(node));
    for (const auto& option : node) {
      const std::string key = scalar(option.first, "option", "a string");
      std::vector<std::string> values;
      if (option.second.IsScalar())
        values.push_back(option.second.Scalar());
      else if (option.second.IsSequence())
        values = stringList(option.second, key);
      else if (!option.second.IsNull())
        fail(option.second, "option '" + key + "' of rule '" + rule + "' must be a string or a list of strings, not " +
                                typeName(option.second));
      for (const std::string& code : codes)
        result.settings.perRule[code][key] = values;
    }
  }

  void readLabels(const YAML::Node& node, const std::string& key) {
    if (node.IsNull()) return;
    if (!node.IsMap()) fail(node, "'" + key + "' must be a mapping from label names to types, not " + typeName(node));
    for (const auto& entry : node) {
      const std::string name = scalar(entry.first, "label name", "a string");
      const std::string type = scalar(entry.second, "label type", "a type");
      auto parsed = parseLabelType(type);
      if (!parsed)
        fail(entry.second, "invalid type '" + type + "' for label '" + name +
                               "' (expected text, url, semver, hash, rfc3339, spdx or email)");
      result.settings.requiredLabels.push_back({name, *parsed});
    }
  }

  void readOverride(const YAML::Node& node) {
    if (node.IsNull()) return;
    if (!node.IsMap()) fail(node, "'override' must be a mapping from levels to rule codes, not " + typeName(node));
    for (const auto& entry : node) {
      const std::string levelName = scalar(entry.first, "override' key '", "a level");
      auto level = parseRuleLevel(levelName);
      if (!level || !*level) {
        warn(entry.first, "unknown hadolint override level '" + levelName + "' is ignored");
        continue;
      }
      for (const std::string& code : stringList(entry.second, "override." + levelName)) {
        if (!hadolintCodeKnown(entry.second, code)) continue;
        for (const std::string& dlintCode : codesNamedBy(code))
          result.settings.levels[dlintCode] = *level;
      }
    }
  }

  /// SC codes and DL codes dlint has no rule for are dropped with a note.
  bool hadolintCodeKnown(const YAML::Node& node, const std::string& code) {
    if (code.rfind("SC", 0) == 0) {
      note(node, "'" + code + "' is a ShellCheck code; dlint does not run ShellCheck, so it is ignored");
      return false;
    }
    if (codesNamedBy(code).empty()) {
      note(node, "no dlint rule corresponds to '" + code + "'; it is ignored");
      return false;
    }
    return true;
  }

  std::string_view file_;
};

} // namespace

ConfigKind kindOfConfigFile(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  return name.find("hadolint") != std::string_view::npos ? ConfigKind::Hadolint : ConfigKind::Dlint;
}

LoadResult loadConfigText(std::string_view text, std::string_view displayName, ConfigKind kind) {
  Reader reader(displayName);
  try {
    const YAML::Node root = YAML::Load(std::string(text));
    if (root.IsMap()) {
      if (kind == ConfigKind::Dlint)
        reader.readDlint(root);
      else
        reader.readHadolint(root);
    } else if (!root.IsNull()) {
      fail(root, "a config file must be a mapping of keys, not " + typeName(root));
    }
  } catch (const PositionedError& error) {
    LoadResult failed;
    failed.messages = std::move(reader.result.messages);
    failed.error = position(displayName, error.mark) + ": error: " + error.message;
    return failed;
  } catch (const YAML::ParserException& error) {
    LoadResult failed;
    failed.error = position(displayName, error.mark) + ": error: invalid YAML: " + error.msg;
    return failed;
  } catch (const YAML::Exception& error) {
    LoadResult failed;
    failed.error = position(displayName, error.mark) + ": error: " + error.msg;
    return failed;
  }
  return std::move(reader.result);
}

LoadResult loadConfigFile(const std::string& path) {
  auto unreadable = [&](const std::string& reason) {
    LoadResult failed;
    failed.error = "cannot read config file '" + path + "': " + reason;
    return failed;
  };
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) return unreadable("it is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) return unreadable(std::strerror(errno));
  // Through rdbuf(), not istreambuf_iterator: GCC 12 -O2 sees a null streambuf in the latter.
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return unreadable(std::strerror(errno));
  return loadConfigText(text.str(), path, kindOfConfigFile(path));
}

} // namespace dlint::config
