#!/usr/bin/env python3
"""--fix --unsafe-fixes over copies of the real-world corpus must never break a file.

    check_fix_corpus.py --dlint DLINT --corpus DIR --work DIR

Copies every Dockerfile of the corpus into --work (flattened names), runs
`dlint --fix --unsafe-fixes` over the copies, and checks:

1. no process crashes (exit code 0, 1 or 2 only, and 2 only with an input error the original
   has too);
2. no file gained a DF1xx syntax diagnostic it did not have before fixing (compared as
   counts per code, since fixes move lines);
3. a second `--fix --unsafe-fixes` changes no byte of any file (the fixes are idempotent).

Prints "N files, M changed by --fix, K fixes" and, on failure, what went wrong.
"""
import argparse
import collections
import os
import re
import shutil
import subprocess
import sys

SYNTAX = re.compile(r'^(?P<file>.+?):\d+:\d+: \w+: .* \[(?P<code>DF1\d\d)\]$')
SUMMARY = re.compile(r'^fixed (\d+) findings? in (\d+) files?$', re.M)


def is_corpus_dockerfile(name):
    lower = name.lower()
    if lower.endswith(('.yml', '.yaml')):
        return False
    return 'dockerfile' in lower or 'containerfile' in lower


def syntax_codes(dlint, files):
    """{file: Counter(code)} of the syntax diagnostics dlint reports for `files`."""
    result = collections.defaultdict(collections.Counter)
    proc = subprocess.run([dlint, '--color=never', '--select=DF1', '--fail-on=never'] + files,
                          capture_output=True, text=True, errors='replace', timeout=900)
    if proc.returncode not in (0, 2):
        sys.exit('dlint exited with %d while linting:\n%s' % (proc.returncode, proc.stderr))
    for line in proc.stdout.splitlines():
        match = SYNTAX.match(line)
        if match:
            result[match.group('file')][match.group('code')] += 1
    return result


def read_all(files):
    out = {}
    for path in files:
        with open(path, 'rb') as handle:
            out[path] = handle.read()
    return out


def run_fix(dlint, files):
    proc = subprocess.run([dlint, '--color=never', '--fix', '--unsafe-fixes', '--fail-on=never'] + files,
                          capture_output=True, text=True, errors='replace', timeout=900)
    if proc.returncode not in (0, 2) or 'error:' in proc.stderr.replace('dlint: error: cannot read', ''):
        sys.exit('dlint --fix exited with %d:\n%s' % (proc.returncode, proc.stderr[-4000:]))
    if 'dlint: warning:' in proc.stderr:
        sys.exit('dlint --fix warned (a rule whose fix breaks the file or never settles):\n%s' % proc.stderr)
    match = SUMMARY.search(proc.stderr)
    if not match:
        sys.exit('no summary line on stderr:\n%s' % proc.stderr[-2000:])
    return int(match.group(1))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--dlint', required=True)
    parser.add_argument('--corpus', required=True)
    parser.add_argument('--work', required=True)
    args = parser.parse_args()

    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    files = []
    for folder, _, names in os.walk(args.corpus):
        for name in sorted(names):
            if is_corpus_dockerfile(name):
                source = os.path.join(folder, name)
                flat = os.path.relpath(source, args.corpus).replace(os.sep, '__')
                target = os.path.join(args.work, flat)
                shutil.copyfile(source, target)
                files.append(target)
    files.sort()
    if not files:
        sys.exit('no Dockerfiles found under %s' % args.corpus)

    before_syntax = syntax_codes(args.dlint, files)
    before_bytes = read_all(files)
    fixes = run_fix(args.dlint, files)
    after_syntax = syntax_codes(args.dlint, files)
    after_bytes = read_all(files)

    failures = []
    for path in files:
        gained = after_syntax.get(path, collections.Counter()) - before_syntax.get(path, collections.Counter())
        if gained:
            failures.append('%s gained syntax diagnostics: %s' % (path, dict(gained)))
    changed = [path for path in files if before_bytes[path] != after_bytes[path]]

    second = run_fix(args.dlint, files)
    again = read_all(files)
    for path in files:
        if again[path] != after_bytes[path]:
            failures.append('%s changed again on a second --fix' % path)
    if second != 0:
        failures.append('the second --fix reported %d fixes' % second)

    print('%d files, %d changed by --fix, %d fixes' % (len(files), len(changed), fixes))
    if not changed:
        failures.append('no file changed: the fixes were not exercised')
    for failure in failures:
        print('FAIL: ' + failure)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
