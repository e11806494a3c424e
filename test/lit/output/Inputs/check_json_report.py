"""check_json_report.py REPORT DOC TOKEN: the report matches docs/json-report.md's field table
(every documented field present with its type, every field present documented) and holds no
secret. Prints the counts it checked."""
import json
import re
import sys

report_path, doc_path, token = sys.argv[1:4]
text = open(report_path, encoding='utf-8').read()
report = json.loads(text)
TYPES = {'integer': int, 'string': str, 'number': (int, float), 'null': type(None), 'array': list, 'object': dict}
fields = {}
for line in open(doc_path, encoding='utf-8'):
    m = re.match(r'\| `([^`]+)` \| ([a-z|\\?]+) \|', line)
    if m:
        type_text = m.group(2).replace('\\', '')
        fields[m.group(1)] = (type_text.rstrip('?').split('|'), type_text.endswith('?'))
errors = []
if token in text:
    errors.append('the secret appears in the report')


def values(node, path):
    """Every value at a dotted path with [] for array elements."""
    out = [node]
    for part in re.findall(r'[^.\[\]]+(?:\[\])?', path):
        name, each = part.rstrip('[]'), part.endswith('[]')
        nxt = []
        for v in out:
            if isinstance(v, dict) and name in v:
                nxt.extend(v[name] if each and isinstance(v[name], list) else [v[name]])
        out = nxt
    return out


def walk(node, path, seen):
    if isinstance(node, dict):
        for key, value in node.items():
            if path.endswith('summary.byLevel') or path.endswith('summary.byRule'):
                continue
            child = (path + '.' if path else '') + key
            seen.add(child)
            walk(value, child, seen)
    elif isinstance(node, list):
        for value in node:
            walk(value, path + '[]', seen)


checked = 0
for path, (types, optional) in fields.items():
    parent = path.rsplit('.', 1)[0] if '.' in path else ''
    found = values(report, path)
    parents = values(report, parent) if parent else [report]
    if not optional and len(found) < len(parents):
        errors.append('%s: missing in some of %d parents' % (path, len(parents)))
    for v in found:
        checked += 1
        if isinstance(v, bool) or not isinstance(v, tuple(TYPES[t] for t in types)):
            errors.append('%s: %r is not %s' % (path, v, '|'.join(types)))
# Nested positions inside notes and edits have the start fields.
for position in values(report, 'findings[].notes[].start') + values(report, 'findings[].fixes[].edits[].end'):
    if sorted(position) != ['codePointColumn', 'column', 'line', 'offset']:
        errors.append('nested position fields: %s' % sorted(position))
seen = set()
walk(report, '', seen)
# Fields of the positions nested in notes and edits are documented once, under Positions.
nested = re.compile(r'^findings\[\]\.(notes|fixes\[\]\.edits)\[\]\.(start|end)\.')
undocumented = sorted(p for p in seen if p not in fields and not nested.match(p))
for p in undocumented:
    errors.append('undocumented field: ' + p)
by_level = report['summary']['byLevel']
if sorted(by_level) != ['error', 'info', 'note', 'style', 'warning'] or sum(by_level.values()) != len(report['findings']):
    errors.append('summary.byLevel: %s' % by_level)
if sum(report['summary']['byRule'].values()) != len(report['findings']):
    errors.append('summary.byRule does not add up')
for e in errors:
    print('check_json_report: error: ' + e)
print('check_json_report: %d documented fields, %d values checked, %d problems' % (len(fields), checked, len(errors)))
sys.exit(1 if errors else 0)
