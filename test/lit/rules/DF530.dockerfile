# DF530 add-instead-of-copy: an ADD whose sources are all local files or folders (or
# here-documents) does what COPY does. The caret is on the keyword; the safe fix writes COPY in
# the keyword's letter case. URLs, git sources, archives (by name, or by their bytes when the
# build context is on disk) and unknown variables keep ADD, as do --checksum, --unpack and
# --keep-git-dir. A wildcard that may match an archive gets a note and an unsafe fix.
# RUN: %expect_exit 1 %dlint --color=never --select=DF530 %s | FileCheck %s --strict-whitespace --implicit-check-not='[DF530]'

FROM alpine:3.20 AS base
ADD requirements.txt /app/
# CHECK: {{.*}}DF530.dockerfile:[[@LINE-1]]:1: warning: use COPY to copy local files: ADD also fetches URLs and unpacks archives, which this ADD does not need [DF530]
add --chown=app:app src /app/src
# CHECK: {{.*}}DF530.dockerfile:[[@LINE-1]]:1: warning: use COPY{{.*}}[DF530]
ARG CONFIG=config/app.yaml
Add ["${CONFIG}", "/etc/app/app.yaml"]
# CHECK: {{.*}}DF530.dockerfile:[[@LINE-1]]:1: warning: use COPY{{.*}}[DF530]
ADD <<EOF /etc/motd
hello
EOF
# CHECK: {{.*}}DF530.dockerfile:[[@LINE-3]]:1: warning: use COPY{{.*}}[DF530]
ADD *.json /app/
# CHECK: {{.*}}DF530.dockerfile:[[@LINE-1]]:1: warning: use COPY{{.*}}[DF530]
ADD dist/* /srv/
# CHECK: {{.*}}DF530.dockerfile:[[@LINE-1]]:1: warning: use COPY{{.*}}[DF530]
# CHECK-NEXT: ADD dist/* /srv/
# CHECK-NEXT: ^~~
# CHECK-NEXT: COPY
# CHECK-NEXT: note: a wildcard source may match a tar archive, which ADD unpacks and COPY would not
ONBUILD ADD . /app/
# CHECK: {{.*}}DF530.dockerfile:[[@LINE-1]]:9: warning: use COPY{{.*}}[DF530]

# OK: what only ADD does.
ADD https://example.com/tool.tar.gz /tmp/
ADD git@github.com:moby/buildkit.git /src
ADD https://github.com/moby/buildkit.git#v0.14.0 /src
ADD rootfs.tar.xz /
ADD vendor/jdk.TGZ /opt/
ADD data.gz /data/
ADD *.tar.gz /opt/
ADD local.txt https://example.com/remote.txt /app/
ADD $UNKNOWN /app/
ADD --checksum=sha256:0000 local.txt /app/
ADD --unpack=false data.tar /data/
ADD --keep-git-dir=true src /src
# CHECK: 7 warnings generated.

# ---- fix ----------------------------------------------------------------------------------------
# RUN: %expect_exit 1 %dlint --color=never --select=DF530 --parseable-fixits %s | FileCheck %s --check-prefix=FIXIT --implicit-check-not=fix-it:
# FIXIT: fix-it:"{{.*}}DF530.dockerfile":{9:1-9:4}:"COPY"
# FIXIT: fix-it:"{{.*}}DF530.dockerfile":{11:1-11:4}:"copy"
# FIXIT: fix-it:"{{.*}}DF530.dockerfile":{14:1-14:4}:"Copy"
# FIXIT: fix-it:"{{.*}}DF530.dockerfile":{16:1-16:4}:"COPY"
# FIXIT: fix-it:"{{.*}}DF530.dockerfile":{20:1-20:4}:"COPY"
# FIXIT: fix-it:"{{.*}}DF530.dockerfile":{22:1-22:4}:"COPY"
# FIXIT: fix-it:"{{.*}}DF530.dockerfile":{28:9-28:12}:"COPY"
# RUN: cp %s %t.dockerfile
# RUN: %expect_exit 1 %dlint --color=never --select=DF530 --fix %t.dockerfile 2>&1 | FileCheck %s --check-prefix=FIXED
# FIXED: fixed 6 findings in 1 file
# RUN: FileCheck %s --check-prefix=TEXT --input-file=%t.dockerfile
# TEXT: {{^}}COPY requirements.txt /app/{{$}}
# TEXT: {{^}}copy --chown=app:app src /app/src{{$}}
# TEXT: {{^}}Copy ["${CONFIG}", "/etc/app/app.yaml"]{{$}}
# TEXT: {{^}}ADD dist/* /srv/{{$}}
# TEXT: {{^}}ONBUILD COPY . /app/{{$}}

# ---- the build context on disk: an archive without an archive's name keeps ADD ----------------
# RUN: rm -rf %t.ctx && mkdir -p %t.ctx/site
# RUN: printf '\037\213\010\000\000\000\000\000' > %t.ctx/rootfs
# RUN: printf 'plain\n' > %t.ctx/notes
# RUN: printf 'FROM scratch\nADD rootfs /\nADD notes /\nADD site /srv/\n' > %t.ctx/Dockerfile
# RUN: %expect_exit 1 %dlint --color=never --select=DF530 %t.ctx/Dockerfile | FileCheck %s --check-prefix=CTX --implicit-check-not='[DF530]'
# CTX: {{.*}}Dockerfile:3:1: warning: use COPY{{.*}}[DF530]
# CTX: {{.*}}Dockerfile:4:1: warning: use COPY{{.*}}[DF530]
