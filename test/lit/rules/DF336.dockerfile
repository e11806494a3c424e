# DF336 whole-context-without-dockerignore: 'COPY .' (or any source that cleans to '.' or '/')
# copies the whole build context, and the context has no ignore file (nor has a folder above
# it, up to the git work tree's top), or its ignore file leaves '.git' in. This file is the
# Dockerfile; the RUN lines build context folders around it.
# RUN: rm -rf %t && mkdir -p %t/a/.git %t/b/.git %t/c/.git %t/c/docker
# RUN: cp %s %t/a/Dockerfile
# RUN: printf 'API_KEY=x\n' > %t/a/.env
# RUN: %expect_exit 1 %dlint --color=never --select=DF336 %t/a/Dockerfile | FileCheck %s --strict-whitespace --implicit-check-not='[DF336]'

FROM node:20-slim AS build
WORKDIR /src
COPY . .
# CHECK: {{.*}}Dockerfile:[[@LINE-1]]:6: warning: COPY copies the whole build context, which has no .dockerignore [DF336]
# CHECK-NEXT: COPY . .
# CHECK-NEXT: {{^}}     ^{{$}}
# CHECK-NEXT: note: add a .dockerignore next to 'Dockerfile' that excludes '.git', '.env*', keys and build output; this context has '.git' and '.env'

FROM node:20-slim
ADD ./ /app/
# CHECK: {{.*}}Dockerfile:[[@LINE-1]]:5: warning: ADD copies the whole build context{{.*}}[DF336]
COPY ["/", "/srv/"]
# CHECK: {{.*}}Dockerfile:[[@LINE-1]]:7: warning: COPY copies the whole build context{{.*}}[DF336]

# OK: parts of the context, another stage's files, ONBUILD triggers (another build's context).
COPY src/ /app/src/
COPY --from=build /src /app/
ONBUILD COPY . /app/
# CHECK: 3 warnings generated.

# An ignore file that leaves '.git' in.
# RUN: cp %s %t/b/Dockerfile
# RUN: printf 'node_modules\n.env\n' > %t/b/.dockerignore
# RUN: %expect_exit 1 %dlint --color=never --select=DF336 %t/b/Dockerfile | FileCheck %s --check-prefix=GIT
# GIT: Dockerfile:12:6: warning: COPY copies the whole build context, and '.dockerignore' does not exclude its '.git' folder [DF336]
# GIT: note: add '.git' to '.dockerignore'
# GIT: 3 warnings generated.
# OK: '.git' excluded (by a parent-folder-style pattern too); no '.git' folder in the context.
# RUN: printf 'node_modules\n**/.git\n' > %t/b/.dockerignore
# RUN: %expect_exit 0 %dlint --color=never --select=DF336 %t/b/Dockerfile | count 0
# RUN: rm -r %t/b/.git && printf 'node_modules\n' > %t/b/.dockerignore
# RUN: %expect_exit 0 %dlint --color=never --select=DF336 %t/b/Dockerfile | count 0
# OK: a .dockerignore in a folder above, up to the work tree's top: that is likely the context.
# RUN: cp %s %t/c/docker/Dockerfile
# RUN: printf '.git\n' > %t/c/.dockerignore
# RUN: %expect_exit 0 %dlint --color=never --select=DF336 %t/c/docker/Dockerfile | count 0
# OK: standard input has no build context.
# RUN: %expect_exit 0 %dlint --color=never --select=DF336 - < %s | count 0
