# DF512 instruction-casing: keywords that are not in the majority's case (a tie is upper case).
# Global ARGs before the first FROM and ONBUILD triggers are neither counted nor checked.
# RUN: %expect_exit 0 %dlint --color=never --select=DF512 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF512]'
arg VERSION=3.20
FROM alpine:${VERSION}
run apk add --no-cache curl
# CHECK:{{.*}}DF512.dockerfile:[[@LINE-1]]:1: style: 'run' should be upper case, as most instructions in the file are (2 lower, 5 upper) [DF512]
# CHECK-NEXT:run apk add --no-cache curl
# CHECK-NEXT:^~~
# CHECK-NEXT:RUN
Copy . /app
# CHECK:{{.*}}DF512.dockerfile:[[@LINE-1]]:1: style: 'Copy' should be upper case, as most instructions in the file are (2 lower, 5 upper) [DF512]
# CHECK-NEXT:Copy . /app
# CHECK-NEXT:^~~~
# CHECK-NEXT:COPY
WORKDIR /app
ONBUILD run echo hi
ENV A=1
from alpine:3.20 AS second
# CHECK:{{.*}}DF512.dockerfile:[[@LINE-1]]:1: style: 'from' should be upper case, as most instructions in the file are (2 lower, 5 upper) [DF512]
# CHECK-NEXT:from alpine:3.20 AS second
# CHECK-NEXT:^~~~
# CHECK-NEXT:FROM
RUN true
# CHECK:3 diagnostics generated.

# ---- fix --------------------------------------------------------------------------------------
# RUN: %expect_exit 0 %dlint --color=never --select=DF512 --parseable-fixits %s | FileCheck %s --check-prefix=FIXIT --implicit-check-not=fix-it:
# FIXIT: fix-it:"{{.*}}DF512.dockerfile":{6:1-6:4}:"RUN"
# FIXIT: fix-it:"{{.*}}DF512.dockerfile":{11:1-11:5}:"COPY"
# FIXIT: fix-it:"{{.*}}DF512.dockerfile":{19:1-19:5}:"FROM"
# RUN: cp %s %t.dockerfile
# RUN: %expect_exit 0 %dlint --color=never --select=DF512 --fix %t.dockerfile 2>&1 | FileCheck %s --check-prefix=FIXED
# FIXED: fixed 3 findings in 1 file
# RUN: %expect_exit 0 %dlint --color=never --select=DF512 %t.dockerfile 2>&1 | FileCheck %s --check-prefix=AGAIN --allow-empty
# AGAIN-NOT: [DF512]
