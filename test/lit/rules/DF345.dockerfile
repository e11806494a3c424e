# DF345 insecure-http-download: a RUN or ADD downloads code or keys over plain HTTP. The caret
# is on the URL.
# RUN: %expect_exit 1 %dlint --color=never --select=DF345 %s | FileCheck %s --strict-whitespace --implicit-check-not='[DF345]'

FROM debian:bookworm-slim
RUN curl -fsSL http://downloads.example.com/tool-1.2.3.tgz | tar xz -C /usr/local/bin
# CHECK:{{.*}}DF345.dockerfile:[[@LINE-1]]:16: warning: 'curl' downloads from 'downloads.example.com' over plain HTTP, which anyone on the network path can change [DF345]
# CHECK-NEXT:RUN curl -fsSL http://downloads.example.com/tool-1.2.3.tgz | tar xz -C /usr/local/bin
# CHECK-NEXT:               ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: use https://, or check the download's SHA-256 against a pinned value before using it
RUN wget -q -O /tmp/key.asc http://keys.example.org/release.asc && apt-key add /tmp/key.asc
# CHECK:{{.*}}DF345.dockerfile:[[@LINE-1]]:29: warning: 'wget' downloads from 'keys.example.org' over plain HTTP, which anyone on the network path can change [DF345]
RUN git clone --depth 1 http://git.example.com/app.git /app
# CHECK:{{.*}}DF345.dockerfile:[[@LINE-1]]:25: warning: 'git' downloads from 'git.example.com' over plain HTTP, which anyone on the network path can change [DF345]
RUN apt-key adv --fetch-keys http://repo.example.com/key.gpg
# CHECK:{{.*}}DF345.dockerfile:[[@LINE-1]]:30: warning: 'apt-key' downloads from 'repo.example.com' over plain HTTP, which anyone on the network path can change [DF345]
RUN curl -o /tmp/a.tgz "http://downloads.example.com/app-${VERSION}.tgz"
# CHECK:{{.*}}DF345.dockerfile:[[@LINE-1]]:24: warning: 'curl' downloads from 'downloads.example.com' over plain HTTP, which anyone on the network path can change [DF345]
ADD http://downloads.example.com/app.tgz /tmp/
# CHECK:{{.*}}DF345.dockerfile:[[@LINE-1]]:5: warning: 'ADD' downloads from 'downloads.example.com' over plain HTTP, which anyone on the network path can change [DF345]
RUN sh -c 'wget http://downloads.example.com/b.tgz'
# CHECK:{{.*}}DF345.dockerfile:[[@LINE-1]]:17: warning: 'wget' downloads from 'downloads.example.com' over plain HTTP, which anyone on the network path can change [DF345]

# OK: HTTPS, local and private hosts, a download checked in the same RUN, apt sources, proxies.
RUN curl -fsSL https://downloads.example.com/tool.tgz | tar xz
RUN curl -fsS http://localhost:8080/health && curl http://127.0.0.1/ && wget http://nexus:8081/repo/app.jar
RUN curl -o /tmp/c.tgz http://10.0.0.5/c.tgz && curl http://192.168.1.10/d && curl http://172.20.0.2/e
RUN curl -fsSLO http://downloads.example.com/app.tgz \
    && echo "${APP_SHA256}  app.tgz" | sha256sum -c -
RUN echo "deb http://deb.debian.org/debian bookworm main" > /etc/apt/sources.list
RUN curl -x http://proxy.example.com:3128 -fsSL https://downloads.example.com/app.tgz -o /tmp/app.tgz
RUN curl -fsSL "http://${MIRROR}/app.tgz" -o /tmp/app.tgz
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d http://downloads.example.com/app.tgz /tmp/
ADD https://downloads.example.com/app.tgz /tmp/
