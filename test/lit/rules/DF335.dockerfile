# DF335 add-url-without-checksum: ADD of an http(s) URL without --checksum, and of a git
# repository not pinned to a full commit id (by --checksum, '#<commit>' or '?commit='). The
# range is the source word; credentials in a URL stay out of the message.
# RUN: %expect_exit 1 %dlint --color=never --select=DF335 %s | FileCheck %s --strict-whitespace --implicit-check-not='[DF335]'

FROM alpine:3.20
ADD https://example.com/tool-1.4.2.tar.gz /tmp/
# CHECK: {{.*}}DF335.dockerfile:[[@LINE-1]]:5: warning: ADD downloads 'https://example.com/tool-1.4.2.tar.gz' without '--checksum', so nothing checks what the server sends [DF335]
# CHECK-NEXT: ADD https://example.com/tool-1.4.2.tar.gz /tmp/
# CHECK-NEXT: {{^}}    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~{{$}}
# CHECK-NEXT: note: add '--checksum=sha256:<digest of the file>' (Dockerfile syntax 1.6 or later), or download it in a RUN that verifies it ('sha256sum -c')
ADD --chmod=755 local.sh http://example.com/install.sh /usr/local/bin/
# CHECK: {{.*}}DF335.dockerfile:[[@LINE-1]]:26: warning: ADD downloads 'http://example.com/install.sh'{{.*}}[DF335]
ARG TOOL_URL=https://example.com/tool.bin
ADD ${TOOL_URL} /usr/local/bin/tool
# CHECK: {{.*}}DF335.dockerfile:[[@LINE-1]]:5: warning: ADD downloads 'https://example.com/tool.bin'{{.*}}[DF335]
ADD https://deploy:hunter2@example.com/private.tgz /tmp/
# CHECK: {{.*}}DF335.dockerfile:[[@LINE-1]]:5: warning: ADD downloads 'https://example.com/private.tgz'{{.*}}[DF335]
ADD https://github.com/moby/buildkit.git#v0.14.0 /src
# CHECK: {{.*}}DF335.dockerfile:[[@LINE-1]]:5: warning: ADD clones 'https://github.com/moby/buildkit.git#v0.14.0' at 'v0.14.0', a branch or tag that can move, not a commit [DF335]
# CHECK-NEXT: ADD https://github.com/moby/buildkit.git#v0.14.0 /src
# CHECK-NEXT: {{^}}    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~{{$}}
# CHECK-NEXT: note: pin it with '--checksum=<commit id>' or a full commit id after '#'
ADD git@github.com:moby/buildkit.git /src
# CHECK: {{.*}}DF335.dockerfile:[[@LINE-1]]:5: warning: ADD clones 'git@github.com:moby/buildkit.git' at its default branch, which is not pinned to a commit [DF335]
ADD https://github.com/moby/buildkit.git?tag=v0.14.0 /src
# CHECK: {{.*}}DF335.dockerfile:[[@LINE-1]]:5: warning: ADD clones {{.*}} at 'v0.14.0'{{.*}}[DF335]
ONBUILD ADD https://example.com/plugin.jar /plugins/
# CHECK: {{.*}}DF335.dockerfile:[[@LINE-1]]:13: warning: ADD downloads{{.*}}[DF335]

# OK: pinned downloads and clones, local files, COPY (a build error, not this rule).
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/a.tgz /tmp/
ADD https://github.com/moby/buildkit.git#2b8a2b8f0d1b2bc1c3a0b5f1c5e2a6c1d4e8f9a0 /src
ADD https://github.com/moby/buildkit.git?commit=2b8a2b8f0d1b2bc1c3a0b5f1c5e2a6c1d4e8f9a0 /src
ADD --checksum=2b8a2b8f0d1b2bc1c3a0b5f1c5e2a6c1d4e8f9a0 git@github.com:moby/buildkit.git#main /src
ADD github.com/moby/buildkit /src
ADD src/ /app/
ADD $UNKNOWN /app/
COPY https://example.com/x /x
# CHECK: 8 warnings generated.

# A commit id from a variable pins too; a tag from one does not (moby/moby's Dockerfile).
# RUN: printf 'FROM alpine\nARG C=2b8a2b8f0d1b2bc1c3a0b5f1c5e2a6c1d4e8f9a0\nADD https://github.com/a/b.git#${C} /b\nARG V=v1.2\nADD https://github.com/a/c.git?ref=${V}&keep-git-dir=1 /c\n' > %t.var.dockerfile
# RUN: %expect_exit 1 %dlint --color=never --select=DF335 %t.var.dockerfile | FileCheck %s --check-prefix=VAR --implicit-check-not='[DF335]'
# VAR: :5:5: warning: ADD clones 'https://github.com/a/c.git?ref=v1.2&keep-git-dir=1' at 'v1.2', a branch or tag that can move, not a commit [DF335]
