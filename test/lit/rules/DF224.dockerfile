# DF224 expose-host-mapping: an EXPOSE entry names a host port or a host IP and port. The range
# is the host part; the safe fix removes it when the entry is written literally.
# RUN: %expect_exit 1 %dlint --color=never --select=DF224 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF224]'

FROM nginx:1.27
EXPOSE 8080:80 127.0.0.1:8443:443/tcp
# CHECK:{{.*}}DF224.dockerfile:[[@LINE-1]]:8: warning: EXPOSE entry '8080:80' names a host port, which EXPOSE ignores [DF224]
# CHECK-NEXT:EXPOSE 8080:80 127.0.0.1:8443:443/tcp
# CHECK-NEXT:       ^~~~~
# CHECK-NEXT:note: publish ports when the container runs: 'docker run -p', or 'ports:' in compose
# CHECK:{{.*}}DF224.dockerfile:[[@LINE-5]]:16: warning: EXPOSE entry '127.0.0.1:8443:443/tcp' names a host IP and port, which EXPOSE ignores [DF224]
# CHECK-NEXT:EXPOSE 8080:80 127.0.0.1:8443:443/tcp
# CHECK-NEXT:               ^~~~~~~~~~~~~~~
ARG MAP=9000:90
EXPOSE $MAP
# CHECK:{{.*}}DF224.dockerfile:[[@LINE-1]]:8: warning: EXPOSE entry '9000:90' names a host port, which EXPOSE ignores [DF224]
# CHECK-NEXT:EXPOSE $MAP
# CHECK-NEXT:       ^~~~

# OK: container ports only, ranges, protocols, unknown values.
EXPOSE 80 443/tcp 8000-8010/udp
ARG P
EXPOSE $P
# CHECK:3 warnings generated.

# ---- fix: safe, literal entries only ---------------------------------------------------------
# RUN: %expect_exit 1 %dlint --color=never --select=DF224 --parseable-fixits %s | FileCheck %s --check-prefix=FIXIT --implicit-check-not=fix-it:
# FIXIT: fix-it:"{{.*}}DF224.dockerfile":{6:8-6:13}:""
# FIXIT: fix-it:"{{.*}}DF224.dockerfile":{6:16-6:31}:""
# RUN: cp %s %t.dockerfile
# RUN: %expect_exit 1 %dlint --color=never --select=DF224 --fix %t.dockerfile 2>&1 | FileCheck %s --check-prefix=FIXED
# FIXED: fixed 2 findings in 1 file
# RUN: FileCheck %s --check-prefix=TEXT --input-file=%t.dockerfile
# TEXT: {{^}}EXPOSE 80 443/tcp{{$}}
