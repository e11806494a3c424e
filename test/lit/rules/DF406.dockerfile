# DF406 pip-cache-not-disabled: 'pip install' (pip3, pip3.12, 'python3 -m pip') without
# '--no-cache-dir' keeps every downloaded wheel under ~/.cache/pip in the layer. The caret is on
# the 'install' word; the safe fix inserts ' --no-cache-dir' right after it. Only stages whose
# layers ship (the final stage and the stages it is built FROM) are checked.
# RUN: %expect_exit 1 %dlint --color=never --select=DF406 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF406]'
# ARG scoping has its own input: an ARG with a default counts in its stage only.
# RUN: %expect_exit 1 %dlint --color=never --select=DF406 %S/Inputs/DF406-arg.dockerfile | FileCheck %S/Inputs/DF406-arg.dockerfile --match-full-lines --strict-whitespace --implicit-check-not='[DF406]'

# OK: a builder stage that is only copied from does not ship its layers.
FROM python:3.12 AS build
RUN pip install build && python -m build --wheel

FROM python:3.12-slim AS app
COPY --from=build /dist/*.whl /tmp/

RUN pip install flask
# CHECK:{{.*}}DF406.dockerfile:[[@LINE-1]]:9: warning: 'pip install' without '--no-cache-dir' [DF406]
# CHECK-NEXT:RUN pip install flask
# CHECK-NEXT:        ^~~~~~~
# CHECK-NEXT:                --no-cache-dir

# On the third line of a continued RUN, after activating a virtual environment.
RUN python3 -m venv /opt/venv \
    && . /opt/venv/bin/activate \
    && pip install -r requirements.txt \
    && rm -rf /tmp/*.whl
# CHECK:{{.*}}DF406.dockerfile:[[@LINE-2]]:12: warning: 'pip install' without '--no-cache-dir' [DF406]
# CHECK-NEXT:    && pip install -r requirements.txt \
# CHECK-NEXT:           ^~~~~~~
# CHECK-NEXT:                   --no-cache-dir

# python3 -m pip, pip3, pip3.12, sudo, options before the subcommand, a here-document.
RUN python3 -m pip install --upgrade pip
RUN pip3 install gunicorn
RUN sudo -H pip3.12 install uvicorn
RUN pip --disable-pip-version-check install /tmp/*.whl
RUN <<EOF
set -eux
pip install --require-hashes -r /tmp/requirements.lock
EOF
# CHECK:{{.*}}DF406.dockerfile:[[@LINE-8]]:20: warning: 'pip install' without '--no-cache-dir' [DF406]
# CHECK-NEXT:RUN python3 -m pip install --upgrade pip
# CHECK-NEXT:                   ^~~~~~~
# CHECK-NEXT:                           --no-cache-dir
# CHECK:{{.*}}DF406.dockerfile:[[@LINE-11]]:10: warning: 'pip install' without '--no-cache-dir' [DF406]
# CHECK-NEXT:RUN pip3 install gunicorn
# CHECK-NEXT:         ^~~~~~~
# CHECK-NEXT:                 --no-cache-dir
# CHECK:{{.*}}DF406.dockerfile:[[@LINE-14]]:21: warning: 'pip install' without '--no-cache-dir' [DF406]
# CHECK-NEXT:RUN sudo -H pip3.12 install uvicorn
# CHECK-NEXT:                    ^~~~~~~
# CHECK-NEXT:                            --no-cache-dir
# CHECK:{{.*}}DF406.dockerfile:[[@LINE-17]]:37: warning: 'pip install' without '--no-cache-dir' [DF406]
# CHECK-NEXT:RUN pip --disable-pip-version-check install /tmp/*.whl
# CHECK-NEXT:                                    ^~~~~~~
# CHECK-NEXT:                                            --no-cache-dir
# CHECK:{{.*}}DF406.dockerfile:[[@LINE-18]]:5: warning: 'pip install' without '--no-cache-dir' [DF406]
# CHECK-NEXT:pip install --require-hashes -r /tmp/requirements.lock
# CHECK-NEXT:    ^~~~~~~
# CHECK-NEXT:            --no-cache-dir

# OK: the cache is off for this command.
RUN pip install --no-cache-dir requests
RUN pip --no-cache-dir install httpx
RUN pip install --no-cache attrs
RUN PIP_NO_CACHE_DIR=1 pip install click
RUN env PIP_NO_CACHE_DIR=1 pip install rich
RUN export PIP_NO_CACHE_DIR=1 && pip install typer
RUN pip config set global.no-cache-dir false && pip install pydantic

# OK: the cache is removed in the same RUN, or a cache or tmpfs mount holds it.
RUN pip install numpy && pip cache purge
RUN pip install pandas && rm -rf /root/.cache/pip
RUN pip install scipy && rm -rf ~/.cache
RUN --mount=type=cache,target=/root/.cache/pip pip install polars
RUN --mount=type=cache,target=$HOME/.cache pip install pyarrow
RUN --mount=type=cache,target=/home/app/.cache/pip,uid=1000 pip install duckdb
RUN --mount=type=tmpfs,target=/root/.cache pip install sqlalchemy

# OK (current behaviour): commands inside a `bash -c` string are not parsed.
RUN bash -c "pip install jinja2"

# OK: exec form runs no shell; dlint does not model it.
RUN ["pip", "install", "markupsafe"]

# OK: ENV PIP_NO_CACHE_DIR turns the cache off for later RUNs, in this stage and in stages built
# FROM it.
ENV PIP_NO_CACHE_DIR=1
RUN pip install celery
FROM app AS worker
RUN pip install redis

# OK: a PowerShell stage is not sh, and a stage built FROM it inherits its SHELL.
FROM worker AS pwsh
SHELL ["pwsh", "-Command"]
RUN pip install pywin32-ctypes
FROM pwsh
RUN pip install colorama
# CHECK:7 warnings generated.

# ---- fix ----------------------------------------------------------------------------------------
# RUN: %expect_exit 1 %dlint --color=never --select=DF406 --parseable-fixits %s | FileCheck %s --check-prefix=FIXIT --implicit-check-not=fix-it:
# FIXIT: fix-it:"{{.*}}DF406.dockerfile":{16:16-16:16}:" --no-cache-dir"
# FIXIT: fix-it:"{{.*}}DF406.dockerfile":{25:19-25:19}:" --no-cache-dir"
# FIXIT: fix-it:"{{.*}}DF406.dockerfile":{33:27-33:27}:" --no-cache-dir"
# FIXIT: fix-it:"{{.*}}DF406.dockerfile":{34:17-34:17}:" --no-cache-dir"
# FIXIT: fix-it:"{{.*}}DF406.dockerfile":{35:28-35:28}:" --no-cache-dir"
# FIXIT: fix-it:"{{.*}}DF406.dockerfile":{36:44-36:44}:" --no-cache-dir"
# FIXIT: fix-it:"{{.*}}DF406.dockerfile":{39:12-39:12}:" --no-cache-dir"
# RUN: cp %s %t.dockerfile
# RUN: %expect_exit 0 %dlint --color=never --select=DF406 --fix %t.dockerfile 2>&1 | FileCheck %s --check-prefix=FIXED
# FIXED: fixed 7 findings in 1 file
# RUN: FileCheck %s --check-prefix=TEXT --input-file=%t.dockerfile
# TEXT: {{^}}RUN pip install --no-cache-dir flask{{$}}
# TEXT: {{^}}    && pip install --no-cache-dir -r requirements.txt \{{$}}
# TEXT: {{^}}RUN python3 -m pip install --no-cache-dir --upgrade pip{{$}}
# TEXT: {{^}}RUN pip3 install --no-cache-dir gunicorn{{$}}
# TEXT: {{^}}RUN sudo -H pip3.12 install --no-cache-dir uvicorn{{$}}
# TEXT: {{^}}RUN pip --disable-pip-version-check install --no-cache-dir /tmp/*.whl{{$}}
# TEXT: {{^}}pip install --no-cache-dir --require-hashes -r /tmp/requirements.lock{{$}}
# A second --fix changes nothing.
# RUN: %expect_exit 0 %dlint --color=never --select=DF406 --fix %t.dockerfile 2>&1 | FileCheck %s --check-prefix=AGAIN
# AGAIN: fixed 0 findings in 0 files
