#!/usr/bin/env bash
# Runs the forms fuzzers for SECONDS each, seeded with the shipped forms, the broken-forms
# corpus and the expression seeds. New corpus entries go to a temporary directory; a crashing
# input is kept as ./crash-* (or ./timeout-*, ./oom-*) in the current directory.
# usage: run_fuzz.sh FUZZ_BIN_DIR SOURCE_DIR [SECONDS]
#   e.g. after building:  tests/forms/fuzz/run_fuzz.sh build/tests/forms/fuzz/standalone . 300
# On a shared machine, take the build lock for long runs: flock /tmp/intake-build.lock ...
set -euo pipefail
bin=$1
src=$2
seconds=${3:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/loader" "$work/expression" "$work/session"
common=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
        -artifact_prefix="$PWD/")

# Runs one fuzzer; prints its summary, and on failure its last lines and the fuzzer's status.
run() {
  local name=$1
  shift
  echo "== $name for ${seconds}s"
  local status=0
  "$bin/$name" "${common[@]}" "$@" >"$work/$name.log" 2>&1 || status=$?
  grep -E '^(stat::|Done)' "$work/$name.log" || true
  if [ "$status" -ne 0 ]; then
    tail -n 60 "$work/$name.log"
    echo "$name failed (status $status); the input is saved as crash-*/timeout-*/oom-* in $PWD" >&2
    exit "$status"
  fi
}

run fuzz_form_loader "$work/loader" "$src/forms" "$src/tests/forms/broken"
run fuzz_expression "$work/expression" "$src/tests/forms/fuzz/seeds/expression"
run fuzz_session_json "$work/session" "$src/tests/forms/fuzz/seeds/session"
