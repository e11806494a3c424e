# DF433 npm-package-not-pinned: every package 'npm install' (i, add) names without '@<version>', or
# with a dist-tag ('@latest'). A bare 'npm install', 'npm ci', folders, tarballs, URLs and git specs
# are fine. ARG values are expanded as in DF430.
# RUN: %expect_exit 1 %dlint --color=never --select=DF433 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF433]'

FROM node:20-slim
RUN npm install -g typescript @angular/cli@17.3.8
# CHECK:{{.*}}DF433.dockerfile:[[@LINE-1]]:20: warning: 'typescript' is not pinned to a version: write 'typescript@<version>' [DF433]
# CHECK-NEXT:RUN npm install -g typescript @angular/cli@17.3.8
# CHECK-NEXT:                   ^~~~~~~~~~
RUN npm i -g npm@latest pnpm@next
# CHECK:{{.*}}DF433.dockerfile:[[@LINE-1]]:14: warning: 'npm@latest' names the dist-tag 'latest', which moves: write 'npm@<version>' [DF433]
# CHECK-NEXT:RUN npm i -g npm@latest pnpm@next
# CHECK-NEXT:             ^~~~~~~~~~
# CHECK:{{.*}}DF433.dockerfile:[[@LINE-4]]:25: warning: 'pnpm@next' names the dist-tag 'next', which moves: write 'pnpm@<version>' [DF433]
# CHECK-NEXT:RUN npm i -g npm@latest pnpm@next
# CHECK-NEXT:                        ^~~~~~~~~
RUN npm install --save-dev \
      eslint \
      @types/node
# CHECK:{{.*}}DF433.dockerfile:[[@LINE-2]]:7: warning: 'eslint' is not pinned to a version: write 'eslint@<version>' [DF433]
# CHECK-NEXT:      eslint \
# CHECK-NEXT:      ^~~~~~
# CHECK:{{.*}}DF433.dockerfile:[[@LINE-4]]:7: warning: '@types/node' is not pinned to a version: write '@types/node@<version>' [DF433]
# CHECK-NEXT:      @types/node
# CHECK-NEXT:      ^~~~~~~~~~~
RUN npm add lodash@
# CHECK:{{.*}}DF433.dockerfile:[[@LINE-1]]:13: warning: 'lodash@' is not pinned to a version: write 'lodash@<version>' [DF433]
# CHECK-NEXT:RUN npm add lodash@
# CHECK-NEXT:            ^~~~~~~

ARG CLI="vercel netlify-cli@17.23.5"
RUN npm install -g $CLI
# CHECK:{{.*}}DF433.dockerfile:[[@LINE-1]]:20: warning: 'vercel' is not pinned to a version: write 'vercel@<version>' (from '$CLI') [DF433]
# CHECK-NEXT:RUN npm install -g $CLI
# CHECK-NEXT:                   ^~~~
# CHECK-NEXT:7 warnings generated.

# OK: versions and ranges, aliases, the lockfile, folders, tarballs, git specs and shorthand.
RUN npm install -g yarn@1.22.22 'semver@^7.6.0' rimraf@~5.0.5 'glob@>=10' react@v18.3.1
RUN npm install my-react@npm:react@18.3.1
RUN npm install && npm ci && npm install --production
RUN npm install ./packages/shared ../common /tmp/pkg.tgz https://example.org/pkg.tar.gz
RUN npm install user/repo github:user/repo#v1.0 git+https://github.com/u/r.git
RUN npm uninstall -g lodash && npm update && npm run build
RUN npm install -g "$PKG"
