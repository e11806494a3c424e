# DF121 invalid-mount: a RUN --mount value BuildKit rejects. Fields are read left to right, so a
# check that depends on the type sees the type given so far. The range is the field when the
# flag has no quotes or escapes, else the whole flag.
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF121]' --implicit-check-not=error: --implicit-check-not=warning:
FROM alpine:3.20

# Order matters: `size` comes before `type=tmpfs`, so the type is still the default, bind.
RUN --mount=size=1m,type=tmpfs,target=/tmp make
# CHECK:{{.*}}DF121.Dockerfile:[[@LINE-1]]:13: error: unexpected key 'size' for mount type 'bind' (the type is 'bind' at this point: put 'type=' first) [DF121]
# CHECK-NEXT:RUN --mount=size=1m,type=tmpfs,target=/tmp make
# CHECK-NEXT:            ^~~~~~~
RUN --mount=required,type=secret,id=npmrc npm ci
# CHECK:{{.*}}DF121.Dockerfile:[[@LINE-1]]:13: error: unexpected key 'required' for mount type 'bind' (the type is 'bind' at this point: put 'type=' first) [DF121]

# Unknown keys and bare words.
RUN --mount=type=cache,target=/root/.cache,colour=blue pip install -r requirements.txt
# CHECK:{{.*}}DF121.Dockerfile:[[@LINE-1]]:44: error: unexpected key 'colour' in 'colour=blue' [DF121]
# CHECK-NEXT:RUN --mount=type=cache,target=/root/.cache,colour=blue pip install -r requirements.txt
# CHECK-NEXT:                                           ^~~~~~~~~~~
RUN --mount=type=bind,target=/src,cached make
# CHECK:{{.*}}DF121.Dockerfile:[[@LINE-1]]:35: error: invalid field 'cached' must be a key=value pair [DF121]

# Bad values.
RUN --mount=type=cache,target=/var/cache/apt,sharing=exclusive apt-get update
# CHECK:{{.*}}DF121.Dockerfile:[[@LINE-1]]:46: error: unsupported sharing value "exclusive": use shared, private or locked [DF121]
# CHECK-NEXT:RUN --mount=type=cache,target=/var/cache/apt,sharing=exclusive apt-get update
# CHECK-NEXT:                                             ^~~~~~~~~~~~~~~~~
RUN --mount=type=nfs,target=/mnt true
# CHECK:{{.*}}DF121.Dockerfile:[[@LINE-1]]:13: error: unsupported mount type "nfs": use bind, cache, tmpfs, secret or ssh [DF121]
RUN --mount=type=bind,target=/src,readonly=maybe true
# CHECK:{{.*}}DF121.Dockerfile:[[@LINE-1]]:35: error: invalid value for 'readonly': 'maybe' is not a boolean [DF121]

# `from` names a stage or image and is never expanded.
RUN --mount=type=bind,from=$BUILDER,source=/out,target=/in true
# CHECK:{{.*}}DF121.Dockerfile:[[@LINE-1]]:23: error: 'from' doesn't support variable expansion, define alias stage instead [DF121]
# CHECK-NEXT:RUN --mount=type=bind,from=$BUILDER,source=/out,target=/in true
# CHECK-NEXT:                      ^~~~~~~~~~~~~
RUN --mount=type=secret,id=token,from=builder true
# CHECK:{{.*}}DF121.Dockerfile:[[@LINE-1]]:34: error: secret mount should not have a from [DF121]

# A quoted flag value keeps its meaning, but positions inside it are not exact: the whole flag.
RUN --mount="type=bind,target=/src,cached" make
# CHECK:{{.*}}DF121.Dockerfile:[[@LINE-1]]:5: error: invalid field 'cached' must be a key=value pair [DF121]
# CHECK-NEXT:RUN --mount="type=bind,target=/src,cached" make
# CHECK-NEXT:    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

# A field on a continuation line: see bugs/DF121-field-after-continuation-position.

# Every mount flag is checked.
RUN --mount=type=cache,target=/a --mount=type=tmpfs,target=/b,sharing=shared true
# CHECK:{{.*}}DF121.Dockerfile:[[@LINE-1]]:63: error: invalid cache sharing set for tmpfs mount [DF121]

# OK: the same fields in an order BuildKit accepts, every key, a CSV-quoted field (the shell
# quotes around it are removed first, so they must protect the CSV ones), `$` that is
# expanded at build time, and a trailing `$` in from (not a variable).
RUN --mount=type=tmpfs,size=1m,target=/tmp make
RUN --mount=type=secret,id=npmrc,required npm ci
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc,required=true,mode=0400,uid=1000,gid=1000 npm ci
RUN --mount=type=secret,id=token,env=TOKEN ./deploy.sh
RUN --mount=type=ssh,id=default,required=false git clone git@example.com:x/y.git
RUN --mount=type=cache,id=apt,target=/var/cache/apt,sharing=locked,mode=0755,uid=0,gid=0 apt-get update
RUN --mount=type=bind,from=builder,source=/out,src=/out,target=/in,dst=/in,destination=/in,ro,rw,readonly=true,readwrite=false true
RUN --mount=TYPE=Cache,Target=/x true
RUN --mount=type=bind,from=builder$,target=/in true
RUN --mount=type=cache,target=$HOME/.cache,sharing=$SHARING true
RUN --mount='type=bind,"source=a,b",target=/x' true
RUN --mount=type=$MOUNT_TYPE,target=/x true
RUN --mount=target=/src make
# CHECK:11 errors generated.
