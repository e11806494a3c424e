# DF301 final-user-root: the final stage runs as root, because its USER is root (or uid 0), or
# because it sets no USER and its base image runs as root. Only the final stage is checked:
# earlier stages may run as root. The user is followed through `FROM <stage>` chains, and USER
# values are expanded with the stage's ENV values and ARG defaults. A switch back to root after
# a non-root user is DF303's finding, not this one.
#
# Each case is its own file (split-file keeps their line numbers); the first RUN lints this whole
# file as one Dockerfile, where every part but the last is a non-final stage: nothing is reported.
# RUN: split-file --leading-lines %s %t
# RUN: %expect_exit 0 %dlint --color=never --select=DF301 %s | count 0
# RUN: %expect_exit 1 %dlint --color=never --select=DF301 %t/no-user.Dockerfile | FileCheck %s --check-prefix=NOUSER --match-full-lines --strict-whitespace --implicit-check-not='[DF301]'
# RUN: %expect_exit 1 %dlint --color=never --select=DF301 %t/user-root.Dockerfile | FileCheck %s --check-prefix=ROOT --match-full-lines --strict-whitespace --implicit-check-not='[DF301]'
# RUN: %expect_exit 1 %dlint --color=never --select=DF301 %t/uid0.Dockerfile | FileCheck %s --check-prefix=UID0 --match-full-lines --strict-whitespace --implicit-check-not='[DF301]'
# RUN: %expect_exit 1 %dlint --color=never --select=DF301 %t/root-group.Dockerfile | FileCheck %s --check-prefix=ROOTGROUP --match-full-lines --strict-whitespace --implicit-check-not='[DF301]'
# RUN: %expect_exit 1 %dlint --color=never --select=DF301 %t/variable.Dockerfile | FileCheck %s --check-prefix=VARIABLE --match-full-lines --strict-whitespace --implicit-check-not='[DF301]'
# RUN: %expect_exit 1 %dlint --color=never --select=DF301 %t/inherited.Dockerfile | FileCheck %s --check-prefix=INHERITED --match-full-lines --strict-whitespace --implicit-check-not='[DF301]'
# RUN: %expect_exit 1 %dlint --color=never --select=DF301 %t/chain.Dockerfile | FileCheck %s --check-prefix=CHAIN --match-full-lines --strict-whitespace --implicit-check-not='[DF301]'
# RUN: %expect_exit 1 %dlint --color=never --select=DF301 %t/scratch.Dockerfile | FileCheck %s --check-prefix=SCRATCH --match-full-lines --strict-whitespace --implicit-check-not='[DF301]'
# RUN: %expect_exit 1 %dlint --color=never --select=DF301 %t/servercore.Dockerfile | FileCheck %s --check-prefix=SERVERCORE --match-full-lines --strict-whitespace --implicit-check-not='[DF301]'
# RUN: %expect_exit 1 %dlint --color=never --select=DF301 %t/own-entrypoint.Dockerfile | FileCheck %s --check-prefix=OWNENTRY --match-full-lines --strict-whitespace --implicit-check-not='[DF301]'
# RUN: %expect_exit 1 %dlint --color=never --select=DF301 %t/shell-cmd.Dockerfile | FileCheck %s --check-prefix=SHELLCMD --match-full-lines --strict-whitespace --implicit-check-not='[DF301]'
# RUN: %expect_exit 1 %dlint --color=never --select=DF301 %t/gosu-no-entrypoint.Dockerfile | FileCheck %s --check-prefix=GOSU --match-full-lines --strict-whitespace --implicit-check-not='[DF301]'
# RUN: %expect_exit 0 %dlint --color=never --select=DF301 %t/ok | count 0

#--- no-user.Dockerfile
# No USER at all: reported at the base image, named with the global ARG defaults expanded.
ARG PYTHON_VERSION=3.12
FROM python:${PYTHON_VERSION}-slim
# NOUSER:{{.*}}no-user.Dockerfile:[[@LINE-1]]:6: warning: the final stage sets no USER, so it runs as the default user of 'python:3.12-slim', which is root for most images [DF301]
# NOUSER-NEXT:FROM python:${PYTHON_VERSION}-slim
# NOUSER-NEXT:     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# NOUSER-NEXT:note: add 'USER <non-root user>' after the last instruction that needs root
# NOUSER-NEXT:1 warning generated.
RUN pip install --no-cache-dir flask
CMD ["flask", "run"]

#--- user-root.Dockerfile
FROM node:20-slim
RUN npm ci
USER root
# ROOT:{{.*}}user-root.Dockerfile:[[@LINE-1]]:6: warning: the final stage runs as 'root' [DF301]
# ROOT-NEXT:USER root
# ROOT-NEXT:     ^~~~
# ROOT-NEXT:note: add 'USER <non-root user>' after the last instruction that needs root
CMD ["node", "server.js"]

