FROM alpine:3.20
RUN	apk add tini
LABEL name="café"
RUN apk add curl