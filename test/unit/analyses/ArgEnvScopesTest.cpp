// ArgEnvScopes: the variables in force before every instruction, their values as BuildKit
// expands them in a default build, where they were defined, and how ARGs are consumed.

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include "AnalysisTestSupport.h"
#include "passes/analyses/ArgEnvScopes.h"
#include "passes/analyses/StageGraph.h"

namespace {

using namespace dlint::passes;
using dlint::passes::test::Analysed;

struct Scopes {
  explicit Scopes(std::string text) : a(std::move(text)) {}
  const ArgEnvScopes& scopes() { return a.analyses->get<ArgEnvScopes>(); }
  const dlint::ast::Instruction* at(std::size_t i) const { return &a.instruction(i); }
  const VariableBinding* lookup(std::size_t i, std::string_view name) { return scopes().lookup(at(i), name); }
  /// The value of `name` before instruction `i`: nullopt when unknown (or not declared).
  std::optional<std::string> value(std::size_t i, std::string_view name) {
    const VariableBinding* b = lookup(i, name);
    REQUIRE(b);
    return b->value;
  }
  std::optional<std::string> expand(std::size_t i, std::string_view word) { return scopes().expand(at(i), word).value; }
  const VariableUse* use(std::size_t i, std::string_view name) {
    for (const VariableUse& u : scopes().references(at(i)))
      if (u.name == name)
        return &u;
    return nullptr;
  }
  const ArgUsage& arg(std::size_t instruction, std::size_t declaration = 0) {
    const auto* node = dlint::ast::dyn_cast<dlint::ast::ArgInstruction>(at(instruction));
    REQUIRE(node);
    const ArgUsage* usage = scopes().argUsage(&node->declarations.at(declaration));
    REQUIRE(usage);
    return *usage;
  }
  Analysed a;
};

using Opt = std::optional<std::string>;

} // namespace

TEST_CASE("argenv: global ARGs are visible to FROM only, until a stage re-declares them", "[argenv]") {
  Scopes s("ARG V=1\n"         // 0
           "FROM alpine:$V\n"  // 1
           "RUN echo $V\n"     // 2
           "ARG V\n"           // 3
           "RUN echo $V\n");   // 4
  CHECK(s.value(1, "V") == Opt("1"));
  CHECK(s.lookup(2, "V") == nullptr);
  const VariableUse* before = s.use(2, "V");
  REQUIRE(before);
  CHECK_FALSE(before->declared());
  CHECK(before->context == ReferenceContext::Shell);
  // The re-declaration without a default takes the global default, and says where it came from.
  const VariableBinding* redeclared = s.lookup(4, "V");
  REQUIRE(redeclared);
  CHECK(redeclared->value == Opt("1"));
  CHECK(redeclared->stage == std::optional<std::size_t>(0));
  CHECK(redeclared->instruction == s.at(3));
  CHECK(redeclared->valueDefinition().instruction == s.at(0));
  CHECK(s.a.at(redeclared->valueDefinition().valueRange) == "1");
  CHECK(s.use(4, "V")->binding == redeclared);
  CHECK(s.expand(1, "alpine:$V") == Opt("alpine:1"));
  CHECK(s.arg(0).used);
  CHECK(s.arg(3).used);
}

TEST_CASE("argenv: a global ARG counts as used when a stage re-declares it", "[argenv]") {
  Scopes s("ARG A=1 B=2\nFROM alpine\nARG A\n");
  CHECK(s.arg(0, 0).used);       // passed into the stage
  CHECK_FALSE(s.arg(0, 1).used); // never read anywhere
  CHECK_FALSE(s.arg(2).used);    // the stage never reads it
  CHECK_FALSE(s.arg(2).reachesRun);
}

