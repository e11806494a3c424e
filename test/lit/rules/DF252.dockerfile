# DF252 package-manager-as-non-root: apt-get, apt, aptitude, apk, yum, dnf, microdnf, tdnf or
# zypper changes the system (install, update, remove...) while the USER in force (inherited
# through FROM <stage>) is known and is not root. The caret is on the tool; a note points at the
# USER value. Read-only subcommands, another root (--root, --installroot), simulations, sudo or
# doas before the tool, and users dlint does not know are not reported.
# RUN: %expect_exit 1 %dlint --color=never --select=DF252 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF252]'

FROM debian:bookworm-slim AS base
RUN useradd -m app
USER app
RUN apt-get update && apt-get install -y --no-install-recommends curl
# CHECK:{{.*}}DF252.dockerfile:[[@LINE-1]]:5: error: 'apt-get update' runs as user 'app', which cannot change the system's packages [DF252]
# CHECK-NEXT:RUN apt-get update && apt-get install -y --no-install-recommends curl
# CHECK-NEXT:    ^~~~~~~
# CHECK-NEXT:{{.*}}DF252.dockerfile:[[@LINE-5]]:6: note: the user is set here; put 'USER root' before this RUN and switch back after it
# CHECK-NEXT:USER app
# CHECK-NEXT:     ^~~
# CHECK:{{.*}}DF252.dockerfile:[[@LINE-7]]:23: error: 'apt-get install' runs as user 'app', which cannot change the system's packages [DF252]

# OK: read-only subcommands, sudo, a simulation.
RUN apt-get download curl && apt-cache policy curl && apt list --installed
RUN sudo apt-get install -y git && apt-get -s install vim

# A stage built FROM it inherits the user; a numeric USER; a here-document script.
FROM base AS child
RUN apt-get remove -y curl
# CHECK:{{.*}}DF252.dockerfile:[[@LINE-1]]:5: error: 'apt-get remove' runs as user 'app', which cannot change the system's packages [DF252]
FROM alpine:3.20
USER 1000:1000
RUN <<EOF
set -eux
apk add --no-cache jq
EOF
# CHECK:{{.*}}DF252.dockerfile:[[@LINE-2]]:1: error: 'apk add' runs as user '1000:1000', which cannot change the system's packages [DF252]

# OK: another root, and root again.
RUN apk --root /sysroot --initdb add musl
USER root
RUN apk add --no-cache tini

# OK: a user dlint does not know (from an ARG without default, or the base image's own).
FROM fedora:40
ARG RUN_AS
USER ${RUN_AS}
RUN dnf install -y make
FROM example.com/some/image:1.0
RUN microdnf install -y tar
# CHECK:4 errors generated.
