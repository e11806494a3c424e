# DF402 apt-lists-not-removed: a RUN runs 'apt-get update' (or 'apt update', 'aptitude update')
# and leaves /var/lib/apt/lists in the layer: no 'rm' of the lists, no 'apt-get dist-clean', no
# cache or tmpfs mount on them. The caret is on the 'update' word. Only stages whose layers ship
# (the final stage and the stages it is built FROM) are checked.
# RUN: %expect_exit 0 %dlint --color=never --select=DF402 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF402]'

# OK: a builder stage that is only copied from does not ship its layers.
FROM debian:12 AS build
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev

# A stage the final stage is built FROM ships its layers.
FROM debian:12 AS base
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates
# CHECK:{{.*}}DF402.dockerfile:[[@LINE-1]]:13: info: apt lists are not removed after 'update' [DF402]
# CHECK-NEXT:RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates
# CHECK-NEXT:            ^~~~~~
# CHECK-NEXT:                                                                                 && rm -rf /var/lib/apt/lists/*
# CHECK-NEXT:note: end the RUN with '&& rm -rf /var/lib/apt/lists/*', or mount a cache on /var/lib/apt/lists with '--mount=type=cache'

FROM base AS app
COPY --from=build /usr/bin/gcc /tmp/

# On the third line of a continued RUN; 'apt-get clean' empties the archives, not the lists.
RUN set -eux; \
    export DEBIAN_FRONTEND=noninteractive; \
    apt-get update; \
    apt-get install -y --no-install-recommends curl; \
    apt-get clean
# CHECK:{{.*}}DF402.dockerfile:[[@LINE-3]]:13: info: apt lists are not removed after 'update' [DF402]
# CHECK-NEXT:    apt-get update; \
# CHECK-NEXT:            ^~~~~~
# CHECK-NEXT:note: end the RUN with '&& rm -rf /var/lib/apt/lists/*', or mount a cache on /var/lib/apt/lists with '--mount=type=cache'

# Through sudo, with apt, inside a here-document body.
RUN sudo apt-get update && sudo apt-get install -y --no-install-recommends git
RUN apt update && apt install -y --no-install-recommends jq
RUN <<EOF
set -eux
apt-get update
apt-get install -y --no-install-recommends tini
EOF
# CHECK:{{.*}}DF402.dockerfile:[[@LINE-7]]:18: info: apt lists are not removed after 'update' [DF402]
# CHECK-NEXT:RUN sudo apt-get update && sudo apt-get install -y --no-install-recommends git
# CHECK-NEXT:                 ^~~~~~
# CHECK-NEXT:                                                                               && rm -rf /var/lib/apt/lists/*
# CHECK-NEXT:note: end the RUN with '&& rm -rf /var/lib/apt/lists/*', or mount a cache on /var/lib/apt/lists with '--mount=type=cache'
# CHECK:{{.*}}DF402.dockerfile:[[@LINE-11]]:9: info: apt lists are not removed after 'update' [DF402]
# CHECK-NEXT:RUN apt update && apt install -y --no-install-recommends jq
# CHECK-NEXT:        ^~~~~~
# CHECK-NEXT:                                                            && rm -rf /var/lib/apt/lists/*
# CHECK-NEXT:note: end the RUN with '&& rm -rf /var/lib/apt/lists/*', or mount a cache on /var/lib/apt/lists with '--mount=type=cache'
# CHECK:{{.*}}DF402.dockerfile:[[@LINE-13]]:9: info: apt lists are not removed after 'update' [DF402]
# CHECK-NEXT:apt-get update
# CHECK-NEXT:        ^~~~~~
# CHECK-NEXT:note: end the RUN with '&& rm -rf /var/lib/apt/lists/*', or mount a cache on /var/lib/apt/lists with '--mount=type=cache'

