# DF341 tls-verification-disabled-by-variable: an ENV, an ARG default, or a RUN prefix, 'env'
# word or 'export' sets a variable that turns off TLS certificate verification. The caret is on
# the value (on the name when there is none). An ARG counts only when a RUN sees it.
# RUN: %expect_exit 1 %dlint --color=never --select=DF341 %s | FileCheck %s --strict-whitespace --implicit-check-not='[DF341]'

ARG NODE_TLS_REJECT_UNAUTHORIZED=0
# CHECK:{{.*}}DF341.dockerfile:[[@LINE-1]]:34: warning: ARG 'NODE_TLS_REJECT_UNAUTHORIZED' turns off TLS certificate verification: Node.js accepts any TLS certificate [DF341]
# CHECK-NEXT:ARG NODE_TLS_REJECT_UNAUTHORIZED=0
# CHECK-NEXT:    ~~~~~~~~~~~~~~~~~~~~~~~~~~~~ ^
# CHECK-NEXT:note: trust a private CA instead (NODE_EXTRA_CA_CERTS, SSL_CERT_FILE, GIT_SSL_CAINFO, PIP_CERT, REQUESTS_CA_BUNDLE pointing at the CA file) and remove this variable
# OK: a global ARG that no stage re-declares: only FROM lines see it, never a RUN.
ARG GIT_SSL_NO_VERIFY=1
FROM node:20-slim AS build
# The stage re-declares the global ARG above: its RUNs see the default.
ARG NODE_TLS_REJECT_UNAUTHORIZED
RUN npm ci
ENV NODE_TLS_REJECT_UNAUTHORIZED=0 \
    PYTHONHTTPSVERIFY=0
# CHECK:{{.*}}DF341.dockerfile:[[@LINE-2]]:34: warning: ENV 'NODE_TLS_REJECT_UNAUTHORIZED' turns off TLS certificate verification: Node.js accepts any TLS certificate [DF341]
# CHECK:{{.*}}DF341.dockerfile:[[@LINE-2]]:23: warning: ENV 'PYTHONHTTPSVERIFY' turns off TLS certificate verification: Python's urllib skips certificate verification [DF341]
ENV GIT_SSL_NO_VERIFY=
# CHECK:{{.*}}DF341.dockerfile:[[@LINE-1]]:5: warning: ENV 'GIT_SSL_NO_VERIFY' turns off TLS certificate verification: git skips certificate verification (whatever the value) [DF341]
ENV NPM_CONFIG_STRICT_SSL=false PIP_TRUSTED_HOST="pypi.example.com files.example.com"
# CHECK:{{.*}}DF341.dockerfile:[[@LINE-1]]:27: warning: ENV 'NPM_CONFIG_STRICT_SSL' turns off TLS certificate verification: npm accepts any registry certificate [DF341]
# CHECK:{{.*}}DF341.dockerfile:[[@LINE-2]]:50: warning: ENV 'PIP_TRUSTED_HOST' turns off TLS certificate verification: pip trusts these hosts without a valid certificate [DF341]
ENV GIT_SSL_NO_VERIFY true
# CHECK:{{.*}}DF341.dockerfile:[[@LINE-1]]:23: warning: ENV 'GIT_SSL_NO_VERIFY' turns off TLS certificate verification: git skips certificate verification (whatever the value) [DF341]
ARG PYTHONHTTPSVERIFY=0
# CHECK:{{.*}}DF341.dockerfile:[[@LINE-1]]:23: warning: ARG 'PYTHONHTTPSVERIFY' turns off TLS certificate verification: Python's urllib skips certificate verification [DF341]
ARG INSECURE=0
ENV NODE_TLS_REJECT_UNAUTHORIZED=${INSECURE}
# CHECK:{{.*}}DF341.dockerfile:[[@LINE-1]]:34: warning: ENV 'NODE_TLS_REJECT_UNAUTHORIZED' turns off TLS certificate verification: Node.js accepts any TLS certificate [DF341]
ENV GIT_SSL_NO_VERIFY=$UNKNOWN_FROM_BASE
# CHECK:{{.*}}DF341.dockerfile:[[@LINE-1]]:23: warning: ENV 'GIT_SSL_NO_VERIFY' turns off TLS certificate verification: git skips certificate verification (whatever the value) [DF341]
RUN NODE_TLS_REJECT_UNAUTHORIZED=0 npm ci
# CHECK:{{.*}}DF341.dockerfile:[[@LINE-1]]:34: warning: RUN sets 'NODE_TLS_REJECT_UNAUTHORIZED', which turns off TLS certificate verification: Node.js accepts any TLS certificate [DF341]
RUN GIT_SSL_NO_VERIFY=1 git clone https://git.example.com/app.git /app
# CHECK:{{.*}}DF341.dockerfile:[[@LINE-1]]:23: warning: RUN sets 'GIT_SSL_NO_VERIFY', which turns off TLS certificate verification: git skips certificate verification (whatever the value) [DF341]
RUN env PIP_TRUSTED_HOST=pypi.example.com pip install app
# CHECK:{{.*}}DF341.dockerfile:[[@LINE-1]]:9: warning: RUN sets 'PIP_TRUSTED_HOST', which turns off TLS certificate verification: pip trusts these hosts without a valid certificate [DF341]
RUN export NODE_TLS_REJECT_UNAUTHORIZED=0 && npm ci
# CHECK:{{.*}}DF341.dockerfile:[[@LINE-1]]:12: warning: RUN exports 'NODE_TLS_REJECT_UNAUTHORIZED', which turns off TLS certificate verification: Node.js accepts any TLS certificate [DF341]
RUN export GIT_SSL_NO_VERIFY="$SKIP" && git clone https://git.example.com/app.git
# CHECK:{{.*}}DF341.dockerfile:[[@LINE-1]]:12: warning: RUN exports 'GIT_SSL_NO_VERIFY', which turns off TLS certificate verification: git skips certificate verification (whatever the value) [DF341]
RUN declare -x PYTHONHTTPSVERIFY=0; python3 fetch.py
# CHECK:{{.*}}DF341.dockerfile:[[@LINE-1]]:16: warning: RUN exports 'PYTHONHTTPSVERIFY', which turns off TLS certificate verification: Python's urllib skips certificate verification [DF341]
RUN sh -c 'export NPM_CONFIG_STRICT_SSL=false; npm ci'
# CHECK:{{.*}}DF341.dockerfile:[[@LINE-1]]:19: warning: RUN exports 'NPM_CONFIG_STRICT_SSL', which turns off TLS certificate verification: npm accepts any registry certificate [DF341]
ENV MYAPP_INSECURE_SKIP_VERIFY=true
# CHECK:{{.*}}DF341.dockerfile:[[@LINE-1]]:32: warning: ENV 'MYAPP_INSECURE_SKIP_VERIFY' turns off TLS certificate verification: certificate verification is switched off [DF341]
# A negated verify switch turns verification off when true; npm reads its variables in any case.
ENV PLUGIN_SKIP_TLS_VERIFY=true DISABLE_SSL_VERIFY=1 npm_config_strict_ssl=false
# CHECK:{{.*}}DF341.dockerfile:[[@LINE-1]]:28: warning: ENV 'PLUGIN_SKIP_TLS_VERIFY' turns off TLS certificate verification: a true value skips certificate verification [DF341]
# CHECK:{{.*}}DF341.dockerfile:[[@LINE-2]]:52: warning: ENV 'DISABLE_SSL_VERIFY' turns off TLS certificate verification: a true value skips certificate verification [DF341]
# CHECK:{{.*}}DF341.dockerfile:[[@LINE-3]]:76: warning: ENV 'npm_config_strict_ssl' turns off TLS certificate verification: npm accepts any registry certificate [DF341]