TEST_CASE("argenv: ENV overrides an earlier ARG; a later ARG with a value overrides ENV", "[argenv]") {
  Scopes s("FROM alpine\n" // 0
           "ARG X=a\n"     // 1
           "ENV X=b\n"     // 2
           "RUN true\n"    // 3
           "ARG X\n"       // 4: no default, no global: the ENV value stays
           "RUN true\n"    // 5
           "ARG X=c\n"     // 6: BuildKit's dispatchArg adds the value to the state, over the ENV
           "RUN true\n");  // 7
  const VariableBinding* env = s.lookup(3, "X");
  REQUIRE(env);
  CHECK(env->origin == VariableOrigin::Env);
  CHECK(env->value == Opt("b"));
  CHECK(s.a.at(env->nameRange) == "X");
  CHECK(s.a.at(env->valueRange) == "b");
  const VariableBinding* kept = s.lookup(5, "X");
  REQUIRE(kept);
  CHECK(kept->origin == VariableOrigin::Arg);
  CHECK(kept->value == Opt("b"));
  CHECK(kept->valueSource == env);
  CHECK(s.lookup(7, "X")->value == Opt("c"));
  CHECK(s.lookup(7, "X")->origin == VariableOrigin::Arg);
}

TEST_CASE("argenv: FROM <stage> inherits the parent's ENV and ARG values, other stages nothing", "[argenv]") {
  Scopes s("FROM alpine AS base\n" // 0
           "ARG A=1\n"             // 1
           "ENV E=2\n"             // 2
           "FROM base AS child\n"  // 3
           "RUN echo $E $A\n"      // 4
           "FROM alpine\n"         // 5
           "RUN echo $E $A\n");    // 6
  const VariableBinding* e = s.lookup(4, "E");
  REQUIRE(e);
  CHECK(e->origin == VariableOrigin::Env);
  CHECK(e->value == Opt("2"));
  CHECK(e->stage == std::optional<std::size_t>(0));
  // BuildKit copies the parent's LLB state, ARG values included (moby/buildkit#1977, documented
  // since buildkit#5381); the classic builder did not.
  const VariableBinding* a = s.lookup(4, "A");
  REQUIRE(a);
  CHECK(a->value == Opt("1"));
  CHECK(s.arg(1).used); // read by the child stage
  CHECK(s.lookup(6, "E") == nullptr);
  CHECK(s.lookup(6, "A") == nullptr);
  CHECK_FALSE(s.use(6, "A")->declared());
}

TEST_CASE("argenv: built-in platform args", "[argenv]") {
  Scopes s("FROM --platform=$BUILDPLATFORM golang AS build\n" // 0
           "ARG TARGETARCH\n"                                 // 1
           "RUN GOARCH=$TARGETARCH GOOS=$TARGETOS go build\n" // 2
           "FROM scratch AS final\n");                        // 3
  const VariableUse* platform = s.use(0, "BUILDPLATFORM");
  REQUIRE(platform);
  REQUIRE(platform->declared());
  CHECK(platform->binding->origin == VariableOrigin::Builtin);
  CHECK_FALSE(platform->binding->known()); // depends on the machine
  CHECK(platform->binding->hasValue);
  CHECK(s.a.at(platform->range) == "$BUILDPLATFORM");
  CHECK(s.value(0, "TARGETSTAGE") == Opt("final"));
  CHECK(s.expand(0, "$TARGETPLATFORM") == std::nullopt);
  // Declared in the stage: takes the built-in (unknown) value.
  const VariableBinding* arch = s.lookup(2, "TARGETARCH");
  REQUIRE(arch);
  CHECK(arch->origin == VariableOrigin::Arg);
  CHECK(arch->hasValue);
  CHECK_FALSE(arch->known());
  REQUIRE(arch->valueSource);
  CHECK(arch->valueSource->origin == VariableOrigin::Builtin);
  // Not declared in the stage: not in scope, but recognisably a built-in.
  const VariableUse* os = s.use(2, "TARGETOS");
  REQUIRE(os);
  CHECK_FALSE(os->declared());
  CHECK(os->builtinName);
  CHECK(ArgEnvScopes::isProxyArg("https_proxy"));
  CHECK(ArgEnvScopes::isProxyArg("NO_PROXY"));
  CHECK_FALSE(ArgEnvScopes::isProxyArg("PROXY"));
}

