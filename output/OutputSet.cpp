#include "output/OutputSet.h"

#include <cerrno>
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
  std::string temporary = path + ".dlint-XXXXXX";
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) return cannotWrite(path, errno);
  // mkstemp creates the file 0600; give it the mode any new file would get.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, static_cast<mode_t>(0666) & ~mask);
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int error = errno;
      ::close(fd);
      ::unlink(temporary.c_str());
      return cannotWrite(path, error);
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    const int error = errno;
    ::unlink(temporary.c_str());
    return cannotWrite(path, error);
  }
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    const int error = errno;
    ::unlink(temporary.c_str());
    return cannotWrite(path, error);
  }
  return std::nullopt;
}

} // namespace dlint::output
