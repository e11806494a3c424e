# DF118 invalid-onbuild-trigger: ONBUILD cannot trigger ONBUILD, FROM or MAINTAINER. The range is
# the trigger keyword.
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF118]' --implicit-check-not=error: --implicit-check-not=warning:
FROM alpine:3.20

ONBUILD ONBUILD RUN make
# CHECK:{{.*}}DF118.Dockerfile:[[@LINE-1]]:9: error: chaining ONBUILD via 'ONBUILD ONBUILD' isn't allowed [DF118]
# CHECK-NEXT:ONBUILD ONBUILD RUN make
# CHECK-NEXT:        ^~~~~~~

ONBUILD  from alpine:3.20
# CHECK:{{.*}}DF118.Dockerfile:[[@LINE-1]]:10: error: 'FROM' isn't allowed as an ONBUILD trigger [DF118]
# CHECK-NEXT:ONBUILD  from alpine:3.20
# CHECK-NEXT:         ^~~~

ONBUILD MAINTAINER ops@example.com
# CHECK:{{.*}}DF118.Dockerfile:[[@LINE-1]]:9: error: 'MAINTAINER' isn't allowed as an ONBUILD trigger [DF118]

ONBUILD \
    ONBUILD COPY . /app
# CHECK:{{.*}}DF118.Dockerfile:[[@LINE-1]]:5: error: chaining ONBUILD via 'ONBUILD ONBUILD' isn't allowed [DF118]

# OK: every other trigger, including ones BuildKit only checks when the trigger runs.
ONBUILD RUN make
ONBUILD COPY . /app
ONBUILD ADD --chown=app . /app
ONBUILD ENV A=1
ONBUILD RUN echo ONBUILD FROM MAINTAINER
ONBUILD LABEL from=maintainer
ONBUILD FROMAGE x
# CHECK:4 errors generated.
