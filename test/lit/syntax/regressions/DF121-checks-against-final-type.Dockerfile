# Frontend bug (false positives): in BuildKit's parseMount (instructions/commands_runmount.go)
# only `size` and `required` look at the type seen so far. `sharing`, `mode`, `uid` and `gid`
# are checked after the loop against the final type, the sharing value is lower-cased before
# it is checked, and `from` is refused for secret mounts only (ssh mounts may take it).
# dlint reports DF121 on each line below; BuildKit accepts them all.
# RUN: %expect_exit 0 %dlint --color=never --select=DF1 %s | FileCheck %s --allow-empty --implicit-check-not='[DF121]'
FROM alpine:3.20
RUN --mount=sharing=locked,type=cache,target=/var/cache/apt apt-get update
RUN --mount=mode=0755,uid=1000,gid=1000,type=cache,target=/x true
RUN --mount=type=cache,target=/x,sharing=LOCKED true
RUN --mount=type=ssh,from=builder true
