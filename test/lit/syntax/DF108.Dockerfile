# DF108 missing-value: ENV or LABEL in the legacy `KEY value` form with a key and nothing else
# (BuildKit: "ENV must have two arguments"). The range is the lone key.
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF108]' --implicit-check-not=error: --implicit-check-not=warning:
FROM alpine:3.20

ENV DEBIAN_FRONTEND
# CHECK:{{.*}}DF108.Dockerfile:[[@LINE-1]]:5: error: 'ENV DEBIAN_FRONTEND' has no value: ENV must have two arguments [DF108]
# CHECK-NEXT:ENV DEBIAN_FRONTEND
# CHECK-NEXT:    ^~~~~~~~~~~~~~~

LABEL   maintainer
# CHECK:{{.*}}DF108.Dockerfile:[[@LINE-1]]:9: error: 'LABEL maintainer' has no value: LABEL must have two arguments [DF108]
# CHECK-NEXT:LABEL   maintainer
# CHECK-NEXT:        ^~~~~~~~~~

# Trailing blanks are not a value.
ENV TZ   
# CHECK:{{.*}}DF108.Dockerfile:[[@LINE-1]]:5: error: 'ENV TZ' has no value: ENV must have two arguments [DF108]

# OK: a legacy value, the key=value form (an empty value is fine), and a value on the next line.
ENV DEBIAN_FRONTEND noninteractive
ENV DEBIAN_FRONTEND=noninteractive
ENV EMPTY=
LABEL maintainer="ops@example.com"
LABEL description \
      "a value on the continuation line"

# Last in the file: a continuation that brings nothing (comment lines, an empty line, then the
# end of the file) adds no value either.
env LANG \
# CHECK:{{.*}}DF108.Dockerfile:[[@LINE-1]]:5: error: 'ENV LANG' has no value: ENV must have two arguments [DF108]
# CHECK:{{.*}}DF108.Dockerfile:[[@LINE+2]]:1: warning: empty continuation line in 'env' instruction [DF111]
# CHECK:1 warning and 4 errors generated.

