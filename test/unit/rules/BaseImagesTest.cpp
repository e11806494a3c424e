// The base-image helpers: image references and platforms read as distribution/reference and
// containerd/platforms read them.
#include <catch2/catch.hpp>

#include "passes/rules/images/BaseImages.h"

using namespace dlint::passes::rules::images;

TEST_CASE("splitImageReference cuts name, tag and digest", "[images]") {
  ImageReference plain = splitImageReference("ubuntu");
  CHECK(plain.name == "ubuntu");
  CHECK_FALSE(plain.tag);
  CHECK_FALSE(plain.digest);

  ImageReference tagged = splitImageReference("localhost:5000/team/app:1.2");
  CHECK(tagged.name == "localhost:5000/team/app");
  REQUIRE(tagged.tag);
  CHECK(*tagged.tag == "1.2");
  CHECK(tagged.tagOffset == 23);

  ImageReference port = splitImageReference("registry:5000/app");
  CHECK(port.name == "registry:5000/app");
  CHECK_FALSE(port.tag);

  ImageReference both = splitImageReference("node:latest@sha256:abc");
  CHECK(both.name == "node");
  REQUIRE(both.tag);
  CHECK(*both.tag == "latest");
  REQUIRE(both.digest);
  CHECK(*both.digest == "sha256:abc");
}

TEST_CASE("invalidImageReference follows ParseNormalizedNamed", "[images]") {
  const std::string digest = "sha256:" + std::string(64, 'a');
  CHECK_FALSE(invalidImageReference("ubuntu"));
  CHECK_FALSE(invalidImageReference("ubuntu:22.04"));
  CHECK_FALSE(invalidImageReference("gcr.io/distroless/static-debian12:nonroot"));
  CHECK_FALSE(invalidImageReference("localhost:5000/app"));
  CHECK_FALSE(invalidImageReference("MyRegistry/app")); // an upper-case first component is a registry
  CHECK_FALSE(invalidImageReference("[::1]:5000/app:v1"));
  CHECK_FALSE(invalidImageReference("my_org/my__app-x.y:1.0_rc-1"));
  CHECK_FALSE(invalidImageReference("alpine@" + digest));
  CHECK_FALSE(invalidImageReference("alpine:3.20@" + digest));
  CHECK_FALSE(invalidImageReference("scratch"));

  CHECK(invalidImageReference(""));
  CHECK(invalidImageReference("busybox:"));
  CHECK(invalidImageReference(":-conda") == std::optional<std::string>("the repository name is empty"));
  CHECK(invalidImageReference("Ubuntu") == std::optional<std::string>("the repository name must be lower case"));
  CHECK(invalidImageReference("busybox:") == std::optional<std::string>("the tag is empty"));
  CHECK(invalidImageReference("Ubuntu"));
  CHECK(invalidImageReference("docker.io/Library/ubuntu"));
  CHECK(invalidImageReference("/app"));
  CHECK(invalidImageReference("app-"));
  CHECK(invalidImageReference("a//b"));
  CHECK(invalidImageReference("alpine:-x"));
  CHECK(invalidImageReference("alpine:" + std::string(129, 'a')));
  CHECK(invalidImageReference("alpine@sha256:abc"));
  CHECK(invalidImageReference("alpine@md5:" + std::string(32, 'a')));
  CHECK(invalidImageReference(std::string(64, 'f')));
  CHECK(invalidImageReference("ghcr.io/" + std::string(250, 'a')));
}

TEST_CASE("parsePlatform normalizes as containerd does", "[images]") {
  auto p = parsePlatform("linux/amd64");
  REQUIRE(p);
  CHECK(p->os == "linux");
  CHECK(p->architecture == "amd64");

  p = parsePlatform("Linux/x86_64");
  REQUIRE(p);
  CHECK(p->os == "linux");
  CHECK(p->architecture == "amd64");

  p = parsePlatform("linux/arm/v7");
  REQUIRE(p);
  CHECK(p->architecture == "arm");
  CHECK(p->variant == "v7");

  p = parsePlatform("linux/arm");
  REQUIRE(p);
  CHECK(p->variant.empty());

  p = parsePlatform("linux/aarch64");
  REQUIRE(p);
  CHECK(p->architecture == "arm64");

  p = parsePlatform("windows(10.0.17763)/amd64");
  REQUIRE(p);
  CHECK(p->os == "windows");

  p = parsePlatform("macos");
  REQUIRE(p);
  CHECK(p->os == "darwin");
  CHECK(p->architecture == "amd64");

  p = parsePlatform("arm64");
  REQUIRE(p);
  CHECK(p->os == "linux");
  CHECK(p->architecture == "arm64");

  CHECK_FALSE(parsePlatform("linux/*"));
  CHECK_FALSE(parsePlatform("notanarch"));
  CHECK_FALSE(parsePlatform("linux/"));
  CHECK_FALSE(parsePlatform("a/b/c/d"));
  CHECK_FALSE(parsePlatform("$X"));
}

TEST_CASE("editDistance is case-sensitive Levenshtein", "[images]") {
  CHECK(editDistance("NODE_VERSON", "NODE_VERSION") == 1);
  CHECK(editDistance("abc", "ABC") == 3);
  CHECK(editDistance("", "ab") == 2);
}
