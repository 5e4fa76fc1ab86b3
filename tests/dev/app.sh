#!/usr/bin/env bash
# Starts the app on its embedded defaults: the built-in test environment, the database in the
# OS app-data folder (or $KANTA_EXTRANET_DATA_DIR). Installs what is missing first.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$root/tests/dev/setup.sh" run
cd "$root"
[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || die "no graphical session (DISPLAY is unset): start this from a desktop session"
say "building and starting the app"
exec cargo run --quiet -p kanta-extranet
