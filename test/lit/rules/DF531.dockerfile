# DF531 copy-chown (opt-in): '--chown' on COPY or ADD, unless it names root. The range is the
# flag. A code prefix does not select it: only its code, name or alias does.
# RUN: %expect_exit 0 %dlint --color=never --select=DF531 %s | FileCheck %s --strict-whitespace --implicit-check-not='[DF531]'
# RUN: %expect_exit 1 %dlint --color=never --select=DF53 %s | FileCheck %s --check-prefix=DEFAULT --implicit-check-not='[DF531]'
# DEFAULT: [DF530]

FROM node:20-slim
COPY --chown=node:node . /app
# CHECK: {{.*}}DF531.dockerfile:[[@LINE-1]]:6: info: '--chown=node:node' gives the copied files to a user, who can then change them at run time [DF531]
# CHECK-NEXT: COPY --chown=node:node . /app
# CHECK-NEXT: {{^}}     ^~~~~~~~~~~~~~~~~{{$}}
# CHECK-NEXT: note: leave them owned by root and grant read or execute with '--chmod' (for example '--chmod=755'); give a user only the folders it must write
ADD --chmod=644 --chown=1000 config.yaml /etc/app/
# CHECK: {{.*}}DF531.dockerfile:[[@LINE-1]]:17: info: '--chown=1000' gives{{.*}}[DF531]
ONBUILD COPY --chown=app . /srv/
# CHECK: {{.*}}DF531.dockerfile:[[@LINE-1]]:14: info: '--chown=app' gives{{.*}}[DF531]

# OK: owned by root, no --chown.
COPY --chown=root:root . /app
COPY --chown=0:0 . /app
COPY --chown=root . /app
COPY --chmod=755 . /app
