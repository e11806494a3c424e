# check=skip=DuplicateStageName,NoSuchCheck
# BuildKit's check directive skips the dlint rules whose aliases name those checks, in the whole
# file. Names no dlint rule maps to are skipped silently; the directive is never reported unused.
# RUN: %expect_exit 1 %dlint --color=never --select=DF204,DF205,DF5 %s | FileCheck %s --match-full-lines --implicit-check-not='[DF'

FROM alpine:3.20 AS base
FROM alpine:3.20 AS base
FROM alpine:3.20 AS scratch
# CHECK:{{.*}}check-skip.dockerfile:[[@LINE-1]]:{{[0-9]+}}: warning: {{.*}}[DF205]
