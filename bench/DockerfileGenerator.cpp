#include "bench/DockerfileGenerator.h"

#include <array>
#include <random>
#include <string_view>

#include <fmt/format.h>

namespace dlint::bench {
namespace {

constexpr std::array<std::string_view, 6> kBaseImages = {
    "alpine:3.19", "debian:bookworm-slim", "ubuntu:22.04@sha256:0bced47fffa3361afa981854fcabcd4577cd43cebbb808cea2b1f33a3dd7f508",
    "golang:1.22", "node:20-alpine", "python:3.12-slim"};

constexpr std::array<std::string_view, 12> kPackages = {
    "curl", "ca-certificates", "git", "build-essential", "libssl-dev", "pkg-config",
    "python3", "unzip", "xz-utils", "gnupg", "tzdata", "openssh-client"};

/// One build stage of roughly 1-2 KB; every stage after the first copies from the one before.
class StageWriter {
public:
  StageWriter(std::string& out, std::mt19937& random) : out_(out), random_(random) {}

  void write(std::size_t stage) {
    const std::string_view image = kBaseImages[pick(kBaseImages.size())];
    out_ += "# ----------------------------------------------------------------------\n";
    out_ += fmt::format("# stage {}: build component {} from its release tarball, then check it\n", stage, stage);
    out_ += "# ----------------------------------------------------------------------\n";
    out_ += fmt::format("ARG VERSION_{}=1.{}.{}\n", stage, stage % 10, stage % 7);
    out_ += fmt::format("FROM --platform=$BUILDPLATFORM {} AS build-{}\n", image, stage);
    out_ += fmt::format("LABEL org.opencontainers.image.title=\"component {}\" \\\n"
                        "      org.opencontainers.image.version=\"${{VERSION_{}}}\" \\\n"
                        "      org.opencontainers.image.vendor=example\n",
                        stage, stage);
    out_ += fmt::format("ENV APP_HOME=/opt/app-{0} PATH=/opt/app-{0}/bin:$PATH LANG=C.UTF-8 "
                        "GREETING=\"hello world\"\n",
                        stage);
    out_ += fmt::format("WORKDIR /src/component-{}\n", stage);
    out_ += "COPY --chown=1000:1000 package.json package-lock.json ./\n\n";
    writeBuildRun(stage);
    if (chance(2))
      writeHeredocRun(stage);
    if (chance(3))
      out_ += fmt::format("COPY <<-EOT /etc/app-{}.conf\n\tlisten=0.0.0.0:8080\n\tlog=info\nEOT\n",
                          stage);
    if (stage > 0)
      out_ += fmt::format("COPY --from=build-{} /out/ /usr/local/lib/\n", stage - 1);
    out_ += "EXPOSE 8080/tcp\n";
    out_ += "USER 1000:1000\n";
    out_ += "HEALTHCHECK --interval=30s --timeout=5s --retries=3 \\\n"
            "  CMD curl -fsS http://localhost:8080/healthz || exit 1\n";
    out_ += fmt::format("ENTRYPOINT [\"/opt/app-{}/bin/server\"]\n", stage);
    out_ += "CMD [\"--port\", \"8080\"]\n\n";
  }

private:
  std::size_t pick(std::size_t count) {
    return std::uniform_int_distribution<std::size_t>(0, count - 1)(random_);
  }
  bool chance(std::size_t oneIn) { return pick(oneIn) == 0; }

  /// A docker-library style RUN: install, download, verify, build, clean up, one step a line.
  void writeBuildRun(std::size_t stage) {
    out_ += "# install the toolchain, verify the release and build it in one layer\n";
    out_ += "RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\\n"
            "    set -eux; \\\n"
            "    apt-get update; \\\n"
            "    apt-get install -y --no-install-recommends \\\n";
    const std::size_t count = 3 + pick(6);
    for (std::size_t i = 0; i < count; ++i)
      out_ += fmt::format("        {} \\\n", kPackages[pick(kPackages.size())]);
    out_ += "    ; \\\n";
    out_ += fmt::format("    wget -O app.tar.gz \"https://example.com/releases/app-${{VERSION_{}}}.tar.gz\"; \\\n",
                        stage);
    out_ += fmt::format("    echo \"{:064x}  app.tar.gz\" | sha256sum -c -; \\\n", random_());
    out_ += "    mkdir -p /usr/src/app; \\\n"
            "    tar -xzf app.tar.gz -C /usr/src/app --strip-components=1; \\\n"
            "    rm app.tar.gz; \\\n"
            "    cd /usr/src/app; \\\n"
            "    ./configure --prefix=/usr/local --enable-shared --with-openssl; \\\n"
            "    make -j \"$(nproc)\"; \\\n"
            "    make install DESTDIR=/out; \\\n"
            "    apt-mark auto '.*' > /dev/null; \\\n"
            "    apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \\\n"
            "    rm -rf /var/lib/apt/lists/* /usr/src/app\n";
  }

  void writeHeredocRun(std::size_t stage) {
    out_ += "RUN <<EOF\n"
            "set -eux\n";
    out_ += fmt::format("echo \"building component {}\" >&2\n", stage);
    out_ += "./configure --prefix=/usr/local && make -j\"$(nproc)\"\n"
            "EOF\n";
  }

  std::string& out_;
  std::mt19937& random_;
};

} // namespace

std::string generateDockerfile(std::size_t targetBytes, std::uint32_t seed) {
  std::mt19937 random(seed);
  std::string out;
  out.reserve(targetBytes + 4096);
  out += "# syntax=docker/dockerfile:1\n"
         "# escape=\\\n\n";
  StageWriter writer(out, random);
  for (std::size_t stage = 0; out.size() < targetBytes; ++stage)
    writer.write(stage);
  return out;
}

} // namespace dlint::bench
