# DF556: a label required as 'spdx' whose value is not an SPDX license expression; the caret is on the value.
# Empty values (DF553) and values with variables are not checked.
# RUN: printf 'required-labels: {org.opencontainers.image.licenses: spdx}\n' > %t.yaml
# RUN: %expect_exit 1 %dlint --color=never --config %t.yaml --select=DF556 %s | FileCheck %s --match-full-lines --implicit-check-not='[DF556]'
# RUN: %expect_exit 0 %dlint --no-config --select=DF556 %s | count 0

FROM alpine:3.20
LABEL org.opencontainers.image.licenses="Apache License 2.0"
# CHECK:{{.*}}DF556.dockerfile:[[@LINE-1]]:41: warning: label 'org.opencontainers.image.licenses' is not an SPDX license expression [DF556]
# CHECK-NEXT:LABEL org.opencontainers.image.licenses="Apache License 2.0"
# CHECK-NEXT:                                        ^~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: required-labels declares 'org.opencontainers.image.licenses' as 'spdx': license identifiers such as 'Apache-2.0' or 'MIT OR GPL-2.0-only'
LABEL org.opencontainers.image.licenses="MIT OR"
# CHECK:{{.*}}DF556.dockerfile:[[@LINE-1]]:41: warning: {{.*}} [DF556]
LABEL org.opencontainers.image.licenses="(MIT AND BSD-3-Clause"
# CHECK:{{.*}}DF556.dockerfile:[[@LINE-1]]:41: warning: {{.*}} [DF556]
LABEL org.opencontainers.image.licenses=MIT/Apache
# CHECK:{{.*}}DF556.dockerfile:[[@LINE-1]]:41: warning: {{.*}} [DF556]

# OK
LABEL org.opencontainers.image.licenses=Apache-2.0
LABEL org.opencontainers.image.licenses="MIT OR GPL-2.0-only"
LABEL org.opencontainers.image.licenses="GPL-2.0-or-later WITH Classpath-exception-2.0"
LABEL org.opencontainers.image.licenses="(MIT AND BSD-3-Clause) OR LicenseRef-acme"
LABEL org.opencontainers.image.licenses=GPL-2.0+
