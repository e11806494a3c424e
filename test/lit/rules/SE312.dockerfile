# SE312 azure-credentials: the secret detectors of this group (secrets/Detectors.def), each with a true
# positive at its exact line and column and a look-alike negative in the OK section.
# The value is masked in the message and in the source line, and never printed in full.
# RUN: %expect_exit 1 %dlint --color=never --select=SE312 %s | FileCheck %s --implicit-check-not='[SE312]' \
# RUN:   --implicit-check-not='CqF1YlnMp5~M' \
# RUN:   --implicit-check-not='eSS2xXUP9%3D' \
# RUN:   --implicit-check-not='m/saPg4Zbd=='

FROM alpine:3.20 AS build
# azure-ad-client-secret
ENV AZURE_CLIENT_SECRET=KcP8Q~w0spUxDGvq~GB1wcxndKEdCqF1YlnMp5~M
# CHECK:{{.*}}SE312.dockerfile:[[@LINE-1]]:25: error: Azure AD (Entra ID) client secret 'KcP8****' in the Dockerfile [SE312]
# CHECK-NEXT:ENV AZURE_CLIENT_SECRET=KcP8************************************
# CHECK-NEXT:                        ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the credential as a build secret ('RUN --mount=type=secret,id=azure,env=AZURE_CLIENT_SECRET ...') or at run time; prefer a managed identity
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'azure-ad-client-secret')
# azure-storage-account-key
RUN echo 'DefaultEndpointsProtocol=https;AccountName=demo;AccountKey=0cNoLGUEJI86gl7+AzYvRCxPtkseXE6r9nuOUky9+Qwai1nT/0sZsxKpPOH4XLDwG3i9GTY7azd+m/saPg4Zbd==;EndpointSuffix=core.windows.net' >> /tmp/conf
# CHECK:{{.*}}SE312.dockerfile:[[@LINE-1]]:70: error: Azure storage account key '0cNo****' in the Dockerfile [SE312]
# CHECK-NEXT:RUN echo 'DefaultEndpointsProtocol=https;AccountName=demo;AccountKey=0cNo************************************************************************************;EndpointSuffix=core.windows.net' >> /tmp/conf
# CHECK-NEXT:                                                                     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the credential as a build secret ('RUN --mount=type=secret,id=azure,env=AZURE_CLIENT_SECRET ...') or at run time; prefer a managed identity
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'azure-storage-account-key')
# azure-sas-token
RUN echo 'https://demo.blob.core.windows.net/c/f?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&spr=https&sig=CoJdnUTAaTQGIsZeGEVcOj4o4EXddBVZkNeSS2xXUP9%3D' >> /tmp/conf
# CHECK:{{.*}}SE312.dockerfile:[[@LINE-1]]:118: error: Azure shared access signature 'CoJd****' in the Dockerfile [SE312]
# CHECK-NEXT:RUN echo 'https://demo.blob.core.windows.net/c/f?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&spr=https&sig=CoJd******************************************' >> /tmp/conf
# CHECK-NEXT:                                                                                                                     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the credential as a build secret ('RUN --mount=type=secret,id=azure,env=AZURE_CLIENT_SECRET ...') or at run time; prefer a managed identity
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'azure-sas-token')

# OK: look-alikes of every detector above, references and placeholders.
FROM alpine:3.20
# azure-ad-client-secret
ENV x=abc8Q~short
# azure-storage-account-key
RUN echo 'AccountName=demo;AccountKey=${AZURE_STORAGE_KEY}' >> /tmp/conf
# azure-sas-token
RUN echo 'https://demo.blob.core.windows.net/c/f?sig=abc' >> /tmp/conf
ENV GITHUB_TOKEN=${GITHUB_TOKEN} API_KEY=$API_KEY SECRET_KEY=changeme TOKEN=<your-token-here>
RUN --mount=type=secret,id=token,env=TOKEN ./deploy.sh
# CHECK: 3 errors generated.
