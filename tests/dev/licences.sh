#!/usr/bin/env bash
# Writes the About page's list of the Rust crates the app ships, with their licence texts, with
# cargo-about (src-tauri/app/about.toml) into src-tauri/app/generated/rust-licences.json, where
# the application crate's build.rs embeds it beside the UI's npm list (written by the UI's build).
# --frozen: offline, from the crates' own files (neither clearlydefined.io nor the crates' git
# repositories, which this machine cannot reach), with the lock as it is. Run by tests/dev/setup.sh; made again only when Cargo.lock or the settings change.
#   bash tests/dev/licences.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
out=src-tauri/app/generated/rust-licences.json
stamp=src-tauri/app/generated/.rust-licences-input
want=$(cat Cargo.lock src-tauri/app/about.toml | sha256sum | cut -d' ' -f1)
if [ -f "$out" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then exit 0; fi
mkdir -p "$(dirname "$out")"
# The crates' sources as locked (on a fresh machine nothing is downloaded yet), then offline.
cargo fetch --locked --quiet --manifest-path src-tauri/Cargo.toml
cargo about generate --format json --frozen --manifest-path src-tauri/Cargo.toml -c src-tauri/app/about.toml \
  -o "$out.partial" 2>"$out.log" || { cat "$out.log" >&2; echo "error: cargo about could not list the Rust crates' licences (see above)" >&2; exit 1; }
mv "$out.partial" "$out"
echo "$want" >"$stamp"
