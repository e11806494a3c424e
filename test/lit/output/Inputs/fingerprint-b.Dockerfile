FROM alpine:3.20
# a comment
LABEL a=b
RUN sudo ls
