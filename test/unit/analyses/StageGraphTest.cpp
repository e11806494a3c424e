// StageGraph: the stages of a Dockerfile, their names and parents, every reference between them
// (FROM, COPY --from, RUN --mount from=) with its exact range and target, and which stages the
// final stage needs. Lookups follow BuildKit's dockerfile2llb.

#include <optional>
#include <string>
#include <vector>

#include "AnalysisTestSupport.h"
#include "passes/analyses/StageGraph.h"

namespace {

using namespace dlint::passes;
using dlint::passes::test::Analysed;

struct Graph {
  explicit Graph(std::string text) : a(std::move(text)) {}
  const StageGraph& graph() { return a.analyses->get<StageGraph>(); }
  const Stage& stage(std::size_t i) {
    REQUIRE(i < graph().stages().size());
    return graph().stages()[i];
  }
  const StageReference& ref(std::size_t i) {
    REQUIRE(i < graph().references().size());
    return graph().references()[i];
  }
  /// The range of the `nth` (0-based) occurrence of `needle` in the file.
  dlint::SourceRange find(std::string_view needle, std::size_t nth = 0) const {
    std::size_t at = a.text().find(needle);
    for (std::size_t i = 0; i < nth && at != std::string_view::npos; ++i)
      at = a.text().find(needle, at + 1);
    REQUIRE(at != std::string_view::npos);
    auto begin = static_cast<std::uint32_t>(at);
    return {begin, begin + static_cast<std::uint32_t>(needle.size())};
  }
  Analysed a;
};

} // namespace

TEST_CASE("StageGraph: stages, lower-cased names, bodies and global ARGs", "[analysis]") {
  Graph g("ARG BASE=alpine:3.20\n"
          "ARG UNSET\n"
          "FROM golang:1.22 AS Build\n"
          "RUN go build -o /out/app .\n"
          "ARG IN_STAGE=1\n"
          "FROM ${BASE}\n"
          "COPY --from=build /out/app /app\n");
  REQUIRE(g.graph().stages().size() == 2);
  CHECK(g.graph().globalArgs().size() == 2);
  CHECK(g.graph().globalArgDefaults().lookup("BASE") == std::optional<std::string_view>("alpine:3.20"));
  CHECK_FALSE(g.graph().globalArgDefaults().lookup("UNSET"));
  CHECK_FALSE(g.graph().globalArgDefaults().lookup("IN_STAGE"));

  const Stage& build = g.stage(0);
  CHECK(build.index == 0);
  CHECK(build.name == "build");
  REQUIRE(build.nameWord != nullptr);
  CHECK(build.nameWord->text == "Build");
  CHECK(build.body.size() == 2);
  CHECK(build.base == "golang:1.22");
  CHECK_FALSE(build.parent);

  const Stage& final = g.stage(1);
  CHECK(final.name.empty());
  CHECK(final.nameWord == nullptr);
  CHECK(final.base == "alpine:3.20"); // the global ARG default, expanded
  CHECK(final.body.size() == 1);
  CHECK(g.graph().finalStage() == std::optional<std::size_t>(1));
  CHECK(g.graph().stageOf(final.body[0]) == std::optional<std::size_t>(1));
  CHECK(g.graph().stageOf(build.from) == std::optional<std::size_t>(0));
}

TEST_CASE("StageGraph: references in source order, with their exact ranges and targets", "[analysis]") {
  Graph g("FROM golang:1.22 AS builder\n"
          "FROM builder AS test\n"
          "RUN --mount=type=bind,from=Builder,source=/out,target=/out ls\n"
          "FROM alpine:3.20\n"
          "COPY --from=BUILDER /out/app /app\n"
          "COPY --from=1 /report /report\n"
          "COPY --from=7 /x /x\n"
          "COPY --from=alpine:3.19 /etc/os-release /tmp/\n");
  REQUIRE(g.graph().references().size() == 8);

  // Each FROM is a reference to its base: an image, or an earlier stage.
  CHECK(g.ref(0).kind == ReferenceKind::FromBase);
  CHECK(g.ref(0).target == ReferenceTarget::Image);
  CHECK(g.ref(0).range == g.find("golang:1.22"));
  CHECK_FALSE(g.ref(0).stage);

  CHECK(g.ref(1).kind == ReferenceKind::FromBase);
  CHECK(g.ref(1).target == ReferenceTarget::Stage);
  CHECK(g.ref(1).stage == std::optional<std::size_t>(0));
  CHECK(g.ref(1).user == 1);
  CHECK(g.ref(1).range == g.find("builder", 1));
  CHECK(g.stage(1).parent == std::optional<std::size_t>(0));

  // --mount from=: the range is the value inside the mount spec; names fold case.
  CHECK(g.ref(2).kind == ReferenceKind::MountFrom);
  CHECK(g.ref(2).target == ReferenceTarget::Stage);
  CHECK(g.ref(2).text == "Builder");
  CHECK(g.ref(2).range == g.find("Builder"));
  CHECK(g.ref(2).stage == std::optional<std::size_t>(0));
  CHECK(g.ref(2).user == 1);

  CHECK(g.ref(3).kind == ReferenceKind::FromBase); // FROM alpine:3.20
  CHECK(g.ref(3).target == ReferenceTarget::Image);

  CHECK(g.ref(4).kind == ReferenceKind::CopyFrom);
  CHECK(g.ref(4).target == ReferenceTarget::Stage);
  CHECK(g.ref(4).stage == std::optional<std::size_t>(0));
  CHECK(g.ref(4).range == g.find("BUILDER"));
  CHECK(g.a.at(g.ref(4).range) == "BUILDER");

  CHECK(g.ref(5).target == ReferenceTarget::Index);
  CHECK(g.ref(5).stage == std::optional<std::size_t>(1));
  CHECK(g.ref(5).range.begin == g.find("1 /report").begin);
  CHECK(g.a.at(g.ref(5).range) == "1");

  CHECK(g.ref(6).target == ReferenceTarget::Index); // out of range: no stage
  CHECK_FALSE(g.ref(6).stage);

  CHECK(g.ref(7).target == ReferenceTarget::Image);
  CHECK(g.ref(7).text == "alpine:3.19");
  CHECK(g.ref(7).user == 2);
}

