# DF340 tls-verification-disabled-in-command: a tool's option turns off TLS certificate
# verification. The caret is on the flag itself (the 'k' of a cluster such as '-fsSLk'); a
# flag that is a whole word and takes no value has an unsafe fix that removes it.
# RUN: %expect_exit 1 %dlint --color=never --select=DF340 %s | FileCheck %s --strict-whitespace --implicit-check-not='[DF340]'
# RUN: %expect_exit 1 %dlint --color=never --select=DF340 --parseable-fixits %s | FileCheck %s --check-prefix=FIX --implicit-check-not=fix-it:

FROM debian:bookworm-slim AS build
RUN curl -k https://example.com/a.tgz -o /tmp/a.tgz
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-1]]:10: warning: '-k' makes 'curl' accept any TLS certificate [DF340]
RUN curl -fsSLk https://example.com/b.tgz | tar xz
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-1]]:15: warning: '-k' makes 'curl' accept any TLS certificate [DF340]
# CHECK-NEXT:RUN curl -fsSLk https://example.com/b.tgz | tar xz
# CHECK-NEXT:              ^
# CHECK-NEXT:note: give curl the CA that signs the server's certificate with '--cacert FILE'
RUN curl --insecure -o /tmp/c https://example.com/c && curl --proxy-insecure -x https://proxy:3128 https://example.com/d
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-1]]:10: warning: '--insecure' makes 'curl' accept any TLS certificate [DF340]
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-2]]:61: warning: '--proxy-insecure' makes 'curl' accept any certificate from the HTTPS proxy [DF340]
RUN set -eux; \
    wget -q \
      --no-check-certificate \
      https://example.com/e.tgz
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-2]]:7: warning: '--no-check-certificate' makes 'wget' accept any TLS certificate [DF340]
# CHECK-NEXT:      --no-check-certificate \
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~
RUN wget -e check_certificate=off https://example.com/f && wget --execute "check-certificate = no" https://example.com/g
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-1]]:13: warning: 'check_certificate=off' makes 'wget' accept any TLS certificate [DF340]
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-2]]:75: warning: 'check-certificate = no' makes 'wget' accept any TLS certificate [DF340]
RUN env HOME=/root sudo -E curl -sk https://example.com/h
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-1]]:35: warning: '-k' makes 'curl' accept any TLS certificate [DF340]
RUN pip install --trusted-host pypi.internal.example -i https://pypi.internal.example/simple app
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-1]]:17: warning: '--trusted-host' makes 'pip' accept any certificate, or plain HTTP, from that host [DF340]
RUN python3 -m pip install --trusted-host=pypi.example.com app && pip3 config set global.trusted-host pypi.example.com
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-1]]:28: warning: '--trusted-host' makes 'pip' accept any certificate, or plain HTTP, from that host [DF340]
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-2]]:83: warning: 'global.trusted-host' makes 'pip' accept any certificate, or plain HTTP, from that host [DF340]
RUN npm config set strict-ssl false && yarn config set strict-ssl false && npm set strict-ssl=false
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-1]]:20: warning: 'strict-ssl false' makes 'npm' accept any registry certificate [DF340]
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-2]]:56: warning: 'strict-ssl false' makes 'yarn' accept any registry certificate [DF340]
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-3]]:84: warning: 'strict-ssl=false' makes 'npm' accept any registry certificate [DF340]
RUN npm install --strict-ssl=false && npm ci --no-strict-ssl && yarn config set enableStrictSsl false
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-1]]:17: warning: '--strict-ssl=false' makes 'npm' accept any registry certificate [DF340]
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-2]]:46: warning: '--no-strict-ssl' makes 'npm' accept any registry certificate [DF340]
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-3]]:81: warning: 'enableStrictSsl false' makes 'yarn' accept any registry certificate [DF340]
RUN git -c http.sslVerify=false clone https://git.example.com/app.git
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-1]]:12: warning: 'http.sslVerify=false' makes 'git' accept any TLS certificate [DF340]
RUN git config --global http.sslverify false && git config --global http.https://git.example.com.sslVerify "false"
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-1]]:25: warning: 'http.sslverify false' makes 'git' accept any TLS certificate [DF340]
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-2]]:69: warning: 'http.https://git.example.com.sslVerify false' makes 'git' accept any TLS certificate [DF340]
RUN git clone --config http.sslVerify=0 https://git.example.com/app.git
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-1]]:24: warning: 'http.sslVerify=0' makes 'git' accept any TLS certificate [DF340]
RUN dnf config-manager --setopt=sslverify=0 --save && yum install -y --setopt=internal.sslverify=false app
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-1]]:24: warning: 'sslverify=0' makes 'dnf' accept any repository certificate [DF340]
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-2]]:70: warning: 'internal.sslverify=false' makes 'yum' accept any repository certificate [DF340]
RUN yum-config-manager --save --setopt sslverify=no && dnf-config-manager --setopt=something.sslverify=False --save
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-1]]:40: warning: 'sslverify=no' makes 'yum-config-manager' accept any repository certificate [DF340]
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-2]]:75: warning: 'something.sslverify=False' makes 'dnf-config-manager' accept any repository certificate [DF340]
RUN sh -c 'curl -k https://example.com/i | tar x'
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-1]]:17: warning: '-k' makes 'curl' accept any TLS certificate [DF340]
RUN ["curl", "--insecure", "https://example.com/j"]
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-1]]:14: warning: '--insecure' makes 'curl' accept any TLS certificate [DF340]
RUN <<EOF
curl -k https://example.com/k
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-1]]:6: warning: '-k' makes 'curl' accept any TLS certificate [DF340]
EOF

