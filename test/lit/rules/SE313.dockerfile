# SE313 ai-api-key: the secret detectors of this group (secrets/Detectors.def), each with a true
# positive at its exact line and column and a look-alike negative in the OK section.
# The value is masked in the message and in the source line, and never printed in full.
# RUN: %expect_exit 1 %dlint --color=never --select=SE313 %s | FileCheck %s --implicit-check-not='[SE313]' \
# RUN:   --implicit-check-not='CJ39eumCSZFU' \
# RUN:   --implicit-check-not='Luz_BvHHkzAA' \
# RUN:   --implicit-check-not='MetIQkJBLhXR' \
# RUN:   --implicit-check-not='OclXU1XB1CFm' \
# RUN:   --implicit-check-not='OjIhuwEvGzwI' \
# RUN:   --implicit-check-not='svIgzrGiaAPp'

FROM alpine:3.20 AS build
# openai-api-key
ENV OPENAI_API_KEY=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
# CHECK:{{.*}}SE313.dockerfile:[[@LINE-1]]:20: error: OpenAI API key 'sk-p****' in the Dockerfile [SE313]
# CHECK-NEXT:ENV OPENAI_API_KEY=sk-p****************************************************************************************************************************************************************
# CHECK-NEXT:                   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: give the key to the container at run time (a Docker or compose secret); a build that needs it uses 'RUN --mount=type=secret,id=api_key,env=API_KEY ...'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'openai-api-key')
# anthropic-api-key
ENV ANTHROPIC_API_KEY=sk-ant-api03-ZHPKnWiixdYK1imMAA7wD7kUUuzt9dKc0nl0y8wEKQ-3AIoqwo2VVOsgWdTYLUdz27s_Qi_cjjvQiScqRNqLuz_BvHHkzAA
# CHECK:{{.*}}SE313.dockerfile:[[@LINE-1]]:23: error: Anthropic API key 'sk-a****' in the Dockerfile [SE313]
# CHECK-NEXT:ENV ANTHROPIC_API_KEY=sk-a********************************************************************************************************
# CHECK-NEXT:                      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: give the key to the container at run time (a Docker or compose secret); a build that needs it uses 'RUN --mount=type=secret,id=api_key,env=API_KEY ...'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'anthropic-api-key')
# huggingface-token
ENV HF_TOKEN=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
# CHECK:{{.*}}SE313.dockerfile:[[@LINE-1]]:14: error: Hugging Face access token 'hf_g****' in the Dockerfile [SE313]
# CHECK-NEXT:ENV HF_TOKEN=hf_g*********************************
# CHECK-NEXT:             ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: give the key to the container at run time (a Docker or compose secret); a build that needs it uses 'RUN --mount=type=secret,id=api_key,env=API_KEY ...'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'huggingface-token')
# groq-api-key
ENV G=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
# CHECK:{{.*}}SE313.dockerfile:[[@LINE-1]]:7: error: Groq API key 'gsk_****' in the Dockerfile [SE313]
# CHECK-NEXT:ENV G=gsk_****************************************************
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: give the key to the container at run time (a Docker or compose secret); a build that needs it uses 'RUN --mount=type=secret,id=api_key,env=API_KEY ...'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'groq-api-key')
# perplexity-api-key
ENV P=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
# CHECK:{{.*}}SE313.dockerfile:[[@LINE-1]]:7: error: Perplexity API key 'pplx****' in the Dockerfile [SE313]
# CHECK-NEXT:ENV P=pplx*************************************************
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: give the key to the container at run time (a Docker or compose secret); a build that needs it uses 'RUN --mount=type=secret,id=api_key,env=API_KEY ...'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'perplexity-api-key')
# replicate-api-token
ENV R=r8_cHehsvcOkBRyALqGDuMRylQhyOclXU1XB1CFm
# CHECK:{{.*}}SE313.dockerfile:[[@LINE-1]]:7: error: Replicate API token 'r8_c****' in the Dockerfile [SE313]
# CHECK-NEXT:ENV R=r8_c************************************
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: give the key to the container at run time (a Docker or compose secret); a build that needs it uses 'RUN --mount=type=secret,id=api_key,env=API_KEY ...'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'replicate-api-token')

# OK: look-alikes of every detector above, references and placeholders.
FROM alpine:3.20
# openai-api-key
ENV OPENAI_API_KEY=sk-proj-uW6d6ASaFFGvmAE5L7VKcI1YM7z0Q5F29K-b_aCeA40-W6cQfOgf
# anthropic-api-key
ENV ANTHROPIC_API_KEY=sk-ant-api03-short
# huggingface-token
ENV HF_TOKEN=hf_gkcLVAtjuyEseyQCoJKsnQOjIhu1234567
# groq-api-key
ENV G=gsk_grvkKPrW7fiWv1uKjUpICMKGlLVIUuHnxyKW
# perplexity-api-key
ENV P=pplx-7MQsLWqiECgPDKpzEwJBiRKwy
# replicate-api-token
ENV R=r8_cHehsvcOkBRyALqGD
ENV GITHUB_TOKEN=${GITHUB_TOKEN} API_KEY=$API_KEY SECRET_KEY=changeme TOKEN=<your-token-here>
RUN --mount=type=secret,id=token,env=TOKEN ./deploy.sh
# CHECK: 6 errors generated.
