FROM alpine:3.20 AS builder
RUN echo hi > /hi
FROM alpine:3.20
COPY --from=buidler /hi /hi
