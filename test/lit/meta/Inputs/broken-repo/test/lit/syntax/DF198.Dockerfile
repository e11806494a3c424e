# RUN: %dlint %s | FileCheck %s
# CHECK: [DF198]
