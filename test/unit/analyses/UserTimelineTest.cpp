// UserTimeline: the user in force before every instruction, inherited through FROM <stage>,
// with USER values expanded by the stage's ENV values and ARG defaults.

#include <optional>
#include <string>
#include <vector>

#include "AnalysisTestSupport.h"
#include "passes/analyses/StageGraph.h"
#include "passes/analyses/UserTimeline.h"

namespace {

using namespace dlint::passes;
using dlint::passes::test::Analysed;

struct Timeline {
  explicit Timeline(std::string text) : a(std::move(text)) {}
  const UserTimeline& users() { return a.analyses->get<UserTimeline>(); }
  /// The user in force before the `i`th instruction of the file.
  const EffectiveUser& before(std::size_t i) { return users().before(&a.instruction(i)); }
  const dlint::ast::Instruction* instruction(std::size_t i) const { return &a.instruction(i); }
  Analysed a;
};

} // namespace

TEST_CASE("isRootUser: root, uid 0 and ContainerAdministrator, with any group", "[analysis]") {
  CHECK(isRootUser("root"));
  CHECK(isRootUser("0"));
  CHECK(isRootUser("00"));
  CHECK(isRootUser("root:root"));
  CHECK(isRootUser("0:1000"));
  CHECK(isRootUser("ContainerAdministrator"));
  CHECK(isRootUser("containeradministrator"));
  CHECK_FALSE(isRootUser("ROOT")); // Linux user names are case-sensitive
  CHECK_FALSE(isRootUser("1000:0"));
  CHECK_FALSE(isRootUser("10"));
  CHECK_FALSE(isRootUser("rootless"));
  CHECK_FALSE(isRootUser("ContainerUser"));
  CHECK_FALSE(isRootUser(""));
  CHECK_FALSE(isRootUser(":0"));
}

TEST_CASE("knownDefaultUser: images known to run as someone other than root", "[analysis]") {
  CHECK(knownDefaultUser("gcr.io/distroless/static-debian12:nonroot") == std::optional<std::string>("nonroot"));
  CHECK(knownDefaultUser("gcr.io/distroless/base:debug-nonroot@sha256:abc") == std::optional<std::string>("nonroot"));
  CHECK(knownDefaultUser("mcr.microsoft.com/dotnet/runtime-deps:8.0-jammy-chiseled") == std::optional<std::string>("app"));
  CHECK(knownDefaultUser("mcr.microsoft.com/dotnet/aspnet:9.0-azurelinux3.0-distroless") ==
        std::optional<std::string>("app"));
  CHECK(knownDefaultUser("mcr.microsoft.com/windows/nanoserver:ltsc2022") == std::optional<std::string>("ContainerUser"));
  CHECK(knownDefaultUser("mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-1809") ==
        std::optional<std::string>("ContainerUser"));
  CHECK(knownDefaultUser("mcr.microsoft.com/windows/servercore:ltsc2022") ==
        std::optional<std::string>("ContainerAdministrator"));
  CHECK_FALSE(knownDefaultUser("gcr.io/distroless/static-debian12")); // root
  CHECK_FALSE(knownDefaultUser("registry.example.com:5000/nonroot/app")); // a port is no tag
  CHECK_FALSE(knownDefaultUser("mcr.microsoft.com/dotnet/runtime-deps:8.0-bookworm-slim"));
  CHECK_FALSE(knownDefaultUser("python:3.12"));
  CHECK_FALSE(knownDefaultUser("scratch"));
}

TEST_CASE("UserTimeline: the user before each instruction; USER sees the previous one", "[analysis]") {
  Timeline t("FROM debian:bookworm\n" // 0
             "RUN id\n"               // 1
             "USER app\n"             // 2
             "RUN id\n"               // 3
             "USER root\n"            // 4
             "CMD id\n");             // 5
  CHECK(t.before(0).fromImage());
  CHECK(t.before(1).fromImage());
  CHECK_FALSE(t.before(1).resolved);
  CHECK(t.before(2).fromImage());
  CHECK(t.before(3).user == "app");
  CHECK(t.before(3).setBy == t.instruction(2));
  CHECK(t.before(3).resolved == std::optional<std::string>("app"));
  CHECK_FALSE(t.before(3).isRoot());
  CHECK(t.before(4).user == "app");
  CHECK(t.before(5).user == "root");
  CHECK(t.before(5).isRoot());
  CHECK(t.users().finalUser(0).setBy == t.instruction(4));

  const std::vector<EffectiveUser>& history = t.users().history(0);
  REQUIRE(history.size() == 3);
  CHECK(history[0].fromImage());
  CHECK(history[1].user == "app");
  CHECK(history[2].user == "root");
}

