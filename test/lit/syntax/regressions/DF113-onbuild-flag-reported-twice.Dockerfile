# Frontend bug: a flag between ONBUILD and its trigger is reported twice at the same place,
# once by the generic flag check ("unknown flag '--chown' for 'ONBUILD'") and once by the
# ONBUILD check ("'ONBUILD' takes no flags; ..."). BuildKit reports one error; so should dlint.
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %s | FileCheck %s --implicit-check-not='[DF113]'
FROM alpine:3.20
ONBUILD --chown=1 COPY . /app
# CHECK:{{.*}}:[[@LINE-1]]:9: error: {{.*}} [DF113]
# CHECK:1 error generated.
