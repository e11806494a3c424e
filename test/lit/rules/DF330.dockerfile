# DF330 workdir-in-system-dir: WORKDIR is /proc, /sys, /boot, /dev, /initrd or /lost+found, or
# below one, after expansion and path cleaning. Look-alikes and relative paths are not.
# RUN: %expect_exit 1 %dlint --color=never --select=DF330 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF330]'

FROM alpine:3.20
WORKDIR /proc/app
# CHECK:{{.*}}DF330.dockerfile:[[@LINE-1]]:9: warning: WORKDIR '/proc/app' is in the system directory '/proc' [DF330]
# CHECK-NEXT:WORKDIR /proc/app
# CHECK-NEXT:        ^~~~~~~~~
WORKDIR /dev
# CHECK:{{.*}}DF330.dockerfile:[[@LINE-1]]:9: warning: WORKDIR '/dev' is in the system directory '/dev' [DF330]
WORKDIR //boot/./grub/
# CHECK:{{.*}}DF330.dockerfile:[[@LINE-1]]:9: warning: WORKDIR '/boot/grub' is in the system directory '/boot' [DF330]
ARG BASE=/lost+found
WORKDIR $BASE/x
# CHECK:{{.*}}DF330.dockerfile:[[@LINE-1]]:9: warning: WORKDIR '/lost+found/x' is in the system directory '/lost+found' [DF330]
WORKDIR /sys
# CHECK:{{.*}}DF330.dockerfile:[[@LINE-1]]:9: warning: WORKDIR '/sys' is in the system directory '/sys' [DF330]

# OK: look-alikes and relative paths.
WORKDIR /process
WORKDIR /opt/proc
WORKDIR /devices
WORKDIR proc
# CHECK:5 warnings generated.
