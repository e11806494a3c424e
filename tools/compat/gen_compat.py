#!/usr/bin/env python3
"""Generates docs/compat.md: which dlint rule covers each check of hadolint, Trivy, Checkov and BuildKit.

    gen_compat.py --dlint BIN [--checks tools/compat/external-checks.tsv]
                  [--catalog tools/compat/catalog-rows.tsv] [--output FILE | --check FILE]

Coverage comes only from the rules' aliases (`dlint rules --format=json`, which reads passes/Rules.def
and frontend/SyntaxDiagnostics.def); external-checks.tsv lists every check of the other tools and,
for the ones no rule covers, why. So the table cannot drift from the registry:
  - a check no rule lists as an alias must say why it is not covered;
  - a covered check must not carry a reason (it would be stale);
  - an alias of one of these tools that names no listed check is a typo.
A last section lists the rows of dlint's own target catalog (catalog-rows.tsv) with the codes that
implement them; a code no rule or syntax check has is an error too. Each is an error (exit 1). --check FILE compares the generated text with FILE (exit 1 when they
differ, printing how to regenerate); --output FILE writes it; otherwise it goes to standard output.
"""
import argparse
import collections
import difflib
import json
import os
import re
import subprocess
import sys

TOOLS = collections.OrderedDict([
    ('hadolint', ('hadolint', 'DL rules (`src/Hadolint/Rule/DL*.hs`)')),
    ('trivy', ('Trivy', 'Dockerfile checks `DS-00nn` (`trivy config`)')),
    ('checkov', ('Checkov', 'Dockerfile checks `CKV_DOCKER_n` and `CKV2_DOCKER_n`')),
    ('buildkit', ('BuildKit', "Docker's build checks (`docker build --check`)")),
])
# The IDs of each tool's Dockerfile checks; other aliases of these tools (Trivy's and Checkov's
# secret rules, which the SE rules list) are outside this table.
DOCKERFILE_ID = {
    'hadolint': re.compile(r'^dl\d{4}$'),
    'trivy': re.compile(r'^ds-\d{4}$'),
    'checkov': re.compile(r'^ckv2?_docker_\d+$'),
    'buildkit': re.compile(r'^.+$'),
}


def read_checks(path):
    checks, problems = [], []
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            fields = line.split('\t')
            if len(fields) != 4 or fields[0] not in TOOLS:
                problems.append(f'{path}:{number}: expected tool<TAB>id<TAB>title<TAB>reason, tool one of {list(TOOLS)}')
                continue
            checks.append({'tool': fields[0], 'id': fields[1], 'title': fields[2], 'reason': fields[3].strip()})
    return checks, problems


def read_catalog(path):
    rows, problems = [], []
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            fields = line.split('\t')
            if len(fields) != 3:
                problems.append(f'{path}:{number}: expected row<TAB>check<TAB>codes')
                continue
            rows.append({'row': fields[0], 'title': fields[1], 'codes': [c for c in fields[2].split(',') if c]})
    return rows, problems


def catalog_section(rules, rows):
    by_code = {r['code']: r for r in rules}
    lines = ['## The target catalog', '',
             "The Dockerfile rows of dlint's target catalog (checks merged from hadolint, Trivy, Checkov, KICS,",
             'dockle and docker-bench) and the dlint codes that implement each.', '',
             '| Row | Check | dlint |', '|---|---|---|']
    problems = []
    for row in rows:
        cells = []
        for code in row['codes']:
            rule = by_code.get(code)
            if rule is None:
                problems.append(f"catalog row {row['row']}: '{code}' is no dlint code")
                continue
            cells.append(f"[{code}](rules/{code}.md) `{rule['name']}`" + (' (opt-in)' if 'opt-in' in rule['tags'] else ''))
        if not cells:
            problems.append(f"catalog row {row['row']}: no dlint code implements it")
        lines.append(f"| {row['row']} | {row['title']} | {', '.join(cells)} |")
    return lines + [''], problems


