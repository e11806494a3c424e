# DF208 stage-index-out-of-range: a numeric 'COPY --from' that is the index of no stage
# (BuildKit: "invalid stage index N"). Indexes count FROM lines from 0; a sign is accepted by
# BuildKit's strconv.Atoi, so '-1' is an index too, and always out of range.
# RUN: %expect_exit 1 %dlint --color=never --select=DF208 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF208]'
FROM golang:1.22
RUN go build -o /out/app .

FROM alpine:3.20
COPY --from=2 /out/app /usr/local/bin/app
# CHECK:{{.*}}DF208.dockerfile:[[@LINE-1]]:13: error: there is no stage 2: this file has stages 0 to 1 [DF208]
# CHECK-NEXT:COPY --from=2 /out/app /usr/local/bin/app
# CHECK-NEXT:            ^
# CHECK-NEXT:note: stages are numbered from 0 in the order of their FROM lines
COPY --from=-1 /out/app /usr/local/bin/app
# CHECK:{{.*}}DF208.dockerfile:[[@LINE-1]]:13: error: there is no stage -1: this file has stages 0 to 1 [DF208]
# CHECK-NEXT:COPY --from=-1 /out/app /usr/local/bin/app
# CHECK-NEXT:            ^~
COPY --from=10 /out/app /usr/local/bin/app
# CHECK:{{.*}}DF208.dockerfile:[[@LINE-1]]:13: error: there is no stage 10: this file has stages 0 to 1 [DF208]

# OK: indexes in range (the own stage is DF202's finding, a later one DF203's); a mount takes
# no index at all (a number there is an image name: DF201); names that start with a digit.
COPY --from=0 /out/app /usr/local/bin/app
COPY --from=+0 /out/app /usr/local/bin/app
COPY --from=1 /etc/os-release /tmp/
RUN --mount=from=7,target=/x true
COPY --from=2fa /bin/tool /bin/tool
# CHECK:3 errors generated.
