# DF407 node-cache-not-cleaned: 'npm install' (i, add, ci, clean-install, update) or 'yarn
# install' (add, global add, or a bare 'yarn') leaves its package cache in the layer: the same RUN
# neither runs 'npm cache clean --force' / 'yarn cache clean', nor removes the cache directory,
# nor mounts a cache on it. The caret is on the first such word of each tool. Only stages whose
# layers ship (the final stage and the stages it is built FROM) are checked.
# RUN: %expect_exit 0 %dlint --color=never --select=DF407 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF407]'

# OK: a builder stage that is only copied from does not ship its layers.
FROM node:20 AS build
WORKDIR /src
RUN npm ci && npm run build

FROM node:20-slim AS app
WORKDIR /app
COPY --from=build /src/dist ./dist

RUN npm install
# CHECK:{{.*}}DF407.dockerfile:[[@LINE-1]]:9: info: 'npm install' without 'npm cache clean --force' [DF407]
# CHECK-NEXT:RUN npm install
# CHECK-NEXT:        ^~~~~~~
# CHECK-NEXT:                && npm cache clean --force
# CHECK-NEXT:note: end the RUN with '&& npm cache clean --force', or mount a cache on the cache directory with '--mount=type=cache'

# On the third line of a continued RUN.
RUN set -eux; \
    corepack enable; \
    npm ci --omit=dev; \
    node --version
# CHECK:{{.*}}DF407.dockerfile:[[@LINE-2]]:9: info: 'npm ci' without 'npm cache clean --force' [DF407]
# CHECK-NEXT:    npm ci --omit=dev; \
# CHECK-NEXT:        ^~
# CHECK-NEXT:note: end the RUN with '&& npm cache clean --force', or mount a cache on the cache directory with '--mount=type=cache'

# npm i -g through sudo, yarn install, a bare yarn, yarn global add, a here-document.
RUN sudo npm i -g pm2
RUN yarn install --frozen-lockfile
RUN yarn --production
RUN yarn global add serve
RUN <<EOF
set -eux
npm update
EOF
# CHECK:{{.*}}DF407.dockerfile:[[@LINE-8]]:14: info: 'npm i' without 'npm cache clean --force' [DF407]
# CHECK-NEXT:RUN sudo npm i -g pm2
# CHECK-NEXT:             ^
# CHECK-NEXT:                      && npm cache clean --force
# CHECK-NEXT:note: end the RUN with '&& npm cache clean --force', or mount a cache on the cache directory with '--mount=type=cache'
# CHECK:{{.*}}DF407.dockerfile:[[@LINE-12]]:10: info: 'yarn install' without 'yarn cache clean' [DF407]
# CHECK-NEXT:RUN yarn install --frozen-lockfile
# CHECK-NEXT:         ^~~~~~~
# CHECK-NEXT:                                   && yarn cache clean
# CHECK-NEXT:note: end the RUN with '&& yarn cache clean', or mount a cache on the cache directory with '--mount=type=cache'
# CHECK:{{.*}}DF407.dockerfile:[[@LINE-16]]:5: info: 'yarn' without 'yarn cache clean' [DF407]
# CHECK-NEXT:RUN yarn --production
# CHECK-NEXT:    ^~~~
# CHECK-NEXT:                      && yarn cache clean
# CHECK-NEXT:note: end the RUN with '&& yarn cache clean', or mount a cache on the cache directory with '--mount=type=cache'
# CHECK:{{.*}}DF407.dockerfile:[[@LINE-20]]:17: info: 'yarn global add' without 'yarn cache clean' [DF407]
# CHECK-NEXT:RUN yarn global add serve
# CHECK-NEXT:                ^~~
# CHECK-NEXT:                          && yarn cache clean
# CHECK-NEXT:note: end the RUN with '&& yarn cache clean', or mount a cache on the cache directory with '--mount=type=cache'
# CHECK:{{.*}}DF407.dockerfile:[[@LINE-22]]:5: info: 'npm update' without 'npm cache clean --force' [DF407]
# CHECK-NEXT:npm update
# CHECK-NEXT:    ^~~~~~
# CHECK-NEXT:note: end the RUN with '&& npm cache clean --force', or mount a cache on the cache directory with '--mount=type=cache'

