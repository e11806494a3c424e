# DF420 copied-archive-extracted: a COPY'd tar archive that a later RUN of the same stage
# extracts with tar. The range is the COPY source; a note points at the tar operand.
# RUN: %expect_exit 0 %dlint --color=never --select=DF420 %s | FileCheck %s --strict-whitespace --implicit-check-not='[DF420]'

FROM debian:12-slim
COPY vendor/jdk-21.tar.gz /tmp/
RUN tar -xzf /tmp/jdk-21.tar.gz -C /opt && rm /tmp/jdk-21.tar.gz
# CHECK: {{.*}}DF420.dockerfile:[[@LINE-2]]:6: info: the archive 'vendor/jdk-21.tar.gz' is copied into a layer and extracted by a later RUN; the layer keeps it [DF420]
# CHECK-NEXT: COPY vendor/jdk-21.tar.gz /tmp/
# CHECK-NEXT: {{^}}     ^~~~~~~~~~~~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}DF420.dockerfile:[[@LINE-4]]:14: note: extracted here
# CHECK-NEXT: RUN tar -xzf /tmp/jdk-21.tar.gz -C /opt && rm /tmp/jdk-21.tar.gz
# CHECK-NEXT: {{^}}             ^~~~~~~~~~~~~~~~~~{{$}}
# CHECK-NEXT: note: extract it from a bind mount instead ('RUN --mount=type=bind,source=vendor/jdk-21.tar.gz,target=/tmp/jdk-21.tar.gz tar -xf ...'), or let ADD unpack it

# Renamed on the way in, extracted later with old-style options and through sudo.
COPY node.tar.xz /opt/node-dist.txz
RUN echo unpacking
RUN set -eux; \
    sudo tar xJf /opt/node-dist.txz -C /usr/local --strip-components=1
# CHECK: {{.*}}DF420.dockerfile:[[@LINE-4]]:6: info: the archive 'node.tar.xz' is copied{{.*}}[DF420]
# CHECK: {{.*}}DF420.dockerfile:[[@LINE-2]]:18: note: extracted here

# From another stage, into a relative path, extracted by its name with --file=.
WORKDIR /build
COPY --from=debian:12-slim /srv/bundle.tar bundle.tar
RUN tar --extract --file=bundle.tar
# CHECK: {{.*}}DF420.dockerfile:[[@LINE-2]]:28: info: the archive '/srv/bundle.tar' is copied{{.*}}[DF420]
# CHECK: note: extract it from a bind mount instead: 'RUN --mount=type=bind,from=STAGE,source=PATH,target=/tmp/archive tar -xf /tmp/archive ...'

# OK: listed not extracted, another file, another stage, zip, wildcard, a different folder.
COPY a.tar.gz /tmp/
RUN tar -tzf /tmp/a.tar.gz
COPY b.tar.gz /tmp/
RUN tar -xzf /tmp/other.tar.gz
COPY site.zip /tmp/
RUN unzip /tmp/site.zip
COPY *.tgz /tmp/
RUN tar -xzf /tmp/x.tgz
COPY c.tar /tmp/c.tar
RUN tar -xf /opt/c.tar
COPY d.tar.gz /tmp/
FROM debian:12-slim
RUN tar -xzf /tmp/d.tar.gz
