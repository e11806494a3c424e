# Frontend bug (false positives): BuildKit's parseHealthcheck (instructions/parse.go) skips an
# empty --interval/--timeout/--start-period/--start-interval/--retries value (it means "the
# default"), and reads --retries with strconv.ParseInt, which accepts a leading '+'. dlint
# reports DF115 on all three lines below.
# RUN: %expect_exit 0 %dlint --color=never --select=DF1 %s | FileCheck %s --allow-empty --implicit-check-not='[DF115]'
FROM alpine:3.20
HEALTHCHECK --retries=+3 CMD true
HEALTHCHECK --retries= CMD true
HEALTHCHECK --interval= --timeout= CMD true
