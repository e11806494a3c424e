#include <catch2/catch.hpp>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <map>
#include <string>

#include "diagnostics/Color.h"

using dlint::ColorMode;
using dlint::EnvironmentLookup;
using dlint::parseColorMode;
using dlint::shouldUseColor;

namespace {

EnvironmentLookup fakeEnvironment(std::map<std::string, std::string> variables) {
  return [variables = std::move(variables)](std::string_view name) -> std::optional<std::string> {
    auto it = variables.find(std::string(name));
    if (it == variables.end())
      return std::nullopt;
    return it->second;
  };
}

/// A pseudo-terminal, so "is a terminal" can be tested without a real one.
struct PseudoTerminal {
  int master = -1;
  int slave = -1;
  PseudoTerminal() {
    master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0)
      return;
    if (const char* name = ptsname(master))
      slave = open(name, O_RDWR | O_NOCTTY);
  }
  ~PseudoTerminal() {
    if (slave >= 0)
      close(slave);
    if (master >= 0)
      close(master);
  }
  PseudoTerminal(const PseudoTerminal&) = delete;
  PseudoTerminal& operator=(const PseudoTerminal&) = delete;
};

/// Both ends of a pipe: never a terminal.
struct Pipe {
  int fds[2] = {-1, -1};
  Pipe() { REQUIRE(pipe(fds) == 0); }
  ~Pipe() {
    close(fds[0]);
    close(fds[1]);
  }
  Pipe(const Pipe&) = delete;
  Pipe& operator=(const Pipe&) = delete;
};

} // namespace

TEST_CASE("color modes parse from the --color spellings only", "[text][color]") {
  CHECK(parseColorMode("auto") == ColorMode::Auto);
  CHECK(parseColorMode("always") == ColorMode::Always);
  CHECK(parseColorMode("never") == ColorMode::Never);
  CHECK_FALSE(parseColorMode("").has_value());
  CHECK_FALSE(parseColorMode("Always").has_value());
  CHECK_FALSE(parseColorMode("yes").has_value());
}

TEST_CASE("never and always ignore the environment and the file", "[text][color]") {
  Pipe pipe;
  auto noColor = fakeEnvironment({{"NO_COLOR", "1"}, {"TERM", "dumb"}});
  CHECK(shouldUseColor(ColorMode::Always, pipe.fds[1], noColor));
  CHECK(shouldUseColor(ColorMode::Always, pipe.fds[1], fakeEnvironment({})));
  CHECK_FALSE(shouldUseColor(ColorMode::Never, pipe.fds[1], fakeEnvironment({})));
}

TEST_CASE("auto colours a pipe never", "[text][color]") {
  Pipe pipe;
  CHECK_FALSE(shouldUseColor(ColorMode::Auto, pipe.fds[1], fakeEnvironment({{"TERM", "xterm"}})));
}

TEST_CASE("auto colours a terminal unless NO_COLOR or TERM=dumb say no", "[text][color]") {
  PseudoTerminal tty;
  if (tty.slave < 0) {
    WARN("skipped: no pseudo-terminal available here (posix_openpt failed)");
    return;
  }
  REQUIRE(isatty(tty.slave) == 1);
  CHECK(shouldUseColor(ColorMode::Auto, tty.slave, fakeEnvironment({{"TERM", "xterm-256color"}})));
  CHECK(shouldUseColor(ColorMode::Auto, tty.slave, fakeEnvironment({})));
  CHECK_FALSE(shouldUseColor(ColorMode::Auto, tty.slave, fakeEnvironment({{"NO_COLOR", "1"}})));
  CHECK_FALSE(shouldUseColor(ColorMode::Auto, tty.slave, fakeEnvironment({{"NO_COLOR", "0"}})));
  // no-color.org: an empty NO_COLOR does not count.
  CHECK(shouldUseColor(ColorMode::Auto, tty.slave, fakeEnvironment({{"NO_COLOR", ""}})));
  CHECK_FALSE(shouldUseColor(ColorMode::Auto, tty.slave, fakeEnvironment({{"TERM", "dumb"}})));
  CHECK(shouldUseColor(ColorMode::Always, tty.slave, fakeEnvironment({{"NO_COLOR", "1"}})));
  CHECK_FALSE(shouldUseColor(ColorMode::Never, tty.slave, fakeEnvironment({})));
}

TEST_CASE("the process environment is read through the default lookup", "[text][color]") {
  REQUIRE(setenv("DLINT_COLOR_TEST_VARIABLE", "set", 1) == 0);
  auto environment = dlint::processEnvironment();
  CHECK(environment("DLINT_COLOR_TEST_VARIABLE") == std::optional<std::string>("set"));
  REQUIRE(unsetenv("DLINT_COLOR_TEST_VARIABLE") == 0);
  CHECK_FALSE(environment("DLINT_COLOR_TEST_VARIABLE").has_value());
}
