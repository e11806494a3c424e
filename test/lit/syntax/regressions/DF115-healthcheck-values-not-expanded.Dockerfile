# Frontend bug (missing errors): HEALTHCHECK flags are never expanded by BuildKit; their values
# go straight to time.ParseDuration / strconv.ParseInt(v, 10, 32) at parse time. So
# `--interval=$INTERVAL` fails ("time: invalid duration") and a --retries beyond int32 fails
# (value out of range). dlint skips values holding '$' and checks only that --retries is digits.
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %s | FileCheck %s
FROM alpine:3.20
HEALTHCHECK --interval=$INTERVAL CMD true
# CHECK:{{.*}}:[[@LINE-1]]:24: error: {{.*}} [DF115]
HEALTHCHECK --retries=99999999999 CMD true
# CHECK:{{.*}}:[[@LINE-1]]:23: error: {{.*}} [DF115]
