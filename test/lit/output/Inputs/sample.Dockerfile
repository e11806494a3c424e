FROM alpine:3.20
# a GitHub OAuth token (made up) that must never be printed in full
ENV GH=gho_Fz0hEh4fR5a8fiFUnkbcl8pAdbYmGzoEcQC4
RUNN echo hi
RUN echo "😀" && sudo apk add git
