# `# dlint ignore=` covers the next instruction, all of its continuation lines, and nothing after
# it. Codes may be dlint codes (any case), rule names, or other tools' IDs from the aliases.
# RUN: %expect_exit 0 %dlint --color=never --select=DF404,DF5 %s | FileCheck %s --match-full-lines --implicit-check-not='[DF'

FROM alpine:3.20
# dlint ignore=DF404 -- the index is needed by the next step
RUN apk add curl

# By name, with other comments and blank lines before the instruction.
# dlint ignore=apk-add-without-no-cache

# (an ordinary comment)
RUN apk add git

# Not the instruction after the next one.
# dlint ignore=df404
RUN true
RUN apk add jq
# CHECK:{{.*}}next-instruction.dockerfile:[[@LINE-3]]:16: info: unused suppression: 'df404' matches no finding on the next instruction [DF501]
# CHECK:{{.*}}next-instruction.dockerfile:[[@LINE-2]]:9: info: 'apk add' without '--no-cache' [DF404]

# Every line of a continued RUN, through a hadolint ID written in a dlint comment.
# dlint ignore=DL3019
RUN apk update && \
    apk add \
        curl

# A comment between continuation lines covers its own instruction.
RUN apk update && \
    # dlint ignore=apk-add-without-no-cache
    apk add make
