#!/usr/bin/env python3
"""Checks dlint's frontend against BuildKit's own parser fixtures.

Modes (see README.md in this folder):
  testfiles           `dlint --dump-ast=buildkit` must print each fixture's `result` byte for byte
  testfiles-negative  every negative fixture must fail with an error diagnostic (and the right code)
  edge-cases          derived/edge-cases: `result` byte for byte, or the `error` at the right line and code
  parse-metadata      line spans, JSON form, heredocs, doc comments, escape token and empty-continuation
                      warnings against derived/parse-metadata.tsv and derived/edge-cases/*/meta

Prints `PASS name` or `FAIL name` (with the reasons indented below) per fixture, then
`N passed, N failed`. Exits 1 when anything failed, 2 when the corpus cannot be found.
"""

import argparse
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

CORPUS = Path("corpus") / "buildkit-parser"
TIMEOUT_SECONDS = 60

# BuildKit's parse-error messages (by prefix) and the dlint code that must report them
# (frontend/SyntaxDiagnostics.def).
MESSAGE_CODES = [
    ("file with no instructions", "DF102"),
    ("dockerfile line greater than max allowed size", "DF103"),
    ("only one ", "DF104"),  # "only one <name> parser directive can be used"
    ("invalid escape token", "DF105"),
    ("unterminated heredoc", "DF106"),
    ("when using JSON array syntax", "DF107"),
    ("ENV must have two arguments", "DF108"),
    ("LABEL must have two arguments", "DF108"),
    ("Syntax error - can't find =", "DF109"),
]
# BuildKit locates directive errors with the 0-based index of the line; dlint uses the true line.
ZERO_BASED_LINE_CODES = {"DF104", "DF105"}
# BuildKit warns about empty continuation lines once per instruction. True: dlint must too (one
# DF111 per instruction, on an empty line). False: dlint may warn once per empty line, and only
# "some DF111 inside exactly the instructions BuildKit warns about" is checked.
DF111_ONE_PER_INSTRUCTION = False
# BuildKit puts "file with no instructions" on the last line (0 for an empty file): an arbitrary
# place, so only the code is checked for it.
LINE_NOT_CHECKED_CODES = {"DF102"}

DIAGNOSTIC_RE = re.compile(
    r"^(?P<file>.+?):(?:(?P<line>\d+):(?:(?P<column>\d+):)?)? "
    r"(?P<level>fatal error|error|warning|note|remark): (?P<message>.*)$")
CODE_RE = re.compile(r"\[(DF\d{3})\b[^\]]*\]\s*$")
ANSI_RE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


# ---------------------------------------------------------------------------------------------
# Running dlint


class Run:
    """One dlint run: exit status, stdout bytes, parsed diagnostics."""

    def __init__(self, returncode, stdout, stderr, problem=None):
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr
        self.problem = problem  # why the run itself failed (missing binary, timeout, crash)
        self.diagnostics = parse_diagnostics(stderr)

    def errors(self):
        return [d for d in self.diagnostics if d["level"] in ("error", "fatal error")]

    def stderr_excerpt(self, limit=12):
        lines = self.stderr.decode("utf-8", "backslashreplace").splitlines()
        shown = ["    stderr: " + line for line in lines[:limit]]
        if len(lines) > limit:
            shown.append("    stderr: ... (%d more lines)" % (len(lines) - limit))
        return shown or ["    stderr: (empty)"]


def run_failure(run):
    """Problems for a run that did not complete (timeout, crash)."""
    return [run.problem] + (run.stderr_excerpt() if run.stderr else [])


def parse_diagnostics(stderr):
    diagnostics = []
    for raw in stderr.decode("utf-8", "replace").splitlines():
        match = DIAGNOSTIC_RE.match(ANSI_RE.sub("", raw))
        if not match:
            continue  # snippet, caret or note continuation lines
        code = CODE_RE.search(match["message"])
        diagnostics.append({
            "line": int(match["line"]) if match["line"] else None,
            "level": match["level"],
            "message": match["message"],
            "code": code.group(1) if code else None,
        })
    return diagnostics


