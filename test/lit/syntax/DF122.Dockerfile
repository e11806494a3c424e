# DF122 empty-name: an ENV, LABEL or ARG word with nothing before its '=' (BuildKit: "names can
# not be blank"). The range is the whole word.
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF122]' --implicit-check-not=error: --implicit-check-not=warning:
ARG =alpine:3.20
# CHECK:{{.*}}DF122.Dockerfile:[[@LINE-1]]:5: error: 'ARG' names can not be blank [DF122]
# CHECK-NEXT:ARG =alpine:3.20
# CHECK-NEXT:    ^~~~~~~~~~~~
FROM alpine:3.20

ENV =/usr/local/bin
# CHECK:{{.*}}DF122.Dockerfile:[[@LINE-1]]:5: error: 'ENV' names can not be blank [DF122]
# CHECK-NEXT:ENV =/usr/local/bin
# CHECK-NEXT:    ^~~~~~~~~~~~~~~

LABEL version=1.0 ="no name" vendor=acme
# CHECK:{{.*}}DF122.Dockerfile:[[@LINE-1]]:19: error: 'LABEL' names can not be blank [DF122]
# CHECK-NEXT:LABEL version=1.0 ="no name" vendor=acme
# CHECK-NEXT:                  ^~~~~~~~~~

ARG VERSION=1 =2
# CHECK:{{.*}}DF122.Dockerfile:[[@LINE-1]]:15: error: 'ARG' names can not be blank [DF122]
ENV A=1 \
    =2
# CHECK:{{.*}}DF122.Dockerfile:[[@LINE-1]]:5: error: 'ENV' names can not be blank [DF122]

# OK: an empty value is fine, a quoted empty-looking name is not empty, and in the legacy form
# an '=' inside the value is just text.
ENV EMPTY=
ARG NO_DEFAULT
ARG EMPTY_DEFAULT=
LABEL ""=x
ENV KEY =value
LABEL description =x
# CHECK:5 errors generated.
