# DF113 unknown-flag: a builder flag the instruction does not define (BuildKit: "unknown flag").
# The range is the whole flag word; a "did you mean" note points at a close flag name.
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF113]' --implicit-check-not=error: --implicit-check-not=warning:
FROM alpine:3.20

COPY --chmown=app:app src/ /app/
# CHECK:{{.*}}DF113.Dockerfile:[[@LINE-1]]:6: error: unknown flag '--chmown' for 'COPY' [DF113]
# CHECK-NEXT:COPY --chmown=app:app src/ /app/
# CHECK-NEXT:     ^~~~~~~~~~~~~~~~
# CHECK-NEXT:{{.*}}DF113.Dockerfile:[[@LINE-4]]:8: note: did you mean '--chown'?
# CHECK-NEXT:COPY --chmown=app:app src/ /app/
# CHECK-NEXT:       ^~~~~~

# Instructions that take no flags say so.
WORKDIR --parents /srv/app
# CHECK:{{.*}}DF113.Dockerfile:[[@LINE-1]]:9: error: unknown flag '--parents' for 'WORKDIR' [DF113]
# CHECK-NEXT:WORKDIR --parents /srv/app
# CHECK-NEXT:        ^~~~~~~~~
# CHECK-NEXT:note: 'WORKDIR' takes no flags
ENV --global=true LANG=C.UTF-8
# CHECK:{{.*}}DF113.Dockerfile:[[@LINE-1]]:5: error: unknown flag '--global' for 'ENV' [DF113]
# CHECK-NEXT:ENV --global=true LANG=C.UTF-8
# CHECK-NEXT:    ^~~~~~~~~~~~~
# CHECK-NEXT:note: 'ENV' takes no flags

# A flag of another instruction: ADD has no --from, FROM has only --platform.
ADD --from=builder /out /app
# CHECK:{{.*}}DF113.Dockerfile:[[@LINE-1]]:5: error: unknown flag '--from' for 'ADD' [DF113]
# CHECK-NOT:note:
FROM --platfrom=linux/amd64 alpine:3.20 AS build
# CHECK:{{.*}}DF113.Dockerfile:[[@LINE-1]]:6: error: unknown flag '--platfrom' for 'FROM' [DF113]
# CHECK-NEXT:FROM --platfrom=linux/amd64 alpine:3.20 AS build
# CHECK-NEXT:     ^~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:{{.*}}DF113.Dockerfile:[[@LINE-4]]:8: note: did you mean '--platform'?

# ONBUILD's own flags (`ONBUILD --chown=1 COPY ...`): see bugs/DF113-onbuild-flag-reported-twice.

# A flag on a continuation line keeps its own line and column.
RUN --network=none \
    --mout=type=cache,target=/root/.cache \
    make
# CHECK:{{.*}}DF113.Dockerfile:[[@LINE-2]]:5: error: unknown flag '--mout' for 'RUN' [DF113]
# CHECK-NEXT:    --mout=type=cache,target=/root/.cache \
# CHECK-NEXT:    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:{{.*}}DF113.Dockerfile:[[@LINE-5]]:7: note: did you mean '--mount'?

# OK: flags the instruction defines; ARG, STOPSIGNAL and HEALTHCHECK NONE never parse their
# flags in BuildKit, so anything goes there; `--` ends the flags; words after the first
# non-flag word are arguments.
COPY --chown=app:app --chmod=0644 --link --parents --exclude=*.md src/ /app/
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d --keep-git-dir=true --unpack=false https://example.com/a.tar.gz /a
RUN --mount=type=cache,target=/root/.cache --network=host --security=sandbox --device=nvidia.com/gpu=all make
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --start-interval=1s --retries=3 CMD true
ARG --whatever NAME=value
STOPSIGNAL --whatever SIGTERM
HEALTHCHECK --whatever NONE
RUN -- --not-a-flag
RUN make --unknown-but-after-the-command
FROM --platform=$BUILDPLATFORM alpine:3.20
# CHECK:6 errors generated.
