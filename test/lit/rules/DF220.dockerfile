# DF220 overridden-instruction: a second CMD, ENTRYPOINT or HEALTHCHECK in one stage replaces the
# first. The caret is on the keyword of the overridden (earlier) one; a note points at the one
# that counts. HEALTHCHECK NONE counts too. A stage built FROM another one is counted on its own.
# RUN: %expect_exit 1 %dlint --color=never --select=DF220 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF220]'

FROM alpine:3.20 AS base
CMD ["echo", "one"]
HEALTHCHECK CMD true
ENTRYPOINT ["/bin/sh"]
CMD ["echo", "two"]
HEALTHCHECK NONE
ENTRYPOINT ["/bin/bash"]
CMD ["echo", "three"]
# CHECK:{{.*}}DF220.dockerfile:7:1: warning: this CMD is overridden by a later CMD in the same stage, so it has no effect [DF220]
# CHECK-NEXT:CMD ["echo", "one"]
# CHECK-NEXT:^~~
# CHECK-NEXT:{{.*}}DF220.dockerfile:10:1: note: only this last CMD counts
# CHECK:{{.*}}DF220.dockerfile:8:1: warning: this HEALTHCHECK is overridden by a later HEALTHCHECK in the same stage, so it has no effect [DF220]
# CHECK:{{.*}}DF220.dockerfile:11:1: note: only this last HEALTHCHECK counts
# CHECK:{{.*}}DF220.dockerfile:9:1: warning: this ENTRYPOINT is overridden by a later ENTRYPOINT in the same stage, so it has no effect [DF220]
# CHECK:{{.*}}DF220.dockerfile:12:1: note: only this last ENTRYPOINT counts
# CHECK:{{.*}}DF220.dockerfile:10:1: warning: this CMD is overridden by a later CMD in the same stage, so it has no effect [DF220]
# CHECK:{{.*}}DF220.dockerfile:13:1: note: only this last CMD counts

# OK: one of each per stage; a stage built FROM another overrides it normally; ONBUILD triggers.
FROM base
CMD ["echo", "child"]
ENTRYPOINT ["/bin/ash"]
HEALTHCHECK CMD false
ONBUILD CMD ["a"]
# CHECK:4 warnings generated.
