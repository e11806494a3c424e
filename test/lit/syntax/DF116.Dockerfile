# DF116 wrong-argument-count: too few (or, for FROM, the wrong number of) arguments.
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF116]' --implicit-check-not=error: --implicit-check-not=warning:
FROM alpine:3.20

# "requires exactly one argument": the rest of the line is the one argument, so only an empty
# rest fails. The range is the keyword.
WORKDIR
# CHECK:{{.*}}DF116.Dockerfile:[[@LINE-1]]:1: error: 'WORKDIR' requires exactly one argument [DF116]
# CHECK-NEXT:WORKDIR
# CHECK-NEXT:^~~~~~~
user   
# CHECK:{{.*}}DF116.Dockerfile:[[@LINE-1]]:1: error: 'USER' requires exactly one argument [DF116]
STOPSIGNAL
# CHECK:{{.*}}DF116.Dockerfile:[[@LINE-1]]:1: error: 'STOPSIGNAL' requires exactly one argument [DF116]
MAINTAINER
# CHECK:{{.*}}DF116.Dockerfile:[[@LINE-1]]:1: error: 'MAINTAINER' requires exactly one argument [DF116]

# "requires at least one argument".
ENV
# CHECK:{{.*}}DF116.Dockerfile:[[@LINE-1]]:1: error: 'ENV' requires at least one argument [DF116]
LABEL
# CHECK:{{.*}}DF116.Dockerfile:[[@LINE-1]]:1: error: 'LABEL' requires at least one argument [DF116]
ARG
# CHECK:{{.*}}DF116.Dockerfile:[[@LINE-1]]:1: error: 'ARG' requires at least one argument [DF116]
EXPOSE
# CHECK:{{.*}}DF116.Dockerfile:[[@LINE-1]]:1: error: 'EXPOSE' requires at least one argument [DF116]
VOLUME
# CHECK:{{.*}}DF116.Dockerfile:[[@LINE-1]]:1: error: 'VOLUME' requires at least one argument [DF116]
ONBUILD
# CHECK:{{.*}}DF116.Dockerfile:[[@LINE-1]]:1: error: 'ONBUILD' requires at least one argument [DF116]
HEALTHCHECK
# CHECK:{{.*}}DF116.Dockerfile:[[@LINE-1]]:1: error: 'HEALTHCHECK' requires at least one argument [DF116]
SHELL
# CHECK:{{.*}}DF116.Dockerfile:[[@LINE-1]]:1: error: 'SHELL' requires at least one argument [DF116]
SHELL []
# CHECK:{{.*}}DF116.Dockerfile:[[@LINE-1]]:7: error: 'SHELL' requires at least one argument [DF116]
# CHECK-NEXT:SHELL []
# CHECK-NEXT:      ^~

# COPY and ADD need a source and a destination.
COPY requirements.txt
# CHECK:{{.*}}DF116.Dockerfile:[[@LINE-1]]:6: error: 'COPY' requires at least two arguments, one or more sources and a destination, but only one was provided; the destination could not be determined [DF116]
# CHECK-NEXT:COPY requirements.txt
# CHECK-NEXT:     ^~~~~~~~~~~~~~~~
ADD --chown=app ["only-one"]
# CHECK:{{.*}}DF116.Dockerfile:[[@LINE-1]]:18: error: 'ADD' requires at least two arguments, one or more sources and a destination, but only one was provided; the destination could not be determined [DF116]
# ADD with no argument at all: see bugs/DF116-add-without-arguments-message.
# VOLUME [] (an empty JSON list): see bugs/DF116-volume-empty-json-list.

# FROM takes `image` or `image AS name`.
FROM golang:1.22 build
# CHECK:{{.*}}DF116.Dockerfile:[[@LINE-1]]:6: error: 'FROM' requires either one or three arguments ('FROM image [AS name]') [DF116]
# CHECK-NEXT:FROM golang:1.22 build
# CHECK-NEXT:     ^~~~~~~~~~~~~~~~~
FROM golang:1.22 AS build extra
# CHECK:{{.*}}DF116.Dockerfile:[[@LINE-1]]:6: error: 'FROM' requires either one or three arguments ('FROM image [AS name]') [DF116]
FROM golang:1.22 TO build
# CHECK:{{.*}}DF116.Dockerfile:[[@LINE-1]]:6: error: 'FROM' requires either one or three arguments ('FROM image [AS name]') [DF116]
FROM
# CHECK:{{.*}}DF116.Dockerfile:[[@LINE-1]]:1: error: 'FROM' requires either one or three arguments ('FROM image [AS name]') [DF116]

# OK: the smallest valid forms. RUN, CMD and ENTRYPOINT may be empty in BuildKit.
FROM golang:1.22 as build
FROM golang:1.22 AS build2
WORKDIR /srv/my app
USER app:app
STOPSIGNAL SIGTERM
MAINTAINER someone
ENV A=
LABEL a=b
ARG A
EXPOSE 80
VOLUME /data
ONBUILD RUN true
HEALTHCHECK NONE
SHELL ["/bin/sh"]
COPY a /b
ADD ["a", "/b"]
RUN
CMD
ENTRYPOINT
# CHECK:19 errors generated.
