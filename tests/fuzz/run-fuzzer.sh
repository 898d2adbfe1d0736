#!/bin/sh
# run-fuzzer.sh FUZZER SEED-CORPUS WORK-DIR SECONDS
#
# Runs a libFuzzer binary for a bounded time on a copy of its seed corpus,
# so that nothing is ever written into the source tree, in two passes:
#
#  1. fuzzing for SECONDS, which finds crashes, out-of-bounds accesses,
#     undefined behaviour, timeouts and runaway memory;
#  2. every input of the grown corpus run once more with leak detection.
#
# Leaks are checked apart because the check needs full stack traces (GLib is
# built without frame pointers), which makes fuzzing ten times slower, and
# a corpus of a few thousand inputs is quick to check once.
#
# New inputs go to WORK-DIR/corpus and reproducers to WORK-DIR/artifacts/.
# The exit status is 1 when anything was found (libFuzzer's own 77 would
# read as "skipped" to meson).
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

if [ $# -ne 4 ]; then
  echo "usage: $0 FUZZER SEED-CORPUS WORK-DIR SECONDS" >&2
  exit 2
fi

fuzzer=$1
seeds=$2
work=$3
seconds=$4

rm -rf "$work"
mkdir -p "$work/corpus" "$work/artifacts"
cp "$seeds"/* "$work/corpus/"

UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}print_stacktrace=1:halt_on_error=1"
# GLib 2.74's slice allocator hides leaks from the sanitizer
G_SLICE=always-malloc
export UBSAN_OPTIONS G_SLICE

report () {
  echo "libFuzzer found a problem in $1 (exit status $2); reproducers:" >&2
  ls -l "$work/artifacts" >&2
  exit 1
}

echo "== fuzzing for $seconds seconds"
status=0
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
"$fuzzer" \
  -max_total_time="$seconds" \
  -timeout=10 \
  -rss_limit_mb=2048 \
  -detect_leaks=0 \
  -error_exitcode=1 \
  -timeout_exitcode=1 \
  -print_final_stats=1 \
  -artifact_prefix="$work/artifacts/" \
  "$work/corpus" || status=$?
[ "$status" -eq 0 ] || report "fuzzing" "$status"

echo "== checking $(ls "$work/corpus" | wc -l) inputs for leaks"
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=1:fast_unwind_on_malloc=0" \
"$fuzzer" \
  -runs=0 \
  -timeout=10 \
  -rss_limit_mb=2048 \
  -detect_leaks=1 \
  -error_exitcode=1 \
  -timeout_exitcode=1 \
  -artifact_prefix="$work/artifacts/" \
  "$work/corpus" || status=$?
[ "$status" -eq 0 ] || report "the leak check" "$status"
