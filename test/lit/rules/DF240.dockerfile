# DF240 multi-source-destination-without-slash: several sources (here-documents count), or one
# wildcard source, and a destination that does not end in '/'. The range is the destination;
# the fix appends '/' (inside the closing quote in JSON form): safe with several sources,
# unsafe with a single wildcard. A lone '.' is a folder for BuildKit.
# RUN: %expect_exit 1 %dlint --color=never --select=DF240 %s | FileCheck %s --strict-whitespace --implicit-check-not='[DF240]'

FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json /app
# CHECK: {{.*}}DF240.dockerfile:[[@LINE-1]]:37: warning: COPY has 2 sources, so its destination '/app' must be a folder ending in '/' [DF240]
# CHECK-NEXT: COPY package.json package-lock.json /app
# CHECK-NEXT: {{^}}                                    ^~~~{{$}}
# CHECK-NEXT: {{^}}                                        /{{$}}
COPY ["a b.txt", "c.txt", "/data"]
# CHECK: {{.*}}DF240.dockerfile:[[@LINE-1]]:27: warning: COPY has 2 sources, so its destination '/data' must be a folder ending in '/'{{.*}}[DF240]
ADD one.txt two.txt \
    three.txt dest
# CHECK: {{.*}}DF240.dockerfile:[[@LINE-1]]:15: warning: ADD has 3 sources, so its destination 'dest' must be a folder{{.*}}[DF240]
COPY target/*.jar /opt/app
# CHECK: {{.*}}DF240.dockerfile:[[@LINE-1]]:19: warning: COPY source 'target/*.jar' is a wildcard, so its destination '/opt/app' should be a folder ending in '/' [DF240]
# CHECK: note: while the wildcard matches one file, that file is copied to a file named '/opt/app'; with several the classic builder fails
ARG DEST=/srv/site
COPY a.html b.html $DEST
# CHECK: {{.*}}DF240.dockerfile:[[@LINE-1]]:20: warning: COPY has 2 sources, so its destination '$DEST' must be a folder{{.*}}[DF240]
ONBUILD COPY x y /z
# CHECK: {{.*}}DF240.dockerfile:[[@LINE-1]]:18: warning: COPY has 2 sources{{.*}}[DF240]

# OK: a folder destination, one plain source, '.', a variable ending in '/', an unknown one.
COPY package.json package-lock.json /app/
COPY package.json package-lock.json ./
COPY package.json package-lock.json .
COPY a b C:\\app\\
COPY ["a", "b", "/data/"]
COPY app.jar /opt/app.jar
ARG OUT=/out/
COPY a b ${OUT}
COPY a b $UNKNOWN
COPY --from=build /src/*.so /usr/lib/
# CHECK: 6 warnings generated.

# ---- fix ----------------------------------------------------------------------------------------
# RUN: %expect_exit 1 %dlint --color=never --select=DF240 --parseable-fixits %s | FileCheck %s --check-prefix=FIXIT --implicit-check-not=fix-it:
# FIXIT: fix-it:"{{.*}}DF240.dockerfile":{9:41-9:41}:"/"
# FIXIT: fix-it:"{{.*}}DF240.dockerfile":{14:33-14:33}:"/"
# FIXIT: fix-it:"{{.*}}DF240.dockerfile":{17:19-17:19}:"/"
# FIXIT: fix-it:"{{.*}}DF240.dockerfile":{19:27-19:27}:"/"
# FIXIT: fix-it:"{{.*}}DF240.dockerfile":{23:25-23:25}:"/"
# FIXIT: fix-it:"{{.*}}DF240.dockerfile":{25:20-25:20}:"/"
# RUN: cp %s %t.dockerfile
# RUN: %expect_exit 1 %dlint --color=never --select=DF240 --fix %t.dockerfile 2>&1 | FileCheck %s --check-prefix=FIXED
# FIXED: fixed 5 findings in 1 file
# RUN: FileCheck %s --check-prefix=TEXT --input-file=%t.dockerfile
# TEXT: {{^}}COPY package.json package-lock.json /app/{{$}}
# TEXT: {{^}}COPY ["a b.txt", "c.txt", "/data/"]{{$}}
# TEXT: {{^}}    three.txt dest/{{$}}
# TEXT: {{^}}COPY target/*.jar /opt/app{{$}}
# TEXT: {{^}}COPY a.html b.html $DEST/{{$}}

# OK (regression, moby/moby's Dockerfile): a '?' in a git URL's query is not a wildcard.
# RUN: printf 'FROM alpine\nADD --keep-git-dir=true https://github.com/mvdan/sh.git?ref=v3.8.0&keep-git-dir=1 /src\n' > %t.git.dockerfile
# RUN: %expect_exit 0 %dlint --color=never --select=DF240 %t.git.dockerfile | count 0
