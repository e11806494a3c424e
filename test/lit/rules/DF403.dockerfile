# DF403 apt-install-recommends: 'apt-get install' (or 'apt install') without
# '--no-install-recommends' also installs every package the requested ones recommend. The caret is
# on the 'install' word; the safe fix inserts ' --no-install-recommends' right after it. Only
# stages whose layers ship (the final stage and the stages it is built FROM) are checked.
# The first parts are their own files (split-file keeps their line numbers); in the whole file they
# are stages the final stage is not built FROM, so they do not ship and are not checked there.
# RUN: split-file --leading-lines %s %t
# RUN: %expect_exit 0 %dlint --color=never --select=DF403 %t/same-run.Dockerfile | FileCheck %s --check-prefix=SAME --match-full-lines --strict-whitespace --implicit-check-not='[DF403]'
# RUN: %expect_exit 0 %dlint --color=never --select=DF403 %t/variables.Dockerfile | FileCheck %s --check-prefix=VARS --match-full-lines --strict-whitespace --implicit-check-not='[DF403]'
# RUN: %expect_exit 0 %dlint --color=never --select=DF403 %t/ok | count 0
# RUN: %expect_exit 0 %dlint --color=never --select=DF403 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF403]'

#--- same-run.Dockerfile
# Recommends turned off in apt.conf earlier in the same RUN, so only the install before that is reported.
FROM debian:12
RUN apt-get install -y curl && \
    echo 'APT::Install-Recommends "0";' > /etc/apt/apt.conf.d/99norecommends && \
    apt-get install -y git
# SAME:{{.*}}same-run.Dockerfile:[[@LINE-3]]:13: info: 'apt-get install' without '--no-install-recommends' [DF403]
# SAME-NEXT:RUN apt-get install -y curl && \
# SAME-NEXT:            ^~~~~~~
# SAME-NEXT:                    --no-install-recommends
# SAME-NEXT:1 diagnostic generated.

#--- variables.Dockerfile
# Options from an ENV or ARG that sets recommends are what the command asks for; an ARG with no
# default (empty in a default build) is not.
FROM debian:12
ENV APT_OPTS="-y --no-install-recommends"
ARG APT_EXTRA
RUN apt-get install $APT_OPTS curl && apt-get install ${APT_OPTS} git
RUN apt-get install -y $APT_EXTRA wget
# VARS:{{.*}}variables.Dockerfile:[[@LINE-1]]:13: info: 'apt-get install' without '--no-install-recommends' [DF403]
# VARS-NEXT:RUN apt-get install -y $APT_EXTRA wget
# VARS-NEXT:            ^~~~~~~
# VARS-NEXT:                    --no-install-recommends
# VARS-NEXT:1 diagnostic generated.

#--- ok/heredoc-script.Dockerfile
# OK: a here-document script configures apt, then installs.
FROM debian:12
RUN <<EOF
set -eux
echo "APT::Install-Recommends \"false\";" > /etc/apt/apt.conf.d/99norecommends
apt-get update
apt-get install -y curl
EOF

#--- ok/copy-heredoc.Dockerfile
# OK: a COPY here-document writes the apt.conf setting (apt.conf booleans ignore case).
FROM debian:12
COPY <<EOF /etc/apt/apt.conf.d/99norecommends
APT::Install-Recommends "False";
EOF
RUN apt-get update && apt-get install -y curl

#--- ok/conf-spellings.Dockerfile
# OK: apt.conf also takes no, off and 0 as false.
FROM debian:12
RUN printf 'APT::Install-Recommends off;\n' > /etc/apt/apt.conf.d/99norecommends
RUN apt-get install -y curl

#--- rest.Dockerfile
# (The rest of this file is the main case, linted as a whole above.)
# OK: a builder stage that is only copied from does not ship its layers.
FROM debian:12 AS build
RUN apt-get update && apt-get install -y build-essential

FROM debian:12 AS app
COPY --from=build /usr/bin/make /usr/local/bin/

RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
# CHECK:{{.*}}DF403.dockerfile:[[@LINE-1]]:31: info: 'apt-get install' without '--no-install-recommends' [DF403]
# CHECK-NEXT:RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
# CHECK-NEXT:                              ^~~~~~~
# CHECK-NEXT:                                      --no-install-recommends