def read_rules(dlint):
    out = subprocess.run([dlint, 'rules', '--format=json'], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def generate(rules, checks):
    covering = collections.defaultdict(list)  # (tool, lower-case id) -> [rule]
    for rule in rules:
        for alias in rule['aliases']:
            covering[(alias['tool'], alias['id'].lower())].append(rule)
    known = {(c['tool'], c['id'].lower()) for c in checks}
    problems = []
    for (tool, ident), owners in sorted(covering.items()):
        if tool in TOOLS and DOCKERFILE_ID[tool].match(ident) and (tool, ident) not in known:
            problems.append(f"{', '.join(r['code'] for r in owners)}: alias '{tool}:{ident}' names no check of "
                            f"{TOOLS[tool][0]} in external-checks.tsv")

    intro = ['# Compatibility with hadolint, Trivy, Checkov and BuildKit', '',
             '<!-- Generated by tools/compat/gen_compat.py from the rule registry; do not edit. -->', '',
             'Every Dockerfile check of the tools dlint replaces, and the dlint rule that covers it. A rule',
             "covers a check when it lists the check's ID among its aliases (`dlint rules` shows them), so",
             '`--select`, `--ignore`, `.dlint.yaml` and `# hadolint ignore=` comments accept those IDs too.',
             'A check no rule covers says why. The table is generated from the registry and a test fails when',
             'it is out of date or when a check is neither covered nor explained.', '']
    totals, sections = [], []
    for tool, (display, what) in TOOLS.items():
        rows = [c for c in checks if c['tool'] == tool]
        covered = 0
        body = []
        for check in rows:
            owners = covering.get((tool, check['id'].lower()), [])
            if owners and check['reason']:
                problems.append(f"{tool}:{check['id']}: covered by {owners[0]['code']} but external-checks.tsv "
                                'still gives a reason it is not')
            if not owners and not check['reason']:
                problems.append(f"{tool}:{check['id']}: no rule lists it as an alias and external-checks.tsv "
                                'gives no reason')
            if owners:
                covered += 1
                cell = ', '.join(f"[{r['code']}](rules/{r['code']}.md) `{r['name']}`" +
                                 (' (opt-in)' if 'opt-in' in r['tags'] else '') for r in owners)
            else:
                cell = 'not covered: ' + check['reason']
            body.append(f"| `{check['id']}` | {check['title']} | {cell} |")
        totals.append(f'| {display} | {len(rows)} | {covered} | {len(rows) - covered} |')
        sections += [f'## {display}', '', f'{what}: {covered} of {len(rows)} covered.', '',
                  '| ID | Check | dlint |', '|---|---|---|'] + body + ['']
    summary = ['| Tool | Checks | Covered | Not covered |', '|---|---|---|---|'] + totals + ['']
    return '\n'.join(intro + summary + sections), problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--dlint', required=True)
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument('--checks', default=os.path.join(here, 'external-checks.tsv'))
    parser.add_argument('--catalog', default=os.path.join(here, 'catalog-rows.tsv'))
    group = parser.add_mutually_exclusive_group()
    group.add_argument('--output')
    group.add_argument('--check')
    args = parser.parse_args()

    checks, problems = read_checks(args.checks)
    rows, more = read_catalog(args.catalog)
    problems += more
    rules = read_rules(args.dlint)
    text, more = generate(rules, checks)
    problems += more
    section, more = catalog_section(rules, rows)
    problems += more
    text += '\n'.join(section)
    for problem in problems:
        print(f'error: {problem}', file=sys.stderr)
    if args.check:
        with open(args.check, encoding='utf-8') as f:
            current = f.read()
        if current != text:
            sys.stderr.writelines(difflib.unified_diff(current.splitlines(True), text.splitlines(True),
                                                       args.check, 'generated'))
            print(f'error: {args.check} is out of date; regenerate it with '
                  f'tools/compat/gen_compat.py --dlint <dlint> --output {args.check}', file=sys.stderr)
            return 1
    elif args.output:
        with open(args.output, 'w', encoding='utf-8') as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
