#!/usr/bin/env bash
# Build and check dlint on Debian 12 (bookworm). Installs the Debian packages it needs first.
#
#   ./build.sh example    build (CMake preset 'ci') and lint examples/Dockerfile
#   ./build.sh test       build and run every test (unit + lit), then the same under ASan+UBSan,
#                         then fuzz the parser and rules for DLINT_FUZZ_SECONDS (default 60)
#   ./build.sh quick      build and run every test, without the sanitizer pass
#   ./build.sh sanitize   only the ASan+UBSan build and tests (preset 'ci-sanitize')
#   ./build.sh build      only build (preset 'ci'); the binary is build/ci/bin/dlint
#   ./build.sh deps       only install the missing Debian packages
#
# DLINT_JOBS sets the build and test parallelism (default: the number of CPUs).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# What the build, the tests and the fuzz preset need, by Debian package name.
PACKAGES=(
  build-essential cmake ninja-build
  tao-pegtl-dev libfmt-dev libyaml-cpp-dev nlohmann-json3-dev libcli11-dev libre2-dev libmimalloc-dev
  catch2 llvm-14-tools python3 python3-yaml python3-jsonschema shellcheck
  clang-14 libclang-rt-14-dev
)
JOBS="${DLINT_JOBS:-$(nproc 2>/dev/null || echo 2)}"

log() { printf '\n==> %s\n' "$*" >&2; }

install_missing_packages() {
  local missing=() package
  for package in "${PACKAGES[@]}"; do
    if [[ "$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null)" != installed ]]; then
      missing+=("$package")
    fi
  done
  if ((${#missing[@]} == 0)); then
    return
  fi
  log "installing missing Debian packages: ${missing[*]}"
  local sudo=()
  if ((EUID != 0)); then
    if command -v sudo >/dev/null; then
      sudo=(sudo)
    else
      echo "build.sh: error: not root and no sudo; install these packages first: ${missing[*]}" >&2
      exit 2
    fi
  fi
  # Update the package lists only when something is missing: it is slow and needs the network.
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "${missing[@]}"
}

# build_preset PRESET [TARGET...]: configure, then build everything or only the targets named.
build_preset() {
  local preset="$1"
  shift
  local targets=()
  (($# > 0)) && targets=(--target "$@")
  log "configuring and building (preset '$preset')"
  cmake --preset "$preset"
  cmake --build --preset "$preset" --parallel "$JOBS" "${targets[@]}"
}

test_preset() {
  local preset="$1"
  log "running the tests (preset '$preset')"
  ctest --preset "$preset" --parallel "$JOBS"
}

run_example() {
  log "build/ci/bin/dlint examples/Dockerfile"
  local status=0
  build/ci/bin/dlint examples/Dockerfile || status=$?
  # The example has mistakes on purpose: exit code 1 (findings) is the expected outcome.
  if ((status != 1)); then
    echo "build.sh: error: expected dlint to exit with 1 (findings), got $status" >&2
    exit 1
  fi
  log "dlint found the example's mistakes (exit code 1, as expected)"
}

# GitHub code scanning's own SARIF rules, checked by Microsoft's multitool (installed from npm):
# the lit suite validates against the JSON schema offline; this adds GitHub's rules where npm
# is reachable, and says plainly when it is not.
check_sarif_with_multitool() {
  local sarif
  sarif="$(mktemp -d)/dlint.sarif"
  local status=0
  build/ci/bin/dlint --format sarif -o "$sarif" examples || status=$?
  if ((status > 1)); then
    echo "build.sh: error: dlint could not write SARIF (exit $status)" >&2
    exit 1
  fi
  status=0
  tools/ci/sarif-multitool.sh "$sarif" || status=$?
  case "$status" in
    0) log "sarif-multitool: no errors or warnings (GitHub and SARIF rules)" ;;
    77) log "sarif-multitool: skipped (see the reason above); the schema check in lit still ran" ;;
    *) echo "build.sh: error: sarif-multitool found problems in dlint's SARIF" >&2; exit 1 ;;
  esac
}

timed() {
  local start=$SECONDS
  "$@"
  log "$* took $((SECONDS - start)) s"
}

command="${1:-}"
case "$command" in
  example)
    install_missing_packages
    build_preset ci dlint
    run_example
    ;;
  test)
    install_missing_packages
    timed build_preset ci
    timed test_preset ci
    timed check_sarif_with_multitool
    timed build_preset ci-sanitize
    timed test_preset ci-sanitize
    log "fuzzing the frontend and every rule for ${DLINT_FUZZ_SECONDS:-60} s, then the .env pipeline for ${DLINT_ENV_FUZZ_SECONDS:-20} s (libFuzzer, clang-14)"
    timed fuzz/run.sh "${DLINT_FUZZ_SECONDS:-60}"
    ;;
  quick)
    install_missing_packages
    build_preset ci
    test_preset ci
    ;;
  sanitize)
    install_missing_packages
    timed build_preset ci-sanitize
    timed test_preset ci-sanitize
    ;;
  build)
    install_missing_packages
    build_preset ci
    ;;
  deps)
    install_missing_packages
    ;;
  -h | --help)
    sed -n '2,11s/^# \{0,1\}//p' "$0"
    ;;
  *)
    sed -n '2,11s/^# \{0,1\}//p' "$0" >&2
    [[ -n "$command" ]] && echo "build.sh: error: unknown command '$command'" >&2
    exit 2
    ;;
esac
