#!/usr/bin/env bash
# dlint's benchmark: builds the `release` preset, then prints
#   1. parse + AST throughput (dlint_parse_bench: real corpus, 1/4/16 MB generated files, peak RSS)
#   2. CLI files/second over the real corpus, one process for all files and one process per file
#   3. peak memory of the one-process CLI run
# See bench/README.md for what each figure means and the latest results.
#
#   bench/run.sh [dlint_parse_bench options, e.g. --reps 9 --json]
#   DLINT_BENCH_BUILD_DIR=build/x bench/run.sh    build somewhere else than build/release
# Uses hyperfine when installed (apt-get install hyperfine), else a simple timing loop.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${DLINT_BENCH_BUILD_DIR:-$repo/build/release}"
case "$build" in /*) ;; *) build="$repo/$build" ;; esac
corpus="$repo/../shared/corpus/real"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$repo"
echo "== building dlint and dlint_parse_bench (release preset) in $build"
cmake --preset release -B "$build" >/dev/null
if ! cmake --build "$build" --target help | grep -q '^dlint_parse_bench:'; then
  echo "bench/run.sh: no target dlint_parse_bench: the top CMakeLists.txt needs add_subdirectory(bench)" >&2
  exit 1
fi
if ! cmake --build "$build" -j"${DLINT_BENCH_BUILD_JOBS:-2}" --target dlint dlint_parse_bench \
     > "$work/build.log" 2>&1; then
  cat "$work/build.log" >&2
  exit 1
fi
dlint="$build/bin/dlint"

echo
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "== 1. parse + AST throughput"
"$build/bin/dlint_parse_bench" "$@"

echo
echo "== 2. CLI over the real corpus"
if [ ! -d "$corpus" ]; then
  echo "skipped: $corpus not found (the corpus lives in ../shared next to the repository)"
  exit 0
fi
# The same selection as the parse bench and manifest.tsv: a Dockerfile-ish name, never YAML.
(cd "$corpus" && find . -type f \( -iname '*dockerfile*' -o -iname '*containerfile*' \) \
   ! -iname '*.yml' ! -iname '*.yaml' -print0 | sort -z) > "$work/files"
count="$(tr -cd '\0' < "$work/files" | wc -c)"
bytes="$(cd "$corpus" && xargs -0 cat < "$work/files" | wc -c)"
echo "$count files, $bytes bytes; dlint exits 1 on findings, so exit codes are not checked"

# files/second for a command that lints every file once: $1 = label, $2 = runs, rest = command
measure() {
  local label="$1" runs="$2"
  shift 2
  local seconds
  if command -v hyperfine >/dev/null; then
    # --ignore-failure: exit code 1 means findings; hyperfine's warning about it is dropped
    if ! (cd "$corpus" && hyperfine --style none --ignore-failure --warmup 1 --runs "$runs" \
          --export-json "$work/timing.json" "$*" >/dev/null 2>"$work/hyperfine.err"); then
      cat "$work/hyperfine.err" >&2
      exit 1
    fi
    seconds="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$work/timing.json")"
  else
    seconds="$(cd "$corpus" && python3 - "$runs" "$@" <<'PY'
import statistics, subprocess, sys, time
runs = int(sys.argv[1]); command = ' '.join(sys.argv[2:]); times = []
for _ in range(runs + 1):  # the first run warms the caches and is not counted
    start = time.perf_counter()
    subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times.append(time.perf_counter() - start)
print(statistics.median(times[1:]))
PY
)"
  fi
  python3 -c 'import sys; n, s = int(sys.argv[2]), float(sys.argv[3]); print("%-34s %8.0f files/s  (%.3f s for %d files, median of %s runs)" % (sys.argv[1], n / s, s, n, sys.argv[4]))' \
    "$label" "$count" "$seconds" "$runs"
}

# One process for all files: a script that execs dlint with every path (about 300 KB of
# arguments, well inside ARG_MAX). One process per file: xargs -n1.
python3 - "$work/files" "$dlint" > "$work/all.sh" <<'PY'
import shlex, sys
files = open(sys.argv[1], 'rb').read().decode().split('\0')[:-1]
print('exec ' + ' '.join(shlex.quote(a) for a in [sys.argv[2], '--color=never'] + files))
PY
measure "one process, all files" 10 "sh '$work/all.sh' >/dev/null"
measure "one process per file" 3 "xargs -0 -n1 -a '$work/files' '$dlint' --color=never >/dev/null"

echo
echo "== 3. peak memory of the one-process CLI run"
if [ -x /usr/bin/time ]; then
  (cd "$corpus" && /usr/bin/time -v sh "$work/all.sh" >/dev/null 2>"$work/time.txt") || true
  kib="$(sed -n 's/.*Maximum resident set size (kbytes): *//p' "$work/time.txt")"
else
  kib="$(cd "$corpus" && python3 - "$work/files" "$dlint" <<'PY'
import resource, subprocess, sys
files = open(sys.argv[1], 'rb').read().split(b'\0')[:-1]
subprocess.run([sys.argv[2], '--color=never'] + files, stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
PY
)"
fi
python3 -c 'import sys; print("dlint --color=never <%s files>: peak RSS %.1f MiB" % (sys.argv[1], int(sys.argv[2]) / 1024))' "$count" "$kib"
