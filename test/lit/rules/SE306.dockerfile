# SE306 google-credentials: the secret detectors of this group (secrets/Detectors.def), each with a true
# positive at its exact line and column and a look-alike negative in the OK section.
# The value is masked in the message and in the source line, and never printed in full.
# RUN: %expect_exit 1 %dlint --color=never --select=SE306 %s | FileCheck %s --implicit-check-not='[SE306]' \
# RUN:   --implicit-check-not='ATE KEY-----' \
# RUN:   --implicit-check-not='b-pU-nGxbpxQ' \
# RUN:   --implicit-check-not='pX0aegJrhLLM'

FROM alpine:3.20 AS build
# gcp-api-key
ENV key=AIzaGfwpyluIG7R4iXhZYvDU-_ob-pU-nGxbpxQ
# CHECK:{{.*}}SE306.dockerfile:[[@LINE-1]]:9: error: Google API key 'AIza****' in the Dockerfile [SE306]
# CHECK-NEXT:ENV key=AIza***********************************
# CHECK-NEXT:        ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: mount the key only where it is needed: 'RUN --mount=type=secret,id=gcp,target=/run/secrets/gcp.json ...' with 'docker build --secret id=gcp,src=key.json'; at run time prefer workload identity
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'gcp-api-key')
# gcp-service-account-key
RUN echo '{"type": "service_account", "project_id": "demo-491", "private_key_id": "4f1c", "private_key": "-----BEGIN PRIVATE KEY-----\nVMjwak3E0yMw+lJHKwb6CqihuG5EMgpO0i+17DPi8ra+wJ0zAldJ2m0PnKUFFQv6\nv+8vpDBHOFv+56TkooTZfFuB2Z8ljDL/COfyfUQb77KyKRXC3iQp2r0HHFsrRKhO\nd1eDZThSKJsoXdZUBUM5G8+fn2j+c9WQCeftxIg6+7DerXE0X2DI+K/uAcUN3NRz\n-----END PRIVATE KEY-----\n", "client_email": "ci@demo-491.iam.gserviceaccount.com"}' >> /tmp/conf
# CHECK:{{.*}}SE306.dockerfile:[[@LINE-1]]:107: error: Google Cloud service-account key '----****' in the Dockerfile [SE306]
# CHECK-NEXT:RUN echo '{"type": "service_account", "project_id": "demo-491", "private_key_id": "4f1c", "private_key": "----********************************************************************************************************************************************************************************************************************************************************\n", "client_email": "ci@demo-491.iam.gserviceaccount.com"}' >> /tmp/conf
# CHECK-NEXT:                                                                                                          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: mount the key only where it is needed: 'RUN --mount=type=secret,id=gcp,target=/run/secrets/gcp.json ...' with 'docker build --secret id=gcp,src=key.json'; at run time prefer workload identity
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'gcp-service-account-key')
# gcp-oauth-client-secret
ENV S=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
# CHECK:{{.*}}SE306.dockerfile:[[@LINE-1]]:7: error: Google OAuth client secret 'GOCS****' in the Dockerfile [SE306]
# CHECK-NEXT:ENV S=GOCS*******************************
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: mount the key only where it is needed: 'RUN --mount=type=secret,id=gcp,target=/run/secrets/gcp.json ...' with 'docker build --secret id=gcp,src=key.json'; at run time prefer workload identity
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'gcp-oauth-client-secret')

# OK: look-alikes of every detector above, references and placeholders.
FROM alpine:3.20
# gcp-api-key
ENV key=AIzaGfwpyluIG7R4iXhZYvDU-_ob-p
# gcp-service-account-key
RUN echo '{"type": "authorized_user", "client_secret": "d-FL95Q19q7MQmFpd7hHD0Ty"}' >> /tmp/conf
# gcp-oauth-client-secret
ENV S=GOCSPX-abc
ENV GITHUB_TOKEN=${GITHUB_TOKEN} API_KEY=$API_KEY SECRET_KEY=changeme TOKEN=<your-token-here>
RUN --mount=type=secret,id=token,env=TOKEN ./deploy.sh
# CHECK: 3 errors generated.
