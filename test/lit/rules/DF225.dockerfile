# DF225 invalid-expose-port: BuildKit rejects the EXPOSE entry: a port outside 0-65535 or not a
# number, a reversed range, or a protocol other than tcp, udp and sctp (any case).
# RUN: %expect_exit 1 %dlint --color=never --select=DF225 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF225]'

FROM alpine:3.20
EXPOSE 80800/tcp 53/dns
# CHECK:{{.*}}DF225.dockerfile:[[@LINE-1]]:8: error: EXPOSE port '80800' is not a port number in 0-65535 [DF225]
# CHECK-NEXT:EXPOSE 80800/tcp 53/dns
# CHECK-NEXT:       ^~~~~
# CHECK:{{.*}}DF225.dockerfile:[[@LINE-4]]:21: error: EXPOSE protocol 'dns' is not 'tcp', 'udp' or 'sctp' [DF225]
# CHECK-NEXT:EXPOSE 80800/tcp 53/dns
# CHECK-NEXT:                    ^~~
EXPOSE 9000-8000 http
# CHECK:{{.*}}DF225.dockerfile:[[@LINE-1]]:8: error: EXPOSE port range '9000-8000' ends before it starts [DF225]
# CHECK:{{.*}}DF225.dockerfile:[[@LINE-2]]:18: error: EXPOSE port 'http' is not a port number in 0-65535 [DF225]
# A variable that expands to several ports: the whole word is the range.
ARG PORTS="70000 80"
EXPOSE $PORTS
# CHECK:{{.*}}DF225.dockerfile:[[@LINE-1]]:8: error: EXPOSE port '70000' is not a port number in 0-65535 [DF225]
# CHECK-NEXT:EXPOSE $PORTS
# CHECK-NEXT:       ^~~~~~

# OK: valid ports, '80/' means tcp, unknown values, upper-case protocols (DF520's).
EXPOSE 0 65535 80/ 1000-2000/sctp 53/UDP
ARG P
EXPOSE $P
# CHECK:5 errors generated.