def run_dlint(dlint, mode, dockerfile):
    command = [dlint, "--dump-ast=" + mode, str(dockerfile)]
    try:
        done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=TIMEOUT_SECONDS, check=False)
    except FileNotFoundError:
        return Run(None, b"", b"", "cannot run %s: not found" % dlint)
    except PermissionError:
        return Run(None, b"", b"", "cannot run %s: not executable" % dlint)
    except subprocess.TimeoutExpired as timeout:
        return Run(None, timeout.stdout or b"", timeout.stderr or b"",
                   "timed out after %d s" % TIMEOUT_SECONDS)
    problem = None
    if done.returncode < 0:
        problem = "killed by signal %d" % -done.returncode
    return Run(done.returncode, done.stdout, done.stderr, problem)


# ---------------------------------------------------------------------------------------------
# Small parsers for the corpus formats


def go_unquote(text):
    """Decodes a Go double- or single-quoted literal as %q prints it."""
    if len(text) < 2 or text[0] not in "\"'" or text[-1] != text[0]:
        raise ValueError("not a quoted Go literal: %r" % text)
    body = text[1:-1].encode("utf-8")
    out = bytearray()
    simple = {ord("a"): 7, ord("b"): 8, ord("f"): 12, ord("n"): 10, ord("r"): 13, ord("t"): 9,
              ord("v"): 11, ord("\\"): 92, ord('"'): 34, ord("'"): 39}
    i = 0
    while i < len(body):
        c = body[i]
        if c != ord("\\"):
            out.append(c)
            i += 1
            continue
        kind = body[i + 1]
        if kind in simple:
            out.append(simple[kind])
            i += 2
        elif kind == ord("x"):
            out.append(int(body[i + 2:i + 4], 16))
            i += 4
        elif kind in (ord("u"), ord("U")):
            width = 4 if kind == ord("u") else 8
            out += chr(int(body[i + 2:i + 2 + width], 16)).encode("utf-8", "surrogatepass")
            i += 2 + width
        else:
            raise ValueError("unknown escape in %r" % text)
    return bytes(out).decode("utf-8", "surrogateescape")


class Expected:
    """What BuildKit recorded for one fixture."""

    def __init__(self, name, dockerfile):
        self.name = name
        self.dockerfile = dockerfile
        self.escape = None
        self.nodes = []      # dicts: start, end, keyword, json (None: unknown), heredocs, prevcomments, orig
        self.warnings = []   # 1-based lines (BuildKit: the instruction's last line)
        self.errors = []     # (message, [lines])


def read_tsv(corpus):
    fixtures = {}
    path = corpus / "derived" / "parse-metadata.tsv"
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        name, kind = fields[0], fields[1]
        expected = fixtures.setdefault(name, Expected(name, corpus / name / "Dockerfile"))
        if kind == "escape":
            expected.escape = go_unquote(fields[2])
        elif kind == "node":
            attrs = dict(field.split("=", 1) for field in fields[6:])
            expected.nodes.append({
                "start": int(fields[3]), "end": int(fields[4]), "keyword": fields[5],
                "json": attrs["json"] == "true", "heredocs": int(attrs["heredocs"]),
                "prevcomments": int(attrs["prevcomments"]), "orig": None,
            })
        elif kind == "warning":
            expected.warnings.append(int(fields[2].split("=", 1)[1]))
        elif kind == "error":
            lines = [int(n) for n in fields[3].split("=", 1)[1].split(",") if n]
            expected.errors.append((fields[2], lines))
    return fixtures


META_NODE_RE = re.compile(r'^L(\d+)-(\d+) ("(?:[^"\\]|\\.)*") flags=.* attrs=map\[([^\]]*)\] '
                          r'orig=("(?:[^"\\]|\\.)*") prevcomment=')
META_WARN_RE = re.compile(r"^WARN .* loc=\{Start:\{Line:(\d+) ")


