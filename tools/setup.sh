#!/usr/bin/env bash
# Installs what is missing from Debian's packages (idempotent, quiet when all is present), then
# configures and builds Attune into build/. Sourced by tools/run.sh and tools/test.sh.
set -euo pipefail
ATTUNE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ATTUNE_BUILD="${ATTUNE_BUILD:-$ATTUNE_ROOT/build}"
ATTUNE_JOBS="${ATTUNE_JOBS:-$(nproc 2>/dev/null || echo 2)}"

ATTUNE_PACKAGES=(build-essential cmake pkg-config libsdl2-dev libimgui-dev libbox2d-dev
  libcereal-dev rapidjson-dev catch2 libstb-dev fonts-dejavu-core xvfb xauth
  clang libclang-rt-14-dev chromium)

attune_install() {
  local missing=()
  for p in "${ATTUNE_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "attune: installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

attune_build() {
  local dir="$1"; shift
  cmake -S "$ATTUNE_ROOT" -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  cmake --build "$dir" -j"$ATTUNE_JOBS"
}
