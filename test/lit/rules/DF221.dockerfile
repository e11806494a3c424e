# DF221 missing-healthcheck (opt-in): the final stage has no HEALTHCHECK, neither itself nor through a stage
# of the file it is built FROM. The caret is on the final stage's base image. HEALTHCHECKs of
# earlier stages it is not built on do not count.
# RUN: %expect_exit 0 %dlint --color=never --select=DF221 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF221]'
# OK: the final stage inherits a HEALTHCHECK from the stage it is built FROM.
# RUN: printf 'FROM alpine:3.20 AS checked\nHEALTHCHECK CMD true\nFROM checked\n' > %t.inherit
# RUN: %dlint --color=never --select=DF221 %t.inherit | FileCheck %s --check-prefix=QUIET --allow-empty --implicit-check-not='[DF221]'
# OK: HEALTHCHECK NONE is an explicit choice.
# RUN: printf 'FROM alpine:3.20\nHEALTHCHECK NONE\n' > %t.none
# RUN: %dlint --color=never --select=DF221 %t.none | FileCheck %s --check-prefix=QUIET --allow-empty --implicit-check-not='[DF221]'
# QUIET-NOT: [DF221]
# Opt-in: not reported without --select.
# RUN: %dlint --color=never %s | FileCheck %s --check-prefix=QUIET --allow-empty

FROM alpine:3.20 AS checked
HEALTHCHECK CMD true
FROM checked AS child

FROM golang:1.22 AS build
RUN go build ./...

FROM gcr.io/distroless/static:nonroot
# CHECK:{{.*}}DF221.dockerfile:[[@LINE-1]]:6: info: the final stage has no HEALTHCHECK [DF221]
# CHECK-NEXT:FROM gcr.io/distroless/static:nonroot
# CHECK-NEXT:     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: add 'HEALTHCHECK CMD <command that fails when the service does not answer>', or 'HEALTHCHECK NONE' when the image deliberately has none
COPY --from=build /go/bin/app /app
# CHECK:1 diagnostic generated.
