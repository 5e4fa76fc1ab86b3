#!/usr/bin/env bash
# Builds the Linux installers, a .deb and an .rpm, with the Tauri CLI (installed by the script
# itself, from the npm registry): the release app as a clinic installs it, with its desktop
# entry and icons. Sets up what building needs first (tests/dev/setup.sh run).
#   bash tests/dev/package.sh
# The installers land in target/release/bundle/{deb,rpm}/ as kanta-extranet_<version>_<arch>.deb
# and kanta-extranet-<version>-1.<arch>.rpm; their paths are printed last.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$root/tests/dev/setup.sh" run
cd "$root"
source "$root/tests/dev/tauri-cli.sh"
trap tauri_cli_done EXIT
[ -x "$tauri_cli" ] || die "the Tauri CLI could not be installed from the npm registry (@tauri-apps/cli)"
# An installer carries the licences of everything in it (the About page): both lists must be there.
for list in rust npm; do
  [ -s "src-tauri/app/generated/$list-licences.json" ] || die "src-tauri/app/generated/$list-licences.json is missing (tests/dev/setup.sh writes it)"
done
say "building the .deb and the .rpm (a release build)"
tauri_build --bundles deb,rpm
bundle_paths
for file in "$deb" "$rpm"; do [ -f "$file" ] || die "the build did not write $file"; done
printf '%s\n' "$deb" "$rpm"
