# DF502 unknown-suppression-code: a '# dlint' suppression comment names a code dlint does not know
# (with a did-you-mean and a display-only replacement when one is close), a syntax or .env code it
# cannot silence, or is malformed. Known codes in the same comment still apply.
# RUN: %expect_exit 1 %dlint --color=never --select=DF404,DF502 --parseable-fixits %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF502]' --implicit-check-not='[DF404]'

FROM alpine:3.20
# dlint ignore=DF4O4,DF404
RUN apk add curl
# CHECK:{{.*}}DF502.dockerfile:[[@LINE-2]]:16: warning: unknown code 'DF4O4' in a suppression comment [DF502]
# CHECK-NEXT:# dlint ignore=DF4O4,DF404
# CHECK-NEXT:               ^~~~~
# CHECK-NEXT:               DF404
# CHECK-NEXT:note: did you mean 'DF404'?
# CHECK-NEXT:fix-it:"{{.*}}DF502.dockerfile":{[[@LINE-7]]:16-[[@LINE-7]]:21}:"DF404"

# dlint ignore=DF110
# CHECK:{{.*}}DF502.dockerfile:[[@LINE-1]]:16: warning: 'DF110' is a syntax error, which a suppression comment cannot silence [DF502]
# CHECK:note: use '--ignore DF110' or the configuration file instead
# dlint ignore-file=EV201
# CHECK:{{.*}}DF502.dockerfile:[[@LINE-1]]:21: warning: 'EV201' is a .env file rule, which never reports in a Dockerfile [DF502]
# dlint ignroe=DF404
# CHECK:{{.*}}DF502.dockerfile:[[@LINE-1]]:9: warning: unknown suppression form 'ignroe' [DF502]
# CHECK:note: did you mean 'ignore'?
# dlint ignore DF404
# CHECK:{{.*}}DF502.dockerfile:[[@LINE-1]]:1: warning: expected '=' after 'ignore' [DF502]
# dlint ignore=
# CHECK:{{.*}}DF502.dockerfile:[[@LINE-1]]:1: warning: no codes after '=' [DF502]
# dlint ignore=DF404 because I said so
# CHECK:{{.*}}DF502.dockerfile:[[@LINE-1]]:1: warning: unexpected text after the codes; write a reason after '--' [DF502]
RUN apk add git

# OK: a reason after '--', prose that mentions dlint, hadolint IDs with no dlint equivalent.
# dlint ignore=DF404 -- the index is needed
RUN apk add jq
# dlint is run in CI on this file
# hadolint ignore=SC2046,DL3059
RUN apk add --no-cache bash
