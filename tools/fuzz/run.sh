#!/usr/bin/env bash
# Runs attune-fuzz-level for SECONDS on a scratch copy of the seed corpus; exits non-zero on a crash.
# Usage: tools/fuzz/run.sh BUILD_DIR SECONDS   (BUILD_DIR configured with CXX=clang++ -DATTUNE_FUZZ=ON)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${1:?usage: run.sh BUILD_DIR SECONDS}"
SECONDS_TO_RUN="${2:?usage: run.sh BUILD_DIR SECONDS}"
FUZZER="$BUILD/bin/attune-fuzz-level"
[ -x "$FUZZER" ] || { echo "run.sh: $FUZZER not built (configure with CXX=clang++ -DATTUNE_FUZZ=ON)" >&2; exit 2; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/attune-fuzz.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/corpus" "$BUILD/fuzz-artifacts"
cp "$ROOT"/tests/data/fuzz-seed/* "$WORK/corpus/"

export ATTUNE_ROOT="$ROOT"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
# UBSan stays recoverable in the build so the suppression file works; halt here instead.
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$ROOT/tools/ubsan.supp"

echo "fuzzing attune-fuzz-level for ${SECONDS_TO_RUN}s (crashes land in $BUILD/fuzz-artifacts/)"
"$FUZZER" "$WORK/corpus" -max_total_time="$SECONDS_TO_RUN" -rss_limit_mb=2048 -timeout=10 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$BUILD/fuzz-artifacts/" 2>&1 | tail -n 25
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ]; then
    echo "run.sh: the fuzzer found a problem (exit $status); see $BUILD/fuzz-artifacts/" >&2
    exit "$status"
fi
echo "run.sh: no crashes"
