# DF228 undefined-variable: a variable BuildKit expands is not defined where it is used. In a
# stage built on an image only certain mistakes are reported (a global ARG not re-declared, a
# platform arg without ARG, a name defined later, a likely typo); on scratch every one is.
# RUN: %expect_exit 1 %dlint --color=never --select=DF228 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF228]'

ARG VERSION=1.4.2
FROM eclipse-temurin:21-jre AS app
COPY target/app-${VERSION}.jar /opt/app.jar
# CHECK:{{.*}}DF228.dockerfile:[[@LINE-1]]:17: warning: '$VERSION' is not defined here, so it expands to an empty string unless the base image sets it [DF228]
# CHECK-NEXT:COPY target/app-${VERSION}.jar /opt/app.jar
# CHECK-NEXT:                ^~~~~~~~~~
# CHECK-NEXT:{{.*}}DF228.dockerfile:6:5: note: the global ARG 'VERSION' is visible to FROM lines only; declare 'ARG VERSION' in this stage to use it here
ARG APP_DIR=/opt/app
WORKDIR $APP_DRI
# CHECK:{{.*}}DF228.dockerfile:[[@LINE-1]]:9: warning: '$APP_DRI' is not defined here, so it expands to an empty string [DF228]
# CHECK-NEXT:WORKDIR $APP_DRI
# CHECK-NEXT:        ^~~~~~~~
# CHECK-NEXT:        $APP_DIR
# CHECK-NEXT:note: did you mean '$APP_DIR'?
COPY --chown=app:app config/ $APP_DIR/conf-$TARGETARCH/
# CHECK:{{.*}}DF228.dockerfile:[[@LINE-1]]:44: warning: '$TARGETARCH' is not defined here, so it expands to an empty string [DF228]
# CHECK-NEXT:COPY --chown=app:app config/ $APP_DIR/conf-$TARGETARCH/
# CHECK-NEXT:                                           ^~~~~~~~~~~
# CHECK-NEXT:note: 'TARGETARCH' is a platform arg: a stage sees it only after 'ARG TARGETARCH'
ENV LOG=$LOG_DIR/app.log
# CHECK:{{.*}}DF228.dockerfile:[[@LINE-1]]:9: warning: '$LOG_DIR' is not defined here, so it expands to an empty string [DF228]
# CHECK:{{.*}}DF228.dockerfile:[[@LINE+1]]:1: note: 'LOG_DIR' is defined only later in the stage
ENV LOG_DIR=/var/log

FROM scratch
COPY app /bin/$NAME
# CHECK:{{.*}}DF228.dockerfile:[[@LINE-1]]:15: warning: '$NAME' is not defined here, so it expands to an empty string [DF228]

# OK: declared names, what the base image may set (also when a later ENV extends it), proxies,
# shell text, EXPOSE, defaults, an ARG without a value.
FROM alpine:3.20
ARG VERSION
ARG TARGETARCH
ENV PATH=/opt/bin:$PATH JAVA_OPTS="$JAVA_OPTS -Xmx1g"
COPY app-${VERSION}-${TARGETARCH} /app
RUN echo $UNDEFINED_IN_SHELL $HTTP_PROXY
CMD echo $ALSO_SHELL
EXPOSE $NOT_CHECKED
WORKDIR ${HOME:-/root}
ENV LD_LIBRARY_PATH=/opt/lib:$LD_LIBRARY_PATH
COPY $SDK_DIR /sdk
ENV SDK_DIR=/opt/sdk:$SDK_DIR
FROM alpine:3.20
ARG UNSET
COPY $UNSET /x
# CHECK:5 warnings generated.