# OK: the cache is cleaned or removed in the same RUN.
RUN npm ci && npm cache clean --force
RUN yarn install --frozen-lockfile && yarn cache clean
RUN npm install -g typescript && rm -rf /root/.npm
RUN npm install -g eslint && rm -rf ~/.npm
RUN yarn add lodash && rm -rf /usr/local/share/.cache/yarn

# OK: a cache or tmpfs mount on the cache directory keeps it out of the layer.
RUN --mount=type=cache,target=/root/.npm npm ci
RUN --mount=type=cache,target=/home/node/.npm,uid=1000 npm ci
RUN --mount=type=cache,target=$HOME/.npm npm ci
RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install
RUN --mount=type=tmpfs,target=/root/.cache/yarn yarn install

# OK: asking for a version installs nothing.
RUN npm -v && yarn --version

# OK (current behaviour): commands inside a `sh -c` string are not parsed.
RUN sh -c "npm install"

# OK: exec form runs no shell; dlint does not model it.
RUN ["npm", "install"]

# OK: a PowerShell stage is not sh, and a stage built FROM it inherits its SHELL.
FROM app AS pwsh
SHELL ["pwsh", "-Command"]
RUN npm install
FROM pwsh
RUN yarn install
# CHECK:7 diagnostics generated.

# ---- fix ----------------------------------------------------------------------------------------
# RUN: %expect_exit 0 %dlint --color=never --select=DF407 --parseable-fixits %s | FileCheck %s --check-prefix=FIXIT --implicit-check-not=fix-it:
# FIXIT: fix-it:"{{.*}}DF407.dockerfile":{17:16-17:16}:" && npm cache clean --force"
# FIXIT: fix-it:"{{.*}}DF407.dockerfile":{28:19-28:19}:" && npm cache clean --force"
# FIXIT: fix-it:"{{.*}}DF407.dockerfile":{35:22-35:22}:" && npm cache clean --force"
# FIXIT: fix-it:"{{.*}}DF407.dockerfile":{36:35-36:35}:" && yarn cache clean"
# FIXIT: fix-it:"{{.*}}DF407.dockerfile":{37:22-37:22}:" && yarn cache clean"
# FIXIT: fix-it:"{{.*}}DF407.dockerfile":{38:26-38:26}:" && yarn cache clean"
# RUN: cp %s %t.dockerfile
# The fix is unsafe: --fix alone leaves the file as it is.
# RUN: %expect_exit 0 %dlint --select=DF407 --fix %t.dockerfile > %t.safe 2>&1
# RUN: cmp %s %t.dockerfile
# RUN: %expect_exit 0 %dlint --color=never --select=DF407 --fix --unsafe-fixes %t.dockerfile 2>&1 | FileCheck %s --check-prefix=FIXED
# FIXED: fixed 6 findings in 1 file
# RUN: FileCheck %s --check-prefix=TEXT --input-file=%t.dockerfile
# TEXT: {{^}}RUN npm install && npm cache clean --force{{$}}
# TEXT: {{^}}    node --version && npm cache clean --force{{$}}
# TEXT: {{^}}RUN sudo npm i -g pm2 && npm cache clean --force{{$}}
# TEXT: {{^}}RUN yarn install --frozen-lockfile && yarn cache clean{{$}}
# TEXT: {{^}}RUN yarn --production && yarn cache clean{{$}}
# TEXT: {{^}}RUN yarn global add serve && yarn cache clean{{$}}
# A second --fix changes nothing.
# RUN: %expect_exit 0 %dlint --color=never --select=DF407 --fix --unsafe-fixes %t.dockerfile 2>&1 | FileCheck %s --check-prefix=AGAIN
# AGAIN: fixed 0 findings in 0 files
