# DF446 wget-and-curl: one stage calls both wget and curl. The caret is on the first call of the
# tool that appears second, with a note on the other's first call; one finding per stage.
# RUN: %expect_exit 0 %dlint --color=never --select=DF446 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF446]'

FROM debian:12 AS fetch
RUN curl -fsSL https://example.org/a -o /tmp/a
RUN wget -q https://example.org/b \
    && echo done
# CHECK:{{.*}}DF446.dockerfile:[[@LINE-2]]:5: info: 'wget' is used in a stage that already downloads with 'curl': use one of them [DF446]
# CHECK-NEXT:RUN wget -q https://example.org/b \
# CHECK-NEXT:    ^~~~
# CHECK-NEXT:{{.*}}DF446.dockerfile:[[@LINE-6]]:5: note: 'curl' is first used here
# CHECK-NEXT:RUN curl -fsSL https://example.org/a -o /tmp/a
# CHECK-NEXT:    ^~~~

FROM alpine:3.20 AS mixed
RUN wget -qO- https://example.org/c | tar -x && curl -fsS https://example.org/d -o /d
# CHECK:{{.*}}DF446.dockerfile:[[@LINE-1]]:49: info: 'curl' is used in a stage that already downloads with 'wget': use one of them [DF446]
# CHECK-NEXT:RUN wget -qO- https://example.org/c | tar -x && curl -fsS https://example.org/d -o /d
# CHECK-NEXT:                                                ^~~~
# CHECK-NEXT:{{.*}}DF446.dockerfile:[[@LINE-4]]:5: note: 'wget' is first used here
# CHECK-NEXT:RUN wget -qO- https://example.org/c | tar -x && curl -fsS https://example.org/d -o /d
# CHECK-NEXT:    ^~~~

FROM debian:12 AS three
RUN wget -q https://example.org/e
RUN curl -fsS https://example.org/f && curl -fsS https://example.org/g
# CHECK:{{.*}}DF446.dockerfile:[[@LINE-1]]:5: info: 'curl' is used in a stage that already downloads with 'wget': use one of them [DF446]
# CHECK-NEXT:RUN curl -fsS https://example.org/f && curl -fsS https://example.org/g
# CHECK-NEXT:    ^~~~
# CHECK-NEXT:{{.*}}DF446.dockerfile:[[@LINE-5]]:5: note: 'wget' is first used here
# CHECK-NEXT:RUN wget -q https://example.org/e
# CHECK-NEXT:    ^~~~

# OK: one tool per stage; the other only as a package name or an argument.
FROM debian:12 AS only-curl
RUN apt-get install -y wget curl && curl -fsS https://example.org/h
RUN echo "use wget instead" && curl --version
FROM debian:12 AS only-wget
RUN wget -q https://example.org/i
# CHECK:3 diagnostics generated.
