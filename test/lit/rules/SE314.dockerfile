# SE314 vendor-token: the secret detectors of this group (secrets/Detectors.def), each with a true
# positive at its exact line and column and a look-alike negative in the OK section.
# The value is masked in the message and in the source line, and never printed in full.
# RUN: %expect_exit 1 %dlint --color=never --select=SE314 %s | FileCheck %s --implicit-check-not='[SE314]' \
# RUN:   --implicit-check-not='106aaae-us21' \
# RUN:   --implicit-check-not='2409f23227ff' \
# RUN:   --implicit-check-not='46c436bf0204' \
# RUN:   --implicit-check-not='5a6b231006eb' \
# RUN:   --implicit-check-not='633eaafe6a9f' \
# RUN:   --implicit-check-not='6e376dbb2c7e' \
# RUN:   --implicit-check-not='6xwo6-axCjS9' \
# RUN:   --implicit-check-not='72b2890b478f' \
# RUN:   --implicit-check-not='87eaf9c7535f' \
# RUN:   --implicit-check-not='BWfrjDOwJnAy' \
# RUN:   --implicit-check-not='FDCiVzO2c7NA' \
# RUN:   --implicit-check-not='IHwowCDEPruh' \
# RUN:   --implicit-check-not='IZPxyHykbG_x' \
# RUN:   --implicit-check-not='Jod_6d2f141b' \
# RUN:   --implicit-check-not='MQCIO-hIXR96' \
# RUN:   --implicit-check-not='TXG6CX063WRH' \
# RUN:   --implicit-check-not='UDwnGGyWeoPj' \
# RUN:   --implicit-check-not='ab6085caaa67' \
# RUN:   --implicit-check-not='cQNUFX7ekoOI' \
# RUN:   --implicit-check-not='d2c8QHnYmi2b' \
# RUN:   --implicit-check-not='da58c4a0b2f5' \
# RUN:   --implicit-check-not='ekOtS5brjTTc' \
# RUN:   --implicit-check-not='jMNTtrTylmBE' \
# RUN:   --implicit-check-not='nwnjwNsrBSkV' \
# RUN:   --implicit-check-not='uwh8gcHj5NYU' \
# RUN:   --implicit-check-not='v5ACLuy7YbFA' \
# RUN:   --implicit-check-not='xDkXw1xOXjlj'

