# RUN: %dlint %s | FileCheck %s --check-prefixes=FIRST,SECOND
FROM x
# SECOND: {{.*}}:[[@LINE-1]]:1: warning: {{.*}} [DF301]
