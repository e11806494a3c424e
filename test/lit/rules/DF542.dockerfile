# DF542 useradd-without-no-log-init: 'useradd' with a UID of 100000 or more (hadolint's "more
# than five digits"), or a UID from a variable with no known value, and no '-l'/'--no-log-init'.
# The caret is on 'useradd'; a note points at the UID. The safe fix inserts ' -l' after 'useradd'.
# RUN: %expect_exit 1 %dlint --color=never --select=DF542 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF542]'

FROM debian:bookworm-slim
RUN useradd -u 1000001 app
# CHECK:{{.*}}DF542.dockerfile:[[@LINE-1]]:5: warning: 'useradd' with the large UID 1000001 and no '-l' (--no-log-init) [DF542]
# CHECK-NEXT:RUN useradd -u 1000001 app
# CHECK-NEXT:    ^~~~~~~
# CHECK-NEXT:            -l
# CHECK-NEXT:{{.*}}DF542.dockerfile:[[@LINE-5]]:16: note: useradd fills /var/log/lastlog and faillog up to the UID; the layer stores those sparse files in full
# CHECK-NEXT:RUN useradd -u 1000001 app
# CHECK-NEXT:               ^~~~~~~

# On a continuation line, '--uid=', through sudo, combined short options.
RUN groupadd -g 123456 app && \
    useradd --uid=123456 -g app -m app
# CHECK:{{.*}}DF542.dockerfile:[[@LINE-1]]:5: warning: 'useradd' with the large UID 123456 and no '-l' (--no-log-init) [DF542]
RUN sudo useradd -mu 654321 -s /bin/bash dev
# CHECK:{{.*}}DF542.dockerfile:[[@LINE-1]]:10: warning: 'useradd' with the large UID 654321 and no '-l' (--no-log-init) [DF542]

# A UID from a build argument: its default decides; without one the value is unknown.
ARG BIG_UID=200000
ARG HOST_UID
RUN useradd -u "${BIG_UID}" big && useradd --uid $HOST_UID host
# CHECK:{{.*}}DF542.dockerfile:[[@LINE-1]]:5: warning: 'useradd' with the large UID 200000 and no '-l' (--no-log-init) [DF542]
# CHECK:{{.*}}DF542.dockerfile:[[@LINE-2]]:36: warning: 'useradd' with a UID known only at build time ('$HOST_UID') and no '-l' (--no-log-init) [DF542]

# OK: '-l' or '--no-log-init' (alone or combined), small UIDs, no UID, a small default.
ARG SMALL_UID=1000
RUN useradd -l -u 1000001 a && useradd --no-log-init --uid 1000002 b && useradd -lmu 1000003 c
RUN useradd -u 99999 d && useradd -r e && useradd -u "$SMALL_UID" f && adduser -u 1000004 g
RUN echo useradd -u 1000005 h
# CHECK:5 warnings generated.

# ---- fix ----------------------------------------------------------------------------------------
# RUN: %expect_exit 1 %dlint --color=never --select=DF542 --parseable-fixits %s | FileCheck %s --check-prefix=FIXIT --implicit-check-not=fix-it:
# FIXIT: fix-it:"{{.*}}DF542.dockerfile":{7:12-7:12}:" -l"
# FIXIT: fix-it:"{{.*}}DF542.dockerfile":{18:12-18:12}:" -l"
# FIXIT: fix-it:"{{.*}}DF542.dockerfile":{20:17-20:17}:" -l"
# FIXIT: fix-it:"{{.*}}DF542.dockerfile":{26:12-26:12}:" -l"
# FIXIT: fix-it:"{{.*}}DF542.dockerfile":{26:43-26:43}:" -l"
# RUN: cp %s %t.dockerfile
# RUN: %expect_exit 0 %dlint --color=never --select=DF542 --fix %t.dockerfile 2>&1 | FileCheck %s --check-prefix=FIXED
# FIXED: fixed 5 findings in 1 file
# RUN: FileCheck %s --check-prefix=TEXT --input-file=%t.dockerfile
# TEXT: {{^}}RUN useradd -l -u 1000001 app{{$}}
# TEXT: {{^}}    useradd -l --uid=123456 -g app -m app{{$}}
# TEXT: {{^}}RUN useradd -l -u "${BIG_UID}" big && useradd -l --uid $HOST_UID host{{$}}
