# DF342 package-signature-check-disabled: a package manager installs without checking
# signatures. The caret is on the flag or setting; a flag that is a whole word has an unsafe fix
# that removes it.
# RUN: %expect_exit 1 %dlint --color=never --select=DF342 %s | FileCheck %s --strict-whitespace --implicit-check-not='[DF342]'
# RUN: %expect_exit 1 %dlint --color=never --select=DF342 --parseable-fixits %s | FileCheck %s --check-prefix=FIX --implicit-check-not=fix-it:

FROM alpine:3.20 AS alpine
RUN apk add --no-cache --allow-untrusted /tmp/app.apk
# CHECK:{{.*}}DF342.dockerfile:[[@LINE-1]]:24: warning: '--allow-untrusted' makes 'apk' install packages and indexes whose signature it cannot verify [DF342]

FROM debian:bookworm-slim AS debian
RUN apt-get update && apt-get install -y --allow-unauthenticated app
# CHECK:{{.*}}DF342.dockerfile:[[@LINE-1]]:42: warning: '--allow-unauthenticated' makes 'apt-get' install packages whose signature it does not check [DF342]
RUN apt-get install -y --force-yes app && apt-get -o APT::Get::AllowUnauthenticated=true install -y app
# CHECK:{{.*}}DF342.dockerfile:[[@LINE-1]]:24: warning: '--force-yes' makes 'apt-get' install unauthenticated packages (and downgrade or remove held ones) without asking [DF342]
# CHECK:{{.*}}DF342.dockerfile:[[@LINE-2]]:54: warning: 'APT::Get::AllowUnauthenticated=true' makes 'apt-get' install packages whose signature it does not check [DF342]
RUN apt-get update --allow-insecure-repositories && apt -oAcquire::AllowInsecureRepositories=1 update
# CHECK:{{.*}}DF342.dockerfile:[[@LINE-1]]:20: warning: '--allow-insecure-repositories' makes 'apt-get' read repositories that are not signed [DF342]
# CHECK:{{.*}}DF342.dockerfile:[[@LINE-2]]:59: warning: 'Acquire::AllowInsecureRepositories=1' makes 'apt' read repositories that are not signed [DF342]
RUN echo "deb [trusted=yes] http://repo.example.com/debian ./" > /etc/apt/sources.list.d/example.list
# CHECK:{{.*}}DF342.dockerfile:[[@LINE-1]]:16: warning: 'trusted=yes' in configuration written by RUN turns off package signature checks [DF342]
RUN echo 'APT::Get::AllowUnauthenticated "true";' > /etc/apt/apt.conf.d/99unauth
# CHECK:{{.*}}DF342.dockerfile:[[@LINE-1]]:21: warning: 'AllowUnauthenticated' in configuration written by RUN turns off package signature checks [DF342]

FROM fedora:40 AS fedora
RUN dnf install -y --nogpgcheck app && yum --nogpgcheck localinstall -y /tmp/app.rpm
# CHECK:{{.*}}DF342.dockerfile:[[@LINE-1]]:20: warning: '--nogpgcheck' makes 'dnf' install packages whose signature it does not check [DF342]
# CHECK:{{.*}}DF342.dockerfile:[[@LINE-2]]:44: warning: '--nogpgcheck' makes 'yum' install packages whose signature it does not check [DF342]
RUN tdnf install -y --nogpgcheck app && microdnf --setopt=gpgcheck=0 install app
# CHECK:{{.*}}DF342.dockerfile:[[@LINE-1]]:21: warning: '--nogpgcheck' makes 'tdnf' install packages whose signature it does not check [DF342]
# CHECK:{{.*}}DF342.dockerfile:[[@LINE-2]]:50: warning: 'gpgcheck=0' makes 'microdnf' install packages whose signature it does not check [DF342]
RUN dnf config-manager --save --setopt=example.gpgcheck=false
# CHECK:{{.*}}DF342.dockerfile:[[@LINE-1]]:31: warning: 'example.gpgcheck=false' makes 'dnf' install packages whose signature it does not check [DF342]
RUN rpm -ivh --nosignature /tmp/a.rpm && rpm -U --nodigest --nofiledigest /tmp/b.rpm && rpm -i --noverify /tmp/c.rpm
# CHECK:{{.*}}DF342.dockerfile:[[@LINE-1]]:14: warning: '--nosignature' makes 'rpm' skip verifying the package's signature or digests [DF342]
# CHECK:{{.*}}DF342.dockerfile:[[@LINE-2]]:49: warning: '--nodigest' makes 'rpm' skip verifying the package's signature or digests [DF342]
# CHECK:{{.*}}DF342.dockerfile:[[@LINE-3]]:60: warning: '--nofiledigest' makes 'rpm' skip verifying the package's signature or digests [DF342]
# CHECK:{{.*}}DF342.dockerfile:[[@LINE-4]]:96: warning: '--noverify' makes 'rpm' skip verifying the package's signature or digests [DF342]
RUN zypper --no-gpg-checks install -y app
# CHECK:{{.*}}DF342.dockerfile:[[@LINE-1]]:12: warning: '--no-gpg-checks' makes 'zypper' install packages whose signature it does not check [DF342]
RUN printf '[example]\nbaseurl=https://repo.example.com\ngpgcheck=0\n' > /etc/yum.repos.d/example.repo
# CHECK:{{.*}}DF342.dockerfile:[[@LINE-1]]:58: warning: 'gpgcheck=0' in configuration written by RUN turns off package signature checks [DF342]
RUN sudo dnf install -y --nogpgcheck app
# CHECK:{{.*}}DF342.dockerfile:[[@LINE-1]]:25: warning: '--nogpgcheck' makes 'dnf' install packages whose signature it does not check [DF342]
# A local package that no other stage built: its signature is still worth checking.
RUN curl -fsSLo /tmp/app.rpm https://example.com/app.rpm && rpm -i --nosignature /tmp/app.rpm
# CHECK:{{.*}}DF342.dockerfile:[[@LINE-1]]:68: warning: '--nosignature' makes 'rpm' skip verifying the package's signature or digests [DF342]

