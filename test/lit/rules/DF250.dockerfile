# DF250 pipe-without-pipefail: a pipeline whose status decides the RUN's result, run without
# 'pipefail' (no 'set -o pipefail' before it, no SHELL with '-o pipefail'). The caret is on the
# first '|' after a command that can fail; one finding per RUN. An unsafe fix starts a shell-form
# RUN (without here-documents, and whose script does not set pipefail itself) with
# 'set -o pipefail && '.
# RUN: %expect_exit 1 %dlint --color=never --select=DF250 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF250]'

FROM alpine:3.20 AS build
RUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /usr/local/bin
# CHECK:{{.*}}DF250.dockerfile:[[@LINE-1]]:48: warning: pipeline without 'pipefail': a failure of 'curl' is hidden, the status is that of 'tar' [DF250]
# CHECK-NEXT:RUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /usr/local/bin
# CHECK-NEXT:                                               ^
# CHECK-NEXT:    set -o pipefail &&{{ *}}
# CHECK-NEXT:note: put 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]' before the RUN, or start the script with 'set -o pipefail' where /bin/sh has it (bash, busybox ash; not dash, the /bin/sh of Debian and Ubuntu)

# On the third line of a continued RUN, in an '&&' chain, after an 'echo |' that cannot fail.
RUN set -eux; \
    echo "deb http://example.com stable main" | tee /etc/apt/sources.list.d/x.list; \
    wget -qO- https://example.com/key.asc \
      | gpg --dearmor > /usr/share/keyrings/x.gpg && apt-get update
# CHECK:{{.*}}DF250.dockerfile:[[@LINE-1]]:7: warning: pipeline without 'pipefail': a failure of 'wget' is hidden, the status is that of 'gpg' [DF250]
# CHECK-NEXT:      | gpg --dearmor > /usr/share/keyrings/x.gpg && apt-get update
# CHECK-NEXT:      ^

# 'set -e' makes a pipeline in the middle count; the second member of a longer pipeline can fail
# too; '|&' is reported whole; a here-document script.
RUN set -e; cat /etc/os-release | grep -i alpine | wc -l; echo done
# CHECK:{{.*}}DF250.dockerfile:[[@LINE-1]]:33: warning: pipeline without 'pipefail': a failure of 'cat' is hidden, the status is that of 'wc' [DF250]
RUN make 2>&1 |& tee build.log
# CHECK:{{.*}}DF250.dockerfile:[[@LINE-1]]:15: warning: pipeline without 'pipefail': a failure of 'make' is hidden, the status is that of 'tee' [DF250]
# CHECK-NEXT:RUN make 2>&1 |& tee build.log
# CHECK-NEXT:              ^~
RUN <<EOF
set -e
if [ -f /etc/alpine-release ]; then
  curl -fsSL https://example.com/install.sh | sh
fi
EOF
# CHECK:{{.*}}DF250.dockerfile:[[@LINE-3]]:45: warning: pipeline without 'pipefail': a failure of 'curl' is hidden, the status is that of 'sh' [DF250]
# 'set +o pipefail' turns it off again.
RUN set -o pipefail; curl -sS https://example.com | sh; set +o pipefail; curl -sS https://example.com | sh
# CHECK:{{.*}}DF250.dockerfile:[[@LINE-1]]:103: warning: pipeline without 'pipefail': a failure of 'curl' is hidden, the status is that of 'sh' [DF250]
# An exec-form RUN through 'sh -c' is checked too (no fix).
RUN ["/bin/sh", "-c", "curl -sS https://example.com/a | sh"]
# CHECK:{{.*}}DF250.dockerfile:[[@LINE-1]]:55: warning: pipeline without 'pipefail': a failure of 'curl' is hidden, the status is that of 'sh' [DF250]

