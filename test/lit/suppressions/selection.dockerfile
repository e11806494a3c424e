# --select and --ignore decide what is reported, not what runs: a suppression of a rule that is
# not selected is used when that rule finds something there, and unused when it does not.
# RUN: %expect_exit 0 %dlint --color=never --select=DF501 %s | FileCheck %s --match-full-lines --implicit-check-not='[DF'
# RUN: %expect_exit 0 %dlint --color=never --select=DF4,DF5 --ignore=DF404 %s | FileCheck %s --match-full-lines --check-prefix=IGNORED --implicit-check-not='[DF404]'

FROM alpine:3.20
# dlint ignore=DF404
RUN apk add curl
# dlint ignore=DF404
RUN apk add --no-cache git
# CHECK:{{.*}}selection.dockerfile:[[@LINE-2]]:16: info: unused suppression: 'DF404' matches no finding on the next instruction [DF501]
# IGNORED:{{.*}}selection.dockerfile:[[@LINE-3]]:16: info: unused suppression: 'DF404' matches no finding on the next instruction [DF501]
