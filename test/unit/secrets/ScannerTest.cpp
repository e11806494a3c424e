// The secret scanner: one true positive and one look-alike negative per detector, overlap
// resolution, the keyword prefilter, and texts that must stay quiet. Every token here is made
// up (random characters in the vendor's shape); none was ever issued.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>

#include "secrets/Detector.h"
#include "secrets/SecretScanner.h"

using namespace dlint::secrets;

namespace {

struct DetectorCase {
  const char* detector;
  const char* positive; ///< holds the secret
  const char* secret;   ///< what the detector must report as the value
  const char* negative; ///< a look-alike the detector must not report
};

const DetectorCase kCases[] = {
    {"aws-access-key-id",
     R"tok(AWS_ACCESS_KEY_ID=AKIAVMCPJYWVTXJDE5VX)tok",
     R"tok(AKIAVMCPJYWVTXJDE5VX)tok",
     R"tok(id=akiavmcpjywvtxjde5vx)tok"},
    {"aws-secret-access-key",
     R"tok(aws_secret_access_key = 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)tok",
     R"tok(CUcj/6h0Wv55oic0z7aJsMZElX7f2uD4kfm/CJ/V)tok",
     R"tok(aws_region = CUcj/6h0Wv55oic0z7aJsMZElX7f2uD4kfm/CJ/V)tok"},
    {"aws-bedrock-api-key",
     R"tok(BEDROCK=ABSKzbOrpxZaoBNWAcE58GW4Kmajy73vw0/V2oFgfOvY6wUKEd7W6RU9SylRaJR7r4CSMKHWeDpd4/tHU9Ju067Yz1q3fX0iYfG7adQQkdIGLi1/pebejABPiq1a)tok",
     R"tok(ABSKzbOrpxZaoBNWAcE58GW4Kmajy73vw0/V2oFgfOvY6wUKEd7W6RU9SylRaJR7r4CSMKHWeDpd4/tHU9Ju067Yz1q3fX0iYfG7adQQkdIGLi1/pebejABPiq1a)tok",
     R"tok(x=ABSKzbOrpxZaoBNWAcE58GW4Kmajy73vw0/V2oFgfOvY6wUKEd7W6RU9SylR)tok"},
    {"github-pat",
     R"tok(GH=ghp_Q5QKbCeuPCGDuWXQrMfIhgCKYR3xQo7jsbQd)tok",
     R"tok(ghp_Q5QKbCeuPCGDuWXQrMfIhgCKYR3xQo7jsbQd)tok",
     R"tok(GH=ghp_Q5QKbCeuPCGDuWXQrMfIhgCKYR3xQo7jsbQ)tok"},
    {"github-fine-grained-pat",
     R"tok(GH=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)tok",
     R"tok(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)tok",
     R"tok(GH=github_pat_qVNUHQgYnzSY24iAi6mAf6_xxisAy)tok"},
    {"github-oauth-token",
     R"tok(x gho_Fz0hEh4fR5a8fiFUnkbcl8pAdbYmGzoEcQC4)tok",
     R"tok(gho_Fz0hEh4fR5a8fiFUnkbcl8pAdbYmGzoEcQC4)tok",
     R"tok(x gho_Fz0hEh4fR5a8fiFUnkbcl8pAdbYmGzoEcQC4Z)tok"},
    {"github-app-user-token",
     R"tok(x ghu_jUfrnVOSjhJtyzF9o3YTCluIDFcaP4t2I3Lb)tok",
     R"tok(ghu_jUfrnVOSjhJtyzF9o3YTCluIDFcaP4t2I3Lb)tok",
     R"tok(x ghu_a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1)tok"},
    {"github-app-installation-token",
     R"tok(x ghs_b02LYSVwBXIAA6HPSUNNbZ1IMgOCQrbWghJD)tok",
     R"tok(ghs_b02LYSVwBXIAA6HPSUNNbZ1IMgOCQrbWghJD)tok",
     R"tok(x GHS_b02LYSVwBXIAA6HPSUNNbZ1IMgOCQrbWghJD)tok"},
    {"github-refresh-token",
     R"tok(x ghr_eShIXdkyUOuPtoA4LwdMvXF6El2EnrW0wT1C)tok",
     R"tok(ghr_eShIXdkyUOuPtoA4LwdMvXF6El2EnrW0wT1C)tok",
     R"tok(x ghr-eShIXdkyUOuPtoA4LwdMvXF6El2EnrW0wT1C)tok"},
    {"gitlab-pat",
     R"tok(GL=glpat-6YdGfr9RohEGoY8OdqN2 )tok",
     R"tok(glpat-6YdGfr9RohEGoY8OdqN2)tok",
     R"tok(GL=glpat-6YdGfr9RohEGoY8Odq)tok"},
    {"gitlab-pipeline-trigger-token",
     R"tok(t=glptt-3025b9b6786ae073c4bcd6b096c4261d3b199c8c)tok",
     R"tok(glptt-3025b9b6786ae073c4bcd6b096c4261d3b199c8c)tok",
     R"tok(t=glptt-3025B9B6786AE073C4BCD6B096C4261D3B199C8C)tok"},
    {"gitlab-runner-token",
     R"tok(t=glrt-dUeqag0cVcYuCTIMsEME)tok",
     R"tok(glrt-dUeqag0cVcYuCTIMsEME)tok",
     R"tok(t=glrt-dUeqag0cVcYuCTIMsEMEabc)tok"},
    {"gitlab-runner-registration-token",
     R"tok(t=GR1348941KwlTDRLwd2tjtFgQ930O)tok",
     R"tok(GR1348941KwlTDRLwd2tjtFgQ930O)tok",
     R"tok(t=GR1348941KwlTDRLwd2tjtFgQ)tok"},
    {"gitlab-deploy-token",
     R"tok(t=gldt-W5ghrr5exPGhp99P7SCL)tok",
     R"tok(gldt-W5ghrr5exPGhp99P7SCL)tok",
     R"tok(t=gldt-short)tok"},
    {"gitlab-cicd-job-token",
     R"tok(t=glcbt-UU6TjSaFZAxFhyfMMOkU)tok",
     R"tok(glcbt-UU6TjSaFZAxFhyfMMOkU)tok",
     R"tok(t=glcbt-UU6TjSaFZA)tok"},
    {"gitlab-feed-token",
     R"tok(t=glft-NX8YgBYLSn9KKbBh6ajD)tok",
     R"tok(glft-NX8YgBYLSn9KKbBh6ajD)tok",
     R"tok(t=glft-NX8YgBYLSn9KKbB)tok"},
    {"gitlab-agent-token",
     R"tok(t=glagent-gRUvzCkhdrZwoVzNRZV9GCniD4TDdsnllCfDzF8kYUK8aBfxnO)tok",
     R"tok(glagent-gRUvzCkhdrZwoVzNRZV9GCniD4TDdsnllCfDzF8kYUK8aBfxnO)tok",
     R"tok(t=glagent-gRUvzCkhdrZwoVzNRZV9GCniD4TDdsnl)tok"},
    {"slack-bot-token",
     R"tok(SLACK=xoxb-44282040925-997744604131-KTkkJcO0KKG1YY8QZINLbXr1)tok",
     R"tok(xoxb-44282040925-997744604131-KTkkJcO0KKG1YY8QZINLbXr1)tok",
     R"tok(SLACK=xoxb-123-456-abc)tok"},
    {"slack-user-token",
     R"tok(SLACK=xoxp-96380132732-54716193270-051699229279-c417e754a01e204aa0418fa4b472d3f8)tok",
     R"tok(xoxp-96380132732-54716193270-051699229279-c417e754a01e204aa0418fa4b472d3f8)tok",
     R"tok(SLACK=xoxp-12345)tok"},
    {"slack-app-token",
     R"tok(SLACK=xapp-1-AZWUBHJBSQ3-0483767197196-d9401c771d15d023af08f8524995c719ea5b377999521ce4c3de468b682ccc79)tok",
     R"tok(xapp-1-AZWUBHJBSQ3-0483767197196-d9401c771d15d023af08f8524995c719ea5b377999521ce4c3de468b682ccc79)tok",
     R"tok(SLACK=xapp-A-B)tok"},
    {"slack-config-token",
     R"tok(SLACK=xoxe.xoxp-1-DILUX5JJ0FD7WK91SZ960W5CLQXV8LOO6S4I1CC9ZUMUD91K3VD8RCHLV1P0AW2QO4GCYEL21XCCDMHKCWI8M8F204ASCVS4T9LQ0J59IBRFNUUW2QZ4WQWTT1CVS4IC1H9SY9NACKAL9A9M47NTEO3LN9TLLXSB)tok",
     R"tok(xoxe.xoxp-1-DILUX5JJ0FD7WK91SZ960W5CLQXV8LOO6S4I1CC9ZUMUD91K3VD8RCHLV1P0AW2QO4GCYEL21XCCDMHKCWI8M8F204ASCVS4T9LQ0J59IBRFNUUW2QZ4WQWTT1CVS4IC1H9SY9NACKAL9A9M47NTEO3LN9TLLXSB)tok",
     R"tok(SLACK=xoxe.xoxp-1-DILUX5JJ0FD7WK91SZ960W5CLQXV8LOO6S4I1CC9ZUMUD91K)tok"},
    {"slack-legacy-token",
     R"tok(SLACK=xoxs-4807813868-34866897137-29505035785-7b9e26b319936315c4c8c4cc52651aff18c13f7da1d9a151776c55e5852b2dfa)tok",
     R"tok(xoxs-4807813868-34866897137-29505035785-7b9e26b319936315c4c8c4cc52651aff18c13f7da1d9a151776c55e5852b2dfa)tok",
     R"tok(SLACK=xoxs-1-2)tok"},
    {"slack-webhook-url",
     R"tok(curl https://hooks.slack.com/services/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)tok",
     R"tok(TBTR9KML6/BUGH2QCAJDN/5cB6pHxEs7wvCEC0GLKrb8qC)tok",
     R"tok(see https://hooks.slack.com/services/)tok"},
    {"stripe-secret-key",
     R"tok(STRIPE=sk_live_Y1cZJTJMkkUGp3YtdpRNV9tC)tok",
     R"tok(sk_live_Y1cZJTJMkkUGp3YtdpRNV9tC)tok",
     R"tok(STRIPE=pk_live_Y1cZJTJMkkUGp3YtdpRNV9tC)tok"},
    {"stripe-restricted-key",
     R"tok(STRIPE=rk_live_twzk0kvSPYP3oswGOxzmd3Si)tok",
     R"tok(rk_live_twzk0kvSPYP3oswGOxzmd3Si)tok",
     R"tok(STRIPE=rk_live_abc)tok"},
    {"stripe-webhook-secret",
     R"tok(WH=whsec_d0uL0JEeQBPZ8lRps34jWIF5WLVhPhX8)tok",
     R"tok(whsec_d0uL0JEeQBPZ8lRps34jWIF5WLVhPhX8)tok",
     R"tok(WH=whsec_short)tok"},
    {"gcp-api-key",
     R"tok(key=AIzaGfwpyluIG7R4iXhZYvDU-_ob-pU-nGxbpxQ)tok",
     R"tok(AIzaGfwpyluIG7R4iXhZYvDU-_ob-pU-nGxbpxQ)tok",
     R"tok(key=AIzaGfwpyluIG7R4iXhZYvDU-_ob-p)tok"},
    {"gcp-service-account-key",
     R"tok({"type": "service_account", "project_id": "demo-491", "private_key_id": "4f1c", "private_key": "-----BEGIN PRIVATE KEY-----\nVMjwak3E0yMw+lJHKwb6CqihuG5EMgpO0i+17DPi8ra+wJ0zAldJ2m0PnKUFFQv6\nv+8vpDBHOFv+56TkooTZfFuB2Z8ljDL/COfyfUQb77KyKRXC3iQp2r0HHFsrRKhO\nd1eDZThSKJsoXdZUBUM5G8+fn2j+c9WQCeftxIg6+7DerXE0X2DI+K/uAcUN3NRz\n-----END PRIVATE KEY-----\n", "client_email": "ci@demo-491.iam.gserviceaccount.com"})tok",
     R"tok(-----BEGIN PRIVATE KEY-----\nVMjwak3E0yMw+lJHKwb6CqihuG5EMgpO0i+17DPi8ra+wJ0zAldJ2m0PnKUFFQv6\nv+8vpDBHOFv+56TkooTZfFuB2Z8ljDL/COfyfUQb77KyKRXC3iQp2r0HHFsrRKhO\nd1eDZThSKJsoXdZUBUM5G8+fn2j+c9WQCeftxIg6+7DerXE0X2DI+K/uAcUN3NRz\n-----END PRIVATE KEY-----)tok",
     R"tok({"type": "authorized_user", "client_secret": "d-FL95Q19q7MQmFpd7hHD0Ty"})tok"},
    {"gcp-oauth-client-secret",
     R"tok(S=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)tok",
     R"tok(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)tok",
     R"tok(S=GOCSPX-abc)tok"},
    {"private-key",
     R"tok(-----BEGIN RSA PRIVATE KEY-----
VMjwak3E0yMw+lJHKwb6CqihuG5EMgpO0i+17DPi8ra+wJ0zAldJ2m0PnKUFFQv6
v+8vpDBHOFv+56TkooTZfFuB2Z8ljDL/COfyfUQb77KyKRXC3iQp2r0HHFsrRKhO
d1eDZThSKJsoXdZUBUM5G8+fn2j+c9WQCeftxIg6+7DerXE0X2DI+K/uAcUN3NRz
-----END RSA PRIVATE KEY-----)tok",
     R"tok(VMjwak3E0yMw+lJHKwb6CqihuG5EMgpO0i+17DPi8ra+wJ0zAldJ2m0PnKUFFQv6
v+8vpDBHOFv+56TkooTZfFuB2Z8ljDL/COfyfUQb77KyKRXC3iQp2r0HHFsrRKhO
d1eDZThSKJsoXdZUBUM5G8+fn2j+c9WQCeftxIg6+7DerXE0X2DI+K/uAcUN3NRz)tok",
     R"tok(-----BEGIN PUBLIC KEY-----
VMjwak3E0yMw+lJHKwb6CqihuG5EMgpO0i+17DPi8ra+wJ0zAldJ2m0PnKUFFQv6
v+8vpDBHOFv+56TkooTZfFuB2Z8ljDL/COfyfUQb77KyKRXC3iQp2r0HHFsrRKhO
d1eDZThSKJsoXdZUBUM5G8+fn2j+c9WQCeftxIg6+7DerXE0X2DI+K/uAcUN3NRz
-----END PUBLIC KEY-----)tok"},
    {"putty-private-key",
     R"tok(PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: ci
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAIL3mP5tUzx9eVqW
k2r1
Private-Lines: 1
VMjwak3E0yMw+lJHKwb6CqihuG5EMgpO0i+17DPi8ra+wJ0zAldJ2m0PnKUFFQv6
Private-MAC: 1f2e3d
)tok",
     R"tok(VMjwak3E0yMw+lJHKwb6CqihuG5EMgpO0i+17DPi8ra+wJ0zAldJ2m0PnKUFFQv6)tok",
     R"tok(PuTTY-User-Key-File-3: ssh-ed25519
