# DF303 user-root-not-restored: the final stage switches back to root (or uid 0, or Windows'
# ContainerAdministrator) after running as a non-root user, and stays root. Reported at the USER
# in force (or at the final FROM when it is inherited), with a note at the non-root user.
# Ending as root without any earlier non-root user is DF301's finding, not this one.
#
# Each case is its own file (split-file keeps their line numbers); the first RUN lints this whole
# file as one Dockerfile, whose final stage (the last part) is fine.
# RUN: split-file --leading-lines %s %t
# RUN: %expect_exit 0 %dlint --color=never --select=DF303 %s | count 0
# RUN: %expect_exit 1 %dlint --color=never --select=DF303 %t/switch-back.Dockerfile | FileCheck %s --check-prefix=BACK --match-full-lines --strict-whitespace --implicit-check-not='[DF303]'
# RUN: %expect_exit 1 %dlint --color=never --select=DF303 %t/uid0.Dockerfile | FileCheck %s --check-prefix=UID0 --match-full-lines --strict-whitespace --implicit-check-not='[DF303]'
# RUN: %expect_exit 1 %dlint --color=never --select=DF303 %t/inherited.Dockerfile | FileCheck %s --check-prefix=INHERITED --match-full-lines --strict-whitespace --implicit-check-not='[DF303]'
# RUN: %expect_exit 1 %dlint --color=never --select=DF303 %t/parent-user.Dockerfile | FileCheck %s --check-prefix=PARENT --match-full-lines --strict-whitespace --implicit-check-not='[DF303]'
# RUN: %expect_exit 1 %dlint --color=never --select=DF303 %t/variable.Dockerfile | FileCheck %s --check-prefix=VARIABLE --match-full-lines --strict-whitespace --implicit-check-not='[DF303]'
# RUN: %expect_exit 1 %dlint --color=never --select=DF303 %t/nanoserver.Dockerfile | FileCheck %s --check-prefix=NANO --match-full-lines --strict-whitespace --implicit-check-not='[DF303]'
# RUN: %expect_exit 0 %dlint --color=never --select=DF303 %t/ok | count 0

#--- switch-back.Dockerfile
FROM node:20-slim
USER node
RUN npm ci --omit=dev
USER root
# BACK:{{.*}}switch-back.Dockerfile:[[@LINE-1]]:6: warning: switched to 'root' after running as 'node', and the final stage never switches back [DF303]
# BACK-NEXT:USER root
# BACK-NEXT:     ^~~~
# BACK-NEXT:{{.*}}switch-back.Dockerfile:[[@LINE-6]]:6: note: the non-root user was set here
# BACK-NEXT:USER node
# BACK-NEXT:     ^~~~
# BACK-NEXT:note: add 'USER node' after the instructions that need root
# BACK-NEXT:1 warning generated.
RUN apt-get update && apt-get install -y --no-install-recommends curl
CMD ["node", "server.js"]

#--- uid0.Dockerfile
# Two root USERs in a row: the finding is at the one in force.
FROM debian:bookworm-slim
USER 10001
USER root
USER 0:0
# UID0:{{.*}}uid0.Dockerfile:[[@LINE-1]]:6: warning: switched to '0:0' after running as '10001', and the final stage never switches back [DF303]
# UID0-NEXT:USER 0:0
# UID0-NEXT:     ^~~
# UID0-NEXT:{{.*}}uid0.Dockerfile:[[@LINE-6]]:6: note: the non-root user was set here

#--- inherited.Dockerfile
# The switch happens in the stage the final stage is built on.
FROM python:3.12-slim AS base
USER app
RUN pip install --user flask
USER root
FROM base
# INHERITED:{{.*}}inherited.Dockerfile:[[@LINE-1]]:6: warning: switched to 'root' after running as 'app', and the final stage never switches back [DF303]
# INHERITED-NEXT:FROM base
# INHERITED-NEXT:     ^~~~
# INHERITED-NEXT:{{.*}}inherited.Dockerfile:[[@LINE-5]]:6: note: the final stage inherits 'root' from stage 'base', where it is set here
# INHERITED-NEXT:USER root
# INHERITED-NEXT:     ^~~~
# INHERITED-NEXT:{{.*}}inherited.Dockerfile:[[@LINE-10]]:6: note: the non-root user was set here
# INHERITED-NEXT:USER app
# INHERITED-NEXT:     ^~~
# INHERITED-NEXT:note: add 'USER app' after the instructions that need root
COPY app.py /app/

#--- parent-user.Dockerfile
# The non-root user comes from the parent stage; the final stage switches to root itself.
FROM python:3.12-slim AS base
USER app
FROM base
USER root
# PARENT:{{.*}}parent-user.Dockerfile:[[@LINE-1]]:6: warning: switched to 'root' after running as 'app', and the final stage never switches back [DF303]
# PARENT-NEXT:USER root
# PARENT-NEXT:     ^~~~
# PARENT-NEXT:{{.*}}parent-user.Dockerfile:[[@LINE-6]]:6: note: the non-root user was set here

#--- variable.Dockerfile
# A user from a build argument is taken as non-root; root from an ARG default is root.
FROM debian:bookworm-slim
ARG APP_USER
ARG ADMIN=root
USER ${APP_USER}
USER $ADMIN
# VARIABLE:{{.*}}variable.Dockerfile:[[@LINE-1]]:6: warning: switched to '$ADMIN' (which is 'root') after running as '${APP_USER}', and the final stage never switches back [DF303]
# VARIABLE-NEXT:USER $ADMIN
# VARIABLE-NEXT:     ^~~~~~
# VARIABLE-NEXT:{{.*}}variable.Dockerfile:[[@LINE-5]]:6: note: the non-root user was set here
# VARIABLE-NEXT:USER ${APP_USER}
# VARIABLE-NEXT:     ^~~~~~~~~~~
# VARIABLE-NEXT:note: add 'USER ${APP_USER}' after the instructions that need root

#--- nanoserver.Dockerfile
# Nano Server runs as ContainerUser; ContainerAdministrator is its root (any letter case).
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
USER containeradministrator
# NANO:{{.*}}nanoserver.Dockerfile:[[@LINE-1]]:6: warning: switched to 'containeradministrator' from the base image's user 'ContainerUser', and the final stage never switches back [DF303]
# NANO-NEXT:USER containeradministrator
# NANO-NEXT:     ^~~~~~~~~~~~~~~~~~~~~~
# NANO-NEXT:{{.*}}nanoserver.Dockerfile:[[@LINE-5]]:6: note: the base image runs as 'ContainerUser'
# NANO-NEXT:FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
# NANO-NEXT:     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# NANO-NEXT:note: add 'USER ContainerUser' after the instructions that need root
RUN mkdir C:\\data

#--- ok/restored.Dockerfile
# OK: root for a few instructions, then back to the non-root user.
FROM node:20-slim
USER node
USER root
RUN apt-get update && apt-get install -y --no-install-recommends curl
USER node

#--- ok/root-only.Dockerfile
# OK for DF303: root without an earlier non-root user is DF301's finding.
FROM debian:bookworm-slim
USER root

#--- ok/non-final-stage.Dockerfile
# OK: a build stage that switches back to root is not the final stage.
FROM golang:1.22 AS build
USER nobody
USER root
RUN go build -o /out/app .
FROM gcr.io/distroless/static:nonroot
COPY --from=build /out/app /app

#--- ok/root-then-user.Dockerfile
# OK: the last user is non-root, whatever came before.
FROM debian:bookworm-slim
USER root
USER app
USER 0
USER app:app
