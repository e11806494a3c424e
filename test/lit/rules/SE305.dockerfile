# SE305 stripe-key: the secret detectors of this group (secrets/Detectors.def), each with a true
# positive at its exact line and column and a look-alike negative in the OK section.
# The value is masked in the message and in the source line, and never printed in full.
# RUN: %expect_exit 1 %dlint --color=never --select=SE305 %s | FileCheck %s --implicit-check-not='[SE305]' \
# RUN:   --implicit-check-not='WIF5WLVhPhX8' \
# RUN:   --implicit-check-not='oswGOxzmd3Si' \
# RUN:   --implicit-check-not='p3YtdpRNV9tC'

FROM alpine:3.20 AS build
# stripe-secret-key
ENV STRIPE=sk_live_Y1cZJTJMkkUGp3YtdpRNV9tC
# CHECK:{{.*}}SE305.dockerfile:[[@LINE-1]]:12: error: Stripe secret key 'sk_l****' in the Dockerfile [SE305]
# CHECK-NEXT:ENV STRIPE=sk_l****************************
# CHECK-NEXT:           ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: give the key to the container at run time (a Docker or compose secret); a build that needs it uses 'RUN --mount=type=secret,id=stripe,env=STRIPE_SECRET_KEY ...'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'stripe-secret-key')
# stripe-restricted-key
ENV STRIPE=rk_live_twzk0kvSPYP3oswGOxzmd3Si
# CHECK:{{.*}}SE305.dockerfile:[[@LINE-1]]:12: error: Stripe restricted key 'rk_l****' in the Dockerfile [SE305]
# CHECK-NEXT:ENV STRIPE=rk_l****************************
# CHECK-NEXT:           ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: give the key to the container at run time (a Docker or compose secret); a build that needs it uses 'RUN --mount=type=secret,id=stripe,env=STRIPE_SECRET_KEY ...'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'stripe-restricted-key')
# stripe-webhook-secret
ENV WH=whsec_d0uL0JEeQBPZ8lRps34jWIF5WLVhPhX8
# CHECK:{{.*}}SE305.dockerfile:[[@LINE-1]]:8: error: Stripe webhook signing secret 'whse****' in the Dockerfile [SE305]
# CHECK-NEXT:ENV WH=whse**********************************
# CHECK-NEXT:       ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: give the key to the container at run time (a Docker or compose secret); a build that needs it uses 'RUN --mount=type=secret,id=stripe,env=STRIPE_SECRET_KEY ...'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'stripe-webhook-secret')

# OK: look-alikes of every detector above, references and placeholders.
FROM alpine:3.20
# stripe-secret-key
ENV STRIPE=pk_live_Y1cZJTJMkkUGp3YtdpRNV9tC
# stripe-restricted-key
ENV STRIPE=rk_live_abc
# stripe-webhook-secret
ENV WH=whsec_short
ENV GITHUB_TOKEN=${GITHUB_TOKEN} API_KEY=$API_KEY SECRET_KEY=changeme TOKEN=<your-token-here>
RUN --mount=type=secret,id=token,env=TOKEN ./deploy.sh
# CHECK: 3 errors generated.
