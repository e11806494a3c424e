# DF559: a label required as 'email' whose value is not an email address; the caret is on the value.
# Empty values (DF553) and values with variables are not checked.
# RUN: printf 'required-labels: {maintainer: email}\n' > %t.yaml
# RUN: %expect_exit 1 %dlint --color=never --config %t.yaml --select=DF559 %s | FileCheck %s --match-full-lines --implicit-check-not='[DF559]'
# RUN: %expect_exit 0 %dlint --no-config --select=DF559 %s | count 0

FROM alpine:3.20
LABEL maintainer="Team <team@example.com>"
# CHECK:{{.*}}DF559.dockerfile:[[@LINE-1]]:18: warning: label 'maintainer' is not an email address [DF559]
# CHECK-NEXT:LABEL maintainer="Team <team@example.com>"
# CHECK-NEXT:                 ^~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: required-labels declares 'maintainer' as 'email': an address such as 'team@example.com'
LABEL maintainer=team.example.com
# CHECK:{{.*}}DF559.dockerfile:[[@LINE-1]]:18: warning: {{.*}} [DF559]
LABEL maintainer=team..x@example.com
# CHECK:{{.*}}DF559.dockerfile:[[@LINE-1]]:18: warning: {{.*}} [DF559]
LABEL maintainer=team@-example.com
# CHECK:{{.*}}DF559.dockerfile:[[@LINE-1]]:18: warning: {{.*}} [DF559]

# OK
LABEL maintainer=team@example.com
LABEL maintainer="first.last+docker@mail.example.co.uk"
LABEL maintainer=root@localhost
