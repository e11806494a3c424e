# DF404 apk-add-without-no-cache: 'apk add' without '--no-cache' stores the package index under
# /var/cache/apk in the layer. The caret is on the 'add' word; the safe fix inserts ' --no-cache'
# right after it. An 'apk update' in the same RUN stores the index too: a note points at it.
# Only stages whose layers ship (the final stage and the stages it is built FROM) are checked.
# RUN: %expect_exit 0 %dlint --color=never --select=DF404 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF404]'

# OK: a builder stage that is only copied from does not ship its layers.
FROM alpine:3.20 AS build
RUN apk add build-base

FROM alpine:3.20 AS app
COPY --from=build /usr/bin/make /usr/local/bin/

RUN apk add curl
# CHECK:{{.*}}DF404.dockerfile:[[@LINE-1]]:9: info: 'apk add' without '--no-cache' [DF404]
# CHECK-NEXT:RUN apk add curl
# CHECK-NEXT:        ^~~
# CHECK-NEXT:            --no-cache

# On the third line of a continued RUN, with the 'apk update' before it.
RUN set -eux; \
    apk update; \
    apk add \
        ca-certificates \
        tzdata
# CHECK:{{.*}}DF404.dockerfile:[[@LINE-3]]:9: info: 'apk add' without '--no-cache' [DF404]
# CHECK-NEXT:    apk add \
# CHECK-NEXT:        ^~~
# CHECK-NEXT:            --no-cache
# CHECK-NEXT:{{.*}}DF404.dockerfile:[[@LINE-8]]:9: note: 'apk update' stores the index too; with '--no-cache' it is not needed
# CHECK-NEXT:    apk update; \
# CHECK-NEXT:        ^~~~~~

# Through sudo and xargs, with options before the subcommand, in a here-document.
RUN sudo apk add git
RUN xargs -r apk add < /tmp/packages.txt
RUN apk --update add --virtual .build-deps gcc musl-dev
RUN <<EOF
set -eux
apk add tini
EOF
# CHECK:{{.*}}DF404.dockerfile:[[@LINE-7]]:14: info: 'apk add' without '--no-cache' [DF404]
# CHECK-NEXT:RUN sudo apk add git
# CHECK-NEXT:             ^~~
# CHECK-NEXT:                 --no-cache
# CHECK:{{.*}}DF404.dockerfile:[[@LINE-10]]:18: info: 'apk add' without '--no-cache' [DF404]
# CHECK-NEXT:RUN xargs -r apk add < /tmp/packages.txt
# CHECK-NEXT:                 ^~~
# CHECK-NEXT:                     --no-cache
# CHECK:{{.*}}DF404.dockerfile:[[@LINE-13]]:18: info: 'apk add' without '--no-cache' [DF404]
# CHECK-NEXT:RUN apk --update add --virtual .build-deps gcc musl-dev
# CHECK-NEXT:                 ^~~
# CHECK-NEXT:                     --no-cache
# CHECK:{{.*}}DF404.dockerfile:[[@LINE-14]]:5: info: 'apk add' without '--no-cache' [DF404]
# CHECK-NEXT:apk add tini
# CHECK-NEXT:    ^~~
# CHECK-NEXT:        --no-cache

# OK: no index is kept.
RUN apk add --no-cache jq
RUN apk --no-cache add less
RUN apk add --no-network --virtual .run-deps so:libc.musl-x86_64.so.1
RUN apk add file && rm -rf /var/cache/apk/*
RUN apk update && apk add xz && rm -rf /var/cache/apk

# OK: a cache or tmpfs mount on apk's cache keeps it out of the layer.
RUN --mount=type=cache,target=/var/cache/apk apk add zstd
RUN --mount=type=cache,target=/etc/apk/cache apk add unzip
RUN --mount=type=tmpfs,target=/var/cache apk add bzip2

# OK (current behaviour): commands inside a `sh -c` string are not parsed.
RUN sh -c "apk add vim"

# OK: exec form runs no shell; dlint does not model it.
RUN ["apk", "add", "nano"]

# OK: a PowerShell stage is not sh, and a stage built FROM it inherits its SHELL.
FROM app AS pwsh
SHELL ["pwsh", "-Command"]
RUN apk add patch
FROM pwsh
RUN apk add rsync
# CHECK:6 diagnostics generated.

# ---- fix ----------------------------------------------------------------------------------------
# RUN: %expect_exit 0 %dlint --color=never --select=DF404 --parseable-fixits %s | FileCheck %s --check-prefix=FIXIT --implicit-check-not=fix-it:
# FIXIT: fix-it:"{{.*}}DF404.dockerfile":{14:12-14:12}:" --no-cache"
# FIXIT: fix-it:"{{.*}}DF404.dockerfile":{23:12-23:12}:" --no-cache"
# FIXIT: fix-it:"{{.*}}DF404.dockerfile":{35:17-35:17}:" --no-cache"
# FIXIT: fix-it:"{{.*}}DF404.dockerfile":{36:21-36:21}:" --no-cache"
# FIXIT: fix-it:"{{.*}}DF404.dockerfile":{37:21-37:21}:" --no-cache"
# FIXIT: fix-it:"{{.*}}DF404.dockerfile":{40:8-40:8}:" --no-cache"
# RUN: cp %s %t.dockerfile
# RUN: %expect_exit 0 %dlint --color=never --select=DF404 --fix %t.dockerfile 2>&1 | FileCheck %s --check-prefix=FIXED
# FIXED: fixed 6 findings in 1 file
# RUN: FileCheck %s --check-prefix=TEXT --input-file=%t.dockerfile
# TEXT: {{^}}RUN apk add --no-cache curl{{$}}
# TEXT: {{^}}    apk add --no-cache \{{$}}
# TEXT: {{^}}RUN sudo apk add --no-cache git{{$}}
# TEXT: {{^}}RUN xargs -r apk add --no-cache < /tmp/packages.txt{{$}}
# TEXT: {{^}}RUN apk --update add --no-cache --virtual .build-deps gcc musl-dev{{$}}
# TEXT: {{^}}apk add --no-cache tini{{$}}
# A second --fix changes nothing.
# RUN: %expect_exit 0 %dlint --color=never --select=DF404 --fix %t.dockerfile 2>&1 | FileCheck %s --check-prefix=AGAIN
# AGAIN: fixed 0 findings in 0 files
