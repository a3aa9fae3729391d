#!/usr/bin/env bash
# Command (1): install what is missing, build, and start Attune.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
attune_install
attune_build "$ATTUNE_BUILD"
if [ -x "$ATTUNE_BUILD/bin/attune" ]; then
  exec "$ATTUNE_BUILD/bin/attune" "$@"
fi
# Until the game exists, play the first level headless with the sensitive bot and print the report.
first_level="$(ls "$ATTUNE_ROOT"/levels/*.json | grep -v index.json | head -n 1)"
exec "$ATTUNE_BUILD/bin/attune-sim" --level "$first_level" --policy sensitive "$@"