Public-Lines: 2
)tok"},
    {"age-secret-key",
     R"tok(AGE=AGE-SECRET-KEY-1KWXK6CW8827DKAQTE66C2Q4JPVMURGAXTXRGVZZ30UEKTU24V56SHUNEPA)tok",
     R"tok(AGE-SECRET-KEY-1KWXK6CW8827DKAQTE66C2Q4JPVMURGAXTXRGVZZ30UEKTU24V56SHUNEPA)tok",
     R"tok(AGE=age1kwxk6cw8827dkaqte66c2q4jpvmurgaxtxrgvzz30uektu24v56shunepa)tok"},
    {"jwt",
     R"tok(Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJDQnV0MzdrOUlRaTMiLCJpYXQiOjE3MDAwMDAwMDB9.iy0JoIarcu7bFY3QOObLZfzS9vmPU1a9eLukqffBRU6)tok",
     R"tok(eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJDQnV0MzdrOUlRaTMiLCJpYXQiOjE3MDAwMDAwMDB9.iy0JoIarcu7bFY3QOObLZfzS9vmPU1a9eLukqffBRU6)tok",
     R"tok(x=eyJhbGciOiJub25lIn0)tok"},
    {"npm-access-token",
     R"tok(NPM=npm_skzyhxj0207z1c6v0emzayigfygnb67kd8r4)tok",
     R"tok(npm_skzyhxj0207z1c6v0emzayigfygnb67kd8r4)tok",
     R"tok(NPM=npm_skzyhxj0207z1c6v0emzayigfy)tok"},
    {"npmrc-auth",
     R"tok(//registry.npmjs.org/:_authToken=oGko9DRKJn7Be50mwD4bFN6n)tok",
     R"tok(oGko9DRKJn7Be50mwD4bFN6n)tok",
     R"tok(//registry.npmjs.org/:_authToken=${NPM_TOKEN})tok"},
    {"pypi-upload-token",
     R"tok(TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmcIuhg5m4mDsz9RZwW-mHfuu5gyrPrYDQR_IGhexjLUSfMVVfnxxHX_iHygfowJqgne6XcGe)tok",
     R"tok(pypi-AgEIcHlwaS5vcmcIuhg5m4mDsz9RZwW-mHfuu5gyrPrYDQR_IGhexjLUSfMVVfnxxHX_iHygfowJqgne6XcGe)tok",
     R"tok(TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc)tok"},
    {"docker-hub-pat",
     R"tok(echo dckr_pat_WLz6meUrjJ4ZRCBvh5vAVJ0Cn3E | docker login)tok",
     R"tok(dckr_pat_WLz6meUrjJ4ZRCBvh5vAVJ0Cn3E)tok",
     R"tok(echo dckr_pat_WLz6meUrjJ4ZRCBvh5vAV)tok"},
    {"docker-hub-org-token",
     R"tok(echo dckr_oat_pGDFaCC7hcdXzY0ZAUZcTXBQC-2E9aK_ |)tok",
     R"tok(dckr_oat_pGDFaCC7hcdXzY0ZAUZcTXBQC-2E9aK_)tok",
     R"tok(echo dckr_oat_short)tok"},
    {"docker-config-auth",
     R"tok({"auths":{"registry.example.org":{"auth":"Y2k6MklwZ1ZXc0RQbHlxUkJWMQ=="}}})tok",
     R"tok(Y2k6MklwZ1ZXc0RQbHlxUkJWMQ==)tok",
     R"tok({"auths":{"registry.example.org":{}}, "credsStore": "desktop"})tok"},
    {"azure-ad-client-secret",
     R"tok(AZURE_CLIENT_SECRET=KcP8Q~w0spUxDGvq~GB1wcxndKEdCqF1YlnMp5~M)tok",
     R"tok(KcP8Q~w0spUxDGvq~GB1wcxndKEdCqF1YlnMp5~M)tok",
     R"tok(x=abc8Q~short)tok"},
    {"azure-storage-account-key",
     R"tok(DefaultEndpointsProtocol=https;AccountName=demo;AccountKey=0cNoLGUEJI86gl7+AzYvRCxPtkseXE6r9nuOUky9+Qwai1nT/0sZsxKpPOH4XLDwG3i9GTY7azd+m/saPg4Zbd==;EndpointSuffix=core.windows.net)tok",
     R"tok(0cNoLGUEJI86gl7+AzYvRCxPtkseXE6r9nuOUky9+Qwai1nT/0sZsxKpPOH4XLDwG3i9GTY7azd+m/saPg4Zbd==)tok",
     R"tok(AccountName=demo;AccountKey=${AZURE_STORAGE_KEY})tok"},
    {"azure-sas-token",
     R"tok(https://demo.blob.core.windows.net/c/f?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&spr=https&sig=CoJdnUTAaTQGIsZeGEVcOj4o4EXddBVZkNeSS2xXUP9%3D)tok",
     R"tok(CoJdnUTAaTQGIsZeGEVcOj4o4EXddBVZkNeSS2xXUP9%3D)tok",
     R"tok(https://demo.blob.core.windows.net/c/f?sig=abc)tok"},
    {"openai-api-key",
     R"tok(OPENAI_API_KEY=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)tok",
     R"tok(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)tok",
     R"tok(OPENAI_API_KEY=sk-proj-uW6d6ASaFFGvmAE5L7VKcI1YM7z0Q5F29K-b_aCeA40-W6cQfOgf)tok"},
    {"anthropic-api-key",
     R"tok(ANTHROPIC_API_KEY=sk-ant-api03-ZHPKnWiixdYK1imMAA7wD7kUUuzt9dKc0nl0y8wEKQ-3AIoqwo2VVOsgWdTYLUdz27s_Qi_cjjvQiScqRNqLuz_BvHHkzAA)tok",
     R"tok(sk-ant-api03-ZHPKnWiixdYK1imMAA7wD7kUUuzt9dKc0nl0y8wEKQ-3AIoqwo2VVOsgWdTYLUdz27s_Qi_cjjvQiScqRNqLuz_BvHHkzAA)tok",
     R"tok(ANTHROPIC_API_KEY=sk-ant-api03-short)tok"},
    {"huggingface-token",
     R"tok(HF_TOKEN=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)tok",
     R"tok(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)tok",
     R"tok(HF_TOKEN=hf_gkcLVAtjuyEseyQCoJKsnQOjIhu1234567)tok"},
    {"groq-api-key",
     R"tok(G=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)tok",
     R"tok(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)tok",
     R"tok(G=gsk_grvkKPrW7fiWv1uKjUpICMKGlLVIUuHnxyKW)tok"},
    {"perplexity-api-key",
     R"tok(P=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)tok",
     R"tok(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)tok",
     R"tok(P=pplx-7MQsLWqiECgPDKpzEwJBiRKwy)tok"},
    {"replicate-api-token",
     R"tok(R=r8_cHehsvcOkBRyALqGDuMRylQhyOclXU1XB1CFm)tok",
     R"tok(r8_cHehsvcOkBRyALqGDuMRylQhyOclXU1XB1CFm)tok",
     R"tok(R=r8_cHehsvcOkBRyALqGD)tok"},
    {"digitalocean-token",
     R"tok(DO=dop_v1_00fc587602f9a0097ff7bb5a7aca156650300595428a431bbb4fab6085caaa67)tok",
     R"tok(dop_v1_00fc587602f9a0097ff7bb5a7aca156650300595428a431bbb4fab6085caaa67)tok",
     R"tok(DO=dop_v1_00fc587602f9a0097ff7bb5a7aca15665)tok"},
    {"heroku-api-key",
     R"tok(H=HRKU-AAYD0wfnH4EaqtBi0ggNr9bEKoDIWlYV-UquRcTizM6v9b98IZPxyHykbG_x)tok",
     R"tok(HRKU-AAYD0wfnH4EaqtBi0ggNr9bEKoDIWlYV-UquRcTizM6v9b98IZPxyHykbG_x)tok",
     R"tok(H=HRKU-AAYD0wfnH4EaqtBi0ggNr9bEK)tok"},
    {"vault-service-token",
     R"tok(VAULT_TOKEN=hvs.0ZPcDyAUM857NtRy518EXcDzvvCuZnLtAYmBl1ajj2gLHn2vL5Bxu2yrLWzO0gWZBCqig9w59BJ9FZSJxLy6xwo6-axCjS9)tok",
     R"tok(hvs.0ZPcDyAUM857NtRy518EXcDzvvCuZnLtAYmBl1ajj2gLHn2vL5Bxu2yrLWzO0gWZBCqig9w59BJ9FZSJxLy6xwo6-axCjS9)tok",
     R"tok(VAULT_TOKEN=hvs.short)tok"},
    {"vault-batch-token",
     R"tok(VAULT_TOKEN=hvb.hJd7DVBUJw5zjUM47SbeUeZTGLgLka-lM5BDqy_Fcaaf1IsRZMehtyGgBn2p-ksQU7BZF2brpE6118ROPzNxy1Y66lxsnVKZegLvSCzcO47OdhORGZXJiLTu0eXnMFmuqmGGVB-R9CxDkXw1xOXjlj)tok",
     R"tok(hvb.hJd7DVBUJw5zjUM47SbeUeZTGLgLka-lM5BDqy_Fcaaf1IsRZMehtyGgBn2p-ksQU7BZF2brpE6118ROPzNxy1Y66lxsnVKZegLvSCzcO47OdhORGZXJiLTu0eXnMFmuqmGGVB-R9CxDkXw1xOXjlj)tok",
     R"tok(VAULT_TOKEN=hvb.hJd7DVBUJw5zjUM47SbeUeZTGLgLka-lM5BDqy_Fcaaf1IsRZMehtyGgBn2p-ksQU7BZF2brpE6118ROPzNxy1Y66lxsnVKZ)tok"},
    {"terraform-cloud-token",
     R"tok(TFC=hFA0HWYMZyaBqf.atlasv1.JM5AcLLlTUt01kmw80CldEocBYr7kQXxSJy28AwJ5YfbuWD9okFJV0sIHwowCDEPruh)tok",
     R"tok(hFA0HWYMZyaBqf.atlasv1.JM5AcLLlTUt01kmw80CldEocBYr7kQXxSJy28AwJ5YfbuWD9okFJV0sIHwowCDEPruh)tok",
     R"tok(TFC=app.atlasv1.short)tok"},
    {"doppler-token",
     R"tok(DOPPLER_TOKEN=dp.pt.5wVVLORsettiOvKFGT55yWw4IKqhINQjMNTtrTylmBE)tok",
     R"tok(dp.pt.5wVVLORsettiOvKFGT55yWw4IKqhINQjMNTtrTylmBE)tok",
     R"tok(DOPPLER_TOKEN=dp.pt.short)tok"},
    {"databricks-token",
     R"tok(D=dapi6443be036585dcc4e2a72409f23227ff)tok",
     R"tok(dapi6443be036585dcc4e2a72409f23227ff)tok",
     R"tok(D=dapi6443be036585dcc4e2a72409f2)tok"},
    {"sendgrid-api-key",
     R"tok(SG=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)tok",
     R"tok(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)tok",
     R"tok(SG=SG.short.short)tok"},
    {"twilio-api-key",
     R"tok(T=SKf5e1e298a286b30f7e7bda58c4a0b2f5)tok",
     R"tok(SKf5e1e298a286b30f7e7bda58c4a0b2f5)tok",
     R"tok(T=SKf5e1e298a286b30f7e7bda58c4a0b2f)tok"},
    {"shopify-token",
     R"tok(S=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)tok",
     R"tok(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)tok",
     R"tok(S=shpat_daba82466dfbf7443ada633e)tok"},
    {"grafana-service-account-token",
     R"tok(G=glsa_8xkNkTnBGgutB1gKqZXeBMLlet5nQJod_6d2f141b)tok",
     R"tok(glsa_8xkNkTnBGgutB1gKqZXeBMLlet5nQJod_6d2f141b)tok",
     R"tok(G=glsa_8xkNkTnBGgutB1gKqZXeBMLlet5nQJod)tok"},
    {"grafana-cloud-token",
     R"tok(G=glc_+qQ4NSdM9NYP7IQivYou73Afq/nhWUvTVM8VjCOyyUzunsbcd2c8QHnYmi2b)tok",
     R"tok(glc_+qQ4NSdM9NYP7IQivYou73Afq/nhWUvTVM8VjCOyyUzunsbcd2c8QHnYmi2b)tok",
     R"tok(G=glc_short)tok"},
    {"artifactory-api-key",
     R"tok(A=AKCpIF7c0tdwTkD6RXNsvuROOytainShHH3bYlX1hQWI1dU56RzI3BTNLfhhEUDwnGGyWeoPj)tok",
     R"tok(AKCpIF7c0tdwTkD6RXNsvuROOytainShHH3bYlX1hQWI1dU56RzI3BTNLfhhEUDwnGGyWeoPj)tok",
     R"tok(A=AKCpababababababababababababababababababababababababababababababababababa)tok"},
    {"onepassword-service-account-token",
     R"tok(OP=ops_eyJBgx0VY3cSAPHH8m1EgkQb/pgwfjPETsNajmb4lpvw/Q9lvT1b7qNpdqd+Z0Bnqu0B1aFQCWEyt1bsAiQr9gh5Pr+IorQkrRnTg4gIKLZkfwR4YqOWgLjB07L/c/1OXBfzftiyHw7+fZkDiGrDiwOPcypcCew1rFwkNBbN0xDVYme4sXBtQ9V7cN2w2viqMJXPF62Ta9czf3eMTzeXHyvpYckGj7QXxUmt4EZw4zmU7rXzz/MupZKovhQBWfrjDOwJnAy)tok",
     R"tok(ops_eyJBgx0VY3cSAPHH8m1EgkQb/pgwfjPETsNajmb4lpvw/Q9lvT1b7qNpdqd+Z0Bnqu0B1aFQCWEyt1bsAiQr9gh5Pr+IorQkrRnTg4gIKLZkfwR4YqOWgLjB07L/c/1OXBfzftiyHw7+fZkDiGrDiwOPcypcCew1rFwkNBbN0xDVYme4sXBtQ9V7cN2w2viqMJXPF62Ta9czf3eMTzeXHyvpYckGj7QXxUmt4EZw4zmU7rXzz/MupZKovhQBWfrjDOwJnAy)tok",
     R"tok(OP=ops_eyJshort)tok"},
    {"mailgun-api-key",
     R"tok(M=key-7d439cc69cc7a56f7aab6e376dbb2c7e)tok",
     R"tok(key-7d439cc69cc7a56f7aab6e376dbb2c7e)tok",
     R"tok(M=key-7d439cc69cc7a56f7aab6e376d)tok"},
    {"telegram-bot-token",
     R"tok(BOT=2511065692:AAwZ-4re2nXS-EAz03QdH_QcQNUFX7ekoOI)tok",
     R"tok(2511065692:AAwZ-4re2nXS-EAz03QdH_QcQNUFX7ekoOI)tok",
     R"tok(BOT=12345:AAshort)tok"},
    {"discord-webhook-url",
     R"tok(https://discord.com/api/webhooks/123456789012345678/GBCaekM6Uy9XltNLsu3YrfMXukD4Q8jskAwXAMv1tt4pQM1_F0rhybuTekOtS5brjTTc)tok",
     R"tok(GBCaekM6Uy9XltNLsu3YrfMXukD4Q8jskAwXAMv1tt4pQM1_F0rhybuTekOtS5brjTTc)tok",
     R"tok(https://discord.com/api/webhooks/)tok"},
    {"discord-bot-token",
     R"tok(DISCORD_TOKEN=MJZR1p8Rc5Mvx22kO4W1zZkCOU.srewwY.JNIr7q4xKRCAXjbXwAZ4UH6LY4v5ACLuy7YbFA)tok",
     R"tok(MJZR1p8Rc5Mvx22kO4W1zZkCOU.srewwY.JNIr7q4xKRCAXjbXwAZ4UH6LY4v5ACLuy7YbFA)tok",
     R"tok(token=MJZR1p8Rc5)tok"},
    {"new-relic-key",
     R"tok(NR=NRAK-57YKZRODM0STB2DTXG6CX063WRH)tok",
     R"tok(NRAK-57YKZRODM0STB2DTXG6CX063WRH)tok",
     R"tok(NR=NRAK-short)tok"},
    {"sentry-token",
     R"tok(S=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)tok",
     R"tok(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)tok",
     R"tok(S=sntryu_short)tok"},
    {"atlassian-api-token",
     R"tok(J=ATATT39djAO2onroK69RBbPkxj_pHsbgLY1AtkZEWxtoMQ1L8v9Cb65EncNtiWVqB8mVhsh6AXG5fViM4BKW52NC59UMv1AMCz9n4AcQ4oUk4ILJrzR-p4Blvug23VVst10Q63TPH1mKD_cbwe-HVQ8v-34ClPkcvDWA6o7qXR5bVjCYX8UkMQCIO-hIXR96)tok",
     R"tok(ATATT39djAO2onroK69RBbPkxj_pHsbgLY1AtkZEWxtoMQ1L8v9Cb65EncNtiWVqB8mVhsh6AXG5fViM4BKW52NC59UMv1AMCz9n4AcQ4oUk4ILJrzR-p4Blvug23VVst10Q63TPH1mKD_cbwe-HVQ8v-34ClPkcvDWA6o7qXR5bVjCYX8UkMQCIO-hIXR96)tok",
     R"tok(J=ATATT3short)tok"},
    {"postman-api-key",
     R"tok(P=PMAK-5689c7b9bd9c7bb3a679c6aa-c1b281fe8d8a2eacb896c572b2890b478f)tok",
     R"tok(PMAK-5689c7b9bd9c7bb3a679c6aa-c1b281fe8d8a2eacb896c572b2890b478f)tok",
     R"tok(P=PMAK-short)tok"},
    {"pulumi-access-token",
     R"tok(P=pul-ba71cdf5302c7cc31f840f0abea75a6b231006eb)tok",
     R"tok(pul-ba71cdf5302c7cc31f840f0abea75a6b231006eb)tok",
     R"tok(P=pul-ba71cdf5302c7cc31f840f0abe)tok"},
    {"linear-api-key",
     R"tok(L=lin_api_VsHu3R0G4Ghriu8CIckYc7hak5upnwnjwNsrBSkV)tok",
     R"tok(lin_api_VsHu3R0G4Ghriu8CIckYc7hak5upnwnjwNsrBSkV)tok",
     R"tok(L=lin_api_short)tok"},
    {"planetscale-token",
     R"tok(P=pscale_tkn_uOhrJqIHTPSggM4k664ftPEkFgSzGHWFDCiVzO2c7NA)tok",
     R"tok(pscale_tkn_uOhrJqIHTPSggM4k664ftPEkFgSzGHWFDCiVzO2c7NA)tok",
     R"tok(P=pscale_tkn_short)tok"},
    {"rubygems-api-key",
     R"tok(G=rubygems_40a50f316cc8c688dd5cbc164b887beabdb046c436bf0204)tok",
     R"tok(rubygems_40a50f316cc8c688dd5cbc164b887beabdb046c436bf0204)tok",
     R"tok(G=rubygems_40a50f316cc8c688dd5cb)tok"},
    {"mailchimp-api-key",
     R"tok(M=4e68a7b51d3668c523d54b84d106aaae-us21)tok",
     R"tok(4e68a7b51d3668c523d54b84d106aaae-us21)tok",
     R"tok(M=4e68a7b51d3668c523d5-us21)tok"},
    {"url-credentials",
     R"tok(git clone https://ci:w5X2eqB69vVgxRT9@git.example.org/app.git)tok",
     R"tok(w5X2eqB69vVgxRT9)tok",
     R"tok(git clone https://ci@git.example.org/app.git https://ci:${GIT_TOKEN}@git.example.org/app.git)tok"},
    {"authorization-header",
     R"tok(curl -H "Authorization: Bearer Ha9bjPDETWJeagALDCk-gLuHusKQj1ibakJm2jFz" https://api.example.org)tok",
     R"tok(Ha9bjPDETWJeagALDCk-gLuHusKQj1ibakJm2jFz)tok",
     R"tok(curl -H "Authorization: Bearer $API_TOKEN" https://api.example.org)tok"},
    {"api-key-header",
     R"tok(curl -H "X-API-Key: MAoWmgsCKdp1MgiXS4MW1SLxdV15ww7e" https://api.example.org)tok",
     R"tok(MAoWmgsCKdp1MgiXS4MW1SLxdV15ww7e)tok",
     R"tok(curl -H "X-API-Key: ${API_KEY}" https://api.example.org)tok"},
    {"curl-user-password",
     R"tok(curl -fsS -u deploy:TtDJbpTB2GT8hJ https://repo.example.org)tok",
     R"tok(TtDJbpTB2GT8hJ)tok",
     R"tok(curl -fsS -u "deploy:$DEPLOY_PASSWORD" https://repo.example.org)tok"},
    {"wget-password",
     R"tok(wget --user=ci --password=KdGgECxo62V5e4 https://repo.example.org/a.tgz)tok",
     R"tok(KdGgECxo62V5e4)tok",
     R"tok(wget --user=ci --password="$WGET_PASSWORD" https://repo.example.org/a.tgz)tok"},
    {"docker-login-password",
     R"tok(docker login -u ci -p Tv3qmaSWxMvzsk5tM6 registry.example.org)tok",
     R"tok(Tv3qmaSWxMvzsk5tM6)tok",
     R"tok(docker login -u ci --password-stdin registry.example.org)tok"},
    {"generic-secret",
     R"tok(API_SECRET=CVgq0Xv6UExvx2XJCFfI3R9qdWB5b93n)tok",
     R"tok(CVgq0Xv6UExvx2XJCFfI3R9qdWB5b93n)tok",
     R"tok(API_SECRET_FILE=CVgq0Xv6UExvx2XJCFfI3R9qdWB5b93n)tok"},
};