# Removing the lists in a later RUN does not shrink the layer that holds them.
RUN apt-get update && apt-get install -y --no-install-recommends make
RUN rm -rf /var/lib/apt/lists/*
# CHECK:{{.*}}DF402.dockerfile:[[@LINE-2]]:13: info: apt lists are not removed after 'update' [DF402]
# CHECK-NEXT:RUN apt-get update && apt-get install -y --no-install-recommends make
# CHECK-NEXT:            ^~~~~~
# CHECK-NEXT:                                                                      && rm -rf /var/lib/apt/lists/*
# CHECK-NEXT:note: end the RUN with '&& rm -rf /var/lib/apt/lists/*', or mount a cache on /var/lib/apt/lists with '--mount=type=cache'

# 'update' alone, with the install in a later RUN (of this stage or one built FROM it): removing
# the lists here would break that RUN, so the note points at it and there is no fix (corpus:
# cypress-io/cypress-docker-images examples). A later RUN with its own 'update' does not count.
RUN apt-get update
RUN apt-get update && apt-get install -y --no-install-recommends tar && rm -rf /var/lib/apt/lists/*
RUN apt-get install -y --no-install-recommends chromium && rm -rf /var/lib/apt/lists/*
# CHECK:{{.*}}DF402.dockerfile:[[@LINE-3]]:13: info: apt lists are not removed after 'update' [DF402]
# CHECK-NEXT:RUN apt-get update
# CHECK-NEXT:            ^~~~~~
# CHECK-NEXT:{{.*}}DF402.dockerfile:[[@LINE-4]]:13: note: a later RUN installs with these lists, so removing them here would break it: run 'apt-get update' in that RUN and remove the lists at its end
# CHECK-NEXT:RUN apt-get install -y --no-install-recommends chromium && rm -rf /var/lib/apt/lists/*
# CHECK-NEXT:            ^~~~~~~

# OK: the lists are removed in the same RUN, however it is spelt.
RUN apt-get update && apt-get install -y --no-install-recommends file && rm -rf /var/lib/apt/lists/*
RUN apt-get update \
    && apt-get install -y --no-install-recommends less \
    && rm -rf /var/lib/apt/lists
RUN apt-get update && apt-get install -y --no-install-recommends xz-utils && rm -rf /var/lib/apt/lists*
RUN apt-get update && apt-get install -y --no-install-recommends zstd && rm -r /var/lib/apt
RUN apt-get update && apt-get install -y --no-install-recommends unzip && find /var/lib/apt/lists -type f -delete
RUN apt-get update && apt-get install -y --no-install-recommends bzip2; apt-get dist-clean
RUN apt-get update \
    && sudo bash -c "apt-get upgrade -y && rm -rf /var/lib/apt/lists/*"

# OK: a cache or tmpfs mount on the lists (or a directory above them) keeps them out of the layer.
RUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked \
    --mount=type=cache,target=/var/cache/apt,sharing=locked \
    apt-get update && apt-get install -y --no-install-recommends patch
RUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y --no-install-recommends rsync
RUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install -y --no-install-recommends wget

# OK (current behaviour): commands inside a `bash -c` string are not parsed.
RUN bash -c "apt-get update && apt-get install -y --no-install-recommends vim"

# OK: exec form runs no shell; dlint does not model it.
RUN ["apt-get", "update"]

# OK: a PowerShell stage is not sh, and a stage built FROM it inherits its SHELL.
FROM app AS pwsh
SHELL ["pwsh", "-Command"]
RUN apt-get update
FROM pwsh
RUN apt-get update; apt-get install -y nano
# CHECK:7 diagnostics generated.

# ---- fix ----------------------------------------------------------------------------------------
# RUN: %expect_exit 0 %dlint --color=never --select=DF402 --parseable-fixits %s | FileCheck %s --check-prefix=FIXIT --implicit-check-not=fix-it:
# FIXIT: fix-it:"{{.*}}DF402.dockerfile":{13:81-13:81}:" && rm -rf /var/lib/apt/lists/*"
# FIXIT: fix-it:"{{.*}}DF402.dockerfile":{28:18-28:18}:" && rm -rf /var/lib/apt/lists/*"
# FIXIT: fix-it:"{{.*}}DF402.dockerfile":{35:79-35:79}:" && rm -rf /var/lib/apt/lists/*"
# FIXIT: fix-it:"{{.*}}DF402.dockerfile":{36:60-36:60}:" && rm -rf /var/lib/apt/lists/*"
# FIXIT: fix-it:"{{.*}}DF402.dockerfile":{58:70-58:70}:" && rm -rf /var/lib/apt/lists/*"
# RUN: cp %s %t.dockerfile
# The fix is unsafe: --fix alone leaves the file as it is.
# RUN: %expect_exit 0 %dlint --select=DF402 --fix %t.dockerfile > %t.safe 2>&1
# RUN: cmp %s %t.dockerfile
# RUN: %expect_exit 0 %dlint --color=never --select=DF402 --fix --unsafe-fixes %t.dockerfile 2>&1 | FileCheck %s --check-prefix=FIXED
# FIXED: fixed 5 findings in 1 file
# RUN: FileCheck %s --check-prefix=TEXT --input-file=%t.dockerfile
# TEXT: {{^}}RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*{{$}}
# TEXT: {{^}}    apt-get clean && rm -rf /var/lib/apt/lists/*{{$}}
# TEXT: {{^}}RUN sudo apt-get update && sudo apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*{{$}}
# TEXT: {{^}}RUN apt update && apt install -y --no-install-recommends jq && rm -rf /var/lib/apt/lists/*{{$}}
# TEXT: {{^}}RUN apt-get update && apt-get install -y --no-install-recommends make && rm -rf /var/lib/apt/lists/*{{$}}
# A second --fix changes nothing.
# RUN: %expect_exit 0 %dlint --color=never --select=DF402 --fix --unsafe-fixes %t.dockerfile 2>&1 | FileCheck %s --check-prefix=AGAIN
# AGAIN: fixed 0 findings in 0 files
