# RUN: %dlint %s | FileCheck %s
RUNN x
# CHECK: error: {{.*}} [DF101]
