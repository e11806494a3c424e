# DF120 shell-requires-json: SHELL accepts only a JSON array (BuildKit: "SHELL requires the
# arguments to be in JSON form"). The range is the argument text.
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF120]' --implicit-check-not=error: --implicit-check-not=warning:
FROM alpine:3.20

SHELL /bin/bash -o pipefail -c
# CHECK:{{.*}}DF120.Dockerfile:[[@LINE-1]]:7: error: SHELL requires the arguments to be in JSON form [DF120]
# CHECK-NEXT:SHELL /bin/bash -o pipefail -c
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~

# Almost JSON is not JSON: single quotes, a bare word, text after the array, JSON escapes that
# the escape directive does not change.
SHELL ['/bin/bash', '-c']
# CHECK:{{.*}}DF120.Dockerfile:[[@LINE-1]]:7: error: SHELL requires the arguments to be in JSON form [DF120]
SHELL [bash]
# CHECK:{{.*}}DF120.Dockerfile:[[@LINE-1]]:7: error: SHELL requires the arguments to be in JSON form [DF120]
SHELL ["/bin/sh", "-c"] # comment
# CHECK:{{.*}}DF120.Dockerfile:[[@LINE-1]]:7: error: SHELL requires the arguments to be in JSON form [DF120]
SHELL ["cmd", "/S", "/C", "c:\windows"]
# CHECK:{{.*}}DF120.Dockerfile:[[@LINE-1]]:7: error: SHELL requires the arguments to be in JSON form [DF120]

# OK: JSON arrays, also across a continuation. (`SHELL ["a", 1]` is DF107 only: see
# bugs/DF120-after-json-non-string.)
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
SHELL [ "cmd", "/S", "/C" ]
SHELL ["/bin/sh", \
       "-c"]
SHELL ["powershell", "-Command", "c:\\windows"]
# CHECK:5 errors generated.
