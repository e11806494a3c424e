#include "tools/dlint/Discovery.h"

#include "tools/dlint/Options.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <optional>
#include <set>
#include <sys/stat.h>
#include <utility>

namespace dlint::cli {
namespace fs = std::filesystem;

namespace {

bool startsWith(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && text.substr(0, prefix.size()) == prefix;
}

bool endsWithIgnoringCase(std::string_view text, std::string_view suffix) {
  if (text.size() < suffix.size()) return false;
  return std::equal(suffix.begin(), suffix.end(),
                    text.end() - static_cast<std::ptrdiff_t>(suffix.size()), [](char a, char b) {
                      auto lower = [](char c) {
                        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
                      };
                      return lower(a) == lower(b);
                    });
}

/// `(device, inode)`: the identity of a file, so hard links, symlinks and a file named twice
/// are linted once.
using FileIdentity = std::pair<dev_t, ino_t>;

std::optional<FileIdentity> identityOf(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return std::nullopt;
  return FileIdentity{info.st_dev, info.st_ino};
}

class Walker {
public:
  explicit Walker(Discovery& result) : result_(result) {}

  void addFile(const std::string& path, const std::string& displayName, InputKind kind) {
    if (auto identity = identityOf(path); identity && !seenFiles_.insert(*identity).second) return;
    result_.inputs.push_back(Input{path, displayName, false, kind});
  }

  /// Finds every Dockerfile under `root`, then adds them sorted by their path below `root`,
  /// compared folder by folder, so the order never depends on the file system.
  void walk(const std::string& root) {
    struct Found {
      fs::path relative;
      fs::path path;
      InputKind kind;
    };
    std::vector<Found> found;
    std::size_t errorsBefore = result_.errors.size();
    std::vector<fs::path> pending{fs::path()}; // folders to visit, relative to root
    while (!pending.empty()) {
      const fs::path relative = std::move(pending.back());
      pending.pop_back();
      const fs::path directory = relative.empty() ? fs::path(root) : fs::path(root) / relative;
      if (auto identity = identityOf(directory.string());
          identity && !seenDirectories_.insert(*identity).second)
        continue; // already searched: a bind mount loop, or a folder named twice

      std::error_code error;
      for (fs::directory_iterator it(directory, error), end; !error && it != end;
           it.increment(error)) {
        const fs::directory_entry& entry = *it;
        const fs::path name = entry.path().filename();
        std::error_code statusError;
        if (entry.is_directory(statusError)) { // follows symlinks, so check for one next
          if (!entry.is_symlink(statusError) && !isSkippedDirectoryName(name.string()))
            pending.push_back(relative / name);
        } else if (isDockerfileName(name.string()) && entry.is_regular_file(statusError)) {
          found.push_back(Found{relative / name, entry.path(), InputKind::Dockerfile});
        } else if (isEnvFileName(name.string()) && !isEnvTemplateName(name.string()) &&
                   entry.is_regular_file(statusError)) {
          found.push_back(Found{relative / name, entry.path(), InputKind::EnvFile});
        }
      }
      if (error) {
        const std::string folder = displayName(root, relative);
        result_.errors.push_back({folder, "cannot read directory '" + folder + "': " + error.message()});
      }
    }
    std::sort(found.begin(), found.end(),
              [](const Found& a, const Found& b) { return a.relative < b.relative; });
    std::sort(result_.errors.begin() + static_cast<std::ptrdiff_t>(errorsBefore),
              result_.errors.end());
    for (const Found& file : found)
      addFile(file.path.string(), displayName(root, file.relative), file.kind);
    if (found.empty() && result_.errors.size() == errorsBefore)
      result_.warnings.push_back("no Dockerfile found in '" + root + "'");
  }

private:
  /// `root/relative` without `./` noise: `.` and `Dockerfile` give `Dockerfile`.
  static std::string displayName(const std::string& root, const fs::path& relative) {
    if (relative.empty()) return root;
    return (fs::path(root) / relative).lexically_normal().string();
  }

  Discovery& result_;
  std::set<FileIdentity> seenFiles_;
  std::set<FileIdentity> seenDirectories_;
};

} // namespace

bool isDockerfileName(std::string_view name) {
  if (endsWithIgnoringCase(name, ".dockerignore")) return false;
  for (std::string_view base :
       {std::string_view("Dockerfile"), std::string_view("Containerfile")}) {
    if (name == base) return true;
    if (startsWith(name, base) && name.size() > base.size() + 1 && name[base.size()] == '.')
      return true;
  }
  constexpr std::string_view suffix = ".dockerfile";
  return name.size() > suffix.size() && endsWithIgnoringCase(name, suffix);
}

bool isEnvFileName(std::string_view name) {
  if (name == ".env" || (startsWith(name, ".env.") && name.size() > 5)) return true;
  constexpr std::string_view suffix = ".env";
  return name.size() > suffix.size() && endsWithIgnoringCase(name, suffix);
}

bool isEnvTemplateName(std::string_view name) {
  for (std::string_view t : {".env.example", ".env.sample", ".env.template", ".env.tpl", ".env.dist",
                             ".env.defaults"})
    if (name.size() == t.size() && endsWithIgnoringCase(name, t)) return true;
  return false;
}

bool isComposeFileName(std::string_view name) {
  for (std::string_view base : {"compose", "docker-compose"})
    if (startsWith(name, base) && name.size() > base.size() && name[base.size()] == '.' &&
        (endsWithIgnoringCase(name, ".yml") || endsWithIgnoringCase(name, ".yaml")))
      return true;
  return false;
}

InputKind inputKindOf(std::string_view name) {
  return isEnvFileName(name) && !isDockerfileName(name) ? InputKind::EnvFile : InputKind::Dockerfile;
}

bool isSkippedDirectoryName(std::string_view name) {
  static constexpr std::array<std::string_view, 14> kSkipped = {
      ".git",         ".hg",
      ".svn",         ".bzr",
      "_darcs",       "CVS",
      ".jj",          ".pijul", // version control
      "node_modules", "bower_components",
      "vendor",       ".venv",
      "__pycache__",  ".terraform"};
  return std::find(kSkipped.begin(), kSkipped.end(), name) != kSkipped.end();
}

Discovery discoverInputs(const std::vector<std::string>& paths, const std::string& stdinName) {
  Discovery result;
  Walker walker(result);
  bool stdinSeen = false;
  for (const std::string& path : paths) {
    if (path == kStdinPath) {
      if (!std::exchange(stdinSeen, true))
        result.inputs.push_back(
            Input{path, stdinName, true, inputKindOf(fs::path(stdinName).filename().string())});
      continue;
    }
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode))
      walker.walk(path);
    else if (isComposeFileName(fs::path(path).filename().string()))
      // Read as a Dockerfile it would only produce nonsense; say so instead (exit code unchanged).
      result.warnings.push_back("'" + path + "' is a compose file, which dlint does not lint yet; skipped");
    else
      walker.addFile(path, path, inputKindOf(fs::path(path).filename().string()));
  }
  return result;
}

} // namespace dlint::cli
