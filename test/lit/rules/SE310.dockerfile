# SE310 pypi-token: the secret detectors of this group (secrets/Detectors.def), each with a true
# positive at its exact line and column and a look-alike negative in the OK section.
# The value is masked in the message and in the source line, and never printed in full.
# RUN: %expect_exit 1 %dlint --color=never --select=SE310 %s | FileCheck %s --implicit-check-not='[SE310]' \
# RUN:   --implicit-check-not='owJqgne6XcGe'

FROM alpine:3.20 AS build
# pypi-upload-token
ENV TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmcIuhg5m4mDsz9RZwW-mHfuu5gyrPrYDQR_IGhexjLUSfMVVfnxxHX_iHygfowJqgne6XcGe
# CHECK:{{.*}}SE310.dockerfile:[[@LINE-1]]:20: error: PyPI upload token 'pypi****' in the Dockerfile [SE310]
# CHECK-NEXT:ENV TWINE_PASSWORD=pypi**************************************************************************************
# CHECK-NEXT:                   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=pypi,env=TWINE_PASSWORD twine upload ...'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'pypi-upload-token')

# OK: look-alikes of every detector above, references and placeholders.
FROM alpine:3.20
# pypi-upload-token
ENV TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc
ENV GITHUB_TOKEN=${GITHUB_TOKEN} API_KEY=$API_KEY SECRET_KEY=changeme TOKEN=<your-token-here>
RUN --mount=type=secret,id=token,env=TOKEN ./deploy.sh
# CHECK: 1 error generated.