TEST_CASE("UserTimeline: FROM <stage> inherits the parent's final user and history", "[analysis]") {
  Timeline t("FROM node:20 AS base\n"  // 0
             "USER node\n"             // 1
             "FROM base AS build\n"    // 2
             "USER root\n"             // 3
             "RUN npm ci\n"            // 4
             "FROM base\n"             // 5
             "COPY . /app\n"           // 6
             "FROM alpine:3.20\n"      // 7
             "RUN id\n");              // 8
  CHECK(t.before(2).user == "node"); // the FROM itself sees the inherited user
  CHECK(t.before(4).isRoot());
  // The final stage descends from base, not from build: it runs as node.
  CHECK(t.before(6).user == "node");
  CHECK(t.before(6).setBy == t.instruction(1));
  CHECK(t.users().finalUser(2).user == "node");
  CHECK(t.users().history(2).size() == 2);
  CHECK(t.users().history(1).size() == 3);
  // A stage from an image starts over.
  CHECK(t.before(8).fromImage());
  CHECK(t.users().history(3).size() == 1);
}

TEST_CASE("UserTimeline: USER values expand with ENV values and ARG defaults", "[analysis]") {
  Timeline t("ARG GLOBAL_USER=admin\n"     // 0
             "FROM debian AS base\n"       // 1
             "ENV APP_USER=root\n"         // 2
             "USER $APP_USER\n"            // 3
             "ARG BUILD_USER\n"            // 4
             "USER ${BUILD_USER}\n"        // 5
             "ARG GLOBAL_USER\n"           // 6
             "USER \"${GLOBAL_USER}\"\n"   // 7
             "ARG APP_USER=nobody\n"       // 8 (ENV wins over an ARG of the same name)
             "USER ${APP_USER}:${APP_USER}\n" // 9
             "FROM base\n"                 // 10
             "USER $APP_USER\n"            // 11 (ENV is inherited)
             "RUN id\n");                  // 12
  CHECK(t.before(4).user == "$APP_USER");
  CHECK(t.before(4).resolved == std::optional<std::string>("root"));
  CHECK(t.before(4).isRoot());
  // A build argument with no default has no known value.
  CHECK(t.before(6).user == "${BUILD_USER}");
  CHECK_FALSE(t.before(6).resolved);
  CHECK_FALSE(t.before(6).isRoot());
  // A global ARG re-declared in the stage takes its default; quotes go as in BuildKit.
  CHECK(t.before(8).resolved == std::optional<std::string>("admin"));
  CHECK(t.before(10).resolved == std::optional<std::string>("root:root"));
  CHECK(t.before(12).resolved == std::optional<std::string>("root"));
}

TEST_CASE("UserTimeline: the base image's user, known or not", "[analysis]") {
  Timeline distroless("FROM gcr.io/distroless/static:nonroot\nCOPY app /app\n");
  CHECK(distroless.before(1).fromImage());
  CHECK(distroless.before(1).resolved == std::optional<std::string>("nonroot"));
  CHECK_FALSE(distroless.before(1).isRoot());

  Timeline servercore("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir\n");
  CHECK(servercore.before(1).isRoot());

  Timeline global("ARG BASE=mcr.microsoft.com/windows/nanoserver:ltsc2022\nFROM ${BASE}\nRUN dir\n");
  CHECK(global.before(2).resolved == std::optional<std::string>("ContainerUser"));
}

TEST_CASE("UserTimeline: a base that may name stages with different users is ambiguous", "[analysis]") {
  Timeline differ("FROM debian AS base-amd64\n"
                  "USER root\n"
                  "FROM debian AS base-arm64\n"
                  "USER app\n"
                  "FROM base-${TARGETARCH}\n"
                  "RUN id\n");
  CHECK(differ.before(5).ambiguous);
  CHECK_FALSE(differ.before(5).fromImage());
  CHECK_FALSE(differ.before(5).isRoot());

  Timeline agree("FROM debian AS base-amd64\n"
                 "FROM debian AS base-arm64\n"
                 "FROM base-${TARGETARCH}\n"
                 "RUN id\n");
  CHECK_FALSE(agree.before(3).ambiguous);
  CHECK(agree.before(3).fromImage());
}

TEST_CASE("UserTimeline: instructions outside any stage, and files without stages", "[analysis]") {
  Timeline empty("ARG X=1\n");
  CHECK(empty.users().before(&empty.a.instruction(0)).fromImage());
  CHECK_THROWS(empty.users().finalUser(0));
}
