# DF541 pointless-command-in-run: commands that make no sense while an image is built. The caret
# is on the command word, nested ones included.
# RUN: %expect_exit 0 %dlint --color=never --select=DF541 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF541]'

FROM ubuntu:24.04
RUN apt-get update && apt-get install -y vim && vim /etc/hosts
# CHECK:{{.*}}DF541.dockerfile:[[@LINE-1]]:49: info: 'vim' is an interactive editor; a build has no terminal [DF541]
# CHECK-NEXT:RUN apt-get update && apt-get install -y vim && vim /etc/hosts
# CHECK-NEXT:                                                ^~~
RUN shutdown -h now; mount -t tmpfs none /mnt
# CHECK:{{.*}}DF541.dockerfile:[[@LINE-1]]:5: info: a build has no system to 'shutdown' [DF541]
# CHECK:{{.*}}DF541.dockerfile:[[@LINE-2]]:22: info: 'mount' needs privileges a build does not have; use 'RUN --mount' instead [DF541]
RUN set -eux; \
    ps aux; \
    free -m && top
# CHECK:{{.*}}DF541.dockerfile:[[@LINE-2]]:5: info: 'ps' shows the build container's state, not the image's [DF541]
# CHECK:{{.*}}DF541.dockerfile:[[@LINE-2]]:5: info: 'free' shows the build container's state, not the image's [DF541]
# CHECK:{{.*}}DF541.dockerfile:[[@LINE-3]]:16: info: 'top' is interactive; a build has no terminal (and its output tells nothing about the image) [DF541]
RUN ssh git@example.com echo hi
# CHECK:{{.*}}DF541.dockerfile:[[@LINE-1]]:5: info: 'ssh' in a build has no keys or agent unless the RUN has '--mount=type=ssh' [DF541]
RUN apt-get install -y nginx && service nginx start
# CHECK:{{.*}}DF541.dockerfile:[[@LINE-1]]:33: info: a service started at the end of a RUN stops when the RUN ends; start it in CMD or ENTRYPOINT [DF541]
RUN systemctl start docker && docker info
# CHECK:{{.*}}DF541.dockerfile:[[@LINE-1]]:5: info: 'systemctl start' needs systemd running as PID 1, which a build does not have [DF541]
RUN kill -9 1
# CHECK:{{.*}}DF541.dockerfile:[[@LINE-1]]:5: info: 'kill' in a RUN that starts no background process: nothing of the build is left to stop [DF541]

# OK: editors run without a terminal, top in batch mode, ssh with an ssh mount.
RUN vim +PlugInstall +qall && vim -es -c 'helptags ALL' -c q && top -bn1 | head
RUN --mount=type=ssh ssh -T git@example.com
# OK: a service started to be used in the same RUN, systemctl enable, kill of a background job.
RUN service postgresql start && psql -c 'CREATE DATABASE app' && service postgresql stop
RUN systemctl enable nginx
RUN Xvfb :99 & sleep 2 && kill %1
# OK: the names as arguments.
RUN apt-get install -y vim procps openssh-client && echo top && which ps
# CHECK:10 diagnostics generated.