TEST_CASE("argenv: modifiers and patterns resolve as BuildKit's", "[argenv]") {
  Scopes s("ARG V=1.2.3\n"                 // 0
           "ARG P=/usr/local/bin/tool\n"   // 1
           "FROM scratch\n"                // 2
           "ARG V\n"                       // 3
           "ARG P\n"                       // 4
           "ENV A=${V%.*} B=${P##*/} C=${MISSING:-dflt} D=${V:+set} E=${V//./-} F=${V#1.} G=${P%%/*}x\n" // 5
           "RUN true\n");                  // 6
  CHECK(s.value(6, "A") == Opt("1.2"));
  CHECK(s.value(6, "B") == Opt("tool"));
  CHECK(s.value(6, "C") == Opt("dflt")); // scratch: nothing else can set MISSING
  CHECK(s.value(6, "D") == Opt("set"));
  CHECK(s.value(6, "E") == Opt("1-2-3"));
  CHECK(s.value(6, "F") == Opt("2.3"));
  CHECK(s.value(6, "G") == Opt("x"));
  CHECK(s.value(6, "PATH") == Opt("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"));
  CHECK(s.expand(6, "${V%%.*}-${B:0}") == std::nullopt); // `${B:0}` is an unsupported modifier
  CHECK(s.scopes().expand(s.at(6), "${B:0}").error);
}

TEST_CASE("argenv: unknown, unset, empty and undeclared are four different answers", "[argenv]") {
  Scopes s("FROM alpine\n"                                       // 0
           "ARG NOVAL\n"                                         // 1
           "ARG EMPTY=\n"                                        // 2
           "ENV X=pre-$NOVAL Y=${NOVAL:-d} Z=${EMPTY:-d} W=$HOME\n" // 3
           "RUN true\n");                                        // 4
  const VariableBinding* noval = s.lookup(4, "NOVAL");
  REQUIRE(noval);
  CHECK_FALSE(noval->known());
  CHECK_FALSE(noval->hasValue);
  CHECK(s.value(4, "EMPTY") == Opt(""));
  CHECK(s.lookup(4, "OTHER") == nullptr);
  CHECK(s.value(4, "X") == std::nullopt);
  CHECK(s.value(4, "Y") == std::nullopt);
  CHECK(s.value(4, "Z") == Opt("d"));
  // HOME is not declared: the base image may set it, so its value is not known either.
  CHECK(s.value(4, "W") == std::nullopt);
  ResolvedWord home = s.scopes().expand(s.at(4), "$HOME/x");
  CHECK(home.readsImageEnv);
  CHECK_FALSE(home.readsUnknown);
  ResolvedWord unknown = s.scopes().expand(s.at(4), "a${NOVAL}b");
  CHECK(unknown.readsUnknown);
  CHECK_FALSE(unknown.value);
  // In FROM, only global ARGs exist and an undeclared name is empty, as BuildKit expands it.
  CHECK(s.expand(0, "alpine${TAG}") == Opt("alpine"));
}

TEST_CASE("argenv: ARG BASE=alpine:3.19 then FROM $BASE names a tagged image", "[argenv]") {
  Scopes s("ARG BASE=alpine:3.19\nFROM $BASE\nFROM ${BASE%:*}:edge AS next\n");
  const auto* from = dlint::ast::dyn_cast<dlint::ast::FromInstruction>(s.at(1));
  REQUIRE(from);
  CHECK(s.expand(1, from->image()->text) == Opt("alpine:3.19"));
  CHECK(s.expand(2, "${BASE%:*}:edge") == Opt("alpine:edge"));
  const VariableUse* base = s.use(1, "BASE");
  REQUIRE(base);
  REQUIRE(base->declared());
  CHECK(base->binding->instruction == s.at(0));
  CHECK(s.a.at(base->binding->valueRange) == "alpine:3.19");
  CHECK(s.arg(0).used);
  CHECK(s.a.analyses->get<StageGraph>().stages().front().base == "alpine:3.19");
}

