# DF432 pip-package-not-pinned: every package 'pip install' names without a PEP 440 specifier.
# Paths, URLs, VCS specs, wheels and sdists, '-r' / '-e' values are not names; '-c' pins the whole
# command; 'pip install --upgrade pip' is allowed (documented). ARG values are expanded as in DF430.
# RUN: %expect_exit 1 %dlint --color=never --select=DF432 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF432]'

FROM python:3.12-slim
RUN pip install --no-cache-dir flask requests==2.32.3
# CHECK:{{.*}}DF432.dockerfile:[[@LINE-1]]:32: warning: 'flask' is not pinned to a version: write 'flask==<version>' [DF432]
# CHECK-NEXT:RUN pip install --no-cache-dir flask requests==2.32.3
# CHECK-NEXT:                               ^~~~~
RUN python3 -m pip install \
      --no-cache-dir \
      'uvicorn[standard]' \
      gunicorn
# CHECK:{{.*}}DF432.dockerfile:[[@LINE-2]]:7: warning: 'uvicorn[standard]' is not pinned to a version: write 'uvicorn[standard]==<version>' [DF432]
# CHECK-NEXT:      'uvicorn[standard]' \
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~
# CHECK:{{.*}}DF432.dockerfile:[[@LINE-4]]:7: warning: 'gunicorn' is not pinned to a version: write 'gunicorn==<version>' [DF432]
# CHECK-NEXT:      gunicorn
# CHECK-NEXT:      ^~~~~~~~
RUN pip3 install -U setuptools wheel pip
# CHECK:{{.*}}DF432.dockerfile:[[@LINE-1]]:21: warning: 'setuptools' is not pinned to a version: write 'setuptools==<version>' [DF432]
# CHECK-NEXT:RUN pip3 install -U setuptools wheel pip
# CHECK-NEXT:                    ^~~~~~~~~~
# CHECK:{{.*}}DF432.dockerfile:[[@LINE-4]]:32: warning: 'wheel' is not pinned to a version: write 'wheel==<version>' [DF432]
# CHECK-NEXT:RUN pip3 install -U setuptools wheel pip
# CHECK-NEXT:                               ^~~~~
RUN pip install -i https://pypi.example.org/simple --extra-index-url https://mirror.example.org numpy
# CHECK:{{.*}}DF432.dockerfile:[[@LINE-1]]:97: warning: 'numpy' is not pinned to a version: write 'numpy==<version>' [DF432]
# CHECK-NEXT:RUN pip install -i https://pypi.example.org/simple --extra-index-url https://mirror.example.org numpy
# CHECK-NEXT:                                                                                                ^~~~~

RUN pip install --no-cache-dir 'black==24.4.2' ruff>=0.4
# CHECK:{{.*}}DF432.dockerfile:[[@LINE-1]]:48: warning: 'ruff' is not pinned to a version: write 'ruff==<version>' [DF432]
# CHECK-NEXT:RUN pip install --no-cache-dir 'black==24.4.2' ruff>=0.4
# CHECK-NEXT:                                               ^~~~
# CHECK-NEXT:{{.*}}DF432.dockerfile:[[@LINE-4]]:52: note: the shell reads '>' here as a redirection, so the version never reaches 'pip': quote the whole specifier
# CHECK-NEXT:RUN pip install --no-cache-dir 'black==24.4.2' ruff>=0.4
# CHECK-NEXT:                                                   ^~~~~
ARG EXTRA="pandas scipy==1.13.1"
RUN pip install $EXTRA
# CHECK:{{.*}}DF432.dockerfile:[[@LINE-1]]:17: warning: 'pandas' is not pinned to a version: write 'pandas==<version>' (from '$EXTRA') [DF432]
# CHECK-NEXT:RUN pip install $EXTRA
# CHECK-NEXT:                ^~~~~~
# CHECK-NEXT:8 warnings generated.

# OK: every PEP 440 specifier, name @ url, requirements and constraints files, paths and archives.
RUN pip install 'django>=5,<6' 'attrs~=23.2' 'six!=1.0' 'idna===3.7' 'tomli<3' 'pkg @ https://example.org/p.whl'
RUN pip install -r requirements.txt --requirement=dev.txt
RUN pip install -c constraints.txt black isort
RUN pip install . ./libs/common /tmp/wheels/tool-1.0-py3-none-any.whl dist/app-1.0.tar.gz src/pkg
RUN pip install -e . && pip install --editable ./plugins/x
RUN pip install git+https://github.com/org/repo.git@v1.0 https://example.org/x.zip
RUN pip install --upgrade pip && python -m pip install -U pip
RUN pip uninstall -y flask && pip download flask && pip freeze
RUN pip install "$PACKAGE" ${UNKNOWN}
