# DF205 reserved-stage-name: a stage named 'scratch' or 'context' (in any case), names BuildKit
# reserves for the empty image and the build context (BuildKit's ReservedStageName).
# RUN: %expect_exit 1 %dlint --color=never --select=DF205 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF205]'
FROM alpine:3.20 AS scratch
# CHECK:{{.*}}DF205.dockerfile:[[@LINE-1]]:21: warning: 'scratch' is a reserved name and should not name a stage [DF205]
# CHECK-NEXT:FROM alpine:3.20 AS scratch
# CHECK-NEXT:                    ^~~~~~~
RUN touch /marker

FROM busybox:1.36 as Context
# CHECK:{{.*}}DF205.dockerfile:[[@LINE-1]]:22: warning: 'Context' is a reserved name and should not name a stage [DF205]
# CHECK-NEXT:FROM busybox:1.36 as Context
# CHECK-NEXT:                     ^~~~~~~

# OK: 'scratch' as the base image; names that merely contain a reserved word.
FROM scratch AS scratch-base
FROM scratch AS build-context
FROM scratch
COPY --from=scratch-base / /
# CHECK:2 warnings generated.
