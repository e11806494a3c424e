// Atomic writes of fixed files: content, mode, no temporary left, and refusals.
#include <catch2/catch.hpp>

#include "fix/AtomicWrite.h"

#include <dirent.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace {

/// A fresh empty folder under /tmp, removed with its files at the end of the test.
struct TempDir {
  TempDir() {
    char pattern[] = "/tmp/dlint-fix-test-XXXXXX";
    REQUIRE(::mkdtemp(pattern) != nullptr);
    path = pattern;
  }
  ~TempDir() {
    for (const std::string& name : entries())
      ::unlink((path + "/" + name).c_str());
    ::rmdir(path.c_str());
  }
  std::vector<std::string> entries() const {
    std::vector<std::string> names;
    if (DIR* dir = ::opendir(path.c_str())) {
      while (dirent* entry = ::readdir(dir)) {
        const std::string name = entry->d_name;
        if (name != "." && name != "..") names.push_back(name);
      }
      ::closedir(dir);
    }
    return names;
  }
  std::string path;
};

void writeFile(const std::string& path, const std::string& text, mode_t mode) {
  std::ofstream(path, std::ios::binary) << text;
  REQUIRE(::chmod(path.c_str(), mode) == 0);
}

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

mode_t modeOf(const std::string& path) {
  struct stat info {};
  REQUIRE(::stat(path.c_str(), &info) == 0);
  return info.st_mode & 07777;
}

} // namespace

TEST_CASE("a fixed file is replaced whole, keeps its mode and leaves no temporary", "[fix]") {
  TempDir dir;
  const std::string file = dir.path + "/Dockerfile";
  writeFile(file, "RUN apk add curl\n", 0640);
  CHECK_FALSE(dlint::fix::writeFileAtomically(file, "RUN apk add curl\n", "RUN apk add --no-cache curl\n"));
  CHECK(readFile(file) == "RUN apk add --no-cache curl\n");
  CHECK(modeOf(file) == 0640);
  CHECK(dir.entries() == std::vector<std::string>{"Dockerfile"});

  writeFile(file, "x\n", 0755);
  CHECK_FALSE(dlint::fix::writeFileAtomically(file, "x\n", "y\n"));
  CHECK(modeOf(file) == 0755);
}

TEST_CASE("a file changed on disk since it was read is not written", "[fix]") {
  TempDir dir;
  const std::string file = dir.path + "/Dockerfile";
  writeFile(file, "FROM alpine:3.20\n", 0644);
  const auto error = dlint::fix::writeFileAtomically(file, "FROM alpine\n", "FROM alpine:3.19\n");
  REQUIRE(error);
  CHECK_THAT(*error, Catch::Contains("changed on disk"));
  CHECK(readFile(file) == "FROM alpine:3.20\n");
  CHECK(dir.entries().size() == 1);
}

TEST_CASE("a read-only file is not written, even by root", "[fix]") {
  TempDir dir;
  const std::string file = dir.path + "/Dockerfile";
  writeFile(file, "a\n", 0444);
  const auto error = dlint::fix::writeFileAtomically(file, "a\n", "b\n");
  REQUIRE(error);
  CHECK_THAT(*error, Catch::Contains("read-only"));
  CHECK(readFile(file) == "a\n");
  ::chmod(file.c_str(), 0644);
}

TEST_CASE("a symbolic link is followed and kept", "[fix]") {
  TempDir dir;
  const std::string target = dir.path + "/real.Dockerfile";
  const std::string link = dir.path + "/Dockerfile";
  writeFile(target, "a\n", 0644);
  REQUIRE(::symlink("real.Dockerfile", link.c_str()) == 0);
  CHECK_FALSE(dlint::fix::writeFileAtomically(link, "a\n", "b\n"));
  struct stat info {};
  REQUIRE(::lstat(link.c_str(), &info) == 0);
  CHECK(S_ISLNK(info.st_mode));
  CHECK(readFile(target) == "b\n");
}
