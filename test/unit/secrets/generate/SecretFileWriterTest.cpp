#include "secrets/generate/SecretFileWriter.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <dirent.h>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

using namespace dlint::secrets::generate;

namespace {

/// A fresh folder under $TMPDIR, removed (with everything in it) at the end of the test.
class TempFolder {
public:
  TempFolder() {
    const char* base = std::getenv("TMPDIR");
    std::string pattern = std::string(base && *base ? base : "/tmp") + "/dlint-secret-XXXXXX";
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path_ = pattern;
  }
  ~TempFolder() {
    std::string command = "chmod -R u+rwx '" + path_ + "' && rm -rf '" + path_ + "'";
    [[maybe_unused]] int ignored = std::system(command.c_str());
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }

private:
  std::string path_;
};

/// Sets the umask for one scope.
class ScopedUmask {
public:
  explicit ScopedUmask(mode_t mask) : old_(::umask(mask)) {}
  ~ScopedUmask() { ::umask(old_); }
  ScopedUmask(const ScopedUmask&) = delete;
  ScopedUmask& operator=(const ScopedUmask&) = delete;

private:
  mode_t old_;
};

unsigned modeOf(const std::string& path) {
  struct stat info {};
  REQUIRE(::lstat(path.c_str(), &info) == 0);
  return static_cast<unsigned>(info.st_mode & 07777);
}

ino_t inodeOf(const std::string& path) {
  struct stat info {};
  REQUIRE(::lstat(path.c_str(), &info) == 0);
  return info.st_ino;
}

std::string contentOf(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeFile(const std::string& path, const std::string& content, mode_t mode) {
  std::ofstream(path, std::ios::binary) << content;
  REQUIRE(::chmod(path.c_str(), mode) == 0);
}

std::set<std::string> entriesOf(const std::string& directory) {
  std::set<std::string> names;
  DIR* dir = ::opendir(directory.c_str());
  REQUIRE(dir != nullptr);
  while (dirent* entry = ::readdir(dir)) {
    std::string name = entry->d_name;
    if (name != "." && name != "..") names.insert(name);
  }
  ::closedir(dir);
  return names;
}

// Binary bytes, a NUL and a trailing newline: the file holds exactly what it was given.
const std::string kOldValue("old-Qm7Zt2\0\xff\n", 13);
const std::string kNewValue = "new-Xr4Lp9Wd2Kf8Hs6J";

} // namespace

TEST_CASE("secret names are letters, digits, dot, underscore and dash", "[generate]") {
  for (const char* good : {"db_password", "API-key.v2", "x", "A1", "a.b", "_x"})
    CHECK_FALSE(invalidSecretNameReason(good).has_value());
  CHECK(invalidSecretNameReason("") == std::string("a secret name cannot be empty"));
  CHECK(invalidSecretNameReason("a/b") == std::string("a secret name cannot contain '/'"));
  CHECK(invalidSecretNameReason("../etc") == std::string("a secret name cannot contain '/'"));
  CHECK(invalidSecretNameReason("..") == std::string("a secret name cannot start with '.'"));
  CHECK(invalidSecretNameReason(".hidden") == std::string("a secret name cannot start with '.'"));
  CHECK(invalidSecretNameReason("-rf") == std::string("a secret name cannot start with '-'"));
  CHECK(invalidSecretNameReason("a..b") == std::string("a secret name cannot contain '..'"));
  for (const char* bad : {"a b", "a$b", "é", "a\nb", "a\\b", "a:b"})
    CHECK(invalidSecretNameReason(bad) ==
          std::string("a secret name can only contain letters, digits, '.', '_' and '-'"));
  CHECK_FALSE(invalidSecretNameReason(std::string(200, 'a')).has_value());
  CHECK(invalidSecretNameReason(std::string(201, 'a')).has_value());
  CHECK(secretFileName("db") == "db.txt");
}

TEST_CASE("a missing directory is created 0700 and the file 0600, whatever the umask",
          "[generate]") {
  for (mode_t mask : {mode_t{0}, mode_t{022}, mode_t{0277}, mode_t{0777}}) {
    INFO("umask " << mask);
    TempFolder folder;
    const std::string directory = folder / "secrets";
    ScopedUmask umask(mask);
    CHECK_FALSE(inspectSecretDirectory(directory).exists);
    WriteResult result = writeSecretFile(directory, "db.txt", kNewValue, false);
    CHECK(result.outcome == WriteOutcome::Created);
    CHECK(result.createdDirectory);
    CHECK(modeOf(directory) == 0700);
    CHECK(modeOf(directory + "/db.txt") == 0600);
    CHECK(contentOf(directory + "/db.txt") == kNewValue);
    CHECK(entriesOf(directory) == std::set<std::string>{"db.txt"}); // no temporary file left
  }
}

TEST_CASE("an existing directory is used as it is and its mode reported", "[generate]") {
  TempFolder folder;
  const std::string directory = folder / "wide";
  REQUIRE(::mkdir(directory.c_str(), 0755) == 0);
  REQUIRE(::chmod(directory.c_str(), 0755) == 0);
  DirectoryState state = inspectSecretDirectory(directory);
  CHECK(state.exists);
  CHECK(state.mode == 0755);
  WriteResult result = writeSecretFile(directory, "a.txt", kNewValue, false);
  CHECK_FALSE(result.createdDirectory);
  CHECK(modeOf(directory) == 0755); // not ours to change; the command warns instead
  CHECK(modeOf(directory + "/a.txt") == 0600);

  writeFile(folder / "file", "x", 0600);
  CHECK_THROWS_WITH(inspectSecretDirectory(folder / "file"), Catch::Contains("Not a directory"));
  CHECK_THROWS_AS(writeSecretFile(folder / "file", "a.txt", kNewValue, false), SecretFileError);
  // Only the last folder is created.
  CHECK_THROWS_WITH(writeSecretFile(folder / "missing/secrets", "a.txt", kNewValue, false),
                    Catch::Contains("No such file or directory"));
}

TEST_CASE("an existing file is not overwritten without force, byte for byte", "[generate]") {
  TempFolder folder;
  const std::string directory = folder / "secrets";
  REQUIRE(::mkdir(directory.c_str(), 0700) == 0);
  const std::string target = directory + "/db.txt";
  writeFile(target, kOldValue, 0640);
  const ino_t inode = inodeOf(target);
  CHECK(secretFileExists(directory, "db.txt"));
  CHECK_FALSE(secretFileExists(directory, "other.txt"));

  WriteResult result = writeSecretFile(directory, "db.txt", kNewValue, false);
  CHECK(result.outcome == WriteOutcome::AlreadyExists);
  CHECK(contentOf(target) == kOldValue);
  CHECK(modeOf(target) == 0640);
  CHECK(inodeOf(target) == inode);
  CHECK(entriesOf(directory) == std::set<std::string>{"db.txt"});

  // A dangling symlink counts as existing too, and is not followed.
  REQUIRE(::symlink("nowhere", (directory + "/link.txt").c_str()) == 0);
  CHECK(secretFileExists(directory, "link.txt"));
  CHECK(writeSecretFile(directory, "link.txt", kNewValue, false).outcome ==
        WriteOutcome::AlreadyExists);
  CHECK(::access((directory + "/nowhere").c_str(), F_OK) != 0);
}

TEST_CASE("force replaces the file atomically with a new 0600 file", "[generate]") {
  TempFolder folder;
  const std::string directory = folder / "secrets";
  REQUIRE(::mkdir(directory.c_str(), 0700) == 0);
  const std::string target = directory + "/db.txt";
  writeFile(target, kOldValue, 0644);
  const ino_t oldInode = inodeOf(target);

  WriteResult result = writeSecretFile(directory, "db.txt", kNewValue, true);
  CHECK(result.outcome == WriteOutcome::Replaced);
  CHECK(contentOf(target) == kNewValue);
  CHECK(modeOf(target) == 0600);
  // A rename put a new inode in place: nobody ever saw a half-written file.
  CHECK(inodeOf(target) != oldInode);
  CHECK(entriesOf(directory) == std::set<std::string>{"db.txt"});

  // Force on a name that does not exist yet simply creates it.
  CHECK(writeSecretFile(directory, "new.txt", kNewValue, true).outcome == WriteOutcome::Created);
}

TEST_CASE("force replaces a symlink itself, never the file it points to", "[generate]") {
  TempFolder folder;
  const std::string directory = folder / "secrets";
  REQUIRE(::mkdir(directory.c_str(), 0700) == 0);
  writeFile(folder / "victim", kOldValue, 0644);
  REQUIRE(::symlink((folder / "victim").c_str(), (directory + "/db.txt").c_str()) == 0);
  CHECK(writeSecretFile(directory, "db.txt", kNewValue, true).outcome == WriteOutcome::Replaced);
  CHECK(contentOf(folder / "victim") == kOldValue);
  struct stat info {};
  REQUIRE(::lstat((directory + "/db.txt").c_str(), &info) == 0);
  CHECK(S_ISREG(info.st_mode));
  CHECK(contentOf(directory + "/db.txt") == kNewValue);
}

TEST_CASE("a failed write leaves no temporary file and the old content", "[generate]") {
  TempFolder folder;
  const std::string directory = folder / "secrets";
  REQUIRE(::mkdir(directory.c_str(), 0700) == 0);

  SECTION("the rename fails: the target is a directory") {
    REQUIRE(::mkdir((directory + "/db.txt").c_str(), 0700) == 0);
    writeFile(directory + "/db.txt/keep", kOldValue, 0600);
    CHECK_THROWS_WITH(writeSecretFile(directory, "db.txt", kNewValue, true),
                      Catch::Contains("cannot replace") && Catch::Contains("db.txt"));
    CHECK(entriesOf(directory) == std::set<std::string>{"db.txt"});
    CHECK(contentOf(directory + "/db.txt/keep") == kOldValue);
  }

  SECTION("the directory is read-only (skipped as root, who may write anyway)") {
    if (::geteuid() == 0) {
      WARN("skipped: running as root, a read-only directory does not stop the write");
      return;
    }
    writeFile(directory + "/db.txt", kOldValue, 0600);
    REQUIRE(::chmod(directory.c_str(), 0500) == 0);
    CHECK_THROWS_AS(writeSecretFile(directory, "db.txt", kNewValue, true), SecretFileError);
    REQUIRE(::chmod(directory.c_str(), 0700) == 0);
    CHECK(entriesOf(directory) == std::set<std::string>{"db.txt"});
    CHECK(contentOf(directory + "/db.txt") == kOldValue);
  }
}
