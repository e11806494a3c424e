# DF502 reports codes dlint cannot honour and malformed dlint comments; known codes in the same
# comment still apply.
# RUN: %expect_exit 1 %dlint --color=never --select=DF404,DF5 %s | FileCheck %s --match-full-lines --implicit-check-not='[DF'

FROM alpine:3.20
# dlint ignore=DF4O4,DF404
RUN apk add curl
# CHECK:{{.*}}unknown.dockerfile:[[@LINE-2]]:16: warning: unknown code 'DF4O4' in a suppression comment [DF502]

# Syntax errors cannot be silenced by a comment; the finding stays.
# dlint ignore=DF110
FORM alpine
# CHECK:{{.*}}unknown.dockerfile:[[@LINE-2]]:16: warning: 'DF110' is a syntax error, which a suppression comment cannot silence [DF502]

# dlint ignore=EV201
# CHECK:{{.*}}unknown.dockerfile:[[@LINE-1]]:16: warning: 'EV201' is a .env file rule, which never reports in a Dockerfile [DF502]
# dlint ignroe=DF404
# CHECK:{{.*}}unknown.dockerfile:[[@LINE-1]]:9: warning: unknown suppression form 'ignroe' [DF502]
# dlint ignore DF404
# CHECK:{{.*}}unknown.dockerfile:[[@LINE-1]]:1: warning: expected '=' after 'ignore' [DF502]
# dlint ignore=DF404 because I said so
# CHECK:{{.*}}unknown.dockerfile:[[@LINE-1]]:1: warning: unexpected text after the codes; write a reason after '--' [DF502]
RUN apk add git
# dlint is mentioned in prose here, which is not a suppression.