# On the fourth line of a continued RUN.
RUN set -eux; \
    apt-get update; \
    DEBIAN_FRONTEND=noninteractive \
    apt-get install -y \
        ca-certificates \
        git; \
    rm -rf /var/lib/apt/lists/*
# CHECK:{{.*}}DF403.dockerfile:[[@LINE-4]]:13: info: 'apt-get install' without '--no-install-recommends' [DF403]
# CHECK-NEXT:    apt-get install -y \
# CHECK-NEXT:            ^~~~~~~
# CHECK-NEXT:                    --no-install-recommends

# Through sudo and xargs, with apt, with options before the subcommand, in a here-document.
RUN sudo apt-get install -y jq
RUN xargs -a /tmp/packages.txt apt-get install -y
RUN apt install -y less
RUN apt-get -y -o Dpkg::Options::=--force-confnew install tzdata
RUN <<EOF
set -eux
apt-get update
apt-get install -y tini
rm -rf /var/lib/apt/lists/*
EOF
# CHECK:{{.*}}DF403.dockerfile:[[@LINE-10]]:18: info: 'apt-get install' without '--no-install-recommends' [DF403]
# CHECK-NEXT:RUN sudo apt-get install -y jq
# CHECK-NEXT:                 ^~~~~~~
# CHECK-NEXT:                         --no-install-recommends
# CHECK:{{.*}}DF403.dockerfile:[[@LINE-13]]:40: info: 'apt-get install' without '--no-install-recommends' [DF403]
# CHECK-NEXT:RUN xargs -a /tmp/packages.txt apt-get install -y
# CHECK-NEXT:                                       ^~~~~~~
# CHECK-NEXT:                                               --no-install-recommends
# CHECK:{{.*}}DF403.dockerfile:[[@LINE-16]]:9: info: 'apt install' without '--no-install-recommends' [DF403]
# CHECK-NEXT:RUN apt install -y less
# CHECK-NEXT:        ^~~~~~~
# CHECK-NEXT:                --no-install-recommends
# CHECK:{{.*}}DF403.dockerfile:[[@LINE-19]]:51: info: 'apt-get install' without '--no-install-recommends' [DF403]
# CHECK-NEXT:RUN apt-get -y -o Dpkg::Options::=--force-confnew install tzdata
# CHECK-NEXT:                                                  ^~~~~~~
# CHECK-NEXT:                                                          --no-install-recommends
# CHECK:{{.*}}DF403.dockerfile:[[@LINE-19]]:9: info: 'apt-get install' without '--no-install-recommends' [DF403]
# CHECK-NEXT:apt-get install -y tini
# CHECK-NEXT:        ^~~~~~~
# CHECK-NEXT:                --no-install-recommends

# OK: recommends are off, or asked for on purpose.
RUN apt-get update && apt-get install -y --no-install-recommends file && rm -rf /var/lib/apt/lists/*
RUN apt-get install -y unzip --no-install-recommends
RUN apt-get install -y -o APT::Install-Recommends=false zstd
RUN apt-get install -y --install-recommends texlive
RUN aptitude install -y xz-utils

# OK (current behaviour): commands inside a `bash -c` string are not parsed.
RUN bash -c "apt-get install -y vim"

# OK: exec form runs no shell; dlint does not model it.
RUN ["apt-get", "install", "-y", "nano"]

# OK: an earlier RUN of the stage, or of a stage it is built FROM, turns recommends off in apt.conf.
FROM app AS configured
RUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/99no-recommends
RUN apt-get install -y rsync
FROM configured AS tools
RUN apt-get install -y wget

# OK: a PowerShell stage is not sh, and a stage built FROM it inherits its SHELL.
FROM tools AS pwsh
SHELL ["pwsh", "-Command"]
RUN apt-get install -y patch
FROM pwsh
RUN apt-get install -y bzip2
# CHECK:7 diagnostics generated.

# ---- fix ----------------------------------------------------------------------------------------
# RUN: %expect_exit 0 %dlint --color=never --select=DF403 --parseable-fixits %s | FileCheck %s --check-prefix=FIXIT --implicit-check-not=fix-it:
# FIXIT: fix-it:"{{.*}}DF403.dockerfile":{72:38-72:38}:" --no-install-recommends"
# FIXIT: fix-it:"{{.*}}DF403.dockerfile":{82:20-82:20}:" --no-install-recommends"
# FIXIT: fix-it:"{{.*}}DF403.dockerfile":{92:25-92:25}:" --no-install-recommends"
# FIXIT: fix-it:"{{.*}}DF403.dockerfile":{93:47-93:47}:" --no-install-recommends"
# FIXIT: fix-it:"{{.*}}DF403.dockerfile":{94:16-94:16}:" --no-install-recommends"
# FIXIT: fix-it:"{{.*}}DF403.dockerfile":{95:58-95:58}:" --no-install-recommends"
# FIXIT: fix-it:"{{.*}}DF403.dockerfile":{99:16-99:16}:" --no-install-recommends"
# RUN: cp %s %t.dockerfile
# RUN: %expect_exit 0 %dlint --color=never --select=DF403 --fix %t.dockerfile 2>&1 | FileCheck %s --check-prefix=FIXED
# FIXED: fixed 7 findings in 1 file
# RUN: FileCheck %s --check-prefix=TEXT --input-file=%t.dockerfile
# TEXT: {{^}}RUN apt-get update && apt-get install --no-install-recommends -y curl && rm -rf /var/lib/apt/lists/*{{$}}
# TEXT: {{^}}    apt-get install --no-install-recommends -y \{{$}}
# TEXT: {{^}}RUN sudo apt-get install --no-install-recommends -y jq{{$}}
# TEXT: {{^}}RUN xargs -a /tmp/packages.txt apt-get install --no-install-recommends -y{{$}}
# TEXT: {{^}}RUN apt install --no-install-recommends -y less{{$}}
# TEXT: {{^}}RUN apt-get -y -o Dpkg::Options::=--force-confnew install --no-install-recommends tzdata{{$}}
# TEXT: {{^}}apt-get install --no-install-recommends -y tini{{$}}
# A second --fix changes nothing.
# RUN: %expect_exit 0 %dlint --color=never --select=DF403 --fix %t.dockerfile 2>&1 | FileCheck %s --check-prefix=AGAIN
# AGAIN: fixed 0 findings in 0 files
