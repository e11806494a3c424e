#include "tools/dlint/GitIgnoreCheck.h"

#include <cerrno>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <vector>

extern char** environ;

namespace dlint::cli {

std::optional<bool> isGitIgnored(const std::string& directory, const std::string& name) {
  posix_spawn_file_actions_t actions;
  if (posix_spawn_file_actions_init(&actions) != 0) return std::nullopt;
  for (int fd : {0, 1, 2})
    posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0);

  std::string program = "git", dashC = "-C", command = "check-ignore", quiet = "-q",
              endOfOptions = "--";
  std::string directoryArg = directory, nameArg = name;
  std::vector<char*> argv = {program.data(), dashC.data(), directoryArg.data(),
                             command.data(), quiet.data(), endOfOptions.data(),
                             nameArg.data(), nullptr};
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) return std::nullopt; // git is not installed

  int status = 0;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) return std::nullopt;
  if (!WIFEXITED(status)) return std::nullopt;
  // check-ignore: 0 ignored, 1 not ignored, 128 not a repository or another fatal error;
  // 127 is the shell convention for "could not run".
  switch (WEXITSTATUS(status)) {
  case 0:
    return true;
  case 1:
    return false;
  default:
    return std::nullopt;
  }
}

} // namespace dlint::cli