FROM alpine:3.20 AS build
# digitalocean-token
ENV DO=dop_v1_00fc587602f9a0097ff7bb5a7aca156650300595428a431bbb4fab6085caaa67
# CHECK:{{.*}}SE314.dockerfile:[[@LINE-1]]:8: error: DigitalOcean token 'dop_****' in the Dockerfile [SE314]
# CHECK-NEXT:ENV DO=dop_*******************************************************************
# CHECK-NEXT:       ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...' with 'docker build --secret id=token,env=TOKEN', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'digitalocean-token')
# heroku-api-key
ENV H=HRKU-AAYD0wfnH4EaqtBi0ggNr9bEKoDIWlYV-UquRcTizM6v9b98IZPxyHykbG_x
# CHECK:{{.*}}SE314.dockerfile:[[@LINE-1]]:7: error: Heroku API key 'HRKU****' in the Dockerfile [SE314]
# CHECK-NEXT:ENV H=HRKU*************************************************************
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...' with 'docker build --secret id=token,env=TOKEN', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'heroku-api-key')
# vault-service-token
ENV VAULT_TOKEN=hvs.0ZPcDyAUM857NtRy518EXcDzvvCuZnLtAYmBl1ajj2gLHn2vL5Bxu2yrLWzO0gWZBCqig9w59BJ9FZSJxLy6xwo6-axCjS9
# CHECK:{{.*}}SE314.dockerfile:[[@LINE-1]]:17: error: HashiCorp Vault service token 'hvs.****' in the Dockerfile [SE314]
# CHECK-NEXT:ENV VAULT_TOKEN=hvs.***********************************************************************************************
# CHECK-NEXT:                ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...' with 'docker build --secret id=token,env=TOKEN', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'vault-service-token')
# vault-batch-token
ENV VAULT_TOKEN=hvb.hJd7DVBUJw5zjUM47SbeUeZTGLgLka-lM5BDqy_Fcaaf1IsRZMehtyGgBn2p-ksQU7BZF2brpE6118ROPzNxy1Y66lxsnVKZegLvSCzcO47OdhORGZXJiLTu0eXnMFmuqmGGVB-R9CxDkXw1xOXjlj
# CHECK:{{.*}}SE314.dockerfile:[[@LINE-1]]:17: error: HashiCorp Vault batch token 'hvb.****' in the Dockerfile [SE314]
# CHECK-NEXT:ENV VAULT_TOKEN=hvb.******************************************************************************************************************************************************
# CHECK-NEXT:                ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...' with 'docker build --secret id=token,env=TOKEN', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'vault-batch-token')
# terraform-cloud-token
ENV TFC=hFA0HWYMZyaBqf.atlasv1.JM5AcLLlTUt01kmw80CldEocBYr7kQXxSJy28AwJ5YfbuWD9okFJV0sIHwowCDEPruh
# CHECK:{{.*}}SE314.dockerfile:[[@LINE-1]]:9: error: Terraform Cloud / HCP Terraform API token 'hFA0****' in the Dockerfile [SE314]
# CHECK-NEXT:ENV TFC=hFA0**************************************************************************************
# CHECK-NEXT:        ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...' with 'docker build --secret id=token,env=TOKEN', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'terraform-cloud-token')
# doppler-token
ENV DOPPLER_TOKEN=dp.pt.5wVVLORsettiOvKFGT55yWw4IKqhINQjMNTtrTylmBE
# CHECK:{{.*}}SE314.dockerfile:[[@LINE-1]]:19: error: Doppler token 'dp.p****' in the Dockerfile [SE314]
# CHECK-NEXT:ENV DOPPLER_TOKEN=dp.p*********************************************
# CHECK-NEXT:                  ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...' with 'docker build --secret id=token,env=TOKEN', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'doppler-token')
# databricks-token
ENV D=dapi6443be036585dcc4e2a72409f23227ff
# CHECK:{{.*}}SE314.dockerfile:[[@LINE-1]]:7: error: Databricks access token 'dapi****' in the Dockerfile [SE314]
# CHECK-NEXT:ENV D=dapi********************************
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...' with 'docker build --secret id=token,env=TOKEN', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'databricks-token')
# sendgrid-api-key
ENV SG=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
# CHECK:{{.*}}SE314.dockerfile:[[@LINE-1]]:8: error: SendGrid API key 'SG.c****' in the Dockerfile [SE314]
# CHECK-NEXT:ENV SG=SG.c*****************************************************************
# CHECK-NEXT:       ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...' with 'docker build --secret id=token,env=TOKEN', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'sendgrid-api-key')
# twilio-api-key
ENV T=SKf5e1e298a286b30f7e7bda58c4a0b2f5
# CHECK:{{.*}}SE314.dockerfile:[[@LINE-1]]:7: error: Twilio API key 'SKf5****' in the Dockerfile [SE314]
# CHECK-NEXT:ENV T=SKf5******************************
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...' with 'docker build --secret id=token,env=TOKEN', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'twilio-api-key')
# shopify-token
ENV S=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
# CHECK:{{.*}}SE314.dockerfile:[[@LINE-1]]:7: error: Shopify access token 'shpa****' in the Dockerfile [SE314]
# CHECK-NEXT:ENV S=shpa**********************************
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...' with 'docker build --secret id=token,env=TOKEN', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'shopify-token')
# grafana-service-account-token
ENV G=glsa_8xkNkTnBGgutB1gKqZXeBMLlet5nQJod_6d2f141b
# CHECK:{{.*}}SE314.dockerfile:[[@LINE-1]]:7: error: Grafana service account token 'glsa****' in the Dockerfile [SE314]
# CHECK-NEXT:ENV G=glsa******************************************
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...' with 'docker build --secret id=token,env=TOKEN', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'grafana-service-account-token')
# grafana-cloud-token
ENV G=glc_+qQ4NSdM9NYP7IQivYou73Afq/nhWUvTVM8VjCOyyUzunsbcd2c8QHnYmi2b
# CHECK:{{.*}}SE314.dockerfile:[[@LINE-1]]:7: error: Grafana Cloud API token 'glc_****' in the Dockerfile [SE314]
# CHECK-NEXT:ENV G=glc_************************************************************
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...' with 'docker build --secret id=token,env=TOKEN', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'grafana-cloud-token')
# artifactory-api-key
ENV A=AKCpIF7c0tdwTkD6RXNsvuROOytainShHH3bYlX1hQWI1dU56RzI3BTNLfhhEUDwnGGyWeoPj
# CHECK:{{.*}}SE314.dockerfile:[[@LINE-1]]:7: error: JFrog Artifactory API key 'AKCp****' in the Dockerfile [SE314]
# CHECK-NEXT:ENV A=AKCp*********************************************************************
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...' with 'docker build --secret id=token,env=TOKEN', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'artifactory-api-key')
# onepassword-service-account-token
ENV OP=ops_eyJBgx0VY3cSAPHH8m1EgkQb/pgwfjPETsNajmb4lpvw/Q9lvT1b7qNpdqd+Z0Bnqu0B1aFQCWEyt1bsAiQr9gh5Pr+IorQkrRnTg4gIKLZkfwR4YqOWgLjB07L/c/1OXBfzftiyHw7+fZkDiGrDiwOPcypcCew1rFwkNBbN0xDVYme4sXBtQ9V7cN2w2viqMJXPF62Ta9czf3eMTzeXHyvpYckGj7QXxUmt4EZw4zmU7rXzz/MupZKovhQBWfrjDOwJnAy
# CHECK:{{.*}}SE314.dockerfile:[[@LINE-1]]:8: error: 1Password service account token 'ops_****' in the Dockerfile [SE314]
# CHECK-NEXT:ENV OP=ops_***********************************************************************************************************************************************************************************************************************************************************************
# CHECK-NEXT:       ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...' with 'docker build --secret id=token,env=TOKEN', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'onepassword-service-account-token')
# mailgun-api-key
ENV M=key-7d439cc69cc7a56f7aab6e376dbb2c7e
# CHECK:{{.*}}SE314.dockerfile:[[@LINE-1]]:7: error: Mailgun API key 'key-****' in the Dockerfile [SE314]
# CHECK-NEXT:ENV M=key-********************************
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...' with 'docker build --secret id=token,env=TOKEN', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'mailgun-api-key')
# telegram-bot-token
ENV BOT=2511065692:AAwZ-4re2nXS-EAz03QdH_QcQNUFX7ekoOI
# CHECK:{{.*}}SE314.dockerfile:[[@LINE-1]]:9: error: Telegram bot token '2511****' in the Dockerfile [SE314]
# CHECK-NEXT:ENV BOT=2511******************************************
# CHECK-NEXT:        ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...' with 'docker build --secret id=token,env=TOKEN', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'telegram-bot-token')
# discord-webhook-url
RUN echo 'https://discord.com/api/webhooks/123456789012345678/GBCaekM6Uy9XltNLsu3YrfMXukD4Q8jskAwXAMv1tt4pQM1_F0rhybuTekOtS5brjTTc' >> /tmp/conf
# CHECK:{{.*}}SE314.dockerfile:[[@LINE-1]]:63: error: Discord webhook URL 'GBCa****' in the Dockerfile [SE314]
# CHECK-NEXT:RUN echo 'https://discord.com/api/webhooks/123456789012345678/GBCa****************************************************************' >> /tmp/conf
# CHECK-NEXT:                                                              ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...' with 'docker build --secret id=token,env=TOKEN', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'discord-webhook-url')
# discord-bot-token
ENV DISCORD_TOKEN=MJZR1p8Rc5Mvx22kO4W1zZkCOU.srewwY.JNIr7q4xKRCAXjbXwAZ4UH6LY4v5ACLuy7YbFA
# CHECK:{{.*}}SE314.dockerfile:[[@LINE-1]]:19: error: Discord bot token 'MJZR****' in the Dockerfile [SE314]
# CHECK-NEXT:ENV DISCORD_TOKEN=MJZR********************************************************************
# CHECK-NEXT:                  ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...' with 'docker build --secret id=token,env=TOKEN', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'discord-bot-token')
# new-relic-key
ENV NR=NRAK-57YKZRODM0STB2DTXG6CX063WRH
# CHECK:{{.*}}SE314.dockerfile:[[@LINE-1]]:8: error: New Relic API key 'NRAK****' in the Dockerfile [SE314]
# CHECK-NEXT:ENV NR=NRAK****************************
# CHECK-NEXT:       ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...' with 'docker build --secret id=token,env=TOKEN', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'new-relic-key')
# sentry-token
ENV S=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
# CHECK:{{.*}}SE314.dockerfile:[[@LINE-1]]:7: error: Sentry auth token 'sntr****' in the Dockerfile [SE314]
# CHECK-NEXT:ENV S=sntr*******************************************************************
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...' with 'docker build --secret id=token,env=TOKEN', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'sentry-token')
# atlassian-api-token
ENV J=ATATT39djAO2onroK69RBbPkxj_pHsbgLY1AtkZEWxtoMQ1L8v9Cb65EncNtiWVqB8mVhsh6AXG5fViM4BKW52NC59UMv1AMCz9n4AcQ4oUk4ILJrzR-p4Blvug23VVst10Q63TPH1mKD_cbwe-HVQ8v-34ClPkcvDWA6o7qXR5bVjCYX8UkMQCIO-hIXR96
# CHECK:{{.*}}SE314.dockerfile:[[@LINE-1]]:7: error: Atlassian API token 'ATAT****' in the Dockerfile [SE314]
# CHECK-NEXT:ENV J=ATAT********************************************************************************************************************************************************************************************
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...' with 'docker build --secret id=token,env=TOKEN', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'atlassian-api-token')
# postman-api-key
ENV P=PMAK-5689c7b9bd9c7bb3a679c6aa-c1b281fe8d8a2eacb896c572b2890b478f
# CHECK:{{.*}}SE314.dockerfile:[[@LINE-1]]:7: error: Postman API key 'PMAK****' in the Dockerfile [SE314]
# CHECK-NEXT:ENV P=PMAK************************************************************
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...' with 'docker build --secret id=token,env=TOKEN', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'postman-api-key')
# pulumi-access-token
ENV P=pul-ba71cdf5302c7cc31f840f0abea75a6b231006eb
# CHECK:{{.*}}SE314.dockerfile:[[@LINE-1]]:7: error: Pulumi access token 'pul-****' in the Dockerfile [SE314]
# CHECK-NEXT:ENV P=pul-****************************************
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...' with 'docker build --secret id=token,env=TOKEN', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'pulumi-access-token')
# linear-api-key
ENV L=lin_api_VsHu3R0G4Ghriu8CIckYc7hak5upnwnjwNsrBSkV
# CHECK:{{.*}}SE314.dockerfile:[[@LINE-1]]:7: error: Linear API key 'lin_****' in the Dockerfile [SE314]
# CHECK-NEXT:ENV L=lin_********************************************
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...' with 'docker build --secret id=token,env=TOKEN', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'linear-api-key')
# planetscale-token
ENV P=pscale_tkn_uOhrJqIHTPSggM4k664ftPEkFgSzGHWFDCiVzO2c7NA
# CHECK:{{.*}}SE314.dockerfile:[[@LINE-1]]:7: error: PlanetScale token or password 'psca****' in the Dockerfile [SE314]
# CHECK-NEXT:ENV P=psca**************************************************
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...' with 'docker build --secret id=token,env=TOKEN', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'planetscale-token')
# rubygems-api-key
ENV G=rubygems_40a50f316cc8c688dd5cbc164b887beabdb046c436bf0204
# CHECK:{{.*}}SE314.dockerfile:[[@LINE-1]]:7: error: RubyGems API key 'ruby****' in the Dockerfile [SE314]
# CHECK-NEXT:ENV G=ruby*****************************************************
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...' with 'docker build --secret id=token,env=TOKEN', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'rubygems-api-key')
# mailchimp-api-key
ENV M=4e68a7b51d3668c523d54b84d106aaae-us21
# CHECK:{{.*}}SE314.dockerfile:[[@LINE-1]]:7: error: Mailchimp API key '4e68****' in the Dockerfile [SE314]
# CHECK-NEXT:ENV M=4e68*********************************
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...' with 'docker build --secret id=token,env=TOKEN', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'mailchimp-api-key')

