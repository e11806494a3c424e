# One error: an instruction keyword typo (DF110).
FROM alpine:3.19
RUNN echo hello
USER nobody