# OK: pipefail is on.
RUN set -o pipefail && curl -sS https://example.com | sh
RUN set -euxo pipefail; curl -sS https://example.com | sh
RUN set -eo pipefail; curl -sS https://example.com | sh
RUN set -o errexit -o pipefail; curl -sS https://example.com | sh
RUN ["/bin/bash", "-o", "pipefail", "-c", "curl -sS https://example.com/b | sh"]
# OK: writers that cannot fail (groups of them too), and 'yes', which pipefail would break.
RUN echo "root:x" | chpasswd && printf '%s\n' a b | sort && yes | apt-get install foo
RUN { echo '<Directory /var/www/>'; echo '</Directory>'; } | tee /etc/apache2/conf-available/x.conf
# OK: the status is tested or thrown away: 'if' and 'while' conditions, '!', before '||', in the
# background, inside $(...), before ';' without 'set -e'.
RUN if ldd /bin/ls | grep -q musl; then echo musl; fi
RUN while ps | grep -q nginx; do sleep 1; done; ! ps | grep -q nginx; true
RUN find / -name '*.pyc' | xargs rm -f || true
RUN ps aux | grep app & wait
RUN ARCH="$(uname -m | sed 's/x86_64/amd64/')"; echo "$ARCH"
RUN ls /tmp | wc -l; echo done
RUN curl -sS https://example.com | sh && echo ok || echo failed
# OK: 'set -o pipefail' inside the subshell that runs the pipeline.
RUN (set -o pipefail; curl -sS https://example.com | sh)

# OK: a SHELL with '-o pipefail' covers its stage and the stages built FROM it.
FROM debian:bookworm-slim AS base
SHELL ["/bin/bash", "-eo", "pipefail", "-c"]
RUN curl -sS https://example.com | bash
FROM base
RUN wget -qO- https://example.com | bash
# But a later SHELL without it does not.
SHELL ["/bin/bash", "-c"]
RUN wget -qO- https://example.com | bash
# CHECK:{{.*}}DF250.dockerfile:[[@LINE-1]]:35: warning: pipeline without 'pipefail': a failure of 'wget' is hidden, the status is that of 'bash' [DF250]
# OK: a reader that may stop early ('head', 'grep -q', 'grep -m', 'grep -l') makes its writer die
# of SIGPIPE at random, which 'pipefail' would turn into a failed build.
RUN ls -t /opt/releases | head -n 1 > /latest
RUN dpkg -l | grep -q libssl && echo found
RUN find / -name '*.so' | sort | grep -im1 libz > /libz
RUN curl -sS https://example.com/list | grep --quiet tool
# But 'grep -v', 'grep -e q' and a 'head' that writes do read all of their input.
RUN curl -sS https://example.com/list | grep -v -e q -f /dev/null > /list
# CHECK:{{.*}}DF250.dockerfile:[[@LINE-1]]:39: warning: pipeline without 'pipefail': a failure of 'curl' is hidden, the status is that of 'grep' [DF250]
RUN head -c 16 /dev/urandom | od -An -tx1 > /seed
# CHECK:{{.*}}DF250.dockerfile:[[@LINE-1]]:29: warning: pipeline without 'pipefail': a failure of 'head' is hidden, the status is that of 'od' [DF250]

# OK: a PowerShell stage is not POSIX.
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command"]
RUN Get-ChildItem | Select-Object Name
# CHECK:10 warnings generated.

# ---- fix: 'set -o pipefail && ' at the start of shell-form RUNs without here-documents ------------
# RUN: %expect_exit 1 %dlint --color=never --select=DF250 --parseable-fixits %s | FileCheck %s --check-prefix=FIXIT --implicit-check-not=fix-it:
# FIXIT: fix-it:"{{.*}}DF250.dockerfile":{9:5-9:5}:"set -o pipefail && "
# FIXIT: fix-it:"{{.*}}DF250.dockerfile":{17:5-17:5}:"set -o pipefail && "
# FIXIT: fix-it:"{{.*}}DF250.dockerfile":{27:5-27:5}:"set -o pipefail && "
# FIXIT: fix-it:"{{.*}}DF250.dockerfile":{29:5-29:5}:"set -o pipefail && "
# FIXIT: fix-it:"{{.*}}DF250.dockerfile":{76:5-76:5}:"set -o pipefail && "
# FIXIT: fix-it:"{{.*}}DF250.dockerfile":{85:5-85:5}:"set -o pipefail && "
# FIXIT: fix-it:"{{.*}}DF250.dockerfile":{87:5-87:5}:"set -o pipefail && "
# RUN: cp %s %t.dockerfile
# RUN: %expect_exit 1 %dlint --color=never --select=DF250 --fix --unsafe-fixes %t.dockerfile 2>&1 | FileCheck %s --check-prefix=FIXED
# FIXED: fixed 7 findings in 1 file
# RUN: FileCheck %s --check-prefix=TEXT --input-file=%t.dockerfile
# TEXT: {{^}}RUN set -o pipefail && curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /usr/local/bin{{$}}
# TEXT: {{^}}RUN set -o pipefail && set -eux; \{{$}}
# TEXT: {{^}}RUN set -o pipefail && make 2>&1 |& tee build.log{{$}}