# OK: look-alikes of every detector above, references and placeholders.
FROM alpine:3.20
# digitalocean-token
ENV DO=dop_v1_00fc587602f9a0097ff7bb5a7aca15665
# heroku-api-key
ENV H=HRKU-AAYD0wfnH4EaqtBi0ggNr9bEK
# vault-service-token
ENV VAULT_TOKEN=hvs.short
# vault-batch-token
ENV VAULT_TOKEN=hvb.hJd7DVBUJw5zjUM47SbeUeZTGLgLka-lM5BDqy_Fcaaf1IsRZMehtyGgBn2p-ksQU7BZF2brpE6118ROPzNxy1Y66lxsnVKZ
# terraform-cloud-token
ENV TFC=app.atlasv1.short
# doppler-token
ENV DOPPLER_TOKEN=dp.pt.short
# databricks-token
ENV D=dapi6443be036585dcc4e2a72409f2
# sendgrid-api-key
ENV SG=SG.short.short
# twilio-api-key
ENV T=SKf5e1e298a286b30f7e7bda58c4a0b2f
# shopify-token
ENV S=shpat_daba82466dfbf7443ada633e
# grafana-service-account-token
ENV G=glsa_8xkNkTnBGgutB1gKqZXeBMLlet5nQJod
# grafana-cloud-token
ENV G=glc_short
# artifactory-api-key
ENV A=AKCpababababababababababababababababababababababababababababababababababa
# onepassword-service-account-token
ENV OP=ops_eyJshort
# mailgun-api-key
ENV M=key-7d439cc69cc7a56f7aab6e376d
# telegram-bot-token
ENV BOT=12345:AAshort
# discord-webhook-url
RUN echo 'https://discord.com/api/webhooks/' >> /tmp/conf
# discord-bot-token
ENV token=MJZR1p8Rc5
# new-relic-key
ENV NR=NRAK-short
# sentry-token
ENV S=sntryu_short
# atlassian-api-token
ENV J=ATATT3short
# postman-api-key
ENV P=PMAK-short
# pulumi-access-token
ENV P=pul-ba71cdf5302c7cc31f840f0abe
# linear-api-key
ENV L=lin_api_short
# planetscale-token
ENV P=pscale_tkn_short
# rubygems-api-key
ENV G=rubygems_40a50f316cc8c688dd5cb
# mailchimp-api-key
ENV M=4e68a7b51d3668c523d5-us21
ENV GITHUB_TOKEN=${GITHUB_TOKEN} API_KEY=$API_KEY SECRET_KEY=changeme TOKEN=<your-token-here>
RUN --mount=type=secret,id=token,env=TOKEN ./deploy.sh
# CHECK: 27 errors generated.
