# RUN: %dlint %s | FileCheck %s --implicit-check-not=DF102
RUNN x
# CHECK-NOT: [DF102]
# DF102 is named here, but not in a CHECK line
