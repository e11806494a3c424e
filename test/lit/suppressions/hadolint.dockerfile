# `# hadolint ignore=` covers the next instruction and `# hadolint global ignore=` the file, through
# the rules' hadolint aliases. IDs with no dlint equivalent (DL3059, SC2046) are skipped silently,
# and hadolint comments are never reported as unused: they also serve hadolint.
# RUN: %expect_exit 0 %dlint --color=never --select=DF403,DF404,DF5 %s | FileCheck %s --match-full-lines --implicit-check-not='[DF'

# hadolint global ignore=DL3019
FROM alpine:3.20 AS tools
RUN apk add curl

FROM debian:12
COPY --from=tools / /tools
# hadolint ignore=DL3015,SC2046,DL3059
RUN apt-get update && \
    apt-get install -y curl && \
    rm -rf /var/lib/apt/lists/*
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*
# CHECK:{{.*}}hadolint.dockerfile:[[@LINE-1]]:{{[0-9]+}}: info: 'apt-get install' without '--no-install-recommends' [DF403]
