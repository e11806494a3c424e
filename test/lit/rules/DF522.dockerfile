# DF522 user-by-name (opt-in): USER names a user instead of a numeric UID. The range is the user
# part. root (DF301), numbers, unknown values and Windows stages are not reported.
# RUN: %expect_exit 0 %dlint --color=never --select=DF522 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF522]'
# Opt-in: not reported without --select.
# RUN: %dlint --color=never %s | FileCheck %s --check-prefix=DEFAULT --allow-empty
# DEFAULT-NOT: [DF522]

FROM node:20-slim
USER node
# CHECK:{{.*}}DF522.dockerfile:[[@LINE-1]]:6: info: USER 'node' is a name; use its numeric UID [DF522]
# CHECK-NEXT:USER node
# CHECK-NEXT:     ^~~~
# CHECK-NEXT:note: create the user with a fixed UID ('useradd -u 10001 node') and write 'USER 10001', so the runtime can tell it is not root
USER app:app
# CHECK:{{.*}}DF522.dockerfile:[[@LINE-1]]:6: info: USER 'app' is a name; use its numeric UID [DF522]
# CHECK-NEXT:USER app:app
# CHECK-NEXT:     ^~~
ARG RUNAS=builder
USER ${RUNAS}
# CHECK:{{.*}}DF522.dockerfile:[[@LINE-1]]:6: info: USER 'builder' is a name; use its numeric UID [DF522]

# OK: numeric, root, unknown, Windows.
USER 1000
USER 1000:1000
USER root
ARG WHO
USER $WHO
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
USER ContainerUser
# CHECK:3 diagnostics generated.
