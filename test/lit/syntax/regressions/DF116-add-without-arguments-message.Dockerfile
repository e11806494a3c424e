# Frontend bug (message): with no argument at all, COPY and ADD say "but only none was
# provided". BuildKit's errNoDestinationArgument always says "only one was provided"; dlint's
# text should at least be grammatical ("but none was provided").
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %s | FileCheck %s
FROM alpine:3.20
ADD
# CHECK:{{.*}}:[[@LINE-1]]:1: error: 'ADD' requires at least two arguments, one or more sources and a destination, but none was provided; the destination could not be determined [DF116]
COPY []
# CHECK:{{.*}}:[[@LINE-1]]:1: error: 'COPY' requires at least two arguments, one or more sources and a destination, but none was provided; the destination could not be determined [DF116]
