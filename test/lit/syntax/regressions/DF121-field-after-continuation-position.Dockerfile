# Frontend bug (position): a --mount value continued onto the next line is not "exact" for
# MountValidator (its source range is longer than its text by the `\` and newline), so the
# error falls back to the whole flag on the first line. The field is wholly on the second
# line, and LogicalText can map it there: DESIGN.md says positions stay exact through
# continuations.
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %s | FileCheck %s
FROM alpine:3.20
RUN --mount=type=cache,target=/go/pkg/mod,\
sharing=exclusive go build
# CHECK:{{.*}}:[[@LINE-1]]:1: error: unsupported sharing value "exclusive": use shared, private or locked [DF121]
