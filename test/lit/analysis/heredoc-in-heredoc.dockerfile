# A here-document opened inside a substitution in another here-document's body belongs to the
# parse of that body. dlint once resolved it against the RUN's own here-documents, attached the
# outer one to the inner command (whose body holds that very command) and overflowed the stack
# walking the cycle. The inner command stays visible to the rules, at its exact position.
# RUN: %expect_exit 1 %dlint --color=never --select=DF302 %s | FileCheck %s --match-full-lines --implicit-check-not='[DF'

FROM debian:12.5
RUN cat <<EOF > /etc/motd
$(sudo cat <<X
welcome
X
)
EOF
# CHECK:{{.*}}heredoc-in-heredoc.dockerfile:[[@LINE-5]]:3: warning: RUN calls 'sudo'; switch users with the USER instruction instead [DF302]
# CHECK-NEXT:$(sudo cat <<X
# CHECK-NEXT:  ^~~~~
# CHECK: 1 warning generated.
