# DF106 unterminated-heredoc: no line closes a here-document, so its body runs to the end of the
# file. The range is the `<<WORD`; a note marks the end of the file. Because the body swallows
# everything after it, the positive case is last and its CHECK lines come before it.
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF106]' --implicit-check-not=error: --implicit-check-not=warning:
# More unterminated cases, one file each (each must end the file):
# RUN: %python -c "import sys; open(sys.argv[1], 'w').write('FROM alpine\nRUN <<EOF\necho hi\n  EOF\nEOF \n')" %t.spaces
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %t.spaces | FileCheck %s --check-prefix=SPACES -DFILE=%t.spaces
# SPACES:[[FILE]]:2:5: error: unterminated heredoc: no line is exactly 'EOF' [DF106]
# RUN: %python -c "import sys; open(sys.argv[1], 'w').write('FROM alpine\nRUN <<EOF\necho hi\n\tEOF\n')" %t.tab
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %t.tab | FileCheck %s --check-prefix=TAB -DFILE=%t.tab
# TAB:[[FILE]]:2:5: error: unterminated heredoc: no line is exactly 'EOF' [DF106]
# RUN: %python -c "import sys; open(sys.argv[1], 'w').write('FROM alpine\nCOPY <<ONE <<TWO /etc/\n1\nONE\n2\n')" %t.second
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %t.second | FileCheck %s --check-prefix=SECOND -DFILE=%t.second --implicit-check-not='[DF106]'
# SECOND:[[FILE]]:2:12: error: unterminated heredoc: no line is exactly 'TWO' [DF106]
# RUN: %python -c "import sys; open(sys.argv[1], 'w').write('FROM alpine\nRUN <<EOF')" %t.nobody
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %t.nobody | FileCheck %s --check-prefix=NOBODY -DFILE=%t.nobody
# NOBODY:[[FILE]]:2:5: error: unterminated heredoc: no line is exactly 'EOF' [DF106]
# RUN: %python -c "import sys; open(sys.argv[1], 'w').write('FROM alpine\nONBUILD RUN <<\'END\'\necho\n')" %t.onbuild
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %t.onbuild | FileCheck %s --check-prefix=ONBUILD -DFILE=%t.onbuild
# ONBUILD:[[FILE]]:2:13: error: unterminated heredoc: no line is exactly 'END' [DF106]
FROM alpine:3.20

# OK: terminated heredocs (each with its own name, so that a broken one cannot be closed by a
# later line). With `<<-` the terminator may be indented with TABs; the name is unquoted first;
# several heredocs close in order.
RUN <<PLAIN
echo plain
PLAIN
RUN <<-CHOMPED
	echo chomped
	CHOMPED
RUN <<"QUOTED"
echo quoted name
QUOTED
RUN 3<<FD3 cat /dev/fd/3
fd three
FD3
COPY <<ONE <<TWO /etc/
1
ONE
2
TWO
# OK: no heredoc at all: JSON form, instructions that cannot hold one, a quoted `<<`, and an
# unbalanced quote on the line (BuildKit then finds no heredoc).
RUN ["cat", "<<EOF"]
USER <<NOTHEREDOC
RUN echo "<<EOF"
RUN echo 'x <<EOF
RUN cat <<EOF' x

# The chomp form strips TABs, not spaces: `  EOF` does not close it.
# CHECK:{{.*}}DF106.Dockerfile:[[@LINE+6]]:5: error: unterminated heredoc: no line is exactly 'EOF' [DF106]
# CHECK-NEXT:RUN <<-EOF
# CHECK-NEXT:    ^~~~~~
# CHECK-NEXT:{{.*}}DF106.Dockerfile:[[@LINE+6]]:16: note: the file ends here, inside the heredoc body
# CHECK:1 error generated.
# The next line is the last instruction.
RUN <<-EOF
	echo indented with a tab
  EOF
EOF-not-either
