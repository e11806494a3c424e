# DF555: a label required as 'rfc3339' whose value is not an RFC 3339 date and time; the caret is on the value.
# Empty values (DF553) and values with variables are not checked.
# RUN: printf 'required-labels: {org.opencontainers.image.created: rfc3339}\n' > %t.yaml
# RUN: %expect_exit 1 %dlint --color=never --config %t.yaml --select=DF555 %s | FileCheck %s --match-full-lines --implicit-check-not='[DF555]'
# RUN: %expect_exit 0 %dlint --no-config --select=DF555 %s | count 0

FROM alpine:3.20
LABEL org.opencontainers.image.created="2024-05-01 12:30"
# CHECK:{{.*}}DF555.dockerfile:[[@LINE-1]]:40: warning: label 'org.opencontainers.image.created' is not an RFC 3339 date and time [DF555]
# CHECK-NEXT:LABEL org.opencontainers.image.created="2024-05-01 12:30"
# CHECK-NEXT:                                       ^~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: required-labels declares 'org.opencontainers.image.created' as 'rfc3339': a date, time and offset such as '2024-05-01T12:30:00Z'
LABEL org.opencontainers.image.created=2024-13-01T00:00:00Z
# CHECK:{{.*}}DF555.dockerfile:[[@LINE-1]]:40: warning: {{.*}} [DF555]
LABEL org.opencontainers.image.created=2024-05-01T12:30:00
# CHECK:{{.*}}DF555.dockerfile:[[@LINE-1]]:40: warning: {{.*}} [DF555]
LABEL org.opencontainers.image.created=2024-05-01T24:00:00Z
# CHECK:{{.*}}DF555.dockerfile:[[@LINE-1]]:40: warning: {{.*}} [DF555]
LABEL org.opencontainers.image.created=2024-05-01
# CHECK:{{.*}}DF555.dockerfile:[[@LINE-1]]:40: warning: {{.*}} [DF555]

# OK
LABEL org.opencontainers.image.created=2024-05-01T12:30:00Z
LABEL org.opencontainers.image.created=2024-05-01t12:30:00.123456+02:00
LABEL org.opencontainers.image.created=2016-12-31T23:59:60-05:30
ARG BUILD_DATE
LABEL org.opencontainers.image.created=${BUILD_DATE}
