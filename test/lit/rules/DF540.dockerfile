# DF540 cd-instead-of-workdir: a 'cd' to a fixed absolute directory in the RUN's own shell (not in
# a subshell, a pipeline, a loop or a function), one finding per RUN, at 'cd <dir>'. A 'cd' at
# the end of a RUN is reported as having no effect. Scratch and system directories (/tmp, /usr,
# /var, /etc..., a directory the RUN deletes or mounts), going back ('cd -', 'cd ..', 'cd /',
# bare 'cd') and relative or variable paths are not reported.
# RUN: %expect_exit 0 %dlint --color=never --select=DF540 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF540]'

FROM node:20-slim
RUN cd /app && npm ci
# CHECK:{{.*}}DF540.dockerfile:[[@LINE-1]]:5: info: RUN changes directory with 'cd'; use 'WORKDIR /app' instead [DF540]
# CHECK-NEXT:RUN cd /app && npm ci
# CHECK-NEXT:    ^~~~~~~
# CHECK-NEXT:note: the directory lasts only until the RUN ends; WORKDIR sets it for every instruction after it (wrap a temporary change in a subshell: '(cd dir && make)')

# On the third line of a continued RUN, with '-P', inside an 'if'; only the first 'cd' counts.
RUN set -eux; \
    if [ -d /srv/www ]; then \
      cd -P /srv/www; npm run build; cd /srv/api; \
    fi
# CHECK:{{.*}}DF540.dockerfile:[[@LINE-2]]:7: info: RUN changes directory with 'cd'; use 'WORKDIR /srv/www' instead [DF540]
# CHECK-NEXT:      cd -P /srv/www; npm run build; cd /srv/api; \
# CHECK-NEXT:      ^~~~~~~~~~~~~~

# A 'cd' at the end has no effect, in a here-document script too.
RUN npm ci && cd /app
# CHECK:{{.*}}DF540.dockerfile:[[@LINE-1]]:15: info: 'cd' at the end of a RUN has no effect: the next instruction starts in the WORKDIR again [DF540]
# CHECK-NEXT:RUN npm ci && cd /app
# CHECK-NEXT:              ^~~~~~~
# CHECK-NEXT:note: to run later instructions in '/app', use 'WORKDIR /app'
RUN <<EOF
npm ci
cd /opt/app
EOF
# CHECK:{{.*}}DF540.dockerfile:[[@LINE-2]]:1: info: 'cd' at the end of a RUN has no effect: the next instruction starts in the WORKDIR again [DF540]
# An ONBUILD RUN trigger: its WORKDIR must be an ONBUILD too.
ONBUILD RUN cd /src && make
# CHECK:{{.*}}DF540.dockerfile:[[@LINE-1]]:13: info: RUN changes directory with 'cd'; use 'ONBUILD WORKDIR /src' instead [DF540]

# OK: scratch directories, a directory the RUN deletes, going back, relative and variable paths.
RUN cd /tmp && curl -fsSLO https://example.com/x.tar.gz && tar -xzf x.tar.gz && rm x.tar.gz
RUN cd /usr/src/redis && make && make install
RUN cd /usr/local/bin && ln -s idle3 idle && cd /var/lib && rm -rf apt
RUN --mount=type=cache,target=/installTmp/ cd /installTmp/dotnet && wget https://example.com/x
RUN mkdir -p /build && cd /build && cmake /src && make install && cd / && rm -rf /build
RUN git clone https://example.com/repo.git && cd repo && make && cd .. && rm -rf repo
RUN cd "$APP_HOME" && npm ci; cd ${HOME}/src && make; cd - ; cd
# OK: a subshell, a pipeline member, a loop body and a function keep the change to themselves.
RUN (cd /app && npm ci) && (cd /srv && make)
RUN cd /app | true
RUN for d in /a /b; do cd "$d" && make; done
RUN build() { cd /app && make; }; build
# CHECK:5 diagnostics generated.
