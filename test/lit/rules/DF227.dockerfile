# DF227 env-same-instruction-reference: an ENV key or value reads a variable that an earlier
# pair of the same ENV sets; it gets the value from before the instruction. The caret is on the
# reference; a note points at the pair that sets it. A pair reading its own old value is fine.
# RUN: %expect_exit 1 %dlint --color=never --select=DF227 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF227]'

FROM alpine:3.20
ENV APP=/opt/app BIN=$APP/bin
# CHECK:{{.*}}DF227.dockerfile:[[@LINE-1]]:22: warning: 'APP' is set by this same ENV, but '$APP' reads the value it had before the instruction [DF227]
# CHECK-NEXT:ENV APP=/opt/app BIN=$APP/bin
# CHECK-NEXT:                     ^~~~
# CHECK-NEXT:{{.*}}DF227.dockerfile:[[@LINE-4]]:5: note: set 'APP' in an ENV of its own before this one
ENV A=1 \
    B=2 \
    C="${A}-${B}"
# CHECK:{{.*}}DF227.dockerfile:[[@LINE-1]]:8: warning: 'A' is set by this same ENV, but '$A' reads the value it had before the instruction [DF227]
# CHECK-NEXT:    C="${A}-${B}"
# CHECK-NEXT:       ^~~~
# CHECK-NEXT:{{.*}}DF227.dockerfile:[[@LINE-6]]:5: note: set 'A' in an ENV of its own before this one
# CHECK:{{.*}}DF227.dockerfile:[[@LINE-5]]:13: warning: 'B' is set by this same ENV, but '$B' reads the value it had before the instruction [DF227]

# OK: a pair reading its own old value, separate ENVs, an ARG chain (ARG applies in order).
ENV PATH=/opt/bin:$PATH LANG=C.UTF-8
ENV LIB=$APP/lib
ARG X=1 Y=$X
# CHECK:3 warnings generated.
