#include "tools/dlint/InputReader.h"

#include "tools/dlint/Options.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dlint::cli {
namespace {

std::string cannotRead(const std::string& name, const std::string& why) {
  return "cannot read '" + name + "': " + why;
}

/// `actual` is the size when it is known before reading (a file), empty for a stream.
std::string tooLarge(const std::string& name, std::uint64_t limit, const std::string& actual) {
  return cannotRead(name, (actual.empty() ? "it is" : "it is " + actual + ",") + " over the " +
                              formatSize(limit) + " limit set by --max-file-size");
}

/// What a file of this type is called in a refusal.
std::string_view describeType(mode_t mode) {
  if (S_ISDIR(mode)) return "it is a directory";
  if (S_ISFIFO(mode)) return "it is a FIFO, not a regular file";
  if (S_ISSOCK(mode)) return "it is a socket, not a regular file";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "it is a device, not a regular file";
  return "it is not a regular file";
}

/// Closes the descriptor on every path out.
class FileDescriptor {
public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const { return fd_; }

private:
  int fd_;
};

/// Reads until end of file, but never more than `maxBytes + 1` bytes, so an input that grows
/// while it is read (or whose stat size is 0, as in /proc) still cannot exceed the limit.
ReadResult readAll(int fd, const std::string& name, std::uint64_t maxBytes) {
  std::string bytes;
  char buffer[1 << 16];
  while (true) {
    const ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got < 0) {
      if (errno == EINTR) continue;
      return ReadError{cannotRead(name, std::strerror(errno))};
    }
    if (got == 0) return bytes;
    bytes.append(buffer, static_cast<std::size_t>(got));
    if (bytes.size() > maxBytes) return ReadError{tooLarge(name, maxBytes, "")};
  }
}

} // namespace

ReadResult readInput(const Input& input, std::uint64_t maxBytes) {
  if (input.isStdin) return readAll(STDIN_FILENO, input.displayName, maxBytes);

  const std::string& name = input.displayName;
  // Look before opening: opening a FIFO for reading blocks until a writer appears, and opening
  // some devices has side effects.
  struct stat info {};
  if (::stat(input.path.c_str(), &info) != 0)
    return ReadError{cannotRead(name, std::strerror(errno))};
  if (!S_ISREG(info.st_mode))
    return ReadError{cannotRead(name, std::string(describeType(info.st_mode)))};
  if (static_cast<std::uint64_t>(info.st_size) > maxBytes)
    return ReadError{
        tooLarge(name, maxBytes, formatSize(static_cast<std::uint64_t>(info.st_size)))};

  // O_NONBLOCK: should the path be swapped for a FIFO after the check, open still returns.
  FileDescriptor fd(::open(input.path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
  if (fd.get() < 0) return ReadError{cannotRead(name, std::strerror(errno))};
  if (::fstat(fd.get(), &info) != 0) return ReadError{cannotRead(name, std::strerror(errno))};
  if (!S_ISREG(info.st_mode))
    return ReadError{cannotRead(name, std::string(describeType(info.st_mode)))};
  return readAll(fd.get(), name, maxBytes);
}

} // namespace dlint::cli