TEST_CASE("StageGraph: FROM matches names exactly, COPY --from folds case and sees later stages",
          "[analysis]") {
  Graph g("FROM alpine:3.20 AS base\n"
          "COPY --from=later /x /x\n"
          "FROM Base\n"
          "FROM alpine:3.20 AS later\n");
  // `FROM Base` is an image for BuildKit: stage names are stored lower-cased, FROM compares exactly.
  CHECK(g.ref(2).kind == ReferenceKind::FromBase);
  CHECK(g.ref(2).target == ReferenceTarget::Image);
  CHECK_FALSE(g.stage(1).parent);
  // COPY --from finds the later stage (DF203 reports it).
  CHECK(g.ref(1).kind == ReferenceKind::CopyFrom);
  CHECK(g.ref(1).stage == std::optional<std::size_t>(2));
  CHECK(g.graph().findBase("base", 1) == std::optional<std::size_t>(0));
  CHECK_FALSE(g.graph().findBase("Base", 1));
  CHECK_FALSE(g.graph().findBase("later", 2));
}

TEST_CASE("StageGraph: duplicate names resolve like BuildKit", "[analysis]") {
  Graph g("FROM alpine AS x\n"
          "FROM x AS y\n"
          "FROM debian AS x\n"
          "FROM x\n"
          "COPY --from=x /a /a\n");
  CHECK(g.stage(1).parent == std::optional<std::size_t>(0)); // only earlier stages are bases
  CHECK(g.stage(3).parent == std::optional<std::size_t>(2)); // the last earlier one wins
  CHECK(g.graph().findByName("x") == std::optional<std::size_t>(2));
  CHECK(g.ref(4).stage == std::optional<std::size_t>(2));
}

TEST_CASE("StageGraph: --mount from takes names only; tmpfs and empty values are no reference",
          "[analysis]") {
  Graph g("FROM alpine AS build\n"
          "FROM alpine\n"
          "RUN --mount=from=0,target=/a --mount=type=tmpfs,from=build,target=/t --mount=type=cache,target=/c true\n"
          "COPY --from= a b\n");
  REQUIRE(g.graph().references().size() == 3); // two FROMs and the mount of '0'
  CHECK(g.ref(2).kind == ReferenceKind::MountFrom);
  CHECK(g.ref(2).target == ReferenceTarget::Image);
  CHECK(g.ref(2).text == "0");
  CHECK_FALSE(g.ref(2).stage);
  CHECK(mountType(g.a.instruction(2).flags[1]) == "tmpfs");
  CHECK(mountType(g.a.instruction(2).flags[0]) == "bind");
}

TEST_CASE("StageGraph: signed numbers are indexes, as strconv.Atoi reads them", "[analysis]") {
  Graph g("FROM alpine\n"
          "COPY --from=-1 a b\n"
          "COPY --from=+0 a b\n"
          "COPY --from=2fa a b\n");
  CHECK(g.ref(1).target == ReferenceTarget::Index);
  CHECK_FALSE(g.ref(1).stage);
  CHECK(g.ref(2).target == ReferenceTarget::Index);
  CHECK(g.ref(2).stage == std::optional<std::size_t>(0));
  CHECK(g.ref(3).target == ReferenceTarget::Image);
}

