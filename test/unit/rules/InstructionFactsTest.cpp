// The EXPOSE and path helpers the instruction rules share (passes/rules/instructions/).
#include <catch2/catch.hpp>

#include "passes/rules/instructions/InstructionFacts.h"

using namespace dlint::passes::rules::instructions;

TEST_CASE("splitPortSpec separates host part, container port and protocol", "[instructions]") {
  PortSpec plain = splitPortSpec("80");
  CHECK(plain.hostPart.empty());
  CHECK(plain.containerPort == "80");
  CHECK_FALSE(plain.proto);

  PortSpec mapped = splitPortSpec("127.0.0.1:8443:443/TCP");
  CHECK(mapped.hostPart == "127.0.0.1:8443:");
  CHECK(mapped.containerPort == "443");
  CHECK(mapped.containerOffset == 15);
  REQUIRE(mapped.proto);
  CHECK(*mapped.proto == "TCP");
  CHECK(mapped.protoOffset == 19);

  PortSpec emptyProto = splitPortSpec("80/");
  REQUIRE(emptyProto.proto);
  CHECK(emptyProto.proto->empty());
}

TEST_CASE("parsePortRange accepts 0-65535 and ordered ranges only", "[instructions]") {
  CHECK(parsePortRange("0"));
  CHECK(parsePortRange("65535"));
  CHECK_FALSE(parsePortRange("65536"));
  CHECK_FALSE(parsePortRange("80800"));
  CHECK_FALSE(parsePortRange(""));
  CHECK_FALSE(parsePortRange("http"));
  CHECK_FALSE(parsePortRange("-80"));
  auto range = parsePortRange("8000-8010");
  REQUIRE(range);
  CHECK(range->start == 8000);
  CHECK(range->end == 8010);
  CHECK_FALSE(parsePortRange("9000-8000"));
  CHECK_FALSE(parsePortRange("80-"));
}

TEST_CASE("cleanPath and isAtOrUnder compare whole path segments", "[instructions]") {
  CHECK(cleanPath("//boot/./grub/") == "/boot/grub");
  CHECK(cleanPath("/") == "/");
  CHECK(cleanPath("app/") == "app");
  CHECK(isAtOrUnder("/proc", "/proc"));
  CHECK(isAtOrUnder("/proc/1", "/proc"));
  CHECK_FALSE(isAtOrUnder("/process", "/proc"));
  CHECK(isAtOrUnder("/anything", "/"));
}
