# SE301 aws-credentials: the secret detectors of this group (secrets/Detectors.def), each with a true
# positive at its exact line and column and a look-alike negative in the OK section.
# The value is masked in the message and in the source line, and never printed in full.
# RUN: %expect_exit 1 %dlint --color=never --select=SE301 %s | FileCheck %s --implicit-check-not='[SE301]' \
# RUN:   --implicit-check-not='2uD4kfm/CJ/V' \
# RUN:   --implicit-check-not='55vW0h6/jcUC' \
# RUN:   --implicit-check-not='JYWVTXJDE5VX' \
# RUN:   --implicit-check-not='pebejABPiq1a'

FROM alpine:3.20 AS build
# aws-access-key-id
ENV AWS_ACCESS_KEY_ID=AKIAVMCPJYWVTXJDE5VX
# CHECK:{{.*}}SE301.dockerfile:[[@LINE-1]]:23: error: AWS access key ID 'AKIA****' in the Dockerfile [SE301]
# CHECK-NEXT:ENV AWS_ACCESS_KEY_ID=AKIA****************
# CHECK-NEXT:                      ^~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass AWS credentials as a build secret: 'RUN --mount=type=secret,id=aws,target=/root/.aws/credentials ...' with 'docker build --secret id=aws,src=$HOME/.aws/credentials'; at run time use an IAM role or credentials the orchestrator injects
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'aws-access-key-id')
# aws-secret-access-key
RUN echo 'aws_secret_access_key = CUcj/6h0Wv55oic0z7aJsMZElX7f2uD4kfm/CJ/V' >> /tmp/conf
# CHECK:{{.*}}SE301.dockerfile:[[@LINE-1]]:35: error: AWS secret access key 'CUcj****' in the Dockerfile [SE301]
# CHECK-NEXT:RUN echo 'aws_secret_access_key = CUcj************************************' >> /tmp/conf
# CHECK-NEXT:                                  ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass AWS credentials as a build secret: 'RUN --mount=type=secret,id=aws,target=/root/.aws/credentials ...' with 'docker build --secret id=aws,src=$HOME/.aws/credentials'; at run time use an IAM role or credentials the orchestrator injects
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'aws-secret-access-key')
# aws-bedrock-api-key
ENV BEDROCK=ABSKzbOrpxZaoBNWAcE58GW4Kmajy73vw0/V2oFgfOvY6wUKEd7W6RU9SylRaJR7r4CSMKHWeDpd4/tHU9Ju067Yz1q3fX0iYfG7adQQkdIGLi1/pebejABPiq1a
# CHECK:{{.*}}SE301.dockerfile:[[@LINE-1]]:13: error: Amazon Bedrock API key 'ABSK****' in the Dockerfile [SE301]
# CHECK-NEXT:ENV BEDROCK=ABSK************************************************************************************************************************
# CHECK-NEXT:            ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass AWS credentials as a build secret: 'RUN --mount=type=secret,id=aws,target=/root/.aws/credentials ...' with 'docker build --secret id=aws,src=$HOME/.aws/credentials'; at run time use an IAM role or credentials the orchestrator injects
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'aws-bedrock-api-key')
# aws-secret-access-key
RUN aws configure set aws_access_key_id "$AWS_ACCESS_KEY_ID" \
    && aws configure set aws_secret_access_key V/JC/mfk4Du2f7XlEZMsJa7z0cio55vW0h6/jcUC \
    && aws s3 cp s3://acme-builds/app.tgz /tmp/
# CHECK:{{.*}}SE301.dockerfile:[[@LINE-2]]:48: error: AWS secret access key 'V/JC****' in the Dockerfile [SE301]
# CHECK-NEXT:    && aws configure set aws_secret_access_key V/JC************************************ \
# CHECK-NEXT:                                               ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass AWS credentials as a build secret: 'RUN --mount=type=secret,id=aws,target=/root/.aws/credentials ...' with 'docker build --secret id=aws,src=$HOME/.aws/credentials'; at run time use an IAM role or credentials the orchestrator injects
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'aws-secret-access-key')

# OK: look-alikes of every detector above, references and placeholders.
FROM alpine:3.20
# aws-access-key-id
ENV id=akiavmcpjywvtxjde5vx
# aws-secret-access-key
RUN echo 'aws_region = CUcj/6h0Wv55oic0z7aJsMZElX7f2uD4kfm/CJ/V' >> /tmp/conf
# aws-bedrock-api-key
ENV x=ABSKzbOrpxZaoBNWAcE58GW4Kmajy73vw0/V2oFgfOvY6wUKEd7W6RU9SylR
# aws-secret-access-key
RUN --mount=type=secret,id=aws,target=/root/.aws/credentials aws s3 cp s3://acme-builds/app.tgz /tmp/
ENV GITHUB_TOKEN=${GITHUB_TOKEN} API_KEY=$API_KEY SECRET_KEY=changeme TOKEN=<your-token-here>
RUN --mount=type=secret,id=token,env=TOKEN ./deploy.sh
# CHECK: 4 errors generated.
