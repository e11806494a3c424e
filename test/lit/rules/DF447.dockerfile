# DF447 wget-without-progress: wget without --progress, -q, -nv, -o or -a. The caret is on the
# 'wget' word; the unsafe fix inserts ' --progress=dot:giga' (BusyBox wget rejects it, so Alpine and
# BusyBox stages are skipped unless they install GNU wget).
# RUN: %expect_exit 0 %dlint --color=never --select=DF447 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF447]'

FROM debian:12
RUN wget https://example.org/a.tar.gz
# CHECK:{{.*}}DF447.dockerfile:[[@LINE-1]]:5: info: 'wget' without '--progress=dot:giga' fills the build log with its progress bar [DF447]
# CHECK-NEXT:RUN wget https://example.org/a.tar.gz
# CHECK-NEXT:    ^~~~
# CHECK-NEXT:         --progress=dot:giga
RUN set -eux; \
    wget -O /tmp/b.tar.gz \
        https://example.org/b.tar.gz
# CHECK:{{.*}}DF447.dockerfile:[[@LINE-2]]:5: info: 'wget' without '--progress=dot:giga' fills the build log with its progress bar [DF447]
# CHECK-NEXT:    wget -O /tmp/b.tar.gz \
# CHECK-NEXT:    ^~~~
# CHECK-NEXT:         --progress=dot:giga
RUN sudo wget -c -O/tmp/c https://example.org/c && wget -nc https://example.org/d
# CHECK:{{.*}}DF447.dockerfile:[[@LINE-1]]:10: info: 'wget' without '--progress=dot:giga' fills the build log with its progress bar [DF447]
# CHECK-NEXT:RUN sudo wget -c -O/tmp/c https://example.org/c && wget -nc https://example.org/d
# CHECK-NEXT:         ^~~~
# CHECK-NEXT:              --progress=dot:giga
# CHECK:{{.*}}DF447.dockerfile:[[@LINE-5]]:52: info: 'wget' without '--progress=dot:giga' fills the build log with its progress bar [DF447]
# CHECK-NEXT:RUN sudo wget -c -O/tmp/c https://example.org/c && wget -nc https://example.org/d
# CHECK-NEXT:                                                   ^~~~
# CHECK-NEXT:                                                        --progress=dot:giga

# OK: progress set or quiet, log to a file.
RUN wget --progress=dot:giga https://example.org/e && wget --progress bar:force https://example.org/f
RUN wget -q https://example.org/g && wget -qO- https://example.org/h | sh && wget --quiet https://example.org/i
RUN wget -nv https://example.org/j && wget --no-verbose https://example.org/k
RUN wget -o /tmp/log https://example.org/l && wget --output-file=/tmp/log https://example.org/m && wget -a log x
RUN curl -fsSLO https://example.org/n && echo wget

# Alpine and BusyBox: BusyBox wget redraws one status line and rejects --progress, so it is left
# alone, unless the stage chain installs GNU wget.
FROM alpine:3.20 AS busybox-wget
RUN wget -O /tmp/o https://example.org/o
FROM busybox-wget
RUN wget -O /tmp/p https://example.org/p
FROM alpine:3.20 AS gnu-wget
RUN apk add --no-cache wget=1.24.5-r0
RUN wget -O /tmp/q https://example.org/q
# CHECK:{{.*}}DF447.dockerfile:[[@LINE-1]]:5: info: 'wget' without '--progress=dot:giga' fills the build log with its progress bar [DF447]
# CHECK-NEXT:RUN wget -O /tmp/q https://example.org/q
# CHECK-NEXT:    ^~~~
# CHECK-NEXT:         --progress=dot:giga
# Images whose name or tag says Alpine, and the official 'docker' image (Alpine-based), have
# BusyBox wget too (corpus: moby/buildkit 'golang:*-alpine*', docker-library 'docker:29-cli').
FROM golang:1.22-alpine3.19 AS alpine-tag
RUN wget https://example.org/r.tgz
FROM rabbitmq:4.0-alpine
RUN wget -O /tmp/s https://example.org/s
FROM alpine/git:2.45.2
RUN wget -O /tmp/t https://example.org/t
FROM docker:27-cli AS docker-cli
RUN wget -O /tmp/u https://example.org/u
FROM docker.io/library/docker:27-dind@sha256:0000000000000000000000000000000000000000000000000000000000000000
RUN wget -O /tmp/v https://example.org/v
# But a Debian tag of the same image has GNU wget.
FROM golang:1.22-bookworm
RUN wget -O /tmp/w https://example.org/w
# CHECK:{{.*}}DF447.dockerfile:[[@LINE-1]]:5: info: 'wget' without '--progress=dot:giga' fills the build log with its progress bar [DF447]
# CHECK:6 diagnostics generated.

# ---- fix ----------------------------------------------------------------------------------------
# RUN: %expect_exit 0 %dlint --color=never --select=DF447 --parseable-fixits %s | FileCheck %s --check-prefix=FIXIT --implicit-check-not=fix-it:
# FIXIT: fix-it:"{{.*}}DF447.dockerfile":{7:9-7:9}:" --progress=dot:giga"
# FIXIT: fix-it:"{{.*}}DF447.dockerfile":{13:9-13:9}:" --progress=dot:giga"
# FIXIT: fix-it:"{{.*}}DF447.dockerfile":{19:14-19:14}:" --progress=dot:giga"
# FIXIT: fix-it:"{{.*}}DF447.dockerfile":{19:56-19:56}:" --progress=dot:giga"
# FIXIT: fix-it:"{{.*}}DF447.dockerfile":{44:9-44:9}:" --progress=dot:giga"
# FIXIT: fix-it:"{{.*}}DF447.dockerfile":{63:9-63:9}:" --progress=dot:giga"
# RUN: cp %s %t.dockerfile
# RUN: %expect_exit 0 %dlint --color=never --select=DF447 --fix --unsafe-fixes %t.dockerfile 2>&1 | FileCheck %s --check-prefix=FIXED
# FIXED: fixed 6 findings in 1 file
# A second run changes nothing.
# RUN: %expect_exit 0 %dlint --color=never --select=DF447 --fix --unsafe-fixes %t.dockerfile 2>&1 | FileCheck %s --check-prefix=AGAIN
# AGAIN: fixed 0 findings in 0 files
# RUN: FileCheck %s --check-prefix=TEXT --input-file=%t.dockerfile
# TEXT: {{^}}RUN wget --progress=dot:giga https://example.org/a.tar.gz{{$}}
# TEXT: {{^}}    wget --progress=dot:giga -O /tmp/b.tar.gz \{{$}}
# TEXT: {{^}}RUN sudo wget --progress=dot:giga -c -O/tmp/c https://example.org/c && wget --progress=dot:giga -nc https://example.org/d{{$}}
