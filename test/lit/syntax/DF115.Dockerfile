# DF115 invalid-flag-value: a flag's value is missing or not of the form the flag requires.
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF115]' --implicit-check-not=error: --implicit-check-not=warning:
FROM alpine:3.20

# Booleans: bare means true, =true/=false in any case, anything else is an error.
COPY --link=yes app/ /app/
# CHECK:{{.*}}DF115.Dockerfile:[[@LINE-1]]:13: error: expecting boolean value for flag '--link', not: 'yes' [DF115]
# CHECK-NEXT:COPY --link=yes app/ /app/
# CHECK-NEXT:            ^~~
COPY --parents= app/ /app/
# CHECK:{{.*}}DF115.Dockerfile:[[@LINE-1]]:6: error: missing a value on flag '--parents' [DF115]
# CHECK-NEXT:COPY --parents= app/ /app/
# CHECK-NEXT:     ^~~~~~~~~~

# String flags need '=': a space does not separate a flag from its value.
COPY --from builder /out /app
# CHECK:{{.*}}DF115.Dockerfile:[[@LINE-1]]:6: error: missing a value on flag '--from': write '--from=...' [DF115]
# CHECK-NEXT:COPY --from builder /out /app
# CHECK-NEXT:     ^~~~~~
FROM --platform linux/amd64 alpine:3.20 AS cross
# CHECK:{{.*}}DF115.Dockerfile:[[@LINE-1]]:6: error: missing a value on flag '--platform': write '--platform=...' [DF115]
# The value then counts as an argument, which makes FROM's argument count wrong as well.
# CHECK:{{.*}}DF115.Dockerfile:[[@LINE-3]]:17: error: 'FROM' requires either one or three arguments ('FROM image [AS name]') [DF116]

# RUN --network and --security take a fixed set of values.
RUN --network=bridge curl -fsS https://example.com
# CHECK:{{.*}}DF115.Dockerfile:[[@LINE-1]]:15: error: invalid network mode 'bridge': use default, none or host [DF115]
# CHECK-NEXT:RUN --network=bridge curl -fsS https://example.com
# CHECK-NEXT:              ^~~~~~
RUN --security=privileged modprobe overlay
# CHECK:{{.*}}DF115.Dockerfile:[[@LINE-1]]:16: error: security 'privileged' is not valid: use sandbox or insecure [DF115]
# CHECK-NEXT:RUN --security=privileged modprobe overlay
# CHECK-NEXT:               ^~~~~~~~~~
RUN --network=NONE true
# CHECK:{{.*}}DF115.Dockerfile:[[@LINE-1]]:15: error: invalid network mode 'NONE': use default, none or host [DF115]

# HEALTHCHECK durations are Go durations; --retries is an integer.
HEALTHCHECK --interval=30 CMD true
# CHECK:{{.*}}DF115.Dockerfile:[[@LINE-1]]:24: error: invalid duration '30' for '--interval': use a Go duration such as '30s' or '1m30s' [DF115]
HEALTHCHECK --timeout=1x CMD true
# CHECK:{{.*}}DF115.Dockerfile:[[@LINE-1]]:23: error: invalid duration '1x' for '--timeout': use a Go duration such as '30s' or '1m30s' [DF115]
HEALTHCHECK --retries=three CMD true
# CHECK:{{.*}}DF115.Dockerfile:[[@LINE-1]]:23: error: invalid value 'three' for '--retries': expected a 32-bit integer [DF115]
HEALTHCHECK --start-period CMD true
# CHECK:{{.*}}DF115.Dockerfile:[[@LINE-1]]:13: error: missing a value on flag '--start-period': write '--start-period=...' [DF115]

# OK: valid values, and the values BuildKit accepts that look odd.
COPY --link app/ /a/
COPY --link=false app/ /a/
COPY --link=TRUE --parents=False app/ /b/
COPY --from= app/ /c/
RUN --network=default --security=insecure true
RUN --network=none true
RUN --network=host true
HEALTHCHECK --interval=1m30s --timeout=500ms --start-period=0 --start-interval=2s --retries=0 CMD true
FROM --platform=$BUILDPLATFORM alpine:3.20
# CHECK:12 errors generated.
