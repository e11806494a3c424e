# One warning: an empty line inside a continued RUN (DF111).
FROM alpine:3.19
RUN apk add --no-cache \

    curl
USER nobody