# OK: look-alikes.
FROM debian:bookworm-slim
RUN echo "curl -k is bad" && printf '%s\n' --insecure
RUN ssh-keygen -k -f /tmp/krl && wget -k -r https://example.com/site && openssl s_client -k x
RUN curl -H -k https://example.com/l && curl -o -k https://example.com/m && curl -X -k https://example.com/n
RUN somecli --insecure && helm repo add x https://example.com --insecure-skip-tls-verify
RUN pip install --index-url https://pypi.example.com/simple app && pip download --trusted-host-file x
RUN npm config set strict-ssl true && git config --global http.sslVerify true && git -c http.sslVerify clone x
RUN dnf install -y --setopt=sslverify=1 app && yum install --setopt=install_weak_deps=False app
RUN git config --global core.autocrlf false
RUN bash -c "echo curl -k"

# Configuration that 'echo', 'printf' or a here-document writes.
RUN echo "sslverify=false" >> /etc/yum.conf && printf 'registry=https://r.example.com\nstrict-ssl=false\n' > ~/.npmrc
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-1]]:11: warning: 'sslverify=false' in configuration written by RUN turns off TLS certificate verification [DF340]
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-2]]:88: warning: 'strict-ssl=false' in configuration written by RUN turns off TLS certificate verification [DF340]
RUN cat >> /root/.gitconfig <<EOF
[http]
	sslVerify = false
EOF
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-2]]:2: warning: 'sslVerify = false' in configuration written by RUN turns off TLS certificate verification [DF340]
# OK: settings that keep verification on.
RUN echo "sslverify=1" >> /etc/yum.conf && echo "strict-ssl=true" >> ~/.npmrc && echo "my_sslverify=0"
# OK: text echoed to the build log, not to a file.
RUN yum-config-manager --save || echo "--setopt=sslverify=0"

# The unsafe fixes remove whole-word flags that take no value.
# FIX: fix-it:"{{.*}}DF340.dockerfile":{8:10-8:13}:""
# FIX: fix-it:"{{.*}}DF340.dockerfile":{15:10-15:21}:""
# FIX: fix-it:"{{.*}}DF340.dockerfile":{15:61-15:78}:""
# FIX: fix-it:"{{.*}}DF340.dockerfile":{56:17-56:20}:""
# FIX: fix-it:"{{.*}}DF340.dockerfile":{61:6-61:9}:""

# OK: commented-out settings document, they do not set; 'git config' reading or unsetting a key.
RUN echo "# sslverify=0 is insecure" >> /etc/dnf/dnf.conf && printf ';strict-ssl=false\n' >> ~/.npmrc
RUN cat > /etc/yum.repos.d/internal.repo <<EOF
[internal]
baseurl=https://repo.example.com/el9
  # sslverify=0
sslverify=1
EOF
RUN git config --global --get http.sslVerify false || git config --global --unset http.sslVerify false
# A real setting after a commented one is still found, also after an escaped newline.
RUN printf '# sslverify=0\nsslverify=0\n' >> /etc/dnf/dnf.conf
# CHECK:{{.*}}DF340.dockerfile:[[@LINE-1]]:28: warning: 'sslverify=0' in configuration written by RUN turns off TLS certificate verification [DF340]
