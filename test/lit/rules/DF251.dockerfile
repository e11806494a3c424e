# DF251 shell-changed-with-run: a RUN replaces /bin/sh (or /usr/bin/sh) with 'ln', 'cp' or 'mv',
# points it elsewhere with 'update-alternatives --install', or reconfigures Debian's dash. The
# caret is on the '/bin/sh' destination word ('dash' for dpkg-reconfigure).
# RUN: %expect_exit 1 %dlint --color=never --select=DF251 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF251]'

FROM debian:bookworm-slim
RUN ln -sf /bin/bash /bin/sh
# CHECK:{{.*}}DF251.dockerfile:[[@LINE-1]]:22: warning: RUN replaces '/bin/sh' with 'ln'; change the shell of later RUNs with SHELL [DF251]
# CHECK-NEXT:RUN ln -sf /bin/bash /bin/sh
# CHECK-NEXT:                     ^~~~~~~
# CHECK-NEXT:note: use 'SHELL ["/bin/bash", "-c"]' (or another shell): it changes the shell of the RUNs after it without changing what '/bin/sh' is for the image's own scripts

# On a continuation line, after 'rm', with '--' and /usr/bin/sh; 'cp' and 'mv' too.
RUN rm /bin/sh && \
    ln -s -- bash /usr/bin/sh
# CHECK:{{.*}}DF251.dockerfile:[[@LINE-1]]:19: warning: RUN replaces '/bin/sh' with 'ln'; change the shell of later RUNs with SHELL [DF251]
# CHECK-NEXT:    ln -s -- bash /usr/bin/sh
# CHECK-NEXT:                  ^~~~~~~~~~~
RUN cp /bin/bash /bin/sh; mv /bin/zsh /bin/sh
# CHECK:{{.*}}DF251.dockerfile:[[@LINE-1]]:18: warning: RUN replaces '/bin/sh' with 'cp'; change the shell of later RUNs with SHELL [DF251]
# CHECK:{{.*}}DF251.dockerfile:[[@LINE-2]]:39: warning: RUN replaces '/bin/sh' with 'mv'; change the shell of later RUNs with SHELL [DF251]
RUN update-alternatives --install /bin/sh sh /bin/bash 100
# CHECK:{{.*}}DF251.dockerfile:[[@LINE-1]]:35: warning: RUN replaces '/bin/sh' with 'update-alternatives'; change the shell of later RUNs with SHELL [DF251]
RUN echo "dash dash/sh boolean false" | debconf-set-selections \
    && DEBIAN_FRONTEND=noninteractive dpkg-reconfigure dash
# CHECK:{{.*}}DF251.dockerfile:[[@LINE-1]]:56: warning: RUN replaces '/bin/sh' with 'dpkg-reconfigure dash'; change the shell of later RUNs with SHELL [DF251]
RUN <<EOF
set -e
ln -snf /bin/bash /bin/sh
EOF
# CHECK:{{.*}}DF251.dockerfile:[[@LINE-2]]:19: warning: RUN replaces '/bin/sh' with 'ln'; change the shell of later RUNs with SHELL [DF251]

# OK: /bin/sh as the source of a link, another destination, a target directory, a variable.
RUN ln -s /bin/sh /usr/local/bin/sh && ln -sf /bin/bash /usr/local/bin/bash
RUN ln -s -t /bin /opt/sh; ln -sf /bin/bash "$SH_PATH"; cp /bin/sh /tmp/sh.bak
RUN ls -l /bin/sh && readlink -f /bin/sh
# OK: the SHELL instruction.
SHELL ["/bin/bash", "-c"]
# CHECK:7 warnings generated.
