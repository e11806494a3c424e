#!/usr/bin/env bash
# Builds the libFuzzer targets with the `fuzz` preset (clang-14, ASan + UBSan + coverage) and
# fuzzes the frontend for a bounded time. Exits non-zero on any crash, leak, timeout or
# out-of-memory; the reproducer is left in <build>/fuzz-artifacts/.
#
#   fuzz/run.sh [SECONDS]            default 60 for the Dockerfile pipeline
#   DLINT_ENV_FUZZ_SECONDS=N         then the .env pipeline for N seconds (default 20; 0 skips)
#   DLINT_FUZZ_BUILD_DIR=build/x fuzz/run.sh 300   build somewhere else than build/fuzz
#
# Seeds: BuildKit's parser fixtures (../shared/corpus/buildkit-parser/**/Dockerfile), copied at
# run time into the build tree, plus every reproducer in test/fuzz-regressions/ (which is also
# replayed first, so a regression fails fast).
set -euo pipefail

seconds="${1:-60}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${DLINT_FUZZ_BUILD_DIR:-$repo/build/fuzz}"
case "$build" in /*) ;; *) build="$repo/$build" ;; esac
jobs="${DLINT_FUZZ_BUILD_JOBS:-2}"

cd "$repo"
cmake --preset fuzz -B "$build" >/dev/null
cmake --build "$build" -j"$jobs" --target dlint_frontend_fuzzer dlint_envfile_fuzzer
fuzzer="$build/bin/dlint_frontend_fuzzer"

seeds="$build/fuzz-seeds"
corpus="$build/fuzz-corpus"       # what libFuzzer learns; kept between runs
artifacts="$build/fuzz-artifacts"
rm -rf "$seeds"
mkdir -p "$seeds" "$corpus" "$artifacts"

fixtures="$repo/../shared/corpus/buildkit-parser"
if [ -d "$fixtures" ]; then
  while IFS= read -r -d '' file; do
    # one seed per fixture, named after its folder so nothing collides
    name="$(realpath --relative-to="$fixtures" "$file" | tr '/' '_')"
    cp "$file" "$seeds/$name"
  done < <(find "$fixtures" -type f -name Dockerfile -print0)
else
  echo "fuzz/run.sh: note: $fixtures not found; seeding from test/fuzz-regressions only" >&2
fi

regressions=()
if [ -d "$repo/test/fuzz-regressions" ]; then
  while IFS= read -r -d '' file; do regressions+=("$file"); done \
    < <(find "$repo/test/fuzz-regressions" -type f ! -name '*.md' -print0 | sort -z)
fi
if [ "${#regressions[@]}" -gt 0 ]; then
  echo "fuzz/run.sh: replaying ${#regressions[@]} saved reproducer(s)"
  "$fuzzer" -runs=1 "${regressions[@]}"
  cp "${regressions[@]}" "$seeds/"
fi
echo "fuzz/run.sh: $(ls "$seeds" | wc -l) seed(s), fuzzing for ${seconds}s"

# -timeout: a single input taking this long is reported as a hang (the parser must be linear).
# libFuzzer exits non-zero on the first crash, leak, timeout or OOM; set -e passes that on.
status=0
"$fuzzer" -dict="$repo/fuzz/dockerfile.dict" -max_total_time="$seconds" -timeout=20 \
  -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 \
  -artifact_prefix="$artifacts/" "$corpus" "$seeds" || status=$?
if [ "$status" -ne 0 ]; then
  echo "fuzz/run.sh: FAILED (exit $status); reproducer(s) in $artifacts/:" >&2
  ls -l "$artifacts" >&2
  exit "$status"
fi
echo "fuzz/run.sh: no crash in ${seconds}s"

# The .env pipeline (grammar, value decoding, EV rules, secret detectors, masking), seeded with
# the .env lit tests.
env_seconds="${DLINT_ENV_FUZZ_SECONDS:-20}"
if [ "$env_seconds" -gt 0 ]; then
  env_seeds="$build/fuzz-env-seeds"
  env_corpus="$build/fuzz-env-corpus"
  rm -rf "$env_seeds"
  mkdir -p "$env_seeds" "$env_corpus"
  find "$repo/test/lit" -type f -name '*.env' -exec cp -t "$env_seeds" {} +
  echo "fuzz/run.sh: $(ls "$env_seeds" | wc -l) .env seed(s), fuzzing the .env pipeline for ${env_seconds}s"
  "$build/bin/dlint_envfile_fuzzer" -max_total_time="$env_seconds" -timeout=20 -rss_limit_mb=2048 \
    -max_len=8192 -print_final_stats=1 -artifact_prefix="$artifacts/env-" "$env_corpus" "$env_seeds" || status=$?
  if [ "$status" -ne 0 ]; then
    echo "fuzz/run.sh: .env fuzzer FAILED (exit $status); reproducer(s) in $artifacts/:" >&2
    ls -l "$artifacts" >&2
    exit "$status"
  fi
  echo "fuzz/run.sh: no crash in the .env pipeline in ${env_seconds}s"
fi
