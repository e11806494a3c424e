#include "envfile/EnvFileFacts.h"

#include <algorithm>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <spawn.h>
#include <sstream>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "envfile/DockerIgnore.h"

extern char** environ;

namespace dlint::envfile {

namespace fs = std::filesystem;

namespace {

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
           return lower(x) == lower(y);
         });
}

bool endsWithIgnoringCase(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && equalsIgnoringCase(text.substr(text.size() - suffix.size()), suffix);
}

std::optional<std::string> readSmallFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string trimNewline(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
    text.pop_back();
  return text;
}

} // namespace

bool looksLikeDockerfileName(std::string_view name) {
  if (endsWithIgnoringCase(name, ".dockerignore"))
    return false;
  for (std::string_view base : {std::string_view("Dockerfile"), std::string_view("Containerfile")}) {
    if (name == base)
      return true;
    if (name.size() > base.size() + 1 && name.substr(0, base.size()) == base && name[base.size()] == '.')
      return true;
  }
  return name.size() > 11 && endsWithIgnoringCase(name, ".dockerfile");
}

std::optional<ProcessResult> runProcess(const std::vector<std::string>& argv) {
  int pipeFds[2];
  if (::pipe(pipeFds) != 0)
    return std::nullopt;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addclose(&actions, pipeFds[0]);
  posix_spawn_file_actions_addclose(&actions, pipeFds[1]);

  std::vector<char*> args;
  args.reserve(argv.size() + 1);
  for (const std::string& arg : argv)
    args.push_back(const_cast<char*>(arg.c_str())); // posix_spawn's signature; it does not write
  args.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = ::posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(pipeFds[1]);
  if (spawned != 0) {
    ::close(pipeFds[0]);
    return std::nullopt;
  }
  ProcessResult result;
  char buffer[4096];
  for (ssize_t n; (n = ::read(pipeFds[0], buffer, sizeof buffer)) != 0;) {
    if (n < 0) {
      if (errno == EINTR)
        continue;
      break;
    }
    result.output.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(pipeFds[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0)
    if (errno != EINTR)
      return std::nullopt;
  if (!WIFEXITED(status))
    return std::nullopt;
  result.exitCode = WEXITSTATUS(status);
  return result;
}

std::string EnvFileFacts::directory() const {
  fs::path parent = fs::path(*path_).parent_path();
  return parent.empty() ? std::string(".") : parent.string();
}

std::string EnvFileFacts::fileName() const { return fs::path(*path_).filename().string(); }

std::optional<unsigned> EnvFileFacts::mode() const {
  struct stat info {};
  if (!path_ || ::stat(path_->c_str(), &info) != 0)
    return std::nullopt;
  return static_cast<unsigned>(info.st_mode) & 07777u;
}

const std::optional<std::string>& EnvFileFacts::gitRoot() const {
  if (!gitRootKnown_ && path_) {
    gitRootKnown_ = true;
    auto result = runProcess({"git", "-C", directory(), "rev-parse", "--show-toplevel"});
    if (result && result->exitCode == 0 && !result->output.empty())
      gitRoot_ = trimNewline(result->output);
  }
  return gitRoot_;
}

std::optional<bool> EnvFileFacts::gitIgnored() const {
  if (!gitRoot())
    return std::nullopt;
  // Exit 0: ignored; 1: not ignored; anything else: git could not tell.
  auto result = runProcess({"git", "-C", directory(), "check-ignore", "-q", "--", fileName()});
  if (!result || (result->exitCode != 0 && result->exitCode != 1))
    return std::nullopt;
  return result->exitCode == 0;
}

bool EnvFileFacts::gitTracked() const {
  if (!gitRoot())
    return false;
  auto result = runProcess({"git", "-C", directory(), "ls-files", "--error-unmatch", "--", fileName()});
  return result && result->exitCode == 0;
}

std::optional<BuildContextFinding> EnvFileFacts::unexcludedBuildContext() const {
  if (!path_)
    return std::nullopt;
  std::error_code error;
  const fs::path file = fs::weakly_canonical(fs::absolute(*path_, error), error);
  if (error)
    return std::nullopt;
  std::optional<fs::path> top;
  if (gitRoot())
    top = fs::weakly_canonical(*gitRoot(), error);

  fs::path shown = fs::path(directory()); // folders as the user named them, for messages
  for (fs::path folder = file.parent_path();; folder = folder.parent_path(), shown /= "..") {
    std::vector<std::string> dockerfiles;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
      std::error_code statusError;
      const std::string name = it->path().filename().string();
      if (looksLikeDockerfileName(name) && it->is_regular_file(statusError))
        dockerfiles.push_back(name);
    }
    std::sort(dockerfiles.begin(), dockerfiles.end());
    const std::string relative = file.lexically_relative(folder).generic_string();
    for (const std::string& dockerfile : dockerfiles) {
      // BuildKit reads `<Dockerfile>.dockerignore` next to the Dockerfile in preference.
      std::optional<std::string> ignoreName;
      std::optional<std::string> ignoreText;
      for (const std::string& candidate : {dockerfile + ".dockerignore", std::string(".dockerignore")}) {
        if (auto text = readSmallFile(folder / candidate)) {
          ignoreName = candidate;
          ignoreText = std::move(text);
          break;
        }
      }
      if (ignoreText && DockerIgnore::parse(*ignoreText).excludes(relative))
        continue;
      std::string directory = shown.lexically_normal().string();
      while (directory.size() > 1 && directory.back() == '/')
        directory.pop_back(); // `a/b/..` normalises to `a/`
      return BuildContextFinding{directory, dockerfile, relative, ignoreName};
    }
    // Outside git only the file's own folder counts; inside, stop at the work tree's top.
    if (!top || folder == *top || folder == folder.parent_path())
      return std::nullopt;
    error.clear();
  }
}

} // namespace dlint::envfile
