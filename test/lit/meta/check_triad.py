#!/usr/bin/env python3
"""The rule-triad meta-test: every registered code has its doc page and its lit test.

    check_triad.py --root REPO

Registries (X-macro files; one row per code, the code being the first macro argument):
  frontend/SyntaxDiagnostics.def     DLINT_SYNTAX(DF100, binary-input, Error, "...")
  envfile/EnvSyntaxDiagnostics.def   DLINT_ENV_SYNTAX(EV100, env-binary-input, Error, "...")
  passes/Rules.def                   DLINT_RULE(...) and DLINT_ENV_RULE(...) rows (read when it exists)

For each registered CODE it requires
  docs/rules/CODE.md     titled `# CODE: name` and holding every section in REQUIRED_SECTIONS
  a lit test             test/lit/rules/CODE.{dockerfile,env} or test/lit/syntax/CODE.{Dockerfile,test,env}
                         with a positive FileCheck directive (not *-NOT) that names the code.
Doc pages and lit tests named after a code that no registry lists are orphans and fail too.
Exit 0 when everything is in place, 1 with one line per problem otherwise, 2 on bad usage.
"""
import argparse
import os
import re
import sys

REGISTRIES = ['frontend/SyntaxDiagnostics.def', 'envfile/EnvSyntaxDiagnostics.def', 'passes/Rules.def']
DOCS_DIR = 'docs/rules'
TEST_DIRS = ['test/lit/rules', 'test/lit/syntax']
# .env: the rule tests of .env files (EVxxx) are .env files themselves.
TEST_SUFFIXES = ['.dockerfile', '.Dockerfile', '.test', '.env']
REQUIRED_SECTIONS = ['What it does', 'Why is this bad?', 'Example', 'Use instead', 'Options',
                     'References', 'Equivalent IDs']

CODE_RE = re.compile(r'^(?:DF|DC|CR|IM|EV|SE)[0-9]{3}$')
# `NAME(CODE, kebab-name, ...)` at the start of a line; comments and #-lines never match.
ROW_RE = re.compile(r'^\s*[A-Z_][A-Z0-9_]*\(\s*([A-Z]{2}[0-9]{3})\s*,\s*([a-z0-9-]+)\s*[,)]')
HEADING_RE = re.compile(r'^#{2,6}\s+(.*?)\s*#*\s*$')
RUN_RE = re.compile(r'\bRUN:(.*)$')
PREFIX_OPTION_RE = re.compile(r'--check-prefix(?:es)?(?:=|\s+)([A-Za-z0-9_,-]+)')
DIRECTIVE_RE = re.compile(r'(?<![A-Za-z0-9_-])([A-Za-z][A-Za-z0-9_-]*?)'
                          r'(-NEXT|-SAME|-NOT|-DAG|-LABEL|-EMPTY|-COUNT-[0-9]+)?:(.*)$')


def read_registry(root):
    """Returns {code: (name, registry path)} and a list of problems (duplicates)."""
    codes, problems = {}, []
    found_any = False
    for rel in REGISTRIES:
        path = os.path.join(root, rel)
        if not os.path.isfile(path):
            continue
        found_any = True
        with open(path, encoding='utf-8') as f:
            for number, line in enumerate(f, 1):
                m = ROW_RE.match(line)
                if not m:
                    continue
                code, name = m.group(1), m.group(2)
                if code in codes:
                    problems.append('%s:%d: %s is registered twice (also in %s)'
                                    % (rel, number, code, codes[code][1]))
                    continue
                codes[code] = (name, rel)
    if not found_any:
        problems.append('no registry found under %s (looked for %s)' % (root, ', '.join(REGISTRIES)))
    return codes, problems


