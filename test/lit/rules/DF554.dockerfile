# DF554: a label required as 'url' whose value is not a URL; the caret is on the value.
# Empty values (DF553) and values with variables are not checked.
# RUN: printf 'required-labels: {org.opencontainers.image.source: url}\n' > %t.yaml
# RUN: %expect_exit 1 %dlint --color=never --config %t.yaml --select=DF554 %s | FileCheck %s --match-full-lines --implicit-check-not='[DF554]'
# RUN: %expect_exit 0 %dlint --no-config --select=DF554 %s | count 0

FROM alpine:3.20
LABEL org.opencontainers.image.source="github.com/acme/app"
# CHECK:{{.*}}DF554.dockerfile:[[@LINE-1]]:39: warning: label 'org.opencontainers.image.source' is not a URL [DF554]
# CHECK-NEXT:LABEL org.opencontainers.image.source="github.com/acme/app"
# CHECK-NEXT:                                      ^~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: required-labels declares 'org.opencontainers.image.source' as 'url': an absolute URL with a scheme, such as 'https://github.com/org/repo'
LABEL org.opencontainers.image.source="https://"
# CHECK:{{.*}}DF554.dockerfile:[[@LINE-1]]:39: warning: {{.*}} [DF554]
LABEL org.opencontainers.image.source="https://example.com/a b"
# CHECK:{{.*}}DF554.dockerfile:[[@LINE-1]]:39: warning: {{.*}} [DF554]
LABEL org.opencontainers.image.source=1http://x
# CHECK:{{.*}}DF554.dockerfile:[[@LINE-1]]:39: warning: {{.*}} [DF554]

# OK
LABEL org.opencontainers.image.source="https://github.com/acme/app"
LABEL org.opencontainers.image.source=git+ssh://git@example.com/app.git
LABEL org.opencontainers.image.source=mailto:team@example.com
LABEL org.opencontainers.image.source=""
ARG SRC
LABEL org.opencontainers.image.source=$SRC other=not-a-url
