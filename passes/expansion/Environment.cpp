#include "passes/expansion/Environment.h"

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

void Environment::set(std::string_view name, std::string_view value) {
  values_.insert_or_assign(normalize(name), std::string(value));
}

void Environment::unset(std::string_view name) {
  if (auto it = values_.find(normalize(name)); it != values_.end())
    values_.erase(it);
}

std::optional<std::string_view> Environment::lookup(std::string_view name) const {
  auto it = caseInsensitiveKeys_ ? values_.find(normalize(name)) : values_.find(name);
  if (it == values_.end())
    return std::nullopt;
  return std::string_view(it->second);
}

} // namespace dlint::expansion
