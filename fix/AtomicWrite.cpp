#include "fix/AtomicWrite.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace dlint::fix {
namespace {

std::string errnoText() { return std::strerror(errno); }

/// The whole file, or nullopt when it cannot be read.
std::optional<std::string> readAll(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  std::string bytes;
  char buffer[65536];
  for (;;) {
    const ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got < 0) {
      if (errno == EINTR) continue;
      ::close(fd);
      return std::nullopt;
    }
    if (got == 0) break;
    bytes.append(buffer, static_cast<std::size_t>(got));
  }
  ::close(fd);
  return bytes;
}

bool writeAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t wrote = ::write(fd, bytes.data(), bytes.size());
    if (wrote < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(wrote));
  }
  return true;
}

std::string directoryOf(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

} // namespace

std::optional<std::string> writeFileAtomically(const std::string& path, std::string_view expectedOld,
                                               std::string_view newText) {
  const std::string quoted = "'" + path + "'";
  // Replace the file a symbolic link points to, not the link.
  char resolved[PATH_MAX];
  if (::realpath(path.c_str(), resolved) == nullptr) return "cannot write " + quoted + ": " + errnoText();
  const std::string target = resolved;

  struct stat info {};
  if (::stat(target.c_str(), &info) != 0) return "cannot write " + quoted + ": " + errnoText();
  if (!S_ISREG(info.st_mode)) return "cannot write " + quoted + ": not a regular file";
  // Mode bits, not access(): root may write anything, but a file nobody may write was made
  // read-only on purpose.
  if ((info.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 || ::access(target.c_str(), W_OK) != 0)
    return quoted + " is read-only; not fixed";

  const std::optional<std::string> onDisk = readAll(target);
  if (!onDisk) return "cannot read " + quoted + " again before writing it: " + errnoText();
  if (*onDisk != expectedOld) return quoted + " changed on disk while dlint was fixing it; not written";

  const std::string directory = directoryOf(target);
  const std::string base = target.substr(target.rfind('/') + 1);
  std::string pattern = directory + "/." + base + ".dlint-XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  const int fd = ::mkstemp(name.data());
  if (fd < 0) return "cannot create a temporary file next to " + quoted + ": " + errnoText();
  const std::string temporary = name.data();

  auto fail = [&](const std::string& what) -> std::optional<std::string> {
    const std::string message = what + ": " + errnoText();
    ::close(fd);
    ::unlink(temporary.c_str());
    return message;
  };
  if (!writeAll(fd, newText)) return fail("cannot write the fixed " + quoted);
  if (::fchmod(fd, info.st_mode & 07777) != 0) return fail("cannot keep the mode of " + quoted);
  if (::geteuid() == 0 && ::fchown(fd, info.st_uid, info.st_gid) != 0)
    return fail("cannot keep the owner of " + quoted);
  if (::fsync(fd) != 0) return fail("cannot flush the fixed " + quoted);
  if (::close(fd) != 0) {
    const std::string message = "cannot write the fixed " + quoted + ": " + errnoText();
    ::unlink(temporary.c_str());
    return message;
  }
  // A last look, to narrow the window in which another writer's change would be lost.
  const std::optional<std::string> again = readAll(target);
  if (!again || *again != expectedOld) {
    ::unlink(temporary.c_str());
    return quoted + " changed on disk while dlint was fixing it; not written";
  }
  if (::rename(temporary.c_str(), target.c_str()) != 0) {
    const std::string message = "cannot replace " + quoted + ": " + errnoText();
    ::unlink(temporary.c_str());
    return message;
  }
  // Make the rename itself durable.
  const int dirFd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dirFd >= 0) {
    ::fsync(dirFd);
    ::close(dirFd);
  }
  return std::nullopt;
}

} // namespace dlint::fix
