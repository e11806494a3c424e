#include "config/Discovery.h"

namespace dlint::config {

namespace fs = std::filesystem;

namespace {

constexpr const char* kDlintNames[2] = {".dlint.yaml", ".dlint.yml"};
constexpr const char* kHadolintNames[2] = {".hadolint.yaml", ".hadolint.yml"};

bool isFile(const fs::path& path) {
  std::error_code error;
  return fs::is_regular_file(path, error);
}

std::string forDisplay(const fs::path& found) {
  std::error_code error;
  const fs::path current = fs::current_path(error);
  if (!error) {
    const fs::path relative = found.lexically_relative(current);
    if (!relative.empty() && *relative.begin() != "..") return relative.string();
  }
  return found.string();
}

} // namespace

std::optional<fs::path> ConfigLocator::nearest(const fs::path& start, const char* const names[2]) {
  for (fs::path directory = start;; directory = directory.parent_path()) {
    for (int i = 0; i < 2; ++i)
      if (isFile(directory / names[i])) return directory / names[i];
    std::error_code error;
    // The repository root is as far as a project's configuration reaches.
    if (fs::exists(directory / ".git", error) || directory == directory.parent_path()) return std::nullopt;
  }
}

std::optional<std::string> ConfigLocator::configFor(const fs::path& directory) {
  std::error_code error;
  fs::path start = fs::absolute(directory.empty() ? fs::path(".") : directory, error).lexically_normal();
  if (error) return std::nullopt;
  if (start.has_filename() == false && start != start.root_path()) start = start.parent_path();
  if (auto cached = cache_.find(start); cached != cache_.end()) return cached->second;
  std::optional<fs::path> found = nearest(start, kDlintNames);
  if (!found) found = nearest(start, kHadolintNames);
  std::optional<std::string> shown;
  if (found) shown = forDisplay(*found);
  cache_.emplace(start, shown);
  return shown;
}

} // namespace dlint::config
