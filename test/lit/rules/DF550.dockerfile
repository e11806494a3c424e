# DF550 invalid-label-key: a LABEL key outside Docker's format (lower-case letters, digits, '.'
# and '-', a letter first, a letter or digit last, no '..' or '--', no Docker namespace). The
# caret is on the key; keys are read with quotes removed, and keys with variables are skipped.
# RUN: %expect_exit 0 %dlint --color=never --no-config --select=DF550 %s | FileCheck %s --match-full-lines --implicit-check-not='[DF550]'

FROM alpine:3.20
LABEL Maintainer="team@example.com"
# CHECK:{{.*}}DF550.dockerfile:[[@LINE-1]]:7: style: label key 'Maintainer' has upper-case letters [DF550]
# CHECK-NEXT:LABEL Maintainer="team@example.com"
# CHECK-NEXT:      ^~~~~~~~~~
LABEL com.docker.extension.x=1 "io.docker.y"=2 org.dockerproject.z=3
# CHECK:{{.*}}DF550.dockerfile:[[@LINE-1]]:7: style: label key 'com.docker.extension.x' uses the namespace 'com.docker', which is reserved for Docker [DF550]
# CHECK:{{.*}}DF550.dockerfile:[[@LINE-2]]:32: style: label key 'io.docker.y' uses the namespace 'io.docker', which is reserved for Docker [DF550]
# CHECK:{{.*}}DF550.dockerfile:[[@LINE-3]]:48: style: label key 'org.dockerproject.z' uses the namespace 'org.dockerproject', which is reserved for Docker [DF550]
LABEL build_host=ci 1st.label=x label.=y com..example=z a--b=w
# CHECK:{{.*}}DF550.dockerfile:[[@LINE-1]]:7: style: label key 'build_host' has the character '_' (use lower-case letters, digits, '.' and '-') [DF550]
# CHECK:{{.*}}DF550.dockerfile:[[@LINE-2]]:21: style: label key '1st.label' does not start with a letter [DF550]
# CHECK:{{.*}}DF550.dockerfile:[[@LINE-3]]:33: style: label key 'label.' does not end with a letter or digit [DF550]
# CHECK:{{.*}}DF550.dockerfile:[[@LINE-4]]:42: style: label key 'com..example' has consecutive separators ('..' or '--') [DF550]
# CHECK:{{.*}}DF550.dockerfile:[[@LINE-5]]:57: style: label key 'a--b' has consecutive separators ('..' or '--') [DF550]
# The legacy 'LABEL key value' form too.
LABEL Version 1.0
# CHECK:{{.*}}DF550.dockerfile:[[@LINE-1]]:7: style: label key 'Version' has upper-case letters [DF550]

# OK: reverse-DNS keys, quoted keys, keys with variables.
LABEL org.opencontainers.image.source="https://github.com/acme/app" \
      "com.example.vendor"="ACME" maintainer=team version=1.0 a1=b
ARG KEY=x
LABEL ${KEY}=y
