# DF210 from-platform-constant: 'FROM --platform=<constant>' that parses as a platform, in a stage
# whose name does not contain the platform's OS or architecture (BuildKit's
# FromPlatformFlagConstDisallowed). The caret covers the whole flag.
# RUN: %expect_exit 1 %dlint --color=never --select=DF210 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF210]'
ARG PLATFORM=linux/amd64

FROM --platform=linux/amd64 golang:1.22 AS build
# CHECK:{{.*}}DF210.dockerfile:[[@LINE-1]]:6: warning: 'FROM --platform' has the constant value 'linux/amd64', so this stage ignores the platform the build targets [DF210]
# CHECK-NEXT:FROM --platform=linux/amd64 golang:1.22 AS build
# CHECK-NEXT:     ^~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: use '--platform=$BUILDPLATFORM' for a stage that runs build tools, leave the flag out to follow the target platform, or name the stage after its platform (as 'AS build-amd64')

FROM --platform=linux/x86_64 alpine:3.20
# CHECK:{{.*}}DF210.dockerfile:[[@LINE-1]]:6: warning: 'FROM --platform' has the constant value 'linux/x86_64', so this stage ignores the platform the build targets [DF210]
# CHECK-NEXT:FROM --platform=linux/x86_64 alpine:3.20
# CHECK-NEXT:     ^~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: use '--platform=$BUILDPLATFORM' for a stage that runs build tools, leave the flag out to follow the target platform, or name the stage after its platform (as 'AS build-amd64')

FROM --platform="linux/arm/v7" alpine:3.20 AS pi
# CHECK:{{.*}}DF210.dockerfile:[[@LINE-1]]:6: warning: 'FROM --platform' has the constant value 'linux/arm/v7', so this stage ignores the platform the build targets [DF210]
# CHECK-NEXT:FROM --platform="linux/arm/v7" alpine:3.20 AS pi
# CHECK-NEXT:     ^~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: use '--platform=$BUILDPLATFORM' for a stage that runs build tools, leave the flag out to follow the target platform, or name the stage after its platform (as 'AS build-arm')

FROM --platform=windows alpine:3.20 AS win
# CHECK:{{.*}}DF210.dockerfile:[[@LINE-1]]:6: warning: 'FROM --platform' has the constant value 'windows', so this stage ignores the platform the build targets [DF210]
# CHECK-NEXT:FROM --platform=windows alpine:3.20 AS win
# CHECK-NEXT:     ^~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: use '--platform=$BUILDPLATFORM' for a stage that runs build tools, leave the flag out to follow the target platform, or name the stage after its platform (as 'AS build-amd64')

# OK: variables, names that say the platform (after normalization), values that are not platforms.
FROM --platform=$BUILDPLATFORM golang:1.22 AS cross
FROM --platform=${PLATFORM} alpine:3.20 AS fromarg
FROM --platform=${TARGETOS}/amd64 alpine:3.20 AS mixed
FROM --platform=linux/amd64 alpine:3.20 AS build-amd64
FROM --platform=linux/aarch64 alpine:3.20 AS deps_arm64
FROM --platform=linux/riscv64 alpine:3.20 AS linux-deps
FROM --platform=linux/* alpine:3.20 AS wildcard
FROM --platform=notaplatform alpine:3.20 AS bogus
FROM alpine:3.20
# CHECK:4 warnings generated.
