# DF125 empty-volume: a VOLUME entry that is empty after trimming (BuildKit: "VOLUME specified
# can not be an empty string"). The range is the entry.
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF125]' --implicit-check-not=error: --implicit-check-not=warning:
FROM alpine:3.20
VOLUME ["/data", " "]
# CHECK:{{.*}}DF125.Dockerfile:[[@LINE-1]]:18: error: VOLUME specified can not be an empty string [DF125]
# CHECK-NEXT:VOLUME ["/data", " "]
# CHECK-NEXT:                 ^~~
VOLUME ["", "/cache"]
# CHECK:{{.*}}DF125.Dockerfile:[[@LINE-1]]:9: error: VOLUME specified can not be an empty string [DF125]

# OK: real paths, the shell form (whose quotes are kept as text), and variables.
VOLUME ["/data", "/var/log"]
VOLUME /data " "
VOLUME $DATA_DIR
# CHECK:2 errors generated.
