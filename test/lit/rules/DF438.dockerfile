# DF438 go-module-not-pinned: 'go install' / 'go run' / 'go get' of a remote module at a moving
# query (@latest, @upgrade, @patch, @master, @main, @HEAD), and 'go get' of a remote module with no
# version. Local packages, std paths and go.mod-pinned 'go install path' are fine; for 'go run' only
# the first operand is a package.
# RUN: %expect_exit 1 %dlint --color=never --select=DF438 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF438]'

FROM golang:1.22
RUN go install golang.org/x/tools/gopls@latest
# CHECK:{{.*}}DF438.dockerfile:[[@LINE-1]]:16: warning: 'golang.org/x/tools/gopls@latest' is not pinned: '@latest' moves with every push or release; write 'golang.org/x/tools/gopls@<version>' [DF438]
# CHECK-NEXT:RUN go install golang.org/x/tools/gopls@latest
# CHECK-NEXT:               ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
RUN go install \
      github.com/go-delve/delve/cmd/dlv@master \
      honnef.co/go/tools/cmd/staticcheck@v0.4.7
# CHECK:{{.*}}DF438.dockerfile:[[@LINE-2]]:7: warning: 'github.com/go-delve/delve/cmd/dlv@master' is not pinned: '@master' moves with every push or release; write 'github.com/go-delve/delve/cmd/dlv@<version>' [DF438]
# CHECK-NEXT:      github.com/go-delve/delve/cmd/dlv@master \
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
RUN go get github.com/pkg/errors
# CHECK:{{.*}}DF438.dockerfile:[[@LINE-1]]:12: warning: 'go get github.com/pkg/errors' without a version fetches the newest release: write 'github.com/pkg/errors@<version>' [DF438]
# CHECK-NEXT:RUN go get github.com/pkg/errors
# CHECK-NEXT:           ^~~~~~~~~~~~~~~~~~~~~
RUN go run github.com/example/gen@HEAD -out ./gen
# CHECK:{{.*}}DF438.dockerfile:[[@LINE-1]]:12: warning: 'github.com/example/gen@HEAD' is not pinned: '@HEAD' moves with every push or release; write 'github.com/example/gen@<version>' [DF438]
# CHECK-NEXT:RUN go run github.com/example/gen@HEAD -out ./gen
# CHECK-NEXT:           ^~~~~~~~~~~~~~~~~~~~~~~~~~~
RUN CGO_ENABLED=0 go install -ldflags "-s -w" github.com/example/tool@upgrade
# CHECK:{{.*}}DF438.dockerfile:[[@LINE-1]]:47: warning: 'github.com/example/tool@upgrade' is not pinned: '@upgrade' moves with every push or release; write 'github.com/example/tool@<version>' [DF438]
# CHECK-NEXT:RUN CGO_ENABLED=0 go install -ldflags "-s -w" github.com/example/tool@upgrade
# CHECK-NEXT:                                              ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

ARG LINT="github.com/golangci/golangci-lint/cmd/golangci-lint@latest"
RUN go install $LINT
# CHECK:{{.*}}DF438.dockerfile:[[@LINE-1]]:16: warning: 'github.com/golangci/golangci-lint/cmd/golangci-lint@latest' is not pinned: '@latest' moves with every push or release; write 'github.com/golangci/golangci-lint/cmd/golangci-lint@<version>' (from '$LINT') [DF438]
# CHECK-NEXT:RUN go install $LINT
# CHECK-NEXT:               ^~~~~
# CHECK-NEXT:6 warnings generated.

# OK: versions and commits, local packages, go.mod-pinned paths, program arguments.
RUN go install github.com/example/tool@v1.2.3 github.com/x/y@0123456789ab
RUN go install ./... && go install . && go build -o /app ./cmd/app && go run main.go
RUN go install github.com/me/app/cmd/server
RUN go run github.com/example/gen@v1.0.0 github.com/other/thing@latest
RUN go get -d ./... && go get github.com/pkg/errors@v0.9.1 && go get
RUN go install std && go mod download
RUN go install "$TOOL"
