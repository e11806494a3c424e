FROM alpine
RUN cat <<EOF
$(cat <<X
x
X
)
EOF
