# SE308 jwt: the secret detectors of this group (secrets/Detectors.def), each with a true
# positive at its exact line and column and a look-alike negative in the OK section.
# The value is masked in the message and in the source line, and never printed in full.
# RUN: %expect_exit 1 %dlint --color=never --select=SE308 %s | FileCheck %s --implicit-check-not='[SE308]' \
# RUN:   --implicit-check-not='9eLukqffBRU6' \
# RUN:   --implicit-check-not='b7ucraIoJ0yi'

FROM alpine:3.20 AS build
# jwt
RUN echo 'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJDQnV0MzdrOUlRaTMiLCJpYXQiOjE3MDAwMDAwMDB9.iy0JoIarcu7bFY3QOObLZfzS9vmPU1a9eLukqffBRU6' >> /tmp/conf
# CHECK:{{.*}}SE308.dockerfile:[[@LINE-1]]:33: warning: JSON Web Token 'eyJh****' in the Dockerfile [SE308]
# CHECK-NEXT:RUN echo 'Authorization: Bearer eyJh*********************************************************************************************************************************' >> /tmp/conf
# CHECK-NEXT:                                ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token at run time or as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'jwt')
# jwt
ENV API_JWT=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJDQnV0MzdrOUlRaTMiLCJpYXQiOjE3MDAwMDAwMDB9.6URBffqkuLe9a1UPmv9SzfZLbOOQ3YFb7ucraIoJ0yi
# CHECK:{{.*}}SE308.dockerfile:[[@LINE-1]]:13: warning: JSON Web Token 'eyJh****' in the Dockerfile [SE308]
# CHECK-NEXT:ENV API_JWT=eyJh*********************************************************************************************************************************
# CHECK-NEXT:            ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token at run time or as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'jwt')

# OK: look-alikes of every detector above, references and placeholders.
FROM alpine:3.20
# jwt
ENV x=eyJhbGciOiJub25lIn0
# jwt
ENV API_JWT=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
ENV GITHUB_TOKEN=${GITHUB_TOKEN} API_KEY=$API_KEY SECRET_KEY=changeme TOKEN=<your-token-here>
RUN --mount=type=secret,id=token,env=TOKEN ./deploy.sh
# CHECK: 2 warnings generated.
