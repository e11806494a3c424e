# DF551 missing-required-label: the final image lacks a required label; labels are inherited
# through FROM <stage>. Reported at the final FROM's image, once per missing label.
# RUN: printf 'required-labels:\n  org.opencontainers.image.source: url\n  org.opencontainers.image.version: semver\n  maintainer: email\n' > %t.yaml
# RUN: %expect_exit 0 %dlint --color=never --config %t.yaml --select=DF551 %s | FileCheck %s --match-full-lines --implicit-check-not='[DF551]'
# Silent with no required labels.
# RUN: %expect_exit 0 %dlint --no-config --select=DF551 %s | count 0

FROM golang:1.22 AS build
LABEL org.opencontainers.image.source="https://github.com/acme/app"

# A label only in an unrelated stage does not count.
FROM alpine:3.20 AS other
LABEL maintainer="team@example.com"

FROM build
# CHECK:{{.*}}DF551.dockerfile:[[@LINE-1]]:6: info: the final image has no label 'org.opencontainers.image.version', which required-labels asks for [DF551]
# CHECK-NEXT:FROM build
# CHECK-NEXT:     ^~~~~
# CHECK-NEXT:note: add 'LABEL org.opencontainers.image.version=...' to the final stage (or to a stage it is built FROM)
# CHECK:{{.*}}DF551.dockerfile:[[@LINE-5]]:6: info: the final image has no label 'maintainer', which required-labels asks for [DF551]
RUN go build ./...
