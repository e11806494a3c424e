# DF119 invalid-healthcheck: an unknown HEALTHCHECK type, NONE with arguments, CMD without a
# command, a duration under 1ms, or negative retries.
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF119]' --implicit-check-not=error: --implicit-check-not=warning:
FROM alpine:3.20

HEALTHCHECK CONNECT localhost:8080
# CHECK:{{.*}}DF119.Dockerfile:[[@LINE-1]]:13: error: unknown type 'CONNECT' in HEALTHCHECK (try CMD) [DF119]
# CHECK-NEXT:HEALTHCHECK CONNECT localhost:8080
# CHECK-NEXT:            ^~~~~~~

HEALTHCHECK NONE curl -f http://localhost/
# CHECK:{{.*}}DF119.Dockerfile:[[@LINE-1]]:18: error: HEALTHCHECK NONE takes no arguments [DF119]
# CHECK-NEXT:HEALTHCHECK NONE curl -f http://localhost/
# CHECK-NEXT:                 ^~~~~~~~~~~~~~~~~~~~~~~~~

HEALTHCHECK --interval=30s CMD
# CHECK:{{.*}}DF119.Dockerfile:[[@LINE-1]]:28: error: missing command after HEALTHCHECK CMD [DF119]
# CHECK-NEXT:HEALTHCHECK --interval=30s CMD
# CHECK-NEXT:                           ^~~
HEALTHCHECK cmd []
# CHECK:{{.*}}DF119.Dockerfile:[[@LINE-1]]:13: error: missing command after HEALTHCHECK CMD [DF119]

HEALTHCHECK --interval=500us CMD curl -f http://localhost/
# CHECK:{{.*}}DF119.Dockerfile:[[@LINE-1]]:24: error: '--interval' cannot be less than 1ms [DF119]
# CHECK-NEXT:HEALTHCHECK --interval=500us CMD curl -f http://localhost/
# CHECK-NEXT:                       ^~~~~
HEALTHCHECK --start-interval=0.5ms CMD true
# CHECK:{{.*}}DF119.Dockerfile:[[@LINE-1]]:30: error: '--start-interval' cannot be less than 1ms [DF119]
HEALTHCHECK --retries=-1 CMD true
# CHECK:{{.*}}DF119.Dockerfile:[[@LINE-1]]:23: error: '--retries' cannot be negative (-1) [DF119]
# CHECK-NEXT:HEALTHCHECK --retries=-1 CMD true
# CHECK-NEXT:                      ^~

# OK: the types in any case; 0 means "the default"; 1ms is the smallest duration; flags are not
# read at all for NONE.
HEALTHCHECK CMD curl -f http://localhost/ || exit 1
HEALTHCHECK cmd ["curl", "-f", "http://localhost/"]
HEALTHCHECK none
HEALTHCHECK --interval=1ms --timeout=0 --start-period=0s --retries=0 CMD true
HEALTHCHECK --interval=5m --timeout=3s --start-interval=1ms CMD true
HEALTHCHECK --retries=-1 --interval=1us NONE
# CHECK:7 errors generated.
