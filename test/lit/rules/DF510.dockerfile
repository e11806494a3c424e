# DF510 stage-name-casing: a stage name with upper-case letters. The safe fix lower-cases the name
# and every 'COPY --from=' and '--mount from=' that names the stage in another case.
# RUN: %expect_exit 0 %dlint --color=never --select=DF510 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF510]'
FROM golang:1.22 AS Builder
# CHECK:{{.*}}DF510.dockerfile:[[@LINE-1]]:21: style: stage name 'Builder' should be lower case [DF510]
# CHECK-NEXT:FROM golang:1.22 AS Builder
# CHECK-NEXT:                    ^~~~~~~
# CHECK-NEXT:                    builder
RUN go build -o /out/app .

FROM alpine:3.20 AS TestRunner
# CHECK:{{.*}}DF510.dockerfile:[[@LINE-1]]:21: style: stage name 'TestRunner' should be lower case [DF510]
# CHECK-NEXT:FROM alpine:3.20 AS TestRunner
# CHECK-NEXT:                    ^~~~~~~~~~
# CHECK-NEXT:                    testrunner
COPY --from=BUILDER /out/app /usr/local/bin/app
RUN --mount=type=bind,from=Builder,source=/out,target=/mnt ls /mnt

# OK: lower-case names, and a FROM that only looks like the name (DF209's).
FROM builder AS next
FROM alpine:3.20 AS final-stage.v2_x
COPY --from=Builder /out/app /app
COPY --from=0 /out/app /app0
# CHECK:2 diagnostics generated.

# ---- fix: the name and every COPY --from / --mount from= that names it in another case ---------
# RUN: %expect_exit 0 %dlint --color=never --select=DF510 --parseable-fixits %s | FileCheck %s --check-prefix=FIXIT --implicit-check-not=fix-it:
# FIXIT: fix-it:"{{.*}}DF510.dockerfile":{4:21-4:28}:"builder"
# FIXIT-NEXT: fix-it:"{{.*}}DF510.dockerfile":{16:13-16:20}:"builder"
# FIXIT-NEXT: fix-it:"{{.*}}DF510.dockerfile":{17:28-17:35}:"builder"
# FIXIT-NEXT: fix-it:"{{.*}}DF510.dockerfile":{22:13-22:20}:"builder"
# FIXIT: fix-it:"{{.*}}DF510.dockerfile":{11:21-11:31}:"testrunner"
# RUN: cp %s %t.dockerfile
# RUN: %expect_exit 0 %dlint --color=never --select=DF510 --fix %t.dockerfile 2>&1 | FileCheck %s --check-prefix=FIXED
# FIXED: fixed 2 findings in 1 file
# RUN: FileCheck %s --check-prefix=TEXT --input-file=%t.dockerfile
# TEXT: {{^}}FROM golang:1.22 AS builder{{$}}
# TEXT: {{^}}FROM alpine:3.20 AS testrunner{{$}}
# TEXT: {{^}}COPY --from=builder /out/app /usr/local/bin/app{{$}}
# TEXT: {{^}}RUN --mount=type=bind,from=builder,source=/out,target=/mnt ls /mnt{{$}}
# TEXT: {{^}}FROM builder AS next{{$}}
# TEXT: {{^}}COPY --from=builder /out/app /app{{$}}
# TEXT: {{^}}COPY --from=0 /out/app /app0{{$}}
# RUN: %expect_exit 0 %dlint --color=never --select=DF510,DF209 %t.dockerfile 2>&1 | FileCheck %s --check-prefix=AGAIN --allow-empty
# AGAIN-NOT: [DF5
# AGAIN-NOT: [DF209]
