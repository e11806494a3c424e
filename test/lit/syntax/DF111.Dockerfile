# DF111 empty-continuation-line: an empty or blank line inside a continued instruction. It is
# reported on the empty line itself (BuildKit only names the instruction's last line).
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF111]' --implicit-check-not=error: --implicit-check-not=warning:
# RUN: %expect_exit 0 %dlint --color=never --select=DF1 --fail-on=error %s
FROM alpine:3.20

RUN apk add --no-cache \
      curl \

      git
# CHECK:{{.*}}DF111.Dockerfile:[[@LINE-2]]:1: warning: empty continuation line in 'RUN' instruction [DF111]
# CHECK-EMPTY:
# CHECK-NEXT:^
# CHECK-NEXT:note: empty continuation lines will become errors in a future BuildKit release; remove the line or end it with the escape character

# A line of only blanks counts as empty; each empty line is reported.
ENV PATH=/opt/bin:$PATH \
    
    LANG=C.UTF-8 \

    TZ=UTC
# CHECK:{{.*}}DF111.Dockerfile:[[@LINE-4]]:1: warning: empty continuation line in 'ENV' instruction [DF111]
# CHECK-NEXT:    
# CHECK-NEXT:^
# CHECK:{{.*}}DF111.Dockerfile:[[@LINE-5]]:1: warning: empty continuation line in 'ENV' instruction [DF111]

# An empty line after a comment line that sits inside the continuation still counts.
LABEL a=1 \
# a comment line inside the continuation

      b=2
# CHECK:{{.*}}DF111.Dockerfile:[[@LINE-2]]:1: warning: empty continuation line in 'LABEL' instruction [DF111]

# OK: comment lines inside a continuation are dropped, never empty lines.
RUN set -eux; \
# install the toolchain
    apk add --no-cache gcc; \
    # an indented comment line, too
    gcc --version
# OK: an empty line that is not inside a continuation ends nothing.
RUN echo one

RUN echo two
# OK: a backslash that does not continue (it is escaped) leaves the next empty line outside.
RUN echo trailing \\

RUN echo three
# CHECK:4 warnings generated.
