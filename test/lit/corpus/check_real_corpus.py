#!/usr/bin/env python3
"""Run dlint over every Dockerfile of the real-world corpus and check two things:

1. dlint never crashes: every process exits with 0, 1 or 2 (a signal or any other code fails;
   the files of a crashed batch are then run one by one to name the culprit, and the
   diagnostics of the others still count).
2. The ERROR-level syntax diagnostics (`file:line:col: error: ... [DF1xx]`) are exactly the
   ones listed in the expectation file, each with the reason BuildKit rejects it too:

       relative/path:line:col DF1xx  # reason BuildKit also rejects it

   `#` lines and blank lines are ignored; an entry without a reason is an error, so every
   line has been reviewed. Paths are relative to the corpus folder.

    check_real_corpus.py --dlint DLINT --corpus DIR --expect FILE [--batches N] [--show-actual]

--show-actual prints what dlint reports now in the expectation format (reasons left as TODO),
to start a review when the corpus or the frontend changes.
"""
import argparse
import collections
import os
import re
import subprocess
import sys

DIAGNOSTIC = re.compile(r'^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): error: (?P<message>.*) \[(?P<code>DF1\d\d)\]$')
ENTRY = re.compile(r'^(?P<file>\S.*?):(?P<line>\d+):(?P<col>\d+) (?P<code>DF1\d\d)(?:\s+#\s*(?P<reason>.*))?$')
TIMEOUT_SECONDS = 900


def is_corpus_dockerfile(name):
    # The corpus flattens paths into `dir__dir__Dockerfile.suffix`, so "contains", not "starts
    # with"; this selects exactly the files manifest.tsv lists as kind 'dockerfile'.
    lower = name.lower()
    if lower.endswith(('.yml', '.yaml')):
        return False
    return 'dockerfile' in lower or 'containerfile' in lower


def discover(corpus):
    found = []
    for folder, _, names in os.walk(corpus):
        for name in names:
            if is_corpus_dockerfile(name):
                found.append(os.path.relpath(os.path.join(folder, name), corpus))
    return sorted(found)


def read_expectations(path):
    """Counter of (file, line, col, code) -> count, plus reasons and format problems."""
    expected = collections.Counter()
    reasons = {}
    problems = []
    with open(path, encoding='utf-8') as handle:
        for number, raw in enumerate(handle, 1):
            text = raw.rstrip('\n')
            if not text.strip() or text.lstrip().startswith('#'):
                continue
            match = ENTRY.match(text)
            if not match:
                problems.append('%s:%d: not `path:line:col DF1xx  # reason`: %s' % (path, number, text))
                continue
            if not (match.group('reason') or '').strip():
                problems.append('%s:%d: entry has no reason: %s' % (path, number, text))
            key = (match.group('file'), int(match.group('line')), int(match.group('col')), match.group('code'))
            expected[key] += 1
            reasons[key] = (match.group('reason') or '').strip()
    return expected, reasons, problems


def crashed(returncode):
    return returncode < 0 or returncode > 2


def describe_exit(returncode):
    return 'killed by signal %d' % -returncode if returncode < 0 else 'exit code %d' % returncode


def run_dlint(dlint, corpus, files):
    try:
        return subprocess.run([dlint, '--color=never'] + files, cwd=corpus, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=TIMEOUT_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        return None


def rerun_one_by_one(dlint, corpus, files):
    """After a batch crashed: runs each file alone. Returns the culprits as [(file, what)] and
    the standard output of the files that did not crash, so their diagnostics still count."""
    culprits = []
    outputs = []
    for name in files:
        single = run_dlint(dlint, corpus, [name])
        if single is None:
            culprits.append((name, 'still running after %d s' % TIMEOUT_SECONDS))
        elif crashed(single.returncode):
            tail = single.stderr.decode('utf-8', 'replace').strip().splitlines()[-5:]
            culprits.append((name, describe_exit(single.returncode) + ''.join('\n      ' + l for l in tail)))
        else:
            outputs.append(single.stdout)
    return culprits, outputs


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--dlint', required=True)
    parser.add_argument('--corpus', required=True)
    parser.add_argument('--expect', required=True)
    parser.add_argument('--batches', type=int, default=4, help='dlint processes (default 4)')
    parser.add_argument('--show-actual', action='store_true')
    args = parser.parse_args()
    # dlint runs inside the corpus folder (so paths print relative to it): resolve it first.
    if os.sep in args.dlint:
        args.dlint = os.path.abspath(args.dlint)

    if not os.path.isdir(args.corpus):
        print('skipped: corpus folder %s not found' % args.corpus)
        return 0
    files = discover(args.corpus)
    if not files:
        print('FAIL: no Dockerfile found under %s' % args.corpus)
        return 1
    known = set(files)

    failures = []
    actual = collections.Counter()
    messages = {}
    size = -(-len(files) // max(1, args.batches))
    for start in range(0, len(files), size):
        batch = files[start:start + size]
        run = run_dlint(args.dlint, args.corpus, batch)
        outputs = [run.stdout] if run is not None and not crashed(run.returncode) else []
        if not outputs:
            what = 'timed out' if run is None else describe_exit(run.returncode)
            culprits, outputs = rerun_one_by_one(args.dlint, args.corpus, batch)
            failures.append('dlint %s on a batch of %d files; run alone, these fail:' % (what, len(batch)))
            failures.extend('  %s: %s' % culprit for culprit in culprits)
        for output in outputs:
            for line in output.decode('utf-8', 'replace').splitlines():
                match = DIAGNOSTIC.match(line)
                # A source line echoed under a diagnostic could look like one; only inputs count.
                if not match or match.group('file') not in known:
                    continue
                key = (match.group('file'), int(match.group('line')), int(match.group('col')), match.group('code'))
                actual[key] += 1
                messages.setdefault(key, match.group('message'))

    if args.show_actual:
        for key in sorted(actual.elements()):
            print('%s:%d:%d %s  # TODO: %s' % (key + (messages[key],)))
        return 0

    expected, reasons, problems = read_expectations(args.expect)
    failures.extend(problems)
    unexpected = actual - expected
    missing = expected - actual
    if unexpected:
        failures.append('dlint reports %d syntax error(s) that %s does not list (a dlint bug, or add '
                        'them with the reason BuildKit rejects them):' % (sum(unexpected.values()), args.expect))
        failures.extend('  + %s:%d:%d %s  (%s)' % (key + (messages[key],)) for key in sorted(unexpected.elements()))
    if missing:
        failures.append('%d expected syntax error(s) are no longer reported:' % sum(missing.values()))
        failures.extend('  - %s:%d:%d %s  # %s' % (key + (reasons.get(key, ''),)) for key in sorted(missing.elements()))

    matched = sum((actual & expected).values())
    with_errors = len({key[0] for key in actual})
    print('%d files, %d with syntax errors, %d expected errors matched' % (len(files), with_errors, matched))
    if failures:
        print('FAIL')
        print('\n'.join(failures))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
