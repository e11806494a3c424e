# `# dlint ignore-stage=` covers the stage the comment is in; written right above a FROM it covers
# that FROM's stage; after the last instruction, the last stage. Other stages are not covered.
# RUN: %expect_exit 0 %dlint --color=never --select=DF403,DF404,DF5 %s | FileCheck %s --match-full-lines --implicit-check-not='[DF'

FROM alpine:3.20 AS one
RUN apk add curl
# CHECK:{{.*}}stage.dockerfile:[[@LINE-1]]:9: info: 'apk add' without '--no-cache' [DF404]

# dlint ignore-stage=DF404 -- a throwaway build stage
FROM one AS two
RUN apk add curl
RUN apk add git

FROM two AS three
RUN apk add make
# dlint ignore-stage=DF404
RUN apk add gcc

FROM three
RUN apk add jq
# dlint ignore-stage=DF404,DF403
# CHECK:{{.*}}stage.dockerfile:[[@LINE-1]]:28: info: unused suppression: 'DF403' matches no finding in this stage [DF501]
