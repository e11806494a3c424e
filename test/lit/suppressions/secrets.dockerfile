# A suppressed secret finding is not reported, but its value stays masked in every other
# diagnostic that shows the line.
# RUN: %expect_exit 1 %dlint --color=never --select=SE302,DF302,DF5 %s | FileCheck %s --match-full-lines --implicit-check-not='[SE302]' --implicit-check-not='YR3xQo7jsbQd'

FROM alpine:3.20
# dlint ignore=SE302 -- a revoked token kept for the replay test
RUN sudo wget --header "Authorization: token ghp_Q5QKbCeuPCGDuWXQrMfIhgCKYR3xQo7jsbQd" https://example.com/
# CHECK:{{.*}}secrets.dockerfile:[[@LINE-1]]:5: warning: {{.*}} [DF302]
# CHECK-NEXT:RUN sudo wget --header "Authorization: token ghp_************************************" https://example.com/
