#pragma once
// The variables a word is expanded against: BuildKit's EnvGetter. A variable set to "" is set;
// only a missing one is unset. Windows builds compare names case-insensitively.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dlint::expansion {

struct Environment {
public:
  /// `caseInsensitiveKeys` mirrors BuildKit on Windows (NormalizeEnvKey = strings.ToUpper).
  /// dlint folds ASCII letters only; other letters compare exactly.
  explicit Environment(bool caseInsensitiveKeys = false) : caseInsensitiveKeys_(caseInsensitiveKeys) {}

  /// BuildKit's EnvsFromSlice: "KEY=value" entries, a later key wins, "KEY" alone is set to "".
  static Environment fromList(const std::vector<std::string>& entries, bool caseInsensitiveKeys = false);

  void set(std::string_view name, std::string_view value);
  void unset(std::string_view name);
  /// The value, or nullopt when the variable is not set.
  std::optional<std::string_view> lookup(std::string_view name) const;

  bool caseInsensitiveKeys() const { return caseInsensitiveKeys_; }
  std::size_t size() const { return values_.size(); }

private:
  using Entry = std::pair<std::string, std::string>;
  std::string normalize(std::string_view name) const;
  /// The first entry whose key is not less than `key`.
  std::vector<Entry>::const_iterator lowerBound(std::string_view key) const;

  bool caseInsensitiveKeys_;
  // Sorted by key. Environments hold a few dozen variables and are built for every file, so a
  // flat vector beats a node-based map (one allocation per variable) on both set and lookup.
  std::vector<Entry> values_;
};

} // namespace dlint::expansion