TEST_CASE("argenv: several ARGs in one instruction apply one after the other", "[argenv]") {
  Scopes s("FROM alpine\nARG A=1 B=$A-x C\nRUN true\n");
  CHECK(s.value(2, "A") == Opt("1"));
  CHECK(s.value(2, "B") == Opt("1-x"));
  CHECK_FALSE(s.lookup(2, "C")->hasValue);
  CHECK(s.scopes().definedBy(s.at(1)).size() == 3);
  CHECK(s.arg(1, 0).used); // read by B's default
  CHECK(s.use(1, "A")->binding == s.lookup(2, "A"));
}

TEST_CASE("argenv: ENV pairs read the environment from before the instruction", "[argenv]") {
  // BuildKit expands every key and value of one ENV before applying any (dispatch() calls
  // Expand on the whole command, then dispatchEnv adds the pairs).
  Scopes s("FROM scratch\nENV A=old\nENV A=new B=$A C=${A}2\nRUN true\n");
  CHECK(s.value(3, "A") == Opt("new"));
  CHECK(s.value(3, "B") == Opt("old"));
  CHECK(s.value(3, "C") == Opt("old2"));
  const VariableUse* a = s.use(2, "A");
  REQUIRE(a);
  CHECK(a->binding->instruction == s.at(1));
}

TEST_CASE("argenv: the escape directive changes how words expand", "[argenv]") {
  Scopes s("# escape=`\nFROM scratch\nARG A=x\nENV B=`$A C=$A D=c:\\$A\nRUN true\n");
  CHECK(s.value(3, "B") == Opt("$A"));
  CHECK(s.value(3, "C") == Opt("x"));
  CHECK(s.value(3, "D") == Opt("c:\\x"));
}

TEST_CASE("argenv: ARGs consumed only through secret mounts", "[argenv]") {
  Scopes s("FROM alpine\n"                                                                      // 0
           "ARG NPM_TOKEN\n"                                                                    // 1
           "ARG GH_TOKEN\n"                                                                     // 2
           "ARG PLAIN\n"                                                                        // 3
           "RUN --mount=type=secret,id=NPM_TOKEN,env=NPM_TOKEN npm ci --token=$NPM_TOKEN\n"      // 4
           "RUN --mount=type=secret,id=GH_TOKEN gh auth login --with-token $GH_TOKEN $PLAIN\n"); // 5
  CHECK(s.arg(1).namedBySecretMount);
  CHECK_FALSE(s.arg(1).used);
  CHECK(s.arg(1).onlySecretMount());
  const VariableUse* token = s.use(4, "NPM_TOKEN");
  REQUIRE(token);
  CHECK(token->secretEnv);
  CHECK(s.arg(2).namedBySecretMount);
  CHECK(s.arg(2).used); // the shell reads the ARG itself
  CHECK_FALSE(s.arg(2).onlySecretMount());
  CHECK_FALSE(s.arg(3).namedBySecretMount);
  CHECK(s.arg(3).used);
}