def check_doc(path, code, name):
    problems = []
    with open(path, encoding='utf-8') as f:
        lines = f.read().splitlines()
    title = next((l for l in lines if l.strip()), '')
    expected = '# %s: %s' % (code, name)
    if title.strip() != expected:
        problems.append("%s: the first line must be '%s', not '%s'" % (path, expected, title.strip()))
    headings = {}
    for i, line in enumerate(lines):
        m = HEADING_RE.match(line)
        if m:
            headings[m.group(1)] = i
    ordered = sorted(headings.values())
    for section in REQUIRED_SECTIONS:
        if section not in headings:
            problems.append("%s: missing section '## %s'" % (path, section))
            continue
        start = headings[section]
        end = next((h for h in ordered if h > start), len(lines))
        if not any(l.strip() for l in lines[start + 1:end]):
            problems.append("%s: section '%s' is empty" % (path, section))
    return problems


def check_prefixes(text):
    prefixes = {'CHECK'}
    for line in text.splitlines():
        run = RUN_RE.search(line)
        if not run:
            continue
        for m in PREFIX_OPTION_RE.finditer(run.group(1)):
            prefixes.update(p for p in m.group(1).split(',') if p)
    return prefixes


def names_code(path, code):
    """True when a positive FileCheck directive of the test mentions `code`."""
    with open(path, encoding='utf-8', errors='replace') as f:
        text = f.read()
    prefixes = check_prefixes(text)
    word = re.compile(r'(?<![A-Za-z0-9])%s(?![0-9])' % re.escape(code))
    for line in text.splitlines():
        if RUN_RE.search(line):
            continue
        for m in DIRECTIVE_RE.finditer(line):
            prefix, suffix, rest = m.group(1), m.group(2) or '', m.group(3)
            if prefix in prefixes and suffix != '-NOT' and word.search(rest):
                return True
    return False


def find_tests(root, code):
    found = []
    for d in TEST_DIRS:
        for suffix in TEST_SUFFIXES:
            path = os.path.join(root, d, code + suffix)
            if os.path.isfile(path):
                found.append(path)
    return found


def code_named_files(directory, suffixes):
    if not os.path.isdir(directory):
        return []
    out = []
    for entry in sorted(os.listdir(directory)):
        for suffix in suffixes:
            if entry.endswith(suffix) and CODE_RE.match(entry[:-len(suffix)]):
                out.append((entry[:-len(suffix)], os.path.join(directory, entry)))
    return out


def check(root):
    codes, problems = read_registry(root)
    for code in sorted(codes):
        name = codes[code][0]
        doc = os.path.join(root, DOCS_DIR, code + '.md')
        if os.path.isfile(doc):
            problems.extend(check_doc(doc, code, name))
        else:
            problems.append('%s: no doc page (expected %s)' % (code, os.path.join(DOCS_DIR, code + '.md')))
        tests = find_tests(root, code)
        if not tests:
            problems.append('%s: no lit test (expected test/lit/rules/%s.dockerfile or '
                            'test/lit/syntax/%s.Dockerfile|.test)' % (code, code, code)
                            if not code.startswith('EV') else
                            '%s: no lit test (expected test/lit/rules/%s.env or test/lit/syntax/%s.env|.test)'
                            % (code, code, code))
        elif not any(names_code(t, code) for t in tests):
            problems.append('%s: no CHECK line of %s names the code' % (code, ', '.join(tests)))
    for code, path in code_named_files(os.path.join(root, DOCS_DIR), ['.md']):
        if code not in codes:
            problems.append('%s: orphan doc page: %s is in no registry' % (path, code))
    for d in TEST_DIRS:
        for code, path in code_named_files(os.path.join(root, d), TEST_SUFFIXES):
            if code not in codes:
                problems.append('%s: orphan lit test: %s is in no registry' % (path, code))
    return codes, problems


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--root', required=True, help='the repository root')
    args = parser.parse_args(argv)
    root = os.path.abspath(args.root)
    if not os.path.isdir(root):
        sys.stderr.write('check_triad: error: %s is not a directory\n' % root)
        return 2
    codes, problems = check(root)
    for p in problems:
        print('triad: error: ' + p)
    if problems:
        print('triad: %d problem(s) in %d registered code(s)' % (len(problems), len(codes)))
        return 1
    print('triad: %d code(s), each with its doc page and lit test' % len(codes))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
