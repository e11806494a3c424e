# A Dockerfile with nothing to report.
FROM alpine:3.19
RUN echo hello
USER nobody