def read_meta(name, folder):
    """An edge case's `meta` file: the verbose dump after the `escape=` line."""
    expected = Expected(name, folder / "Dockerfile")
    lines = (folder / "meta").read_text(encoding="utf-8").splitlines()
    started = False
    for line in lines:
        if line.startswith("escape="):
            expected.escape = go_unquote(line[len("escape="):])
            started = True
            continue
        if not started:
            continue
        node = META_NODE_RE.match(line)
        if node:
            keyword = go_unquote(node.group(3))
            expected.nodes.append({
                "start": int(node.group(1)), "end": int(node.group(2)), "keyword": keyword,
                # An ONBUILD node's own attributes are empty: its trigger's form is not recorded.
                "json": None if keyword.lower() == "onbuild" else "json:true" in node.group(4),
                "heredocs": 0, "prevcomments": None, "orig": go_unquote(node.group(5)),
            })
        elif line.startswith("   heredoc {") and expected.nodes:
            expected.nodes[-1]["heredocs"] += 1
        else:
            warn = META_WARN_RE.match(line)
            if warn:
                expected.warnings.append(int(warn.group(1)))
    return expected


def read_error_file(path):
    """An edge case's `error` file: `ERROR: <message>` and `locations: [[{{L 0} {L 0}} ...]]`."""
    text = path.read_text(encoding="utf-8")
    message = re.search(r"^ERROR: (.*)$", text, re.M).group(1)
    lines = set()
    for start, end in re.findall(r"\{\{(\d+) \d+\} \{(\d+) \d+\}\}", text):
        lines.update(range(int(start), int(end) + 1))
    return message, sorted(lines)


def code_for(message):
    for prefix, code in MESSAGE_CODES:
        if message.startswith(prefix):
            return code
    return None


# ---------------------------------------------------------------------------------------------
# Checks: each returns a list of problems (empty when the fixture passes)


def show_bytes(data):
    return repr(bytes(data))[1:]


def compare_dump(expected, actual):
    if expected == actual:
        return []
    problems = ["stdout differs from the expected dump (- expected, + actual):"]
    diff = difflib.diff_bytes(difflib.unified_diff, expected.splitlines(keepends=True),
                              actual.splitlines(keepends=True), b"expected", b"actual", n=2)
    for line in diff:
        text = line.decode("utf-8", "backslashreplace").rstrip("\n")
        problems.append("    " + text)
    first = next((i for i, (a, b) in enumerate(zip(expected, actual)) if a != b),
                 min(len(expected), len(actual)))
    problems.append("    first difference at byte %d: expected %s, actual %s (%d vs %d bytes)" % (
        first, show_bytes(expected[first:first + 24]), show_bytes(actual[first:first + 24]),
        len(expected), len(actual)))
    return problems


def check_dump(dlint, dockerfile, result_path):
    run = run_dlint(dlint, "buildkit", dockerfile)
    if run.problem:
        return run_failure(run)
    problems = []
    if run.returncode not in (0, 1):
        problems.append("exit status %d (expected 0 or 1: the file is readable)" % run.returncode)
        problems += run.stderr_excerpt()
    problems += compare_dump(result_path.read_bytes(), run.stdout)
    return problems


def check_error(dlint, dockerfile, message, buildkit_lines):
    """dlint must exit 1 and report BuildKit's error with the mapped code on a line BuildKit names."""
    code = code_for(message)
    if code is None:
        return ["no DF code is mapped for BuildKit's message %r: add it to MESSAGE_CODES" % message]
    run = run_dlint(dlint, "buildkit", dockerfile)
    if run.problem:
        return run_failure(run)
    problems = []
    if run.returncode != 1:
        problems.append("exit status %s, expected 1 (an error-level diagnostic)" % run.returncode)
    errors = run.errors()
    if not errors:
        problems.append("no error-level diagnostic")
    wanted = [d for d in errors if d["code"] == code]
    if errors and not wanted:
        problems.append("no error %s for BuildKit's %r" % (code, message))
    elif wanted and code not in LINE_NOT_CHECKED_CODES:
        lines = [n + 1 for n in buildkit_lines] if code in ZERO_BASED_LINE_CODES else buildkit_lines
        if not any(d["line"] in lines for d in wanted):
            problems.append("%s reported on line(s) %s, expected one of %s" % (
                code, sorted({d["line"] for d in wanted}, key=str), lines))
    if problems:
        problems += run.stderr_excerpt()
    return problems


def check_fails(dlint, dockerfile):
    """No recorded message: dlint must still exit 1 with an error-level diagnostic."""
    run = run_dlint(dlint, "buildkit", dockerfile)
    if run.problem:
        return run_failure(run)
    problems = []
    if run.returncode != 1:
        problems.append("exit status %s, expected 1 (an error-level diagnostic)" % run.returncode)
    if not run.errors():
        problems.append("no error-level diagnostic")
    return problems + (run.stderr_excerpt() if problems else [])