# OK: look-alikes.
FROM debian:bookworm-slim
RUN apt-get install -y --allow-downgrades --allow-change-held-packages app
RUN apt-get -o APT::Get::AllowUnauthenticated=false install -y app && apt-get -o Dpkg::Options::=--force-confold install -y app
RUN dnf install -y --setopt=gpgcheck=1 --setopt=repo_gpgcheck=0 app
RUN echo --nogpgcheck --allow-untrusted && mytool --nogpgcheck && rpm --import /tmp/key.asc
RUN echo "deb [signed-by=/usr/share/keyrings/example.gpg] https://repo.example.com/debian stable main" > /etc/apt/sources.list.d/example.list
RUN printf 'gpgcheck=1\nrepo_gpgcheck=0\n' > /etc/yum.repos.d/example.repo
# OK: packages this build made itself (from another stage) and a local file repository.
RUN --mount=type=bind,target=/tmp/packages,source=/tmp/packages,from=alpine \
    apk add --no-cache --allow-untrusted /tmp/packages/app-1.0.apk
RUN echo "deb [ trusted=yes ] file:///tmp/repo ./" > /etc/apt/sources.list.d/local.list

# OK: a package whose signature 'gpg --verify' checked in an earlier RUN of the stage.
RUN gpg --verify /tmp/tools-1.0.apk.sig /tmp/tools-1.0.apk
RUN apk add --allow-untrusted /tmp/tools-1.0.apk
# Still reported: gpg checked another file.
RUN apk add --allow-untrusted /tmp/other-1.0.apk
# CHECK:{{.*}}DF342.dockerfile:[[@LINE-1]]:13: warning: '--allow-untrusted' makes 'apk' install packages and indexes whose signature it cannot verify [DF342]

# A repository file written from a here-document, and a 'file:' repository in one.
RUN cat > /etc/yum.repos.d/example.repo <<EOF
[example]
baseurl=https://repo.example.com
GPGCHECK = 0
EOF
# CHECK:{{.*}}DF342.dockerfile:[[@LINE-2]]:1: warning: 'GPGCHECK = 0' in configuration written by RUN turns off package signature checks [DF342]
# CHECK-NEXT:GPGCHECK = 0
# CHECK-NEXT:^~~~~~~~~~~~
RUN tee /etc/apt/sources.list.d/local.list <<EOF
deb [trusted=yes] file:/tmp/repo ./
EOF

# The unsafe fixes remove whole-word flags that take no value.
# FIX: fix-it:"{{.*}}DF342.dockerfile":{8:24-8:42}:""
# FIX: fix-it:"{{.*}}DF342.dockerfile":{12:42-12:66}:""
# FIX: fix-it:"{{.*}}DF342.dockerfile":{14:24-14:36}:""
# FIX: fix-it:"{{.*}}DF342.dockerfile":{17:19-17:49}:""
# FIX: fix-it:"{{.*}}DF342.dockerfile":{26:20-26:33}:""
# FIX: fix-it:"{{.*}}DF342.dockerfile":{26:44-26:57}:""
# FIX: fix-it:"{{.*}}DF342.dockerfile":{29:21-29:34}:""
# FIX: fix-it:"{{.*}}DF342.dockerfile":{34:14-34:28}:""
# FIX: fix-it:"{{.*}}DF342.dockerfile":{34:49-34:60}:""
# FIX: fix-it:"{{.*}}DF342.dockerfile":{34:60-34:75}:""
# FIX: fix-it:"{{.*}}DF342.dockerfile":{34:96-34:107}:""
# FIX: fix-it:"{{.*}}DF342.dockerfile":{39:12-39:28}:""
# FIX: fix-it:"{{.*}}DF342.dockerfile":{43:25-43:38}:""
# FIX: fix-it:"{{.*}}DF342.dockerfile":{46:68-46:82}:""
# FIX: fix-it:"{{.*}}DF342.dockerfile":{66:13-66:31}:""
