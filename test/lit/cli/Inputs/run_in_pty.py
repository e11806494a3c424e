#!/usr/bin/env python3
"""Run a command with its stdout and stderr on a pseudo-terminal; save what it printed.

    run_in_pty.py OUTPUT COMMAND ARGS...

lit always pipes a command's output, so this is how a test sees what a user at a terminal
sees (--color=auto). Fails if the command is killed by a signal or runs over 60 s.
"""
import os
import subprocess
import sys
import time


def main(argv):
    output_path, command = argv[1], argv[2:]
    master, slave = os.openpty()
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=slave, stderr=slave)
    os.close(slave)
    data = b''
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the last writer closed the terminal
            break
        if not chunk:
            break
        data += chunk
    else:
        process.kill()
        sys.stderr.write('run_in_pty: %s still running after 60 s (killed)\n' % command[0])
        return 1
    os.close(master)
    code = process.wait()
    with open(output_path, 'wb') as out:
        out.write(data)
    if code < 0:
        sys.stderr.write('run_in_pty: %s was killed by signal %d\n' % (command[0], -code))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
