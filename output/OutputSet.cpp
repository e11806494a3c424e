#include "output/OutputSet.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "output/Checkstyle.h"
#include "output/GithubAnnotations.h"
#include "output/GnuFormat.h"
#include "output/JsonReport.h"
#include "output/SarifConsumer.h"
#include "output/TextOutput.h"

namespace dlint::output {

namespace {

std::unique_ptr<ReportConsumer> makeConsumer(Format format, std::ostream& out, bool color) {
  switch (format) {
  case Format::Text:
    return std::make_unique<TextOutput>(out, TextOptions{color});
  case Format::Json:
    return std::make_unique<JsonReport>(out);
  case Format::Sarif:
    return std::make_unique<SarifConsumer>(out);
  case Format::Github:
    return std::make_unique<GithubAnnotations>(out);
  case Format::Gnu:
    return std::make_unique<GnuFormat>(out);
  case Format::Checkstyle:
    return std::make_unique<Checkstyle>(out);
  }
  return std::make_unique<TextOutput>(out, TextOptions{color});
}

std::string cannotWrite(const std::string& path, int error) {
  return "cannot write '" + path + "': " + std::strerror(error);
}

bool writeAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

/// `-o /dev/null`, `-o /dev/stdout`, a FIFO, `>(...)`: written in place. Renaming over them
/// would replace the device or pipe with a regular file (as root, for every later user), and
/// renaming over the file behind `/dev/stdout` would cut it off from the caller's descriptor.
std::optional<std::string> writeInPlace(const std::string& path, std::string_view bytes) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) return cannotWrite(path, errno);
  const bool ok = writeAll(fd, bytes);
  const int error = errno;
  if (::close(fd) != 0 && ok) return cannotWrite(path, errno);
  if (!ok) return cannotWrite(path, error);
  return std::nullopt;
}

/// Where a symbolic link that points at nothing yet would lead: `-o report.json` through a
/// dangling link creates the file it names, as `>` in a shell does, and keeps the link.
std::string danglingLinkTarget(std::string path) {
  for (int hop = 0; hop < 40; ++hop) { // the kernel's own limit on nested links
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0 || !S_ISLNK(info.st_mode)) return path;
    char link[PATH_MAX];
    const ssize_t length = ::readlink(path.c_str(), link, sizeof link);
    if (length <= 0 || static_cast<std::size_t>(length) == sizeof link) return path;
    std::string next(link, static_cast<std::size_t>(length));
    const std::size_t slash = path.rfind('/');
    if (next.front() != '/' && slash != std::string::npos) next = path.substr(0, slash + 1) + next;
    path = std::move(next);
  }
  return path;
}

} // namespace

OutputSet::OutputSet(const std::vector<OutputRequest>& requests, const std::optional<std::string>& reportPath,
                     std::ostream& standardOutput, bool stdoutColor) {
  for (const OutputRequest& request : requests)
    add(request.format, request.path, standardOutput, stdoutColor);
  if (reportPath) add(Format::Json, reportPath, standardOutput, false);
}

OutputSet::~OutputSet() = default;

void OutputSet::add(Format format, const std::optional<std::string>& path, std::ostream& standardOutput,
                    bool color) {
  Destination destination;
  destination.path = path;
  if (path) {
    destination.buffer = std::make_unique<std::ostringstream>();
    destination.consumer = makeConsumer(format, *destination.buffer, false);
  } else {
    destination.consumer = makeConsumer(format, standardOutput, color);
  }
  destinations_.push_back(std::move(destination));
}

void OutputSet::attach(DiagnosticsEngine& engine) {
  for (Destination& destination : destinations_)
    engine.addConsumer(*destination.consumer);
}

void OutputSet::inputFailed(std::string_view name, std::string_view message) {
  for (Destination& destination : destinations_)
    destination.consumer->inputFailed(name, message);
}

std::vector<std::string> OutputSet::commit() {
  std::vector<std::string> errors;
  for (Destination& destination : destinations_) {
    if (!destination.path) continue;
    if (std::optional<std::string> error = writeFileAtomically(*destination.path, destination.buffer->str()))
      errors.push_back(std::move(*error));
  }
  return errors;
}

std::optional<std::string> writeFileAtomically(const std::string& path, std::string_view bytes) {
  // What is there now, through any symbolic link: the link itself stays, its target is replaced.
  std::string target = path;
  struct stat existing {};
  const bool exists = ::stat(path.c_str(), &existing) == 0;
  if (exists) {
    if (S_ISDIR(existing.st_mode)) return cannotWrite(path, EISDIR);
    if (!S_ISREG(existing.st_mode) || path.rfind("/dev/", 0) == 0 || path.rfind("/proc/", 0) == 0)
      return writeInPlace(path, bytes);
    char resolved[PATH_MAX];
    if (::realpath(path.c_str(), resolved) == nullptr) return cannotWrite(path, errno);
    target = resolved;
  } else {
    target = danglingLinkTarget(path);
  }
  std::string temporary = target + ".dlint-XXXXXX";
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) return cannotWrite(path, errno);
  auto fail = [&](int error) {
    ::close(fd);
    ::unlink(temporary.c_str());
    return cannotWrite(path, error);
  };
  // mkstemp creates the file 0600: keep the mode (and, as root, the owner) of the file it
  // replaces, else give it the mode any new file would get.
  mode_t mode = existing.st_mode & 07777;
  if (!exists) {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    mode = static_cast<mode_t>(0666) & ~mask;
  }
  if (::fchmod(fd, mode) != 0) return fail(errno);
  if (exists && ::geteuid() == 0 && ::fchown(fd, existing.st_uid, existing.st_gid) != 0) return fail(errno);
  if (!writeAll(fd, bytes) || ::fsync(fd) != 0) return fail(errno);
  if (::close(fd) != 0) {
    const int error = errno;
    ::unlink(temporary.c_str());
    return cannotWrite(path, error);
  }
  if (::rename(temporary.c_str(), target.c_str()) != 0) {
    const int error = errno;
    ::unlink(temporary.c_str());
    return cannotWrite(path, error);
  }
  return std::nullopt;
}

} // namespace dlint::output