def json_form(instruction):
    """Whether BuildKit would set Attributes["json"] (for ONBUILD: on its trigger)."""
    if instruction.get("kind") == "ONBUILD":
        trigger = instruction.get("trigger")
        return json_form(trigger) if trigger else False
    if isinstance(instruction.get("command"), dict):
        return bool(instruction["command"].get("json"))
    return bool(instruction.get("json", False))


def heredoc_count(instruction):
    own = len(instruction.get("heredocs", []))
    trigger = instruction.get("trigger")
    if own == 0 and isinstance(trigger, dict):
        return heredoc_count(trigger)
    return own


def line_span(instruction):
    """First and last line of an instruction. Its range ends at the end of its last line, before
    the newline (ast/Nodes.h), so the end position is on the last line, even when that line is an
    empty continuation line (then the end is at its column 1)."""
    return instruction["range"]["start"]["line"], instruction["range"]["end"]["line"]


def check_metadata(dlint, expected):
    run = run_dlint(dlint, "json", expected.dockerfile)
    if run.problem:
        return run_failure(run)
    problems = []
    if run.returncode not in (0, 1):
        problems.append("exit status %d (expected 0 or 1)" % run.returncode)
    try:
        ast = json.loads(run.stdout.decode("utf-8"))
        instructions = ast["instructions"]
    except (ValueError, KeyError, TypeError) as error:
        return problems + ["stdout is not dlint's JSON AST (%s)" % error] + run.stderr_excerpt()

    if expected.escape is not None and ast.get("escape") != expected.escape:
        problems.append("escape token: expected %r, got %r" % (expected.escape, ast.get("escape")))
    if len(instructions) != len(expected.nodes):
        problems.append("%d instructions, expected %d" % (len(instructions), len(expected.nodes)))
    for index, (want, got) in enumerate(zip(expected.nodes, instructions)):
        where = "instruction %d (%s, line %d)" % (index, want["keyword"], want["start"])
        actual = {"keyword": got.get("keyword"), "json": json_form(got), "heredocs": heredoc_count(got),
                  "prevcomments": len(got.get("docComments", [])),
                  "orig": (got.get("line") or {}).get("text")}
        actual["start"], actual["end"] = line_span(got)
        for field in ("keyword", "start", "end", "json", "heredocs", "prevcomments", "orig"):
            if want[field] is not None and want[field] != actual[field]:
                problems.append("%s: %s: expected %r, got %r" % (where, field, want[field], actual[field]))

    problems += check_empty_continuations(expected, run)
    if problems:
        problems += run.stderr_excerpt()
    return problems


def check_empty_continuations(expected, run):
    """BuildKit warns once per instruction, on its last line; dlint (DF111) on the empty line itself.
    So: the same number of warnings per instruction (see DF111_ONE_PER_INSTRUCTION), each on a
    blank line inside that instruction."""
    problems = []
    source_lines = expected.dockerfile.read_bytes().split(b"\n")
    warned = [d for d in run.diagnostics if d["code"] == "DF111"]
    for diagnostic in warned:
        if diagnostic["level"] != "warning":
            problems.append("DF111 on line %s is a %s, not a warning" % (diagnostic["line"], diagnostic["level"]))
        line = diagnostic["line"]
        if line is None or not 1 <= line <= len(source_lines) or source_lines[line - 1].strip():
            problems.append("DF111 on line %s, which is not an empty line" % line)
    for index, node in enumerate(expected.nodes):
        want = sum(1 for line in expected.warnings if line == node["end"])
        got = sum(1 for d in warned if d["line"] is not None and node["start"] <= d["line"] <= node["end"])
        if want != got and (DF111_ONE_PER_INSTRUCTION or min(want, got) == 0):
            problems.append("instruction %d (%s, lines %d-%d): %d DF111 warning(s), expected %d" % (
                index, node["keyword"], node["start"], node["end"], got, want))
    inside = lambda line: any(n["start"] <= line <= n["end"] for n in expected.nodes)
    for diagnostic in warned:
        if diagnostic["line"] is not None and not inside(diagnostic["line"]):
            problems.append("DF111 on line %d is outside every instruction" % diagnostic["line"])
    orphans = [line for line in expected.warnings if not any(n["end"] == line for n in expected.nodes)]
    if orphans:
        problems.append("corpus: warning line(s) %s end no instruction" % orphans)
    return problems