TEST_CASE("StageGraph: a FROM with variables resolves with the global defaults and lists candidates",
          "[analysis]") {
  Graph g("ARG VARIANT=release\n"
          "FROM alpine AS build-release\n"
          "FROM alpine AS build-debug\n"
          "FROM alpine AS tools\n"
          "FROM build-${VARIANT} AS build\n"
          "FROM runc-${TARGETOS} AS runc\n"
          "FROM build-${TARGETARCH}\n"
          "FROM ${UNKNOWN_IMAGE}\n");
  // Default build: VARIANT=release; any other value may pick build-debug.
  const Stage& build = g.stage(3);
  CHECK(build.parent == std::optional<std::size_t>(0));
  CHECK(build.base == "build-release");
  CHECK(g.ref(3).target == ReferenceTarget::Stage);
  CHECK(g.ref(3).resolved == "build-release");
  CHECK(g.ref(3).candidates == std::vector<std::size_t>{0, 1});
  CHECK(build.possibleParents.empty());

  // TARGETOS is a built-in with no value before the build: no stage matches 'runc-*'.
  CHECK(g.ref(4).target == ReferenceTarget::Variable);
  CHECK(g.ref(4).candidates.empty());
  CHECK_FALSE(g.stage(4).parent);

  // 'build-*' matches the two build-... stages ('build' itself has no dash).
  const Stage& last = g.stage(5);
  CHECK_FALSE(last.parent);
  CHECK(last.possibleParents == std::vector<std::size_t>{0, 1});
  CHECK_FALSE(g.graph().chainRoot(5));
  CHECK(g.graph().chainRoots(5) == std::vector<std::size_t>{0, 1});

  // A base made only of a variable is taken to be an image.
  CHECK(g.ref(6).target == ReferenceTarget::Variable);
  CHECK(g.ref(6).candidates.empty());
  CHECK(g.stage(6).base == "${UNKNOWN_IMAGE}");
}

TEST_CASE("StageGraph: neededByFinal follows FROM, COPY, mounts and candidates", "[analysis]") {
  Graph g("FROM alpine AS a\n"
          "FROM a AS b\n"
          "FROM alpine AS c\n"
          "FROM alpine AS d-amd64\n"
          "FROM alpine AS d-arm64\n"
          "FROM d-${TARGETARCH} AS d\n"
          "FROM alpine AS unused\n"
          "FROM alpine AS mounted\n"
          "FROM b\n"
          "COPY --from=d /x /x\n"
          "RUN --mount=from=mounted,target=/m true\n");
  CHECK(g.graph().neededByFinal(8));
  CHECK(g.graph().neededByFinal(1));
  CHECK(g.graph().neededByFinal(0)); // through b's FROM
  CHECK_FALSE(g.graph().neededByFinal(2));
  CHECK(g.graph().neededByFinal(5));
  CHECK(g.graph().neededByFinal(3)); // d may be either platform's stage
  CHECK(g.graph().neededByFinal(4));
  CHECK_FALSE(g.graph().neededByFinal(6));
  CHECK(g.graph().neededByFinal(7));
  CHECK_FALSE(g.graph().neededByFinal(42));
  CHECK(g.graph().chainRoot(8) == std::optional<std::size_t>(0));
}

TEST_CASE("StageGraph: no FROM, no stages", "[analysis]") {
  Graph g("ARG ONLY=1\n");
  CHECK(g.graph().stages().empty());
  CHECK_FALSE(g.graph().finalStage());
  CHECK(g.graph().references().empty());
  CHECK_FALSE(g.graph().neededByFinal(0));
}

TEST_CASE("mountFromField: the from= value and its range inside the flag", "[analysis]") {
  Graph g("FROM alpine\n"
          "RUN --mount=type=bind,FROM=Build,target=/b true\n");
  const dlint::ast::Flag& flag = g.a.instruction(1).flags.at(0);
  std::optional<MountFrom> from = mountFromField(flag);
  REQUIRE(from);
  CHECK(from->value == "Build");
  CHECK(from->range == g.find("Build"));
}

TEST_CASE("mountFromField and mountType: of repeated fields the last wins, as in BuildKit", "[analysis]") {
  Graph g("FROM alpine AS a\n"
          "FROM alpine AS b\n"
          "FROM alpine\n"
          "RUN --mount=from=a,from=b,target=/m --mount=type=bind,type=tmpfs,from=a,target=/t "
          "--mount=type=tmpfs,type=bind,from=a,target=/u true\n");
  const auto& flags = g.a.instruction(3).flags;
  REQUIRE(flags.size() == 3);
  std::optional<MountFrom> from = mountFromField(flags[0]);
  REQUIRE(from);
  CHECK(from->value == "b");
  CHECK(mountType(flags[1]) == "tmpfs");
  CHECK(mountType(flags[2]) == "bind");
  // The graph: the first mount reaches b only; the tmpfs one reaches nothing; the last one a.
  std::vector<std::string> mounted;
  for (const auto& ref : g.graph().references())
    if (ref.kind == ReferenceKind::MountFrom)
      mounted.push_back(ref.text);
  CHECK(mounted == std::vector<std::string>{"b", "a"});
}
