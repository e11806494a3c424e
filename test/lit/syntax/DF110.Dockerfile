# DF110 unknown-instruction: a keyword BuildKit does not know, with a "did you mean" note and
# an unsafe fix-it when one keyword is close enough.
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF110]' --implicit-check-not=error: --implicit-check-not=warning:
FROM alpine:3.20

RUNN apt-get update
# CHECK:{{.*}}DF110.Dockerfile:[[@LINE-1]]:1: error: unknown instruction 'RUNN' [DF110]
# CHECK-NEXT:RUNN apt-get update
# CHECK-NEXT:^~~~
# CHECK-NEXT:RUN
# CHECK-NEXT:{{.*}}DF110.Dockerfile:[[@LINE-5]]:1: note: did you mean 'RUN'?
# CHECK-NEXT:RUNN apt-get update
# CHECK-NEXT:^~~~

# Indented, lower case: the keyword is reported as written, at its own column.
    copyy app.py /app/
# CHECK:{{.*}}DF110.Dockerfile:[[@LINE-1]]:5: error: unknown instruction 'copyy' [DF110]
# CHECK-NEXT:    copyy app.py /app/
# CHECK-NEXT:    ^~~~~
# CHECK-NEXT:    COPY
# CHECK-NEXT:{{.*}}DF110.Dockerfile:[[@LINE-5]]:5: note: did you mean 'COPY'?

HEALTHCHEK CMD curl -f http://localhost/
# CHECK:{{.*}}DF110.Dockerfile:[[@LINE-1]]:1: error: unknown instruction 'HEALTHCHEK' [DF110]
# CHECK:{{.*}}DF110.Dockerfile:[[@LINE-2]]:1: note: did you mean 'HEALTHCHECK'?

# No suggestion: nothing is close enough, so no note and no fix-it follow.
INSTALL curl
# CHECK:{{.*}}DF110.Dockerfile:[[@LINE-1]]:1: error: unknown instruction 'INSTALL' [DF110]
# CHECK-NEXT:INSTALL curl
# CHECK-NEXT:^~~~~~~
# CHECK-NOT:note:
X y
# CHECK:{{.*}}DF110.Dockerfile:[[@LINE-1]]:1: error: unknown instruction 'X' [DF110]
# CHECK-NEXT:X y
# CHECK-NEXT:^
# CHECK-NOT:note:

# The keyword is the first run of non-blank bytes, so an exec form glued to it is part of it.
RUN["echo","hi"]
# CHECK:{{.*}}DF110.Dockerfile:[[@LINE-1]]:1: error: unknown instruction 'RUN["echo","hi"]' [DF110]
# CHECK-NEXT:RUN["echo","hi"]
# CHECK-NEXT:^~~~~~~~~~~~~~~~
# CHECK-NOT:note:

# A keyword split by a continuation, with a comment line in between, is still one keyword.
RU\
# this comment vanishes
NN echo split
# CHECK:{{.*}}DF110.Dockerfile:[[@LINE-3]]:1: error: unknown instruction 'RUNN' [DF110]

# OK: none of these is an unknown instruction.
run echo lower-case keywords are fine
Run echo so is mixed case
  RUN echo indented
ONBUILD RUNN echo triggers are not checked when ONBUILD is defined
R\
UN echo split keyword
FR\
OM alpine AS later
# CHECK:7 errors generated.
