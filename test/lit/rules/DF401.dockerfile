# DF401 apt-update-without-install: a RUN runs 'apt-get update' (or 'apt update', 'aptitude
# update') but nothing in the same RUN reads the lists: no install, upgrade, build-dep, satisfy,
# source or download. The caret is on the 'update' word, on whatever line of the RUN it is.
# Stale lists break builds in any stage, so builder stages are checked too.
# RUN: %expect_exit 1 %dlint --color=never --select=DF401 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF401]'
FROM debian:12 AS build
RUN apt-get update
# CHECK:{{.*}}DF401.dockerfile:[[@LINE-1]]:13: warning: 'update' without an install in the same RUN [DF401]
# CHECK-NEXT:RUN apt-get update
# CHECK-NEXT:            ^~~~~~
# CHECK-NEXT:note: join it with the install: 'apt-get update && apt-get install -y ...'

FROM debian:12
COPY --from=build /etc/os-release /tmp/

# The update on the fourth line of a continued RUN is reported on that line.
RUN curl -fsSL https://deb.example.com/key.asc \
      -o /etc/apt/trusted.gpg.d/example.asc \
    && echo "deb https://deb.example.com stable main" > /etc/apt/sources.list.d/example.list \
    && apt-get update
# CHECK:{{.*}}DF401.dockerfile:[[@LINE-1]]:16: warning: 'update' without an install in the same RUN [DF401]
# CHECK-NEXT:    && apt-get update
# CHECK-NEXT:               ^~~~~~
# CHECK-NEXT:note: join it with the install: 'apt-get update && apt-get install -y ...'

# Through sudo, with apt and aptitude, and with options before the subcommand.
RUN sudo apt-get -qq update
RUN apt update
RUN aptitude -q update
# CHECK:{{.*}}DF401.dockerfile:[[@LINE-3]]:22: warning: 'update' without an install in the same RUN [DF401]
# CHECK-NEXT:RUN sudo apt-get -qq update
# CHECK-NEXT:                     ^~~~~~
# CHECK-NEXT:note: join it with the install: 'apt-get update && apt-get install -y ...'
# CHECK:{{.*}}DF401.dockerfile:[[@LINE-6]]:9: warning: 'update' without an install in the same RUN [DF401]
# CHECK-NEXT:RUN apt update
# CHECK-NEXT:        ^~~~~~
# CHECK-NEXT:note: join it with the install: 'apt update && apt install -y ...'
# CHECK:{{.*}}DF401.dockerfile:[[@LINE-9]]:17: warning: 'update' without an install in the same RUN [DF401]
# CHECK-NEXT:RUN aptitude -q update
# CHECK-NEXT:                ^~~~~~
# CHECK-NEXT:note: join it with the install: 'aptitude update && aptitude install -y ...'

# Inside a here-document body, on the body's own line.
RUN <<EOF
set -eux
echo "deb https://deb.example.com stable main" > /etc/apt/sources.list.d/example.list
apt-get -o Acquire::Retries=3 update
EOF
# CHECK:{{.*}}DF401.dockerfile:[[@LINE-2]]:31: warning: 'update' without an install in the same RUN [DF401]
# CHECK-NEXT:apt-get -o Acquire::Retries=3 update
# CHECK-NEXT:                              ^~~~~~
# CHECK-NEXT:note: join it with the install: 'apt-get update && apt-get install -y ...'

# Removing packages does not read the lists; the lists stay in the layer.
RUN apt-get update \
    && apt-get purge -y --auto-remove imagemagick
# CHECK:{{.*}}DF401.dockerfile:[[@LINE-2]]:13: warning: 'update' without an install in the same RUN [DF401]
# CHECK-NEXT:RUN apt-get update \
# CHECK-NEXT:            ^~~~~~
# CHECK-NEXT:note: join it with the install: 'apt-get update && apt-get install -y ...'

# OK: something in the same RUN reads the lists.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN apt-get update \
    && apt-get -y dist-upgrade
RUN apt-get update && sudo apt-get build-dep -y python3
RUN apt-get update && xargs -r apt-get install -y < /tmp/packages.txt
RUN apt-get update && apt-get satisfy -y --no-install-recommends "libc6 (>= 2.36)"
RUN apt update && apt full-upgrade -y

# OK: the lists are removed in the same RUN, so none can go stale in the layer cache.
RUN apt-get update && apt-get purge -y imagemagick && rm -rf /var/lib/apt/lists/*
RUN apt-get update; apt-get autoremove -y; apt-get dist-clean

# OK: code dlint cannot read may install: a script file, a piped installer, `su -c`.
RUN apt-get update && ./install-deps.sh
RUN apt-get update && curl -fsSL https://deb.nodesource.com/setup_20.x | bash
RUN apt-get update && su builder -c "make deps"

# OK (current behaviour): commands inside a `bash -c` string are not parsed, so an update alone
# there is not seen.
RUN bash -c "apt-get update"

# OK: exec form runs no shell; dlint does not model it.
RUN ["apt-get", "update"]

# OK: a PowerShell stage is not sh, and a stage built FROM it inherits its SHELL.
FROM mcr.microsoft.com/powershell:lts-debian-12 AS pwsh
SHELL ["pwsh", "-Command"]
RUN apt-get update
FROM pwsh
RUN apt-get update
# CHECK:7 warnings generated.
