# Frontend bug (missing errors): mount errors BuildKit's parseMount reports that dlint does not:
#   from before type=secret   "secret mount should not have a from" (checked on the final type)
#   mode=999                  "invalid value 999 for mode" (ParseUint base 8)
#   uid=-1                    "invalid value -1 for uid" (ParseUint base 10)
#   size=lots                 "invalid value for size: lots" (go-units RAMInBytes)
#   a secret with no source, target or id   "invalid secret mount. one of source, target required"
#   a secret with both source and id        "both source and id can't be set"
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %s | FileCheck %s
FROM alpine:3.20
RUN --mount=from=builder,type=secret,id=a true
# CHECK:{{.*}}:[[@LINE-1]]:{{[0-9]+}}: error: {{.*}} [DF121]
RUN --mount=type=cache,target=/x,mode=999 true
# CHECK:{{.*}}:[[@LINE-1]]:34: error: {{.*}} [DF121]
RUN --mount=type=cache,target=/x,uid=-1 true
# CHECK:{{.*}}:[[@LINE-1]]:34: error: {{.*}} [DF121]
RUN --mount=type=tmpfs,target=/x,size=lots true
# CHECK:{{.*}}:[[@LINE-1]]:34: error: {{.*}} [DF121]
RUN --mount=type=secret true
# CHECK:{{.*}}:[[@LINE-1]]:{{[0-9]+}}: error: {{.*}} [DF121]
RUN --mount=type=secret,id=a,source=/run/a true
# CHECK:{{.*}}:[[@LINE-1]]:{{[0-9]+}}: error: {{.*}} [DF121]
