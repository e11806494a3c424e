# Frontend bug (cascade): `SHELL ["/bin/bash", 1]` is a JSON array with a non-string element.
# BuildKit stops at the parse error (DF107). dlint reports DF107 and then, having fallen back to
# shell form, also "SHELL requires the arguments to be in JSON form" (DF120), which is false:
# the arguments are in JSON form.
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %s | FileCheck %s --implicit-check-not='[DF120]'
FROM alpine:3.20
SHELL ["/bin/bash", 1]
# CHECK:{{.*}}:[[@LINE-1]]:21: error: {{.*}} [DF107]