TEST_CASE("argenv: use detection in expanded words, shell text and heredocs", "[argenv]") {
  Scopes s("FROM alpine\n"            // 0
           "ARG USED\n"               // 1
           "ARG UNUSED=1\n"           // 2
           "ARG INRUN\n"              // 3
           "ARG INHEREDOC\n"          // 4
           "ARG QUOTED\n"             // 5
           "ARG JSON\n"               // 6
           "WORKDIR /$USED\n"         // 7
           "RUN echo ${INRUN:-x} \\\n"
           "    '$QUOTED'\n"          // 8
           "RUN <<EOF\n"
           "echo $INHEREDOC\n"
           "EOF\n"                    // 9
           "RUN [\"sh\", \"-c\", \"echo $JSON\"]\n" // 10
           "FROM alpine\n"            // 11
           "RUN echo $UNUSED\n");     // 12
  CHECK(s.arg(1).used);
  CHECK_FALSE(s.arg(2).used); // the other stage's $UNUSED is not in its scope
  CHECK(s.arg(2).reachesRun);
  CHECK(s.arg(3).used);
  CHECK(s.arg(4).used);
  CHECK_FALSE(s.arg(5).used); // single quotes keep the shell from expanding it
  CHECK(s.arg(6).used);
  CHECK_FALSE(s.arg(1).reachesRun); // no value, so nothing reaches the RUN's environment
  const VariableUse* inrun = s.use(8, "INRUN");
  REQUIRE(inrun);
  CHECK(s.a.at(inrun->range) == "${INRUN:-x}");
  const VariableUse* inheredoc = s.use(9, "INHEREDOC");
  REQUIRE(inheredoc);
  CHECK(inheredoc->context == ReferenceContext::Heredoc);
  CHECK(s.a.at(inheredoc->range) == "$INHEREDOC");
  const VariableUse* used = s.use(7, "USED");
  REQUIRE(used);
  CHECK(used->context == ReferenceContext::Expanded);
  CHECK(s.a.at(used->range) == "$USED");
}

TEST_CASE("argenv: reference positions stay exact across continuation lines", "[argenv]") {
  Scopes s("FROM scratch\nARG A=1\nENV B=x \\\n    C=$A\nCOPY --chown=$A:$A src/${A} /dst\n");
  const VariableUse* a = s.use(2, "A");
  REQUIRE(a);
  CHECK(s.a.at(a->range) == "$A");
  CHECK(s.a.locate(a->range.begin).line == 4);
  CHECK(s.scopes().references(s.at(3)).size() == 3);
  for (const VariableUse& u : s.scopes().references(s.at(3)))
    CHECK(s.a.at(u.range).find('A') != std::string_view::npos);
}

TEST_CASE("argenv: every file of the real-world corpus", "[argenv][corpus]") {
  namespace fs = std::filesystem;
  const fs::path root = fs::path(DLINT_SHARED_DIR) / "corpus" / "real";
  if (!fs::is_directory(root)) {
    WARN("skipped: " << root.string() << " is absent");
    return;
  }
  std::size_t files = 0;
  std::size_t args = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file())
      continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    Analysed a(buffer.str());
    const ArgEnvScopes& scopes = a.analyses->get<ArgEnvScopes>();
    const auto size = static_cast<std::uint32_t>(a.text().size());
    for (const auto& node : a.result.dockerfile.instructions) {
      for (const VariableUse& use : scopes.references(node.get())) {
        INFO(entry.path().string());
        CHECK(use.range.begin <= use.range.end);
        CHECK(use.range.end <= size);
      }
      for (const VariableBinding* b : scopes.definedBy(node.get()))
        CHECK(b->valueRange.end <= size);
    }
    args += scopes.args().size();
    ++files;
  }
  CHECK(files > 0);
  CHECK(args > 0);
}

TEST_CASE("an ONBUILD trigger sees no variable of this build: every one it reads is unknown", "[analysis]") {
  Scopes s("FROM debian:12\n"
           "ARG V=1.2\n"
           "ENV E=3\n"
           "ONBUILD RUN apt-get install -y curl=${V}\n");
  const auto* onbuild = dlint::ast::dyn_cast<dlint::ast::OnbuildInstruction>(s.at(3));
  REQUIRE(onbuild);
  const dlint::ast::Instruction* trigger = onbuild->trigger.get();
  CHECK(s.scopes().expand(trigger, "curl=${V}").value == std::nullopt);
  CHECK(s.scopes().expand(trigger, "$E").value == std::nullopt);
  CHECK(s.scopes().expand(trigger, "curl=7.88").value == std::optional<std::string>("curl=7.88"));
  CHECK(s.expand(3, "curl=${V}") == std::optional<std::string>("curl=1.2")); // the ONBUILD line itself
}
