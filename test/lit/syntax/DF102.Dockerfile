# DF102 no-instructions: a file with no instruction at all (BuildKit: "file with no
# instructions"). This test file is itself one: it holds only comments.
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %s | FileCheck %s --match-full-lines --strict-whitespace -DFILE=%s --implicit-check-not='[DF102]' --implicit-check-not=error: --implicit-check-not=warning:
# CHECK:[[FILE]]:1:1: error: file with no instructions: it holds only comments and blank lines [DF102]
# CHECK-NEXT:# DF102 no-instructions: a file with no instruction at all (BuildKit: "file with no
# CHECK-NEXT:^
# CHECK-NEXT:1 error generated.

# An empty file.
# RUN: %python -c "import sys; open(sys.argv[1], 'w').write('')" %t.empty
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %t.empty | FileCheck %s --check-prefix=EMPTY -DT=%t
# EMPTY:[[T]].empty:1:1: error: file with no instructions: the file is empty [DF102]

# Only a byte-order mark: the position is just after it (column 4 in bytes).
# RUN: %python -c "import sys; open(sys.argv[1], 'wb').write(b'\xef\xbb\xbf')" %t.bom
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %t.bom | FileCheck %s --check-prefix=BOM -DT=%t
# BOM:[[T]].bom:1:4: error: file with no instructions: the file is empty [DF102]

# Blank lines, CRLF line ends, indented comments, parser directives.
# RUN: %python -c "import sys; open(sys.argv[1], 'wb').write(b'# syntax=docker/dockerfile:1\r\n\r\n   \t\r\n  # indented comment\r\n')" %t.blank
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %t.blank | FileCheck %s --check-prefix=BLANK -DT=%t
# BLANK:[[T]].blank:1:1: error: file with no instructions: it holds only comments and blank lines [DF102]

# Only escape tokens: continuation lines that bring no text are no instruction either.
# RUN: %python -c "import sys; open(sys.argv[1], 'w').write('\\\\\n  \\\\\n')" %t.escapes
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %t.escapes | FileCheck %s --check-prefix=ESCAPES -DT=%t
# ESCAPES:[[T]].escapes:1:1: error: {{.*}} [DF102]

# OK: one instruction is enough, even an invalid one.
# RUN: %python -c "import sys; open(sys.argv[1], 'w').write('# just a comment\nFROM scratch')" %t.one
# RUN: %expect_exit 0 %dlint --color=never --select=DF1 %t.one
# RUN: %python -c "import sys; open(sys.argv[1], 'w').write('\n\nRUNN x\n')" %t.bad
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %t.bad | FileCheck %s --check-prefix=BAD --implicit-check-not='[DF102]'
# BAD:{{.*}}:3:1: error: unknown instruction 'RUNN' [DF110]
