# DF114 duplicate-flag: a flag that may appear once is given twice (BuildKit: "duplicate flag
# specified"). The error is on the second one; a note points at the first.
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF114]' --implicit-check-not=error: --implicit-check-not=warning:
FROM alpine:3.20

COPY --chown=app --chown=root src/ /app/
# CHECK:{{.*}}DF114.Dockerfile:[[@LINE-1]]:18: error: duplicate flag specified: '--chown' [DF114]
# CHECK-NEXT:COPY --chown=app --chown=root src/ /app/
# CHECK-NEXT:                 ^~~~~~~~~~~~
# CHECK-NEXT:{{.*}}DF114.Dockerfile:[[@LINE-4]]:6: note: first given here
# CHECK-NEXT:COPY --chown=app --chown=root src/ /app/
# CHECK-NEXT:     ^~~~~~~~~~~

# Boolean flags count too, whatever their spelling; a third copy is reported again.
COPY --link --link=true --link=false a /b
# CHECK:{{.*}}DF114.Dockerfile:[[@LINE-1]]:13: error: duplicate flag specified: '--link' [DF114]
# CHECK:{{.*}}DF114.Dockerfile:[[@LINE-2]]:25: error: duplicate flag specified: '--link' [DF114]

# Across continuation lines.
RUN --network=none \
    --network=host make
# CHECK:{{.*}}DF114.Dockerfile:[[@LINE-1]]:5: error: duplicate flag specified: '--network' [DF114]
# CHECK-NEXT:    --network=host make
# CHECK-NEXT:    ^~~~~~~~~~~~~~
# CHECK-NEXT:{{.*}}DF114.Dockerfile:[[@LINE-5]]:5: note: first given here

FROM --platform=linux/amd64 --platform=linux/arm64 alpine:3.20
# CHECK:{{.*}}DF114.Dockerfile:[[@LINE-1]]:29: error: duplicate flag specified: '--platform' [DF114]

# OK: --mount, --device and --exclude are repeatable; different flags are not duplicates;
# the same text after the flags is an argument.
RUN --mount=type=cache,target=/root/.cache --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
RUN --device=a --device=b true
COPY --exclude=*.md --exclude=*.txt . /src/
ADD --exclude=.git --exclude=node_modules . /src/
COPY --chown=app --chmod=0644 --link a /b
RUN --network=none echo --network=none
# CHECK:5 errors generated.
