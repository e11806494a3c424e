# Input of DF302.dockerfile: 'su' run by root only drops privileges (root needs no password, TTY
# or sudoers entry), so it is not reported; sudo, and su run by another user, are.
FROM alpine:3.20
# The base image's own user: root for an image dlint does not know to run as another user.
RUN su nobody -s /bin/sh -c 'abuild -r' && su -c 'id'
RUN ["su", "-c", "make", "app"]
USER root
RUN su app -c 'npm ci'
RUN sudo -u app make
# CHECK:{{.*}}DF302-root.dockerfile:[[@LINE-1]]:5: warning: RUN calls 'sudo'; switch users with the USER instruction instead [DF302]
USER app
RUN su -c 'make install'
# CHECK:{{.*}}DF302-root.dockerfile:[[@LINE-1]]:5: warning: RUN calls 'su'; switch users with the USER instruction instead [DF302]
USER ${BUILDER}
RUN su app -c 'make'
# CHECK:{{.*}}DF302-root.dockerfile:[[@LINE-1]]:5: warning: RUN calls 'su'; switch users with the USER instruction instead [DF302]
# CHECK: 3 warnings generated.
