// CacheMounts: which `RUN --mount` flags keep a package manager's cache out of the layer.

#include <string>
#include <vector>

#include "AnalysisTestSupport.h"
#include "passes/analyses/CacheMounts.h"

namespace {

using namespace dlint::passes;
using dlint::passes::test::Analysed;

/// A Dockerfile whose second instruction is `RUN <flags> true`.
struct MountedRun {
  explicit MountedRun(const std::string& flags) : a("FROM debian:12\nRUN " + flags + " true\n") {}
  const dlint::ast::Instruction& run() const { return a.instruction(1); }
  Analysed a;
};

} // namespace

TEST_CASE("cacheMountTargets: cache and tmpfs targets, in flag order", "[analysis]") {
  MountedRun r("--mount=type=cache,target=/var/cache/apt,sharing=locked "
               "--mount=type=bind,source=.,target=/src "
               "--mount=type=secret,id=npmrc,target=/root/.npmrc "
               "--mount=type=tmpfs,dst=/tmp "
               "--mount=Type=Cache,Destination=/root/.cache/go-build "
               "--mount=target=/mnt/context");
  CHECK(cacheMountTargets(r.run()) ==
        std::vector<std::string>{"/var/cache/apt", "/tmp", "/root/.cache/go-build"});
}

TEST_CASE("hasCacheMountOn: the path itself or a directory above it", "[analysis]") {
  MountedRun lists("--mount=type=cache,target=/var/lib/apt/lists/");
  CHECK(hasCacheMountOn(lists.run(), "/var/lib/apt/lists"));
  CHECK(hasCacheMountOn(lists.run(), "/var/lib/apt/lists/partial"));
  CHECK_FALSE(hasCacheMountOn(lists.run(), "/var/lib/apt"));
  CHECK_FALSE(hasCacheMountOn(lists.run(), "/var/lib/apt/lists2"));

  MountedRun parent("--mount=type=cache,target=/var/cache");
  CHECK(hasCacheMountOn(parent.run(), "/var/cache/apk"));
  CHECK_FALSE(hasCacheMountOn(parent.run(), "/var/cachedir"));

  MountedRun root("--mount=type=tmpfs,target=/");
  CHECK(hasCacheMountOn(root.run(), "/var/cache/dnf"));
}

TEST_CASE("hasCacheMountOn: tmpfs counts, bind (the default) and secret do not", "[analysis]") {
  CHECK(hasCacheMountOn(MountedRun("--mount=type=tmpfs,target=/var/cache/apk").run(), "/var/cache/apk"));
  CHECK_FALSE(hasCacheMountOn(MountedRun("--mount=type=bind,target=/var/cache/apk").run(), "/var/cache/apk"));
  CHECK_FALSE(hasCacheMountOn(MountedRun("--mount=target=/var/cache/apk").run(), "/var/cache/apk"));
  CHECK_FALSE(hasCacheMountOn(MountedRun("--mount=type=secret,target=/var/cache/apk").run(), "/var/cache/apk"));
  CHECK_FALSE(hasCacheMountOn(MountedRun("--network=none").run(), "/var/cache/apk"));
}

TEST_CASE("hasCacheMountOn: $HOME and ${HOME} are root's home", "[analysis]") {
  CHECK(hasCacheMountOn(MountedRun("--mount=type=cache,target=$HOME/.cache").run(), "/root/.cache/pip"));
  CHECK(hasCacheMountOn(MountedRun("--mount=type=cache,target=${HOME}/.cache/pip").run(), "/root/.cache/pip"));
  CHECK_FALSE(hasCacheMountOn(MountedRun("--mount=type=cache,target=$HOMEDIR/.cache").run(), "/root/.cache/pip"));
}

TEST_CASE("hasCacheMountOnHome: any user's home, or a directory named like the cache", "[analysis]") {
  auto on = [](const std::string& target, const std::string& relative) {
    MountedRun r("--mount=type=cache,target=" + target);
    return hasCacheMountOnHome(r.run(), relative);
  };
  CHECK(on("/root/.cache/pip", ".cache/pip"));
  CHECK(on("/root/.cache", ".cache/pip"));
  CHECK(on("/root", ".cache/pip"));
  CHECK(on("$HOME/.cache", ".cache/pip"));
  CHECK(on("/home/app/.cache/pip", ".cache/pip"));
  CHECK(on("/home/app/.cache", ".cache/pip"));
  CHECK(on("/opt/app/.cache/pip", ".cache/pip"));
  CHECK(on("/home/node/.npm", ".npm"));
  CHECK_FALSE(on("/root/.cache/pip-tools", ".cache/pip"));
  CHECK_FALSE(on("/var/cache/pip", ".cache/pip"));
  CHECK_FALSE(on("/home/app/.cache/pip/wheels", ".cache/pip")); // only part of the cache
  CHECK_FALSE(on("/tmp", ".npm"));
  MountedRun bind("--mount=type=bind,target=/root/.cache/pip");
  CHECK_FALSE(hasCacheMountOnHome(bind.run(), ".cache/pip"));
}
