#!/usr/bin/env bash
# Command (2): install what is missing, build, and run every test: the normal build, then the
# same suite under AddressSanitizer + UndefinedBehaviorSanitizer, then a short fuzzing run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
attune_install
export SDL_AUDIODRIVER=dummy

echo "== build and test ($ATTUNE_BUILD)"
attune_build "$ATTUNE_BUILD"
ctest --test-dir "$ATTUNE_BUILD" --output-on-failure -j"$ATTUNE_JOBS"

echo "== sanitizers (build-asan)"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$ATTUNE_ROOT/tools/ubsan.supp"
attune_build "$ATTUNE_ROOT/build-asan" -DATTUNE_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
ctest --test-dir "$ATTUNE_ROOT/build-asan" --output-on-failure -j"$ATTUNE_JOBS" -LE slow

echo "== fuzzing (build-fuzz)"
CC=clang CXX=clang++ attune_build "$ATTUNE_ROOT/build-fuzz" -DATTUNE_FUZZ=ON -DBUILD_TESTING=OFF -DATTUNE_BUILD_GAME=OFF
bash "$ATTUNE_ROOT/tools/fuzz/run.sh" "$ATTUNE_ROOT/build-fuzz" 30
echo "== all tests passed"
