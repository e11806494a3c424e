# DF242 copy-ignored-file: a COPY/ADD source from the build context that the ignore file
# excludes (BuildKit's CopyIgnoredFile). This file is the Dockerfile; the RUN lines put it in a
# context folder next to an ignore file. The range is the source; a note gives the pattern line.
# RUN: rm -rf %t && mkdir -p %t
# RUN: cp %s %t/Dockerfile
# RUN: printf '# build output\n*.md\nsecrets/\n/config/local.*\n\n**/*.log\n' > %t/.dockerignore
# RUN: %expect_exit 1 %dlint --color=never --select=DF242 %t/Dockerfile | FileCheck %s --strict-whitespace --implicit-check-not='[DF242]'

FROM alpine:3.20
COPY README.md /docs/
# CHECK: {{.*}}Dockerfile:[[@LINE-1]]:6: warning: COPY source 'README.md' is excluded by '.dockerignore', so it is not in the build context [DF242]
# CHECK-NEXT: COPY README.md /docs/
# CHECK-NEXT: {{^}}     ^~~~~~~~~{{$}}
# CHECK-NEXT: note: '.dockerignore' line 2 excludes it: '*.md'
COPY ./secrets/api.pem /etc/app/
# CHECK: {{.*}}Dockerfile:[[@LINE-1]]:6: warning: COPY source 'secrets/api.pem' is excluded{{.*}}[DF242]
# CHECK-NEXT: COPY ./secrets/api.pem /etc/app/
# CHECK: note: '.dockerignore' line 3 excludes it: 'secrets/'
ADD ["/config/local.yaml", "/etc/app/"]
# CHECK: {{.*}}Dockerfile:[[@LINE-1]]:6: warning: ADD source 'config/local.yaml' is excluded{{.*}}[DF242]
# CHECK: note: '.dockerignore' line 4 excludes it: '/config/local.*'
ARG LOG=logs/app/build.log
COPY $LOG /var/log/
# CHECK: {{.*}}Dockerfile:[[@LINE-1]]:6: warning: COPY source 'logs/app/build.log' is excluded{{.*}}[DF242]
# CHECK: note: '.dockerignore' line 6 excludes it: '**/*.log'
# A wildcard source is matched as written, as BuildKit does.
COPY *.md /docs/
# CHECK: {{.*}}Dockerfile:[[@LINE-1]]:6: warning: COPY source '*.md' is excluded{{.*}}[DF242]

# OK: not excluded, the whole context (no '*' pattern), another stage, URLs, heredocs, unknown
# variables, ONBUILD triggers.
COPY src/ /app/
COPY . /app/
COPY --from=alpine:3.20 /README.md /x/
ADD https://example.com/README.md /docs/
COPY <<README.md /docs/
hi
README.md
COPY $UNKNOWN /x/
ONBUILD COPY README.md /docs/
# CHECK: 5 warnings generated.

# A '!' exclusion turns the check off, as in BuildKit.
# RUN: printf '*.md\n!CHANGELOG.md\n' > %t/.dockerignore
# RUN: %expect_exit 0 %dlint --color=never --select=DF242 %t/Dockerfile | count 0
# '*' excludes the whole context: '.' is reported then.
# RUN: printf '*\n' > %t/.dockerignore
# RUN: %expect_exit 1 %dlint --color=never --select=DF242 %t/Dockerfile | FileCheck %s --check-prefix=STAR
# STAR: Dockerfile:33:6: warning: COPY source '.' is excluded by '.dockerignore', so it is not in the build context [DF242]
# STAR-NEXT: COPY . /app/
# STAR: note: '.dockerignore' line 1 excludes it: '*'
# The per-Dockerfile ignore file wins over .dockerignore.
# RUN: printf 'src\n' > %t/Dockerfile.dockerignore
# RUN: %expect_exit 1 %dlint --color=never --select=DF242 %t/Dockerfile | FileCheck %s --check-prefix=PERFILE --implicit-check-not='[DF242]'
# PERFILE: Dockerfile:32:6: warning: COPY source 'src' is excluded by 'Dockerfile.dockerignore'{{.*}}[DF242]
# PERFILE: 1 warning generated.
# Standard input has no build context.
# RUN: rm %t/Dockerfile.dockerignore
# RUN: %expect_exit 0 %dlint --color=never --select=DF242 - < %t/Dockerfile | count 0