#--- uid0.Dockerfile
FROM debian:bookworm-slim
USER 0
# UID0:{{.*}}uid0.Dockerfile:[[@LINE-1]]:6: warning: the final stage runs as '0' [DF301]
# UID0-NEXT:USER 0
# UID0-NEXT:     ^

#--- root-group.Dockerfile
FROM debian:bookworm-slim
USER root:root
# ROOTGROUP:{{.*}}root-group.Dockerfile:[[@LINE-1]]:6: warning: the final stage runs as 'root:root' [DF301]
# ROOTGROUP-NEXT:USER root:root
# ROOTGROUP-NEXT:     ^~~~~~~~~

#--- variable.Dockerfile
# USER is expanded like BuildKit does, here with an ENV value.
FROM debian:bookworm-slim
ENV APP_USER=root
USER $APP_USER
# VARIABLE:{{.*}}variable.Dockerfile:[[@LINE-1]]:6: warning: the final stage runs as '$APP_USER' (which is 'root') [DF301]
# VARIABLE-NEXT:USER $APP_USER
# VARIABLE-NEXT:     ^~~~~~~~~

#--- inherited.Dockerfile
# The final stage inherits root from the stage it is built on: reported at its FROM.
FROM ubuntu:24.04 AS base
USER root
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates
FROM base
# INHERITED:{{.*}}inherited.Dockerfile:[[@LINE-1]]:6: warning: the final stage runs as 'root', set in stage 'base' that it is built on [DF301]
# INHERITED-NEXT:FROM base
# INHERITED-NEXT:     ^~~~
# INHERITED-NEXT:{{.*}}inherited.Dockerfile:[[@LINE-6]]:6: note: 'root' is set here
# INHERITED-NEXT:USER root
# INHERITED-NEXT:     ^~~~
# INHERITED-NEXT:note: add 'USER <non-root user>' after the last instruction that needs root
COPY app /app

#--- chain.Dockerfile
# No USER anywhere on a two-stage FROM chain: the note names the stage that starts from the image.
FROM eclipse-temurin:21-jre AS runtime
RUN mkdir /app
FROM runtime AS app
COPY app.jar /app/
FROM app
# CHAIN:{{.*}}chain.Dockerfile:[[@LINE-1]]:6: warning: the final stage sets no USER, so it runs as the default user of 'eclipse-temurin:21-jre', which is root for most images [DF301]
# CHAIN-NEXT:FROM app
# CHAIN-NEXT:     ^~~
# CHAIN-NEXT:{{.*}}chain.Dockerfile:[[@LINE-8]]:6: note: the final stage is built on stage 'runtime', which starts from that image
# CHAIN-NEXT:FROM eclipse-temurin:21-jre AS runtime
# CHAIN-NEXT:     ^~~~~~~~~~~~~~~~~~~~~~
# CHAIN-NEXT:note: add 'USER <non-root user>' after the last instruction that needs root
ENTRYPOINT ["java", "-jar", "/app/app.jar"]

#--- scratch.Dockerfile
# A scratch image that runs a program runs it as uid 0; it has no /etc/passwd for a name.
FROM golang:1.22 AS build
RUN CGO_ENABLED=0 go build -o /out/server .
FROM scratch
# SCRATCH:{{.*}}scratch.Dockerfile:[[@LINE-1]]:6: warning: the final stage is built on 'scratch' and sets no USER, so its program runs as uid 0 [DF301]
# SCRATCH-NEXT:FROM scratch
# SCRATCH-NEXT:     ^~~~~~~
# SCRATCH-NEXT:note: 'scratch' has no /etc/passwd: use a numeric user, such as 'USER 65532:65532'
COPY --from=build /out/server /server
ENTRYPOINT ["/server"]

#--- servercore.Dockerfile
# Windows Server Core runs as ContainerAdministrator, the Windows counterpart of root.
FROM mcr.microsoft.com/windows/servercore:ltsc2022
# SERVERCORE:{{.*}}servercore.Dockerfile:[[@LINE-1]]:6: warning: the final stage sets no USER, so it runs as 'ContainerAdministrator', the default user of 'mcr.microsoft.com/windows/servercore:ltsc2022' [DF301]
# SERVERCORE-NEXT:FROM mcr.microsoft.com/windows/servercore:ltsc2022
# SERVERCORE-NEXT:     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# SERVERCORE-NEXT:note: add 'USER ContainerUser' after the last instruction that needs administrator rights
RUN powershell -Command Write-Host hello

