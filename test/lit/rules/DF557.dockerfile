# DF557: a label required as 'hash' whose value is not a full git commit hash; the caret is on the value.
# Empty values (DF553) and values with variables are not checked.
# RUN: printf 'required-labels: {org.opencontainers.image.revision: hash}\n' > %t.yaml
# RUN: %expect_exit 1 %dlint --color=never --config %t.yaml --select=DF557 %s | FileCheck %s --match-full-lines --implicit-check-not='[DF557]'
# RUN: %expect_exit 0 %dlint --no-config --select=DF557 %s | count 0

FROM alpine:3.20
LABEL org.opencontainers.image.revision=a1b2c3d
# CHECK:{{.*}}DF557.dockerfile:[[@LINE-1]]:41: warning: label 'org.opencontainers.image.revision' is not a full git commit hash [DF557]
# CHECK-NEXT:LABEL org.opencontainers.image.revision=a1b2c3d
# CHECK-NEXT:                                        ^~~~~~~
# CHECK-NEXT:note: required-labels declares 'org.opencontainers.image.revision' as 'hash': a full commit ID, 40 hexadecimal digits (64 for SHA-256 repositories)
LABEL org.opencontainers.image.revision=3f2a9c4e1b7d8f6a5c0e9b2d4f7a1c3e5b8d0f2g
# CHECK:{{.*}}DF557.dockerfile:[[@LINE-1]]:41: warning: {{.*}} [DF557]
LABEL org.opencontainers.image.revision=main
# CHECK:{{.*}}DF557.dockerfile:[[@LINE-1]]:41: warning: {{.*}} [DF557]

# OK
LABEL org.opencontainers.image.revision=3f2a9c4e1b7d8f6a5c0e9b2d4f7a1c3e5b8d0f2a
LABEL org.opencontainers.image.revision="3F2A9C4E1B7D8F6A5C0E9B2D4F7A1C3E5B8D0F2A"
LABEL org.opencontainers.image.revision=6c1e3a5f7b9d2e4c6a8f0b1d3e5c7a9f2b4d6e8c0a1f3b5d7e9c2a4f6b8d0e1c
