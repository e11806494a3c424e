"""check_sarif.py SARIF RULES_JSON TOKEN: asserts what issue 5 asks of dlint's SARIF, beyond
the schema: GitHub's required rule fields, every reportable code in rules[], code point
columns, fixes with applicability, notifications for unreadable files, and no secret."""
import json
import sys

sarif_path, rules_path, token = sys.argv[1:4]
text = open(sarif_path, encoding='utf-8').read()
log = json.loads(text)
catalog = json.load(open(rules_path, encoding='utf-8'))
errors = []


def check(condition, message):
    if not condition:
        errors.append(message)


check(token not in text, 'the secret appears in the SARIF output')
check(log['$schema'] == 'https://json.schemastore.org/sarif-2.1.0.json', '$schema')
check(log['version'] == '2.1.0', 'version')
check(len(log['runs']) == 1, 'one run per invocation')
run = log['runs'][0]
driver = run['tool']['driver']
check(driver['name'] == 'dlint', 'driver name')
check(driver['semanticVersion'] and driver['informationUri'].startswith('https://'), 'driver version/uri')
check(run['columnKind'] == 'unicodeCodePoints', 'columnKind')

rules = driver['rules']
check([r['id'] for r in rules] == [c['code'] for c in catalog], 'rules[] lists every code of `dlint rules`')
by_code = {c['code']: c for c in catalog}
for rule in rules:
    code = rule['id']
    entry = by_code.get(code, {})
    check(rule['name'] and rule['name'] != code and '-' not in rule['name'], code + ': PascalCase name')
    for field in ('shortDescription', 'fullDescription'):
        check(0 < len(rule[field]['text']) <= 1024, code + ': ' + field)
    check(rule['help']['text'] and rule['help']['markdown'].startswith('# ' + code), code + ': help from its doc page')
    check(rule['helpUri'].endswith('/docs/rules/%s.md' % code), code + ': helpUri')
    check(rule['defaultConfiguration']['level'] in ('error', 'warning', 'note'), code + ': level')
    tags = rule['properties']['tags']
    if entry.get('category') == 'syntax':
        check('syntax' in tags, code + ': syntax tag')
    if code.startswith('SE'):
        check('secret' in tags, code + ': secret tag')
    check(isinstance(rule['properties']['aliases'], list), code + ': aliases')
    severity = entry.get('security-severity')
    if severity is not None:
        check(rule['properties']['security-severity'] == '%.1f' % severity, code + ': security-severity string')
        check('security' in tags, code + ': security tag')
    else:
        check('security-severity' not in rule['properties'], code + ': no security-severity')

results = run['results']
for result in results:
    check(rules[result['ruleIndex']]['id'] == result['ruleId'], result['ruleId'] + ': ruleIndex')
    check(result['message']['text'], 'message')
    location = result['locations'][0]['physicalLocation']
    check(location['artifactLocation'] == {'uri': 'sample.Dockerfile', 'uriBaseId': '%SRCROOT%'}, 'relative uri')
    region = location['region']
    for key in ('startLine', 'startColumn', 'endLine', 'endColumn'):
        check(region[key] >= 1, key)
    check(len(result['partialFingerprints']['dlintFindingHash/v1']) > 0, 'fingerprint')

found = {r['ruleId']: r for r in results}
check(set(found) >= {'DF110', 'DF302', 'SE302'}, 'expected findings: %s' % sorted(found))
sudo = found['DF302']['locations'][0]['physicalLocation']['region']
# `RUN echo "<U+1F600>" && sudo`: 'sudo' is code point 17 (byte column 20).
check((sudo['startLine'], sudo['startColumn'], sudo['endColumn']) == (5, 17, 21), 'code point columns: %s' % sudo)
secret = found['SE302']['locations'][0]['physicalLocation']['region']
check(secret['snippet']['text'] == 'gho_' + '*' * 36, 'masked snippet: %s' % secret['snippet'])
fix = found['DF110']['fixes'][0]
check(fix['properties']['applicability'] in ('safe', 'unsafe', 'display-only'), 'fix applicability')
replacement = fix['artifactChanges'][0]['replacements'][0]
check(replacement['deletedRegion'] == {'startLine': 4, 'startColumn': 1, 'endLine': 4, 'endColumn': 5}, 'deletedRegion')
check(replacement['insertedContent']['text'] == 'RUN', 'insertedContent')
check(found['DF110']['relatedLocations'][0]['message']['text'], 'note as relatedLocation')

invocation = run['invocations'][0]
check(invocation['executionSuccessful'] is False, 'executionSuccessful false after a read error')
notes = invocation['toolExecutionNotifications']
check(len(notes) == 1 and "cannot read 'missing.Dockerfile'" in notes[0]['message']['text'], 'I/O notification')

for error in errors:
    print('check_sarif: error: ' + error)
print('check_sarif: %d problems' % len(errors))
sys.exit(1 if errors else 0)