# OK: values that keep verification on, unknown values, unset ARGs, names in other places.
FROM node:20-slim
ARG NODE_TLS_REJECT_UNAUTHORIZED
ENV NODE_TLS_REJECT_UNAUTHORIZED=1 PYTHONHTTPSVERIFY=1 NPM_CONFIG_STRICT_SSL=true
ENV NODE_TLS_REJECT_UNAUTHORIZED=$NODE_TLS_REJECT_UNAUTHORIZED
ENV PIP_TRUSTED_HOST=
ENV MYAPP_SSL_VERIFY=true
RUN NODE_TLS_REJECT_UNAUTHORIZED=0
RUN echo NODE_TLS_REJECT_UNAUTHORIZED=0 && unset GIT_SSL_NO_VERIFY
RUN export NODE_TLS_REJECT_UNAUTHORIZED=1 && printenv GIT_SSL_NO_VERIFY
LABEL GIT_SSL_NO_VERIFY=1
# A name that only ends like a tool's variable is another variable.
ENV ASDFGIT_SSL_NO_VERIFY=1 ASDFNODE_TLS_REJECT_UNAUTHORIZED=0
# Negated switches set to false keep verification on; Docker verifies whenever DOCKER_TLS_VERIFY
# is non-empty, "0" included; Node, git and Python read only the upper-case name.
ENV SKIP_TLS_VERIFY=false DISABLE_SSL_VERIFY=0 NO_VERIFY_SSL=no DOCKER_TLS_VERIFY=0
ENV node_tls_reject_unauthorized=0 git_ssl_no_verify=1 pythonhttpsverify=0
RUN git_ssl_no_verify=1 git clone https://git.example.com/app.git
# A stage ARG that no later RUN sees is not in the image and changes nothing.
ARG PYTHONHTTPSVERIFY=0
CMD ["node", "server.js"]