#--- own-entrypoint.Dockerfile
# An official image whose entrypoint steps down to its service user, but the Dockerfile replaces
# that entrypoint: root.
FROM postgres:16
# OWNENTRY:{{.*}}own-entrypoint.Dockerfile:[[@LINE-1]]:6: warning: the final stage sets no USER, so it runs as the default user of 'postgres:16', which is root for most images [DF301]
ENTRYPOINT ["/usr/local/bin/my-entrypoint.sh"]

#--- shell-cmd.Dockerfile
# A shell-form CMD runs '/bin/sh -c ...', which the entrypoint does not step down for.
FROM redis:7 AS server
CMD redis-server /etc/redis.conf
FROM server
# SHELLCMD:{{.*}}shell-cmd.Dockerfile:[[@LINE-1]]:6: warning: the final stage sets no USER, so it runs as the default user of 'redis:7', which is root for most images [DF301]

#--- gosu-no-entrypoint.Dockerfile
# Installing gosu without an ENTRYPOINT that could use it steps nothing down.
FROM debian:bookworm-slim
# GOSU:{{.*}}gosu-no-entrypoint.Dockerfile:[[@LINE-1]]:6: warning: the final stage sets no USER, so it runs as the default user of 'debian:bookworm-slim', which is root for most images [DF301]
RUN apt-get update && apt-get install -y --no-install-recommends gosu
CMD ["gosu", "nobody", "true"]

#--- ok/entrypoint-steps-down.Dockerfile
# OK: the official postgres image starts as root, and its entrypoint runs the server as 'postgres'.
FROM docker.io/library/postgres:16@sha256:fe3f571d128e8efadcd8b2fde0e2b73ebab6dbec33f6bfe69d98c682c7d8f7bd
COPY init.sql /docker-entrypoint-initdb.d/

#--- ok/entrypoint-steps-down-cmd.Dockerfile
# OK: an exec-form CMD that starts the server (or passes it options) keeps the step-down.
FROM rabbitmq:4.1-alpine AS mq
RUN rabbitmq-plugins enable --offline rabbitmq_management
FROM mq
CMD ["rabbitmq-server"]

#--- ok/entrypoint-steps-down-options.Dockerfile
FROM redis:7-alpine
CMD ["--appendonly", "yes"]

#--- ok/own-entrypoint-steps-down.Dockerfile
# OK: the docker-library pattern: the image installs su-exec (or gosu) and its ENTRYPOINT script
# runs the server through it as the service user.
FROM alpine:3.20
RUN addgroup -S redis && adduser -S -G redis redis && apk add --no-cache su-exec
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["redis-server"]

#--- ok/non-root-image.Dockerfile
# OK: images whose own Dockerfile ends with a non-root USER.
FROM jenkins/jenkins:lts-jdk17
RUN jenkins-plugin-cli --plugins git

#--- ok/build-stage-root.Dockerfile
# OK: a non-final stage that runs as root; the final stage sets a non-root user.
FROM golang:1.22 AS build
USER root
RUN go build -o /out/app .
FROM debian:bookworm-slim
COPY --from=build /out/app /usr/local/bin/app
USER 10001:10001

#--- ok/inherits-non-root.Dockerfile
# OK: the final stage inherits a non-root user from its parent stage.
FROM node:20-slim AS base
USER node
FROM base
COPY . /app

#--- ok/uid-with-root-group.Dockerfile
# OK: uid 1000 in group 0 is not root.
FROM debian:bookworm-slim
USER 1000:0

#--- ok/unknown-variable.Dockerfile
# OK: a user that comes from a build argument without default is not known to be root.
FROM debian:bookworm-slim
ARG APP_USER
USER ${APP_USER}

#--- ok/known-non-root-images.Dockerfile
# OK: images that default to a non-root user (distroless ':nonroot' tags).
FROM golang:1.22 AS build
FROM gcr.io/distroless/static-debian12:nonroot@sha256:1b7b9f0f0e0a1d2155f531db587cc48ec26aaf97ab64364225f5bf18a054e66a
COPY --from=build /out/app /app

#--- ok/nanoserver.Dockerfile
# OK: Nano Server runs as ContainerUser.
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
COPY app.exe C:/app/

#--- ok/scratch-files.Dockerfile
# OK: a scratch stage with no command holds files to export ('--output') or copy; nothing runs.
FROM golang:1.22 AS build
RUN go build -o /out/app .
FROM scratch
COPY --from=build /out/app /

#--- ok/switched-back.Dockerfile
# OK for DF301: root after a non-root user is DF303's finding.
FROM debian:bookworm-slim
USER app
USER root

#--- ok/ambiguous-base.Dockerfile
# OK: the base depends on the target platform and may name stages that end as different users.
FROM debian:bookworm AS base-amd64
USER root
FROM debian:bookworm AS base-arm64
USER app
FROM base-${TARGETARCH}
