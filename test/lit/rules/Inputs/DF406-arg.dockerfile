# Input of DF406.dockerfile: PIP_NO_CACHE_DIR from an ARG. An ARG with a default (its own, or the
# global one it redeclares) is in the environment of the RUNs after it in its stage only.
ARG PIP_NO_CACHE_DIR=1
FROM python:3.12-slim AS base
RUN pip install flask
# CHECK:{{.*}}DF406-arg.dockerfile:[[@LINE-1]]:9: warning: 'pip install' without '--no-cache-dir' [DF406]
# CHECK-NEXT:RUN pip install flask
# CHECK-NEXT:        ^~~~~~~
# CHECK-NEXT:                --no-cache-dir
ARG PIP_NO_CACHE_DIR
RUN pip install gunicorn

FROM base
RUN pip install uvicorn
# CHECK:{{.*}}DF406-arg.dockerfile:[[@LINE-1]]:9: warning: 'pip install' without '--no-cache-dir' [DF406]
# CHECK-NEXT:RUN pip install uvicorn
# CHECK-NEXT:        ^~~~~~~
# CHECK-NEXT:                --no-cache-dir
ARG PIP_NO_CACHE_DIR=1
RUN pip install celery
# CHECK:2 warnings generated.
