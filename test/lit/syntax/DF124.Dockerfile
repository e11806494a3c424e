# DF124 heredoc-destination: the last argument of COPY or ADD is a here-document (BuildKit:
# "COPY cannot accept a heredoc as a destination"). The range is the heredoc word.
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF124]' --implicit-check-not=error: --implicit-check-not=warning:
FROM alpine:3.20

COPY app.conf <<EOF
/etc/app/app.conf
EOF
# CHECK:{{.*}}DF124.Dockerfile:[[@LINE-3]]:15: error: 'COPY' cannot accept a heredoc as a destination [DF124]
# CHECK-NEXT:COPY app.conf <<EOF
# CHECK-NEXT:              ^~~~~

ADD <<ONE <<TWO
first
ONE
second
TWO
# CHECK:{{.*}}DF124.Dockerfile:[[@LINE-5]]:11: error: 'ADD' cannot accept a heredoc as a destination [DF124]
# CHECK-NEXT:ADD <<ONE <<TWO
# CHECK-NEXT:          ^~~~~

COPY --chmod=0644 a.txt <<-"END"
	ignored
	END
# CHECK:{{.*}}DF124.Dockerfile:[[@LINE-3]]:25: error: 'COPY' cannot accept a heredoc as a destination [DF124]

# OK: heredocs as sources; JSON form has no heredocs; `<< EOF` with a blank after `<<` is two
# plain path words in COPY's arguments (the body is still read).
COPY <<EOF /etc/motd
welcome
EOF
COPY <<A <<B /etc/
a
A
b
B
ADD --chmod=0755 <<"SCRIPT" /usr/local/bin/hello
#!/bin/sh
echo hello
SCRIPT
COPY ["src", "<<EOF"]
COPY src << EOF
body
EOF
# CHECK:3 errors generated.
