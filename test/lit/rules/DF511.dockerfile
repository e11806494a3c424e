# DF511 from-as-casing: the 'AS' of a FROM is not in the case of an all-lower or all-upper FROM
# keyword. The safe fix rewrites 'AS'.
# RUN: %expect_exit 0 %dlint --color=never --select=DF511 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF511]'
FROM alpine:3.20 as build
# CHECK:{{.*}}DF511.dockerfile:[[@LINE-1]]:18: style: 'as' does not match the casing of 'FROM' [DF511]
# CHECK-NEXT:FROM alpine:3.20 as build
# CHECK-NEXT:                 ^~
# CHECK-NEXT:                 AS

from alpine:3.20 AS lower
# CHECK:{{.*}}DF511.dockerfile:[[@LINE-1]]:18: style: 'AS' does not match the casing of 'from' [DF511]
# CHECK-NEXT:from alpine:3.20 AS lower
# CHECK-NEXT:                 ^~
# CHECK-NEXT:                 as

FROM alpine:3.20 As mixed
# CHECK:{{.*}}DF511.dockerfile:[[@LINE-1]]:18: style: 'As' does not match the casing of 'FROM' [DF511]
# CHECK-NEXT:FROM alpine:3.20 As mixed
# CHECK-NEXT:                 ^~
# CHECK-NEXT:                 AS

# OK: matching case, a mixed-case FROM (DF512's), no AS.
FROM alpine:3.20 AS ok1
from alpine:3.20 as ok2
From alpine:3.20 as ok3
FROM alpine:3.20
# CHECK:3 diagnostics generated.

# ---- fix --------------------------------------------------------------------------------------
# RUN: %expect_exit 0 %dlint --color=never --select=DF511 --parseable-fixits %s | FileCheck %s --check-prefix=FIXIT --implicit-check-not=fix-it:
# FIXIT: fix-it:"{{.*}}DF511.dockerfile":{4:18-4:20}:"AS"
# FIXIT: fix-it:"{{.*}}DF511.dockerfile":{10:18-10:20}:"as"
# FIXIT: fix-it:"{{.*}}DF511.dockerfile":{16:18-16:20}:"AS"
