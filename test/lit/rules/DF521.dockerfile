# DF521 maintainer-deprecated: every MAINTAINER, at its keyword. The safe fix replaces it with
# LABEL org.opencontainers.image.authors, quoted so that it expands to the same text.
# RUN: %expect_exit 1 %dlint --color=never --select=DF521 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF521]'

FROM alpine:3.20
MAINTAINER Jane Doe <jane@example.com>
# CHECK:{{.*}}DF521.dockerfile:[[@LINE-1]]:1: warning: MAINTAINER is deprecated; use 'LABEL org.opencontainers.image.authors' [DF521]
# CHECK-NEXT:MAINTAINER Jane Doe <jane@example.com>
# CHECK-NEXT:^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"
# Quotes and '$' are escaped: MAINTAINER does not expand, LABEL does.
maintainer "Bob" $HOME
# CHECK:{{.*}}DF521.dockerfile:[[@LINE-1]]:1: warning: MAINTAINER is deprecated; use 'LABEL org.opencontainers.image.authors' [DF521]

# OK: the label itself.
LABEL org.opencontainers.image.authors="Jane Doe"
# CHECK:2 warnings generated.

# ---- fix: safe ----------------------------------------------------------------------------------
# RUN: cp %s %t.dockerfile
# RUN: %dlint --color=never --select=DF521 --fix %t.dockerfile 2>&1 | FileCheck %s --check-prefix=FIXED
# FIXED: fixed 2 findings in 1 file
# RUN: FileCheck %s --check-prefix=TEXT --input-file=%t.dockerfile
# TEXT: {{^}}LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"{{$}}
# TEXT: {{^}}LABEL org.opencontainers.image.authors="\"Bob\" \$HOME"{{$}}
