# DF558: a label required as 'semver' whose value is not a semantic version; the caret is on the value.
# Empty values (DF553) and values with variables are not checked.
# RUN: printf 'required-labels: {org.opencontainers.image.version: semver}\n' > %t.yaml
# RUN: %expect_exit 1 %dlint --color=never --config %t.yaml --select=DF558 %s | FileCheck %s --match-full-lines --implicit-check-not='[DF558]'
# RUN: %expect_exit 0 %dlint --no-config --select=DF558 %s | count 0

FROM alpine:3.20
LABEL org.opencontainers.image.version=v1.4
# CHECK:{{.*}}DF558.dockerfile:[[@LINE-1]]:40: warning: label 'org.opencontainers.image.version' is not a semantic version [DF558]
# CHECK-NEXT:LABEL org.opencontainers.image.version=v1.4
# CHECK-NEXT:                                       ^~~~
# CHECK-NEXT:note: required-labels declares 'org.opencontainers.image.version' as 'semver': MAJOR.MINOR.PATCH with optional -PRERELEASE and +BUILD, such as '1.4.2' or '2.0.0-rc.1'
LABEL org.opencontainers.image.version=1.4
# CHECK:{{.*}}DF558.dockerfile:[[@LINE-1]]:40: warning: {{.*}} [DF558]
LABEL org.opencontainers.image.version=01.4.2
# CHECK:{{.*}}DF558.dockerfile:[[@LINE-1]]:40: warning: {{.*}} [DF558]
LABEL org.opencontainers.image.version=1.4.2-rc.01
# CHECK:{{.*}}DF558.dockerfile:[[@LINE-1]]:40: warning: {{.*}} [DF558]
LABEL org.opencontainers.image.version=1.4.2.1
# CHECK:{{.*}}DF558.dockerfile:[[@LINE-1]]:40: warning: {{.*}} [DF558]

# OK
LABEL org.opencontainers.image.version=1.4.2
LABEL org.opencontainers.image.version=2.0.0-rc.1+build.20240501
LABEL org.opencontainers.image.version="0.0.0-alpha-1"
ARG VERSION
LABEL org.opencontainers.image.version=${VERSION}
