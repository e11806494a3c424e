#include "passes/expansion/Environment.h"

#include <algorithm>

namespace dlint::expansion {

Environment Environment::fromList(const std::vector<std::string>& entries, bool caseInsensitiveKeys) {
  Environment env(caseInsensitiveKeys);
  for (const std::string& entry : entries) {
    const std::size_t eq = entry.find('=');
    if (eq == std::string::npos)
      env.set(entry, "");
    else
      env.set(std::string_view(entry).substr(0, eq), std::string_view(entry).substr(eq + 1));
  }
  return env;
}

std::string Environment::normalize(std::string_view name) const {
  std::string key(name);
  if (caseInsensitiveKeys_)
    for (char& c : key)
      if (c >= 'a' && c <= 'z')
        c = static_cast<char>(c - 'a' + 'A');
  return key;
}

std::vector<Environment::Entry>::const_iterator Environment::lowerBound(std::string_view key) const {
  return std::lower_bound(values_.begin(), values_.end(), key,
                          [](const Entry& entry, std::string_view k) { return std::string_view(entry.first) < k; });
}

void Environment::set(std::string_view name, std::string_view value) {
  std::string key = normalize(name);
  auto it = lowerBound(key);
  if (it != values_.end() && it->first == key) {
    values_[static_cast<std::size_t>(it - values_.begin())].second.assign(value);
    return;
  }
  values_.insert(it, Entry(std::move(key), std::string(value)));
}

void Environment::unset(std::string_view name) {
  const std::string key = normalize(name);
  if (auto it = lowerBound(key); it != values_.end() && it->first == key)
    values_.erase(it);
}

std::optional<std::string_view> Environment::lookup(std::string_view name) const {
  std::string folded;
  if (caseInsensitiveKeys_) {
    folded = normalize(name);
    name = folded;
  }
  auto it = lowerBound(name);
  if (it == values_.end() || it->first != name)
    return std::nullopt;
  return std::string_view(it->second);
}

} // namespace dlint::expansion
