# Frontend bug: `VOLUME []` is an empty JSON list, so VOLUME has no argument and BuildKit
# (instructions/parse.go parseVolume) fails with "VOLUME requires at least one argument".
# dlint only looks at whether any argument text is present, so it reports nothing.
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %s | FileCheck %s
FROM alpine:3.20
VOLUME []
# CHECK:{{.*}}:[[@LINE-1]]:{{[0-9]+}}: error: 'VOLUME' requires at least one argument [DF116]
