# DF343 remote-script-piped-to-shell: a RUN runs a script straight from the network. The caret
# is on the shell or interpreter that runs it; a note points at the download.
# RUN: %expect_exit 1 %dlint --color=never --select=DF343 %s | FileCheck %s --strict-whitespace --implicit-check-not='[DF343]'

FROM debian:bookworm-slim
RUN curl -fsSL https://get.example.com/install.sh | sh
# CHECK:{{.*}}DF343.dockerfile:[[@LINE-1]]:53: warning: 'sh' runs a script that 'curl' downloads, unverified [DF343]
# CHECK-NEXT:RUN curl -fsSL https://get.example.com/install.sh | sh
# CHECK-NEXT:                                                    ^~
# CHECK-NEXT:{{.*}}DF343.dockerfile:[[@LINE-4]]:5: note: downloaded here
RUN curl -fsSL https://get.example.com/install.sh | sudo -E bash -s -- --version 1.2.3
# CHECK:{{.*}}DF343.dockerfile:[[@LINE-1]]:61: warning: 'bash' runs a script that 'curl' downloads, unverified [DF343]
RUN wget -qO- https://get.example.com/install.sh | bash
# CHECK:{{.*}}DF343.dockerfile:[[@LINE-1]]:52: warning: 'bash' runs a script that 'wget' downloads, unverified [DF343]
RUN wget -q -O - https://get.example.com/install.sh | sh -
# CHECK:{{.*}}DF343.dockerfile:[[@LINE-1]]:55: warning: 'sh' runs a script that 'wget' downloads, unverified [DF343]
RUN set -eux; \
    curl -sSL https://install.example.org \
      | python3 -
# CHECK:{{.*}}DF343.dockerfile:[[@LINE-1]]:9: warning: 'python3' runs a script that 'curl' downloads, unverified [DF343]
RUN bash <(curl -fsSL https://get.example.com/install.sh)
# CHECK:{{.*}}DF343.dockerfile:[[@LINE-1]]:5: warning: 'bash' runs a script that 'curl' downloads into a process substitution, unverified [DF343]
RUN sh -c "$(curl -fsSL https://get.example.com/install.sh)" "" --unattended
# CHECK:{{.*}}DF343.dockerfile:[[@LINE-1]]:5: warning: 'sh' runs a script that 'curl' prints, unverified [DF343]
RUN eval "$(wget -qO- https://get.example.com/env.sh)"
# CHECK:{{.*}}DF343.dockerfile:[[@LINE-1]]:5: warning: 'eval' runs a script that 'wget' prints, unverified [DF343]
RUN bash -c 'curl -sL https://get.example.com/setup | bash'
# CHECK:{{.*}}DF343.dockerfile:[[@LINE-1]]:55: warning: 'bash' runs a script that 'curl' downloads, unverified [DF343]
RUN curl -sSL https://dot.example.net/install.sh | bash /dev/stdin --channel 8.0
# CHECK:{{.*}}DF343.dockerfile:[[@LINE-1]]:52: warning: 'bash' runs a script that 'curl' downloads, unverified [DF343]

# OK: downloads to a file, data piped to a tool, a script that reads its own file.
RUN curl -fsSL -o /tmp/install.sh https://get.example.com/install.sh && sh /tmp/install.sh
RUN curl -fsSL https://example.com/app.tgz | tar xz -C /opt
RUN curl -fsSL https://example.com/key.asc | gpg --dearmor -o /usr/share/keyrings/example.gpg
RUN wget -q https://get.example.com/install.sh | sh
RUN curl -s https://api.example.com/latest | python3 -c 'import json,sys; print(json.load(sys.stdin)["v"])'
RUN curl -s https://api.example.com/latest | jq -r .tag_name | sh -c 'read v; echo $v'
RUN echo "curl https://x | sh" && cat script.sh | sh
RUN VERSION="$(curl -fsSL https://api.example.com/latest)" && echo "$VERSION"
