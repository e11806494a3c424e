# DF460 consecutive-run: hadolint's DL3059 semantics. A RUN right after another RUN (comments in
# between do not count; any other instruction does) is reported when both have the same flags
# and at most two commands each. After a finding the earlier RUN stays the one compared with.
# The caret is on the RUN keyword; a note points at the previous RUN.
# RUN: %expect_exit 0 %dlint --color=never --select=DF460 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF460]'

FROM alpine:3.20
RUN apk add --no-cache curl
RUN mkdir -p /app
# CHECK:{{.*}}DF460.dockerfile:[[@LINE-1]]:1: info: RUN follows another short RUN with the same flags; join them into one layer [DF460]
# CHECK-NEXT:RUN mkdir -p /app
# CHECK-NEXT:^~~
# CHECK-NEXT:{{.*}}DF460.dockerfile:[[@LINE-5]]:1: note: the previous RUN is here
# CHECK-NEXT:RUN apk add --no-cache curl
# CHECK-NEXT:^~~
# A comment does not separate them; a third short RUN is reported too.
run echo one && \
    echo two
# CHECK:{{.*}}DF460.dockerfile:[[@LINE-2]]:1: info: RUN follows another short RUN with the same flags; join them into one layer [DF460]
RUN <<EOF
chmod +x /usr/local/bin/entrypoint
EOF
# CHECK:{{.*}}DF460.dockerfile:[[@LINE-3]]:1: info: RUN follows another short RUN with the same flags; join them into one layer [DF460]

# OK: another instruction in between.
WORKDIR /app
RUN echo a
ENV X=1
RUN echo b
# OK: different flags.
RUN --mount=type=cache,target=/root/.cache pip install -r requirements.txt
# OK: a RUN with more than two commands (nested ones count) on either side.
RUN echo c
RUN set -e; echo d; echo "$(date)"
RUN echo e
# OK: exec form is not counted as shell and separates RUNs.
RUN ["echo", "f"]
RUN echo g
# OK: a shell running a script written in the RUN counts that script's commands: a here-document
# fed to bash, or a `bash -c` string (hadolint counts only the `bash`).
FROM debian:12
RUN <<EOT bash
    set -ex
    apt-get update
    apt-get install -y --no-install-recommends git
EOT
RUN curl -fsSL https://example.com/install.sh -o /tmp/install.sh
RUN bash -o pipefail -c 'git --version; make --version; cmake --version'
RUN echo h
# Look-alike: a `sh -c` string with one command is still short.
RUN sh -c 'echo i'
# CHECK:{{.*}}DF460.dockerfile:[[@LINE-1]]:1: info: RUN follows another short RUN with the same flags; join them into one layer [DF460]
# OK: Windows' `setx` (or PowerShell's SetEnvironmentVariable) sets a variable only later processes
# see, so the next RUN is split on purpose.
FROM mcr.microsoft.com/windows/servercore:ltsc2022
RUN setx /M PATH "%PATH%;C:\go\bin"
RUN go version
FROM mcr.microsoft.com/windows/servercore:ltsc2022
RUN powershell -Command "[Environment]::SetEnvironmentVariable('Path', $env:Path + ';C:\node', 'Machine')"
RUN node --version
# CHECK:4 diagnostics generated.
