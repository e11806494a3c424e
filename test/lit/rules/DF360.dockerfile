# DF360 untrusted-registry: with trusted-registries set, an image pulled by FROM, COPY --from or
# RUN --mount from= from another registry is reported at the image reference. Docker Hub names
# ('alpine', 'library/x', 'docker.io/x', 'index.docker.io/x') are docker.io; '*' is a wildcard.
# RUN: printf 'trusted-registries: [docker.io, "*.example.com", "registry:5000"]\n' > %t.yaml
# RUN: %expect_exit 1 %dlint --color=never --config %t.yaml --select=DF360 %s | FileCheck %s --match-full-lines --implicit-check-not='[DF360]'
# Silent with no list.
# RUN: %expect_exit 0 %dlint --no-config --select=DF360 %s | count 0

ARG BASE_TAG=3.20
FROM ghcr.io/acme/base:1.4 AS base
# CHECK:{{.*}}DF360.dockerfile:[[@LINE-1]]:6: error: image 'ghcr.io/acme/base:1.4' comes from registry 'ghcr.io', which is not in trusted-registries [DF360]
# CHECK-NEXT:FROM ghcr.io/acme/base:1.4 AS base
# CHECK-NEXT:     ^~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: trusted registries: 'docker.io', '*.example.com', 'registry:5000'

FROM quay.io/prometheus/busybox:latest@sha256:0000000000000000000000000000000000000000000000000000000000000000
# CHECK:{{.*}}DF360.dockerfile:[[@LINE-1]]:6: error: image 'quay.io/{{.*}}' comes from registry 'quay.io', which is not in trusted-registries [DF360]
COPY --from=gcr.io/distroless/static:nonroot /etc/passwd /etc/passwd
# CHECK:{{.*}}DF360.dockerfile:[[@LINE-1]]:13: error: image 'gcr.io/distroless/static:nonroot' comes from registry 'gcr.io', which is not in trusted-registries [DF360]
RUN --mount=type=bind,from=localhost/tools:1,target=/t ls /t
# CHECK:{{.*}}DF360.dockerfile:[[@LINE-1]]:28: error: image 'localhost/tools:1' comes from registry 'localhost', which is not in trusted-registries [DF360]
# A port makes a host; a different port is a different registry.
FROM registry:5001/app
# CHECK:{{.*}}DF360.dockerfile:[[@LINE-1]]:6: error: image 'registry:5001/app' comes from registry 'registry:5001', which is not in trusted-registries [DF360]

# OK: Docker Hub in every spelling, wildcard hosts, stages, scratch, indexes, variables.
FROM alpine:${BASE_TAG}
FROM library/debian:bookworm
FROM docker.io/library/ubuntu:24.04
FROM index.docker.io/library/node:20
FROM bitnami/redis:7
FROM mirror.example.com/acme/app:2
FROM EU.Mirror.Example.com/acme/app:2
FROM registry:5000/app
FROM base
COPY --from=base /a /a
COPY --from=0 /a /a
FROM scratch
FROM ${UNKNOWN_IMAGE}
