# DF260 shellcheck (opt-in): ShellCheck's findings on every RUN script, at their exact line and
# column through continuation lines and here-documents, with ShellCheck's fixes as unsafe fix-its.
# The dialect follows SHELL; ARGs and ENVs in scope count as assigned (no SC2154 for them).
# REQUIRES: shellcheck
# RUN: %expect_exit 1 %dlint --color=never --select=DF260 %s | FileCheck %s --match-full-lines --implicit-check-not='[DF260]'
# A prefix does not turn an opt-in rule on:
# RUN: %expect_exit 0 %dlint --color=never --select=DF2 %s | FileCheck %s --check-prefix=PREFIX --allow-empty
# PREFIX-NOT: [DF260]
# ShellCheck's fixes, applied with --unsafe-fixes:
# RUN: %expect_exit 1 %dlint --color=never --select=DF260 --unsafe-fixes --diff %s | FileCheck %s --check-prefix=DIFF

# OK: a Windows stage runs RUN through cmd, not a POSIX shell.
FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS win
RUN echo $1 && set x = `y`

FROM alpine:3.20
ARG version=1
ENV lower_env=x

# OK: a lowercase ARG and ENV in scope are assigned; a quoted expansion is fine.
RUN echo "$version" "$lower_env"

# On the second physical line of the RUN, exactly under the backticks.
RUN echo start \
    && ls `pwd` \
    && [[ -f /etc/os-release ]]
# CHECK:{{.*}}DF260.dockerfile:[[@LINE-2]]:11: warning: SC2046: quote this to prevent word splitting [DF260]
# CHECK:{{.*}}DF260.dockerfile:[[@LINE-3]]:11: style: SC2006: use $(...) notation instead of legacy backticks `...` [DF260]
# CHECK:{{.*}}DF260.dockerfile:[[@LINE-3]]:8: warning: SC3010: in POSIX sh, {{\[\[}} ]] is undefined [DF260]
# CHECK-NEXT:    && {{\[\[}} -f /etc/os-release ]]
# CHECK-NEXT:       ^~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: see https://www.shellcheck.net/wiki/SC3010

# OK: after SHELL bash, [[ ]] is fine; the unquoted $1 is not.
SHELL ["/bin/bash", "-c"]
RUN [[ -f /etc/os-release ]] && echo $1
# CHECK:{{.*}}DF260.dockerfile:[[@LINE-1]]:38: info: SC2086: double quote to prevent globbing and word splitting [DF260]
# CHECK-NEXT:RUN {{\[\[}} -f /etc/os-release ]] && echo $1
# CHECK-NEXT:                                    ^~
# CHECK-NEXT:                                    " "

# Inside a here-document body.
RUN <<EOT
set -e
cat $2
EOT
# CHECK:{{.*}}DF260.dockerfile:[[@LINE-2]]:5: info: SC2086: double quote to prevent globbing and word splitting [DF260]

# DIFF:-    && ls `pwd` \
# DIFF-NEXT:+    && ls $(pwd) \
# DIFF:-RUN {{\[\[}} -f /etc/os-release ]] && echo $1
# DIFF-NEXT:+RUN {{\[\[}} -f /etc/os-release ]] && echo "$1"
# DIFF:-cat $2
# DIFF-NEXT:+cat "$2"
