# DF331 sensitive-volume: a VOLUME entry (JSON or list, after expansion) is /proc, /sys or /dev or
# below, /, /etc, or the Docker socket's path.
# RUN: %expect_exit 1 %dlint --color=never --select=DF331 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF331]'

FROM docker:27-cli
VOLUME /var/run/docker.sock
# CHECK:{{.*}}DF331.dockerfile:[[@LINE-1]]:8: warning: VOLUME '/var/run/docker.sock' is the Docker socket's path [DF331]
# CHECK-NEXT:VOLUME /var/run/docker.sock
# CHECK-NEXT:       ^~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: mounting the Docker socket gives the container root on the host
VOLUME ["/proc", "/sys/fs/cgroup"]
# CHECK:{{.*}}DF331.dockerfile:[[@LINE-1]]:9: warning: VOLUME '/proc' declares the system directory '/proc' a volume [DF331]
# CHECK-NEXT:VOLUME ["/proc", "/sys/fs/cgroup"]
# CHECK-NEXT:        ^~~~~~~
# CHECK-NEXT:note: a volume there hides the image's own files and invites mounting the host's
# CHECK:{{.*}}DF331.dockerfile:[[@LINE-5]]:18: warning: VOLUME '/sys/fs/cgroup' declares the system directory '/sys' a volume [DF331]
VOLUME /dev /etc /
# CHECK:{{.*}}DF331.dockerfile:[[@LINE-1]]:8: warning: VOLUME '/dev' declares the system directory '/dev' a volume [DF331]
# CHECK:{{.*}}DF331.dockerfile:[[@LINE-2]]:13: warning: VOLUME '/etc' declares the system directory '/etc' a volume [DF331]
# CHECK:{{.*}}DF331.dockerfile:[[@LINE-3]]:18: warning: VOLUME '/' declares the system directory '/' a volume [DF331]
ARG SOCK=/run/docker.sock
VOLUME $SOCK
# CHECK:{{.*}}DF331.dockerfile:[[@LINE-1]]:8: warning: VOLUME '/run/docker.sock' is the Docker socket's path [DF331]

# OK: data directories and look-alikes.
VOLUME /var/lib/app /etc/app /data /devices /run
# CHECK:7 warnings generated.
