#!/usr/bin/env python3
"""Run a command on a pseudo-terminal, type a line and Ctrl-D into it, and save what the
terminal showed.

    type_in_pty.py OUTPUT TEXT COMMAND ARGS...

Exits with the command's exit code. The terminal echoes what is typed unless the command
turns echo off, so OUTPUT tells whether a typed secret was shown.
"""
import os
import pty
import select
import sys
import time


def main(argv):
    output, text, command = argv[1], argv[2], argv[3:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    shown = b''

    def drain(seconds):
        nonlocal shown
        end = time.time() + seconds
        while time.time() < end:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if not ready:
                continue
            try:
                data = os.read(fd, 4096)
            except OSError:
                return False
            if not data:
                return False
            shown += data
        return True

    drain(1.0)  # wait for the prompt, so echo is off before we type
    os.write(fd, text.encode() + b'\n')
    drain(0.2)
    os.write(fd, b'\x04')
    while drain(0.5):
        pass
    _, status = os.waitpid(pid, 0)
    with open(output, 'wb') as f:
        f.write(shown)
    return os.WEXITSTATUS(status) if os.WIFEXITED(status) else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv))