# ---------------------------------------------------------------------------------------------
# Modes: each yields (fixture name, a function returning its problems), so --only skips work


def mode_testfiles(corpus, dlint):
    for folder in sorted((corpus / "testfiles").iterdir()):
        yield "testfiles/" + folder.name, lambda f=folder: check_dump(dlint, f / "Dockerfile", f / "result")


def mode_testfiles_negative(corpus, dlint):
    tsv = read_tsv(corpus)
    for folder in sorted((corpus / "testfiles-negative").iterdir()):
        name = "testfiles-negative/" + folder.name
        recorded = tsv.get(name)
        if recorded and recorded.errors:
            message, lines = recorded.errors[0]
            yield name, lambda f=folder, m=message, l=lines: check_error(dlint, f / "Dockerfile", m, l)
        else:
            yield name, lambda f=folder: check_fails(dlint, f / "Dockerfile")


def mode_edge_cases(corpus, dlint):
    for folder in sorted((corpus / "derived" / "edge-cases").iterdir()):
        name = "edge-cases/" + folder.name
        if (folder / "result").is_file():
            yield name, lambda f=folder: check_dump(dlint, f / "Dockerfile", f / "result")
        elif (folder / "error").is_file():
            message, lines = read_error_file(folder / "error")
            yield name, lambda f=folder, m=message, l=lines: check_error(dlint, f / "Dockerfile", m, l)
        else:
            yield name, lambda f=folder: ["corpus: neither `result` nor `error` in %s" % f]


def mode_parse_metadata(corpus, dlint):
    for name, expected in sorted(read_tsv(corpus).items()):
        if expected.nodes:  # fixtures with only `error` rows are checked by testfiles-negative
            yield name, lambda e=expected: check_metadata(dlint, e)
    for folder in sorted((corpus / "derived" / "edge-cases").iterdir()):
        if (folder / "meta").is_file() and (folder / "result").is_file():
            yield "edge-cases/" + folder.name, lambda f=folder: check_metadata(dlint, read_meta(f.name, f))


MODES = {
    "testfiles": mode_testfiles,
    "testfiles-negative": mode_testfiles_negative,
    "edge-cases": mode_edge_cases,
    "parse-metadata": mode_parse_metadata,
}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dlint", required=True, help="the dlint binary")
    parser.add_argument("--shared", required=True, help="the shared folder holding corpus/buildkit-parser")
    parser.add_argument("--expect", type=int, help="fail unless exactly this many fixtures were checked")
    parser.add_argument("--only", help="check only fixtures whose name contains this text")
    parser.add_argument("mode", choices=sorted(MODES))
    args = parser.parse_args()

    corpus = Path(args.shared) / CORPUS
    if not (corpus / "testfiles").is_dir():
        print("error: BuildKit parser corpus not found at %s" % corpus, file=sys.stderr)
        return 2

    dlint = shutil.which(args.dlint) or args.dlint
    if not (os.path.isfile(dlint) and os.access(dlint, os.X_OK)):
        print("error: dlint binary not found or not executable: %s" % args.dlint, file=sys.stderr)
        return 2

    out = sys.stdout
    out.reconfigure(encoding="utf-8", errors="backslashreplace")
    passed = failed = 0
    for name, check in MODES[args.mode](corpus, dlint):
        if args.only and args.only not in name:
            continue
        problems = check()
        if problems:
            failed += 1
            out.write("FAIL %s\n" % name)
            for problem in problems:
                out.write(("" if problem.startswith("    ") else "  ") + problem + "\n")
        else:
            passed += 1
            out.write("PASS %s\n" % name)
        out.flush()

    total = passed + failed
    if args.expect is not None and not args.only and total != args.expect:
        out.write("FAIL fixture count: checked %d fixtures, expected %d\n" % (total, args.expect))
        failed += 1
    out.write("%d passed, %d failed\n" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
