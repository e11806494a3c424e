# DF226 legacy-key-value-format: ENV or LABEL in the legacy 'key value' form. The caret is on the
# key. The safe fix writes '=' (and double quotes when the value holds unquoted white space);
# no fix when the value starts on a continuation line or mixes white space with quotes.
# RUN: %expect_exit 1 %dlint --color=never --select=DF226 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF226]'

FROM alpine:3.20
ENV APP_HOME /opt/app
# CHECK:{{.*}}DF226.dockerfile:[[@LINE-1]]:5: warning: legacy 'ENV key value' form; write 'ENV key=value' [DF226]
# CHECK-NEXT:ENV APP_HOME /opt/app
# CHECK-NEXT:    ^~~~~~~~~
# CHECK-NEXT:            =
LABEL description Small web server
# CHECK:{{.*}}DF226.dockerfile:[[@LINE-1]]:7: warning: legacy 'LABEL key value' form; write 'LABEL key=value' [DF226]
# The whole rest of the line is one value: A is "1 B 2".
ENV A 1 B 2
# CHECK:{{.*}}DF226.dockerfile:[[@LINE-1]]:5: warning: legacy 'ENV key value' form; write 'ENV key=value' [DF226]
ENV QUOTED "x y"
# CHECK:{{.*}}DF226.dockerfile:[[@LINE-1]]:5: warning: legacy 'ENV key value' form; write 'ENV key=value' [DF226]
ENV MIXED a "b c"
# CHECK:{{.*}}DF226.dockerfile:[[@LINE-1]]:5: warning: legacy 'ENV key value' form; write 'ENV key=value' [DF226]
# CHECK-NEXT:ENV MIXED a "b c"
# CHECK-NEXT:    ^~~~~
# CHECK-NEXT:note: in the legacy form the whole rest of the line is the value, quotes and spaces included
ENV NEXT \
    value
# CHECK:{{.*}}DF226.dockerfile:[[@LINE-2]]:5: warning: legacy 'ENV key value' form; write 'ENV key=value' [DF226]

# OK: the key=value form.
ENV APP_HOME=/opt/app
LABEL description="Small web server" version=1
# CHECK:6 warnings generated.

# ---- fix: safe ------------------------------------------------------------------------------------
# RUN: cp %s %t.dockerfile
# RUN: %expect_exit 1 %dlint --color=never --select=DF226 --fix %t.dockerfile 2>&1 | FileCheck %s --check-prefix=FIXED
# FIXED: fixed 4 findings in 1 file
# RUN: FileCheck %s --check-prefix=TEXT --input-file=%t.dockerfile
# TEXT: {{^}}ENV APP_HOME=/opt/app{{$}}
# TEXT: {{^}}LABEL description="Small web server"{{$}}
# TEXT: {{^}}ENV A="1 B 2"{{$}}
# TEXT: {{^}}ENV QUOTED="x y"{{$}}
# TEXT: {{^}}ENV MIXED a "b c"{{$}}
