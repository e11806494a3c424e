FROM alpine:3.20
# dlint ignore=DF404, DF403 -- curl needs the index
RUN apk add curl
  # dlint ignore=DF404
RUN apk add --no-cache git
# dlint ignore=DF403,NOPE
RUN true
