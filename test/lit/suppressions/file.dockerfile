# `# dlint ignore-file=` covers the whole file, wherever it is written.
# RUN: %expect_exit 1 %dlint --color=never --select=DF404,DF406,DF5 %s | FileCheck %s --match-full-lines --implicit-check-not='[DF'

FROM alpine:3.20 AS one
RUN apk add curl

FROM one
RUN apk add git && pip install requests
# CHECK:{{.*}}file.dockerfile:[[@LINE-1]]:{{[0-9]+}}: warning: 'pip install' without '--no-cache-dir'{{.*}} [DF406]

# dlint ignore-file=DF404,DF405
# CHECK:{{.*}}file.dockerfile:[[@LINE-1]]:27: info: unused suppression: 'DF405' matches no finding in this file [DF501]
