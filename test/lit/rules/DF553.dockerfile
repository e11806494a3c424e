# DF553 empty-label-value: a required label set to an empty value, in any stage.
# RUN: printf 'required-labels: {org.opencontainers.image.revision: hash, maintainer: text}\n' > %t.yaml
# RUN: %expect_exit 1 %dlint --color=never --config %t.yaml --select=DF553 %s | FileCheck %s --match-full-lines --implicit-check-not='[DF553]'
# RUN: %expect_exit 0 %dlint --no-config --select=DF553 %s | count 0

FROM alpine:3.20
LABEL org.opencontainers.image.revision=""
# CHECK:{{.*}}DF553.dockerfile:[[@LINE-1]]:41: warning: required label 'org.opencontainers.image.revision' is empty [DF553]
# CHECK-NEXT:LABEL org.opencontainers.image.revision=""
# CHECK-NEXT:                                        ^~
LABEL maintainer=
# CHECK:{{.*}}DF553.dockerfile:[[@LINE-1]]:7: warning: required label 'maintainer' is empty [DF553]

# OK: a value from a variable, labels that are not required, non-empty values.
ARG GIT_COMMIT
LABEL org.opencontainers.image.revision="${GIT_COMMIT}" other="" maintainer=" "
