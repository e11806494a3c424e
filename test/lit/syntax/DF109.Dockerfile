# DF109 missing-equals: ENV or LABEL in the `key=value` form (the first word has '=') with a
# later word that has none (BuildKit: "Syntax error - can't find = in ...").
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF109]' --implicit-check-not=error: --implicit-check-not=warning:
FROM alpine:3.20

ENV PATH=/opt/app/bin:$PATH LANG
# CHECK:{{.*}}DF109.Dockerfile:[[@LINE-1]]:29: error: can't find '=' in 'LANG': every word of 'ENV' must have the form 'name=value' [DF109]
# CHECK-NEXT:ENV PATH=/opt/app/bin:$PATH LANG
# CHECK-NEXT:                            ^~~~

# Every such word is reported; quoted words stay whole.
LABEL version=1.0 "release candidate" vendor=acme stable
# CHECK:{{.*}}DF109.Dockerfile:[[@LINE-1]]:19: error: can't find '=' in '"release candidate"': every word of 'LABEL' must have the form 'name=value' [DF109]
# CHECK-NEXT:LABEL version=1.0 "release candidate" vendor=acme stable
# CHECK-NEXT:                  ^~~~~~~~~~~~~~~~~~~
# CHECK:{{.*}}DF109.Dockerfile:[[@LINE-4]]:51: error: can't find '=' in 'stable': every word of 'LABEL' must have the form 'name=value' [DF109]

# On a continuation line, the word keeps its own line and column.
ENV A=1 \
    B
# CHECK:{{.*}}DF109.Dockerfile:[[@LINE-1]]:5: error: can't find '=' in 'B': every word of 'ENV' must have the form 'name=value' [DF109]

# OK: all words have '=', quoted and escaped blanks do not split a word, and the legacy form
# (first word without '=') keeps the rest as one value.
ENV A=1 B=2 C=
ENV MSG="hello world" PATH=/a\ b:$PATH
LABEL org.opencontainers.image.title="my app" version=1.0
ENV GREETING hello there=world
LABEL description This is = fine
# CHECK:4 errors generated.
