# DF344 chpasswd-in-run: a RUN sets a password with 'chpasswd'. The caret is on 'chpasswd'.
# RUN: %expect_exit 1 %dlint --color=never --select=DF344 %s | FileCheck %s --strict-whitespace --implicit-check-not='[DF344]'

FROM debian:bookworm-slim
RUN echo 'root:Docker!' | chpasswd
# CHECK:{{.*}}DF344.dockerfile:[[@LINE-1]]:27: warning: RUN sets a password with 'chpasswd': the password stays in the Dockerfile or the build history, and its hash in the image [DF344]
# CHECK-NEXT:RUN echo 'root:Docker!' | chpasswd
# CHECK-NEXT:                          ^~~~~~~~
RUN useradd -m app && \
    echo "app:${APP_PASSWORD}" | /usr/sbin/chpasswd -e
# CHECK:{{.*}}DF344.dockerfile:[[@LINE-1]]:34: warning: RUN sets a password with 'chpasswd': the password stays in the Dockerfile or the build history, and its hash in the image [DF344]
RUN sh -c 'echo "app:app" | sudo chpasswd'
# CHECK:{{.*}}DF344.dockerfile:[[@LINE-1]]:34: warning: RUN sets a password with 'chpasswd': the password stays in the Dockerfile or the build history, and its hash in the image [DF344]
RUN ["chpasswd"]
# CHECK:{{.*}}DF344.dockerfile:[[@LINE-1]]:6: warning: RUN sets a password with 'chpasswd': the password stays in the Dockerfile or the build history, and its hash in the image [DF344]

# OK: the word as an argument, and other tools.
RUN apt-get install -y passwd && echo chpasswd && command -v chpasswd
RUN useradd -m -s /bin/bash app && passwd -l root
