# DF501 and DF502 can be suppressed like any rule; a suppression of DF501 is never reported unused.
# RUN: %expect_exit 0 %dlint --color=never --select=DF5 %s | FileCheck %s --allow-empty --implicit-check-not='[DF'
# dlint ignore-file=DF501,DF502

FROM alpine:3.20
# dlint ignore=DF404,NOPE
RUN apk add --no-cache curl