std::vector<SecretMatch> scan(std::string_view text) { return SecretScanner::instance().scan(text); }

const SecretMatch* findBy(const std::vector<SecretMatch>& matches, std::string_view id) {
  auto it = std::find_if(matches.begin(), matches.end(),
                         [&](const SecretMatch& m) { return m.detector->id == id; });
  return it == matches.end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("the registry has at least 40 detectors, each with a case here", "[secrets]") {
  const std::vector<Detector>& detectors = allDetectors();
  CHECK(detectors.size() >= 40);
  std::set<std::string_view> covered;
  for (const DetectorCase& c : kCases)
    covered.insert(c.detector);
  for (const Detector& detector : detectors) {
    INFO(detector.id);
    CHECK(covered.count(detector.id) == 1);
    CHECK(detector.rule.size() == 5);
    CHECK(detector.rule.substr(0, 2) == "SE");
    CHECK_FALSE(detector.keywordList().empty());
    for (std::string_view keyword : detector.keywordList())
      for (char c : keyword)
        CHECK_FALSE((c >= 'A' && c <= 'Z')); // the prefilter compares lower case
  }
  std::set<std::string_view> ids;
  for (const Detector& detector : detectors)
    CHECK(ids.insert(detector.id).second);
  CHECK(findDetector("github-pat") != nullptr);
  CHECK(findDetector("github-pat")->rule == "SE302");
  CHECK(findDetector("no-such-detector") == nullptr);
}

TEST_CASE("every detector finds its true positive and its secret's exact bytes", "[secrets]") {
  for (const DetectorCase& c : kCases) {
    INFO(c.detector << ": " << c.positive);
    std::string_view text = c.positive;
    std::vector<SecretMatch> matches = scan(text);
    const SecretMatch* match = findBy(matches, c.detector);
    REQUIRE(match != nullptr);
    CHECK(match->value(text) == c.secret);
    CHECK(match->secret.begin == text.find(c.secret));
    CHECK(match->match.begin <= match->secret.begin);
    CHECK(match->match.end >= match->secret.end);
  }
}

TEST_CASE("no detector reports its look-alike negative", "[secrets]") {
  for (const DetectorCase& c : kCases) {
    INFO(c.detector << ": " << c.negative);
    std::vector<SecretMatch> matches = scan(c.negative);
    CHECK(findBy(matches, c.detector) == nullptr);
  }
}

TEST_CASE("look-alikes that are no secret at all stay quiet", "[secrets]") {
  const char* quiet[] = {
      // digests, UUIDs, references, placeholders, documented examples
      "ENV NODE_SHA256=4a0d1f3c2b9e8d7c6b5a49382716f5e4d3c2b1a09f8e7d6c5b4a392817f6e5d4",
      "RUN echo \"4a0d1f3c2b9e8d7c6b5a49382716f5e4d3c2b1a09f8e7d6c5b4a392817f6e5d4  node.tgz\" | sha256sum -c -",
      "ENV API_KEY=3f2b8c1e-9d4a-4b7e-8f1c-2a6d5e9b0c47",
      "ENV GITHUB_TOKEN=${GITHUB_TOKEN}",
      "ENV GITHUB_TOKEN=$GITHUB_TOKEN",
      "ARG NPM_TOKEN\nRUN echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > .npmrc",
      "ENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
      "ENV AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      "ENV STRIPE_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc",
      "ENV DB_PASSWORD=changeme",
      "ENV API_TOKEN=<your-token-here>",
      "ENV API_TOKEN=your-token-here",
      "ENV SECRET_KEY=xxxxxxxxxxxxxxxxxxxxxxxx",
      "ENV GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      // names that hold no secret
      "ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D",
      "ENV GOSU_KEY=B42F6819007F00F88E364FD4036A9C25BF357DD4 TINI_KEYS=595E85A6B1B4779EA4DAAEC70B588DFF0527A9B7",
      "ENV PUBLIC_KEY=MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE9x2",
      "ENV DB_PASSWORD_FILE=/run/secrets/db_password",
      "ENV TOKEN_URL=https://auth.example.org/oauth/token",
      "ENV TOKENIZERS_PARALLELISM=false",
      "ARG SECRET_NAME=prod-db-credentials",
      // URLs without a password
      "RUN git clone https://git@github.com/acme/app.git && git clone ssh://git@github.com/acme/x.git",
      "FROM registry.example.org:5000/app@sha256:4a0d1f3c2b9e8d7c6b5a49382716f5e4d3c2b1a09f8e7d6c5b4a392817f6e5d4",
      "RUN curl -fsSL https://user@example.org/install.sh | sh",
      "RUN docker login -u ci --password-stdin registry.example.org < /run/secrets/token",
  };
  for (const char* text : quiet) {
    INFO(text);
    std::vector<SecretMatch> matches = scan(text);
    for (const SecretMatch& m : matches)
      FAIL_CHECK("unexpected " << m.detector->id << ": " << m.value(text));
  }
}

TEST_CASE("a token detector wins over the generic and context detectors on the same bytes", "[secrets]") {
  auto secretOf = [](std::string_view id) {
    for (const DetectorCase& c : kCases)
      if (id == c.detector)
        return std::string(c.secret);
    FAIL("no case for " << id);
    return std::string();
  };
  auto only = [](const std::string& text) {
    std::vector<SecretMatch> matches = scan(text);
    INFO(text);
    REQUIRE(matches.size() == 1);
    return std::string(matches[0].detector->id);
  };
  // A token assigned to a secret-looking name: the token's format, not the generic assignment.
  CHECK(only("export API_SECRET_TOKEN=" + secretOf("github-pat")) == "github-pat");
  CHECK(only("export API_SECRET_TOKEN=" + secretOf("jwt")) == "jwt");
  // An AWS secret has no shape of its own: next to `aws_secret` it is one, elsewhere generic.
  CHECK(only("AWS_SECRET_ACCESS_KEY=" + secretOf("aws-secret-access-key")) == "aws-secret-access-key");
  CHECK(only("export API_SECRET_TOKEN=" + secretOf("aws-secret-access-key")) == "generic-secret");
  // A JWT in an Authorization header is a JWT, not an anonymous bearer credential.
  CHECK(only("curl -H 'Authorization: Bearer " + secretOf("jwt") + "'") == "jwt");
  // A URL password that is a GitHub token is the token.
  CHECK(only("https://x-access-token:" + secretOf("github-pat") + "@github.com/acme/app.git") == "github-pat");
  // A service-account JSON holds a private key block: the longer, more specific finding wins.
  for (const DetectorCase& c : kCases)
    if (std::string_view(c.detector) == "gcp-service-account-key")
      CHECK(only(c.positive) == "gcp-service-account-key");
}

TEST_CASE("matches come out in text order and never overlap", "[secrets]") {
  std::string text;
  for (const DetectorCase& c : kCases)
    text += std::string(c.positive) + "\n" + c.negative + "\n";
  std::vector<SecretMatch> matches = scan(text);
  CHECK(matches.size() >= std::size(kCases));
  for (std::size_t i = 1; i < matches.size(); ++i)
    CHECK(matches[i - 1].secret.end <= matches[i].secret.begin);
  std::set<std::string_view> found;
  for (const SecretMatch& m : matches)
    found.insert(m.detector->id);
  for (const DetectorCase& c : kCases) {
    INFO(c.detector);
    CHECK(found.count(c.detector) == 1);
  }
}

TEST_CASE("the keyword prefilter runs no regex on text without keywords", "[secrets]") {
  const SecretScanner& scanner = SecretScanner::instance();
  ScanStats stats;
  std::string plain = "FROM debian:bookworm\nRUN apt-get update && apt-get install -y ca-certificates\nUSER 1000\n";
  CHECK(scanner.scan(plain, &stats).empty());
  CHECK(scanner.candidates(plain).empty());
  CHECK(stats.detectorsRun == 0);
  CHECK(stats.rawMatches == 0);

  // One keyword enables only the detectors that list it, case-insensitively.
  std::vector<std::size_t> candidates = scanner.candidates("RUN echo GHP_ nothing here");
  REQUIRE(candidates.size() == 1);
  CHECK(allDetectors()[candidates[0]].id == "github-pat");
  ScanStats one;
  CHECK(scanner.scan("RUN echo ghp_ nothing here", &one).empty());
  CHECK(one.detectorsRun == 1);

  // Cost stays proportional to the input: a long text without keywords runs nothing.
  std::string big;
  while (big.size() < 1'000'000)
    big += plain;
  ScanStats bigStats;
  CHECK(scanner.scan(big, &bigStats).empty());
  CHECK(bigStats.detectorsRun == 0);
}

TEST_CASE("adversarial input does not blow up", "[secrets]") {
  // Patterns that would backtrack in a Perl-style engine; RE2 is linear in the input.
  std::string text = "api_key=" + std::string(200'000, 'a') + "\n";
  text += "https://" + std::string(100'000, 'u') + ":" + std::string(100'000, 'p') + "\n";
  text += "-----BEGIN RSA PRIVATE KEY-----" + std::string(100'000, 'A');
  text += std::string(50'000, '-');
  CHECK(scan(text).empty());
  // Many matches: overlap resolution stays fast, and each is found as on its own.
  std::string many;
  std::size_t expected = 0;
  for (int i = 0; i < 2000; ++i) {
    std::string line = "password=Zq8" + std::to_string(i * 7919) + "xW4vL2pK9\n";
    expected += scan(line).size();
    many += line;
  }
  CHECK(expected > 1000);
  CHECK(scan(many).size() == expected);
}
