#include "secrets/generate/SecretFileWriter.h"

#include "secrets/generate/Charsets.h"
#include "secrets/generate/Csprng.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace dlint::secrets::generate {
namespace {

constexpr std::size_t kMaxNameLength = 200; // NAME.txt and the temporary name stay under 255 bytes
constexpr mode_t kDirectoryMode = 0700;
constexpr mode_t kFileMode = 0600;

[[noreturn]] void fail(std::string_view what, const std::string& path, int error) {
  throw SecretFileError(std::string(what) + " '" + path + "': " + std::strerror(error));
}

std::string joinPath(const std::string& directory, std::string_view fileName) {
  std::string path = directory;
  if (!path.empty() && path.back() != '/') path += '/';
  path += fileName;
  return path;
}

/// Owns a file descriptor.
class Fd {
public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(Fd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  Fd& operator=(Fd&&) = delete;
  int get() const { return fd_; }
  /// Closes now and reports close(2)'s error, which for a written file can be the write's.
  int closeChecked() {
    int result = ::close(fd_);
    fd_ = -1;
    return result;
  }

private:
  int fd_;
};

/// Removes the temporary file unless the write got as far as renaming it into place.
class TempFileGuard {
public:
  TempFileGuard(int directoryFd, std::string name)
      : directoryFd_(directoryFd), name_(std::move(name)) {}
  ~TempFileGuard() {
    if (armed_) ::unlinkat(directoryFd_, name_.c_str(), 0);
  }
  TempFileGuard(const TempFileGuard&) = delete;
  TempFileGuard& operator=(const TempFileGuard&) = delete;
  void release() { armed_ = false; }

private:
  int directoryFd_;
  std::string name_;
  bool armed_ = true;
};

/// Opens the directory, creating it 0700 when missing. The mode is set with fchmod after
/// mkdir because mkdir's mode is filtered by the umask (which could leave it 0500 or 0000).
Fd openOrCreateDirectory(const std::string& directory, bool& created) {
  created = false;
  if (::mkdir(directory.c_str(), kDirectoryMode) == 0)
    created = true;
  else if (errno != EEXIST)
    fail("cannot create directory", directory, errno);
  Fd fd(::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (fd.get() < 0) fail("cannot open directory", directory, errno);
  if (created && ::fchmod(fd.get(), kDirectoryMode) != 0)
    fail("cannot set the mode of directory", directory, errno);
  return fd;
}

/// Moves `from` to `to` inside the directory without replacing an existing `to`, atomically:
/// renameat2(RENAME_NOREPLACE) where the file system supports it, else link + unlink (link
/// fails with EEXIST on its own). Returns false when `to` exists.
bool renameNoReplace(int directoryFd, const std::string& from, const std::string& to,
                     const std::string& shownPath) {
  if (::renameat2(directoryFd, from.c_str(), directoryFd, to.c_str(), RENAME_NOREPLACE) == 0)
    return true;
  if (errno == EEXIST) return false;
  if (errno != EINVAL && errno != ENOSYS) fail("cannot create", shownPath, errno);
  if (::linkat(directoryFd, from.c_str(), directoryFd, to.c_str(), 0) != 0) {
    if (errno == EEXIST) return false;
    fail("cannot create", shownPath, errno);
  }
  ::unlinkat(directoryFd, from.c_str(), 0);
  return true;
}

} // namespace

std::optional<std::string> invalidSecretNameReason(std::string_view name) {
  if (name.empty()) return "a secret name cannot be empty";
  if (name.size() > kMaxNameLength)
    return "a secret name can have at most " + std::to_string(kMaxNameLength) + " characters";
  for (char c : name) {
    const bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                         (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (!allowed)
      return c == '/'
                 ? std::string("a secret name cannot contain '/'")
                 : std::string("a secret name can only contain letters, digits, '.', '_' and '-'");
  }
  if (name.front() == '.') return "a secret name cannot start with '.'";
  if (name.front() == '-') return "a secret name cannot start with '-'";
  if (name.find("..") != std::string_view::npos) return "a secret name cannot contain '..'";
  return std::nullopt;
}

std::string secretFileName(std::string_view name) {
  return std::string(name) + ".txt";
}

DirectoryState inspectSecretDirectory(const std::string& directory) {
  struct stat info {};
  if (::stat(directory.c_str(), &info) != 0) {
    if (errno == ENOENT) return {};
    fail("cannot examine directory", directory, errno);
  }
  if (!S_ISDIR(info.st_mode)) fail("cannot use directory", directory, ENOTDIR);
  return {true, static_cast<unsigned>(info.st_mode & 07777)};
}

bool secretFileExists(const std::string& directory, std::string_view fileName) {
  struct stat info {};
  const std::string path = joinPath(directory, fileName);
  if (::lstat(path.c_str(), &info) == 0) return true;
  if (errno == ENOENT) return false;
  fail("cannot examine", path, errno);
}

WriteResult writeSecretFile(const std::string& directory, std::string_view fileName,
                            std::string_view value, bool force) {
  WriteResult result;
  const std::string target(fileName);
  const std::string shownPath = joinPath(directory, fileName);
  Fd directoryFd = openOrCreateDirectory(directory, result.createdDirectory);

  // Cheap early refusal; the rename below re-checks atomically.
  struct stat existing {};
  const bool existed =
      ::fstatat(directoryFd.get(), target.c_str(), &existing, AT_SYMLINK_NOFOLLOW) == 0;
  if (existed && !force) {
    result.outcome = WriteOutcome::AlreadyExists;
    return result;
  }

  // A hidden temporary name with a random part: O_EXCL and O_NOFOLLOW make sure we create a
  // fresh file rather than write through something an attacker placed there.
  RandomStream random;
  std::string tempName;
  int rawFd = -1;
  for (int attempt = 0; attempt < 16 && rawFd < 0; ++attempt) {
    tempName =
        "." + target + ".tmp-" + randomString(12, charsetInfo(Charset::Alnum).alphabet, random);
    rawFd = ::openat(directoryFd.get(), tempName.c_str(),
                     O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, kFileMode);
    if (rawFd < 0 && errno != EEXIST) fail("cannot create a temporary file in", directory, errno);
  }
  if (rawFd < 0) fail("cannot create a temporary file in", directory, EEXIST);
  Fd fileFd(rawFd);
  TempFileGuard guard(directoryFd.get(), tempName);

  // The umask can only narrow the mode given to open; set it exactly.
  if (::fchmod(fileFd.get(), kFileMode) != 0) fail("cannot set the mode of", shownPath, errno);
  std::size_t written = 0;
  while (written < value.size()) {
    ssize_t n = ::write(fileFd.get(), value.data() + written, value.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("cannot write", shownPath, errno);
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fileFd.get()) != 0) fail("cannot flush", shownPath, errno);
  if (fileFd.closeChecked() != 0) fail("cannot write", shownPath, errno);

  if (force) {
    if (::renameat(directoryFd.get(), tempName.c_str(), directoryFd.get(), target.c_str()) != 0)
      fail("cannot replace", shownPath, errno);
    result.outcome = existed ? WriteOutcome::Replaced : WriteOutcome::Created;
  } else if (!renameNoReplace(directoryFd.get(), tempName, target, shownPath)) {
    result.outcome = WriteOutcome::AlreadyExists; // someone created it since the check above
    return result;                                // the guard removes the temporary file
  } else {
    result.outcome = WriteOutcome::Created;
  }
  guard.release();
  // Make the new directory entry itself durable.
  if (::fsync(directoryFd.get()) != 0) fail("cannot flush directory", directory, errno);
  return result;
}

} // namespace dlint::secrets::generate
