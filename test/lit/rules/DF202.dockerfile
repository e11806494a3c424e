# DF202 copy-from-own-stage: 'COPY --from' or '--mount from=' names the stage it is in.
# BuildKit fails with "circular dependency detected on stage"; a note points at the stage.
# RUN: %expect_exit 1 %dlint --color=never --select=DF202 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF202]'
FROM node:20-alpine AS build
WORKDIR /app
COPY --from=build /app/package.json ./
# CHECK:{{.*}}DF202.dockerfile:[[@LINE-1]]:13: error: 'build' is the stage this instruction is in [DF202]
# CHECK-NEXT:COPY --from=build /app/package.json ./
# CHECK-NEXT:            ^~~~~
# CHECK-NEXT:{{.*}}DF202.dockerfile:[[@LINE-6]]:1: note: a stage cannot use its own files; BuildKit reports a circular dependency
# CHECK-NEXT:FROM node:20-alpine AS build
# CHECK-NEXT:^~~~~~~~~~~~~~~~~~~~~~~~~~~~

# Stage names compare case-insensitively, and a mount is a use too.
RUN --mount=type=bind,from=BUILD,target=/prev \
    cp -r /prev/node_modules ./
# CHECK:{{.*}}DF202.dockerfile:[[@LINE-2]]:28: error: 'BUILD' is the stage this instruction is in [DF202]
# CHECK-NEXT:RUN --mount=type=bind,from=BUILD,target=/prev \
# CHECK-NEXT:                           ^~~~~

# By index: this is stage 1.
FROM alpine:3.20
COPY --from=1 /etc/os-release /tmp/
# CHECK:{{.*}}DF202.dockerfile:[[@LINE-1]]:13: error: index 1 is the stage this instruction is in [DF202]
# CHECK-NEXT:COPY --from=1 /etc/os-release /tmp/
# CHECK-NEXT:            ^
# CHECK-NEXT:{{.*}}DF202.dockerfile:[[@LINE-5]]:1: note: a stage cannot use its own files; BuildKit reports a circular dependency

# OK: an earlier stage by name or index; a later stage is DF203's finding; an image whose name
# equals the stage name with a tag is an image, not this stage.
COPY --from=build /app/dist /srv
COPY --from=0 /app/dist /srv
FROM alpine:3.20 AS final
COPY --from=final:3.20 /etc/os-release /tmp/
RUN --mount=from=build,target=/b ls /b
# CHECK:3 errors generated.
