# DF520 expose-protocol-casing: an EXPOSE protocol that is not lower case. The safe fix
# lower-cases it when the entry is written literally; unknown protocols are DF225's.
# RUN: %expect_exit 0 %dlint --color=never --select=DF520 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF520]'

FROM nginx:1.27
EXPOSE 80/TCP 53/Udp
# CHECK:{{.*}}DF520.dockerfile:[[@LINE-1]]:11: style: EXPOSE protocol 'TCP' should be lower case [DF520]
# CHECK-NEXT:EXPOSE 80/TCP 53/Udp
# CHECK-NEXT:          ^~~
# CHECK-NEXT:          tcp
# CHECK:{{.*}}DF520.dockerfile:[[@LINE-5]]:18: style: EXPOSE protocol 'Udp' should be lower case [DF520]
ARG PROTO=SCTP
EXPOSE 9000/${PROTO}
# CHECK:{{.*}}DF520.dockerfile:[[@LINE-1]]:8: style: EXPOSE protocol 'SCTP' should be lower case [DF520]
# CHECK-NEXT:EXPOSE 9000/${PROTO}
# CHECK-NEXT:       ^~~~~~~~~~~~~

# OK: lower case, an unknown protocol.
EXPOSE 80/tcp 53/udp 90/Foo
# CHECK:3 diagnostics generated.

# ---- fix ----------------------------------------------------------------------------------------
# RUN: cp %s %t.dockerfile
# RUN: %dlint --color=never --select=DF520 --fix %t.dockerfile 2>&1 | FileCheck %s --check-prefix=FIXED
# FIXED: fixed 2 findings in 1 file
# RUN: FileCheck %s --check-prefix=TEXT --input-file=%t.dockerfile
# TEXT: {{^}}EXPOSE 80/tcp 53/udp{{$}}
# TEXT: {{^}}EXPOSE 9000/${PROTO}{{$}}
