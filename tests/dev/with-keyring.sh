#!/usr/bin/env bash
# Runs a command inside its own D-Bus session with a throw-away, unlocked GNOME Keyring, so that
# the tests reach a real OS keychain (Secret Service) without touching the user's own. Sets
# KANTA_REQUIRE_KEYCHAIN=1: there, a test of the keychain fails rather than skips.
#   bash tests/dev/with-keyring.sh cargo test -p kanta-keychain
set -euo pipefail
if [ -z "${KANTA_KEYRING_SESSION:-}" ]; then
  exec dbus-run-session -- env KANTA_KEYRING_SESSION=1 bash "$0" "$@"
fi
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
# The keyring file lives under XDG_DATA_HOME; HOME stays (cargo and rustup live there).
export XDG_DATA_HOME="$keyring_home"
eval "$(printf 'kanta-test' | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
export KANTA_REQUIRE_KEYCHAIN=1
status=0
"$@" || status=$?
exit "$status"
