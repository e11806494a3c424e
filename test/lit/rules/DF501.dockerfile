# DF501 unused-suppression: a code in a '# dlint ignore=' (or ignore-stage=, ignore-file=) comment
# that matches no finding where the comment applies. The caret is on the first unused code; the
# safe fix removes the unused codes from the list, or the whole comment line when none would remain.
# RUN: %expect_exit 0 %dlint --color=never --select=DF404,DF501 --parseable-fixits %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF501]'

FROM alpine:3.20
# dlint ignore=DF404,DF403
RUN apk add curl
# CHECK:{{.*}}DF501.dockerfile:[[@LINE-2]]:22: info: unused suppression: 'DF403' matches no finding on the next instruction [DF501]
# CHECK-NEXT:# dlint ignore=DF404,DF403
# CHECK-NEXT:               ~~~~~~^~~~~
# CHECK-NEXT:               DF404
# CHECK-NEXT:fix-it:"{{.*}}DF501.dockerfile":{[[@LINE-6]]:16-[[@LINE-6]]:27}:"DF404"

# The only code: the fix deletes the comment line.
# dlint ignore=DF404 -- reason kept with it
RUN apk add --no-cache git
# CHECK:{{.*}}DF501.dockerfile:[[@LINE-2]]:16: info: unused suppression: 'DF404' matches no finding on the next instruction [DF501]
# CHECK-NEXT:# dlint ignore=DF404 -- reason kept with it
# CHECK-NEXT:~~~~~~~~~~~~~~~^~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:fix-it:"{{.*}}DF501.dockerfile":{[[@LINE-5]]:1-[[@LINE-4]]:1}:""

# Several unused codes in one comment: one diagnostic.
# dlint ignore=apk-add-without-no-cache,DF405,DF406
RUN apk add --no-cache make
# CHECK:{{.*}}DF501.dockerfile:[[@LINE-2]]:16: info: unused suppression: 'apk-add-without-no-cache', 'DF405', 'DF406' match no finding on the next instruction [DF501]

# OK: the suppression is used.
# dlint ignore=DF404
RUN apk add gcc

# OK: hadolint comments are honoured but never reported unused; unknown codes are DF502's.
# hadolint ignore=DL3019
RUN apk add --no-cache jq
# dlint ignore=NOT-A-RULE
RUN apk add --no-cache bash
