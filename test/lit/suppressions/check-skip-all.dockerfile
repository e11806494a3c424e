# check=skip=all
# `skip=all` covers every rule with a BuildKit alias, and only those.
# RUN: %expect_exit 0 %dlint --color=never --select=DF204,DF205,DF404,DF5 %s | FileCheck %s --match-full-lines --implicit-check-not='[DF'

FROM alpine:3.20 AS base
FROM alpine:3.20 AS base
FROM alpine:3.20 AS scratch
RUN apk add curl
# CHECK:{{.*}}check-skip-all.dockerfile:[[@LINE-1]]:9: info: 'apk add' without '--no-cache' [DF404]
