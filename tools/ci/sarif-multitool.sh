#!/bin/sh
# sarif-multitool.sh FILE.sarif...: checks SARIF files with Microsoft's SARIF multitool and its
# GitHub code scanning rules (reference: shared/docs/reference/sarif-and-fixits.md §3.1).
# The multitool always exits 0 and skips schema errors on Linux, so run the JSON-schema check
# (test/lit/output/sarif-schema.test) too, and read its output: any "error"/"warning" line
# fails this script. Notes (offline helpUri checks, no contextRegion) are printed, not fatal.
# Needs npm; installs @microsoft/sarif-multitool@5.7.0 (about 100 MB) once into
# $SARIF_MULTITOOL_DIR (default: ~/.cache/dlint-sarif-multitool). Exit 0 ok, 1 problems,
# 77 skipped (no npm or the install failed).
set -eu
[ $# -ge 1 ] || { echo "usage: $0 FILE.sarif..." >&2; exit 2; }
dir=${SARIF_MULTITOOL_DIR:-${HOME:-/tmp}/.cache/dlint-sarif-multitool}
tool=$dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
if [ ! -x "$tool" ]; then
  command -v npm >/dev/null 2>&1 || { echo "sarif-multitool: skipped: npm not found" >&2; exit 77; }
  mkdir -p "$dir"
  if ! (cd "$dir" && npm install @microsoft/sarif-multitool@5.7.0 --no-audit --no-fund >install.log 2>&1); then
    echo "sarif-multitool: skipped: npm install failed (see $dir/install.log)" >&2
    exit 77
  fi
  chmod u+x "$tool" # its postinstall script may not have run
fi
status=0
for file in "$@"; do
  out=$("$tool" validate "$file" --rule-kind "Sarif;Ghas" --level "Error;Warning;Note" 2>&1) || true
  # Notes only suggest (offline helpUri checks, no contextRegion): count them by rule.
  notes=$(printf '%s\n' "$out" | grep -oE ': note [A-Z]+[0-9]+' | sed 's/: note //' | sort | uniq -c |
    awk '{printf "%s %s x%s", (NR > 1 ? "," : ""), $2, $1}' || true)
  if [ -n "$notes" ]; then echo "$file: notes only:$notes"; fi
  if printf '%s\n' "$out" | grep -E ': (error|warning) |JSON0001|Unhandled exception'; then
    status=1
  fi
  printf '%s\n' "$out" | grep -q 'Analysis completed successfully' || { echo "$file: multitool did not finish" >&2; status=1; }
done
exit $status
