# DF123 no-build-stage: a file of ARG instructions and no FROM declares nothing to build
# (BuildKit: "dockerfile contains no stages to build"). It is reported once, on the first ARG.
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF123]' --implicit-check-not=error: --implicit-check-not=warning:

  ARG BASE=alpine:3.20
# CHECK:{{.*}}DF123.Dockerfile:[[@LINE-1]]:3: error: dockerfile contains no stages to build: there is no FROM [DF123]
# CHECK-NEXT:  ARG BASE=alpine:3.20
# CHECK-NEXT:  ^~~
ARG VERSION
ARG A=1 B=2
# CHECK:1 error generated.

# OK: with a FROM the same ARGs are global build arguments.
# RUN: %python -c "import sys; open(sys.argv[1], 'w').write('ARG BASE=alpine\nARG VERSION\nFROM ${BASE}\n')" %t.ok
# RUN: %expect_exit 0 %dlint --color=never --select=DF1 %t.ok
# OK: a file with another instruction and no FROM gets DF112 on that instruction instead.
# RUN: %python -c "import sys; open(sys.argv[1], 'w').write('ARG BASE=alpine\nRUN true\n')" %t.run
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %t.run | FileCheck %s --check-prefix=NOSTAGE --implicit-check-not='[DF123]'
# NOSTAGE: 2:1: error: {{.*}} [DF112]
