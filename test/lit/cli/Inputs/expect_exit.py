#!/usr/bin/env python3
"""Run a command and succeed only if it exits with exactly the expected code.

lit's `not` only tells zero from non-zero; dlint's exit codes 1 (findings) and 2 (usage or
input error) must be told apart, and a crash (a signal) must never pass.

    %expect_exit CODE [--timeout SECONDS] COMMAND ARGS...

Standard input, output and error are the command's own. A command still running after the
timeout (default 60 s) is killed and the check fails, so a hang cannot stall the suite.
"""
import subprocess
import sys


def main(argv):
    if len(argv) < 3:
        sys.stderr.write('usage: expect_exit.py CODE [--timeout SECONDS] COMMAND...\n')
        return 2
    expected = int(argv[1])
    rest = argv[2:]
    timeout = 60.0
    if rest[0] == '--timeout':
        timeout = float(rest[1])
        rest = rest[2:]
    try:
        code = subprocess.run(rest, timeout=timeout, check=False).returncode
    except subprocess.TimeoutExpired:
        sys.stderr.write('expect_exit: %s still running after %g s (killed)\n' % (rest[0], timeout))
        return 1
    if code == expected:
        return 0
    if code < 0:
        sys.stderr.write('expect_exit: %s was killed by signal %d (expected exit code %d)\n'
                         % (rest[0], -code, expected))
    else:
        sys.stderr.write('expect_exit: %s exited with %d, expected %d\n' % (rest[0], code, expected))
    return 1


if __name__ == '__main__':
    sys.exit(main(sys.argv))
