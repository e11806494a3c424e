# DF332 expose-ssh-port: EXPOSE publishes TCP port 22, or a range that holds it, after expansion.
# RUN: %expect_exit 1 %dlint --color=never --select=DF332 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF332]'

FROM ubuntu:24.04
EXPOSE 22
# CHECK:{{.*}}DF332.dockerfile:[[@LINE-1]]:8: warning: EXPOSE publishes the SSH port 22 [DF332]
# CHECK-NEXT:EXPOSE 22
# CHECK-NEXT:       ^~
# CHECK-NEXT:note: do not run an SSH server in a container: use 'docker exec' for a shell
EXPOSE 80 22/tcp
# CHECK:{{.*}}DF332.dockerfile:[[@LINE-1]]:11: warning: EXPOSE publishes the SSH port 22 [DF332]
EXPOSE 20-30
# CHECK:{{.*}}DF332.dockerfile:[[@LINE-1]]:8: warning: EXPOSE range '20-30' includes the SSH port 22 [DF332]
ARG SSH_PORT=22
EXPOSE ${SSH_PORT}
# CHECK:{{.*}}DF332.dockerfile:[[@LINE-1]]:8: warning: EXPOSE publishes the SSH port 22 [DF332]

# OK: other ports, 22 over UDP, look-alikes.
EXPOSE 2222 222 22/udp 122
# CHECK:4 warnings generated.
