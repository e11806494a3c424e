# DF211 redundant-target-platform: a FROM --platform whose only variable is TARGETPLATFORM and
# that expands to exactly its value. The safe fix removes the flag and the blanks after it.
# RUN: %expect_exit 0 %dlint --color=never --select=DF211 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF211]'

FROM --platform=$TARGETPLATFORM alpine:3.20 AS a
# CHECK:{{.*}}DF211.dockerfile:[[@LINE-1]]:6: info: '--platform=$TARGETPLATFORM' is redundant: a stage is built for the target platform by default [DF211]
# CHECK-NEXT:FROM --platform=$TARGETPLATFORM alpine:3.20 AS a
# CHECK-NEXT:     ^~~~~~~~~~~~~~~~~~~~~~~~~~~

FROM --platform="${TARGETPLATFORM}"   alpine:3.20 AS b
# CHECK:{{.*}}DF211.dockerfile:[[@LINE-1]]:6: info: '--platform="${TARGETPLATFORM}"' is redundant: a stage is built for the target platform by default [DF211]
# CHECK-NEXT:FROM --platform="${TARGETPLATFORM}"   alpine:3.20 AS b
# CHECK-NEXT:     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

FROM \
    --platform=${TARGETPLATFORM:-linux/amd64} \
    alpine:3.20 AS c
# CHECK:{{.*}}DF211.dockerfile:[[@LINE-2]]:5: info: '--platform=${TARGETPLATFORM:-linux/amd64}' is redundant: a stage is built for the target platform by default [DF211]
# CHECK-NEXT:    --platform=${TARGETPLATFORM:-linux/amd64} \
# CHECK-NEXT:~~~~^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

# OK: other variables, other text, BUILDPLATFORM, a constant.
FROM --platform=$TARGETOS/$TARGETARCH alpine:3.20 AS d
FROM --platform=${TARGETPLATFORM%/*} alpine:3.20 AS e
FROM --platform=$BUILDPLATFORM alpine:3.20 AS f
FROM --platform=linux/amd64 alpine:3.20 AS g
FROM --platform=$TARGETPLATFORM$TARGETPLATFORM alpine:3.20 AS h
FROM alpine:3.20
# CHECK:3 diagnostics generated.

# ---- fix: the safe fix deletes the flag and the blanks after it (the whole line when the flag
# is alone on a continued line) ----------------------------------------------------------------
# RUN: %expect_exit 0 %dlint --color=never --select=DF211 --parseable-fixits %s | FileCheck %s --check-prefix=FIXIT --implicit-check-not=fix-it:
# FIXIT: fix-it:"{{.*}}DF211.dockerfile":{5:6-5:33}:""
# FIXIT: fix-it:"{{.*}}DF211.dockerfile":{10:6-10:39}:""
# FIXIT: fix-it:"{{.*}}DF211.dockerfile":{16:1-17:1}:""
# RUN: cp %s %t.dockerfile
# RUN: %expect_exit 0 %dlint --color=never --select=DF211 --fix %t.dockerfile 2>&1 | FileCheck %s --check-prefix=FIXED
# FIXED: fixed 3 findings in 1 file
# RUN: FileCheck %s --check-prefix=TEXT --input-file=%t.dockerfile
# TEXT: {{^}}FROM alpine:3.20 AS a{{$}}
# TEXT: {{^}}FROM alpine:3.20 AS b{{$}}
# TEXT: {{^}}FROM \{{$}}
# TEXT-NEXT: {{^}}    alpine:3.20 AS c{{$}}
# RUN: %expect_exit 0 %dlint --color=never --select=DF211,DF111 %t.dockerfile 2>&1 | FileCheck %s --check-prefix=AGAIN --allow-empty
# AGAIN-NOT: [DF1
# AGAIN-NOT: [DF211]
