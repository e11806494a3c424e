# DF552 superfluous-label: with strict-labels, a LABEL key not in required-labels, in any stage.
# RUN: printf 'required-labels: {org.opencontainers.image.source: url}\nstrict-labels: true\n' > %t.yaml
# RUN: %expect_exit 0 %dlint --color=never --config %t.yaml --select=DF552 %s | FileCheck %s --match-full-lines --implicit-check-not='[DF552]'
# Silent without strict-labels.
# RUN: printf 'required-labels: {org.opencontainers.image.source: url}\n' > %t.loose.yaml
# RUN: %expect_exit 0 %dlint --config %t.loose.yaml --select=DF552 %s | count 0

FROM alpine:3.20 AS build
LABEL build-host=ci-07
# CHECK:{{.*}}DF552.dockerfile:[[@LINE-1]]:7: info: label 'build-host' is not in required-labels, and strict-labels is on [DF552]
# CHECK-NEXT:LABEL build-host=ci-07
# CHECK-NEXT:      ^~~~~~~~~~

FROM build
LABEL org.opencontainers.image.source="https://github.com/acme/app" "org.opencontainers.image.sources"=x
# CHECK:{{.*}}DF552.dockerfile:[[@LINE-1]]:69: info: label 'org.opencontainers.image.sources' is not in required-labels, and strict-labels is on [DF552]
# OK: a key with a variable.
ARG K=a
LABEL ${K}=b
