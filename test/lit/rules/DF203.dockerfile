# DF203 copy-from-later-stage: 'COPY --from' or '--mount from=' names a stage defined further
# down. BuildKit: "cannot copy from stage "x", it needs to be defined before current stage".
# RUN: %expect_exit 1 %dlint --color=never --select=DF203 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF203]'
FROM alpine:3.20 AS app
COPY --from=assets /srv/static /srv/static
# CHECK:{{.*}}DF203.dockerfile:[[@LINE-1]]:13: error: stage 'assets' is defined after the stage that uses it [DF203]
# CHECK-NEXT:COPY --from=assets /srv/static /srv/static
# CHECK-NEXT:            ^~~~~~
# CHECK-NEXT:{{.*}}DF203.dockerfile:[[@LINE+14]]:1: note: defined here; move it above the stage that uses it
# CHECK-NEXT:FROM node:20-alpine AS assets
# CHECK-NEXT:^~~~~~~~~~~~~~~~~~~~~~~~~~~~~

# A mount, in other letter case, and an index (stage 2 is the third FROM).
RUN --mount=from=Assets,source=/srv,target=/srv ls /srv
# CHECK:{{.*}}DF203.dockerfile:[[@LINE-1]]:18: error: stage 'Assets' is defined after the stage that uses it [DF203]
# CHECK-NEXT:RUN --mount=from=Assets,source=/srv,target=/srv ls /srv
# CHECK-NEXT:                 ^~~~~~
COPY --from=2 /out /out
# CHECK:{{.*}}DF203.dockerfile:[[@LINE-1]]:13: error: stage 2 is defined after the stage that uses it [DF203]
# CHECK-NEXT:COPY --from=2 /out /out
# CHECK-NEXT:            ^

FROM node:20-alpine AS assets
RUN npm run build

FROM alpine:3.20
# OK: earlier stages, by name and index; the stage itself is DF202's finding; `FROM assets`
# (a later FROM naming an earlier stage) is the usual order.
COPY --from=assets /srv/static /srv/static
COPY --from=0 /srv /srv
COPY --from=2 /out /out
FROM assets
# CHECK:3 errors generated.
