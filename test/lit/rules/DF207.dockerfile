# DF207 copy-whole-stage-root: 'COPY --from=<stage> / ...' copies the whole file system of a
# stage that ran commands (its package caches, compilers and any secret left on disk). Stages
# that ran nothing (a tool image alias, a scratch stage that collects files) are copied whole
# on purpose and are not reported.
# RUN: %expect_exit 1 %dlint --color=never --select=DF207 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF207]'
FROM debian:bookworm AS build
RUN apt-get update && apt-get install -y build-essential && make -C /src install DESTDIR=/out

FROM build AS test
COPY tests/ /tests/

FROM tonistiigi/xx:1.4 AS xx
FROM scratch AS artifacts
COPY --from=build /out/usr/local/bin/app /app

FROM debian:bookworm-slim
COPY --from=build / /
# CHECK:{{.*}}DF207.dockerfile:[[@LINE-1]]:19: warning: 'COPY --from=build /' copies the whole file system of stage 'build' [DF207]
# CHECK-NEXT:COPY --from=build / /
# CHECK-NEXT:                  ^
# CHECK-NEXT:note: copy only the paths the stage built, such as its output directory

# A stage that ran commands through its parent, by index, in JSON form, quoted, or spelt '/.'.
COPY --from=test / /srv/rootfs/
# CHECK:{{.*}}DF207.dockerfile:[[@LINE-1]]:18: warning: 'COPY --from=test /' copies the whole file system of stage 'test' [DF207]
COPY --from=0 ["/", "/"]
# CHECK:{{.*}}DF207.dockerfile:[[@LINE-1]]:16: warning: 'COPY --from=0 /' copies the whole file system of stage 'build' [DF207]
# CHECK-NEXT:COPY --from=0 ["/", "/"]
# CHECK-NEXT:               ^~~
COPY --from=Build "/" /
# CHECK:{{.*}}DF207.dockerfile:[[@LINE-1]]:19: warning: 'COPY --from=Build "/"' copies the whole file system of stage 'build' [DF207]
COPY --from=build /. /opt/ /
# CHECK:{{.*}}DF207.dockerfile:[[@LINE-1]]:19: warning: 'COPY --from=build /.' copies the whole file system of stage 'build' [DF207]

# OK: a directory of the stage; '/' as the destination only; stages that ran no command;
# an image; the build context.
COPY --from=build /out/ /
COPY --from=build /out/usr/local/bin/app /
COPY --from=xx / /
COPY --from=artifacts / /usr/local/bin/
COPY --from=busybox:1.36 / /busybox/
COPY / /srv/context/
# CHECK:5 warnings generated.
