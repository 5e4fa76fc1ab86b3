#!/usr/bin/env bash
# Sourced: makes the Tauri CLI (prebuilt, from the npm registry) available as "$tauri_cli", and
# links the config beside src-tauri's Cargo.toml where the CLI looks for it (removed again by
# tauri_cli_done). Installed into target/, not in ui/package.json: the registry this is built
# from lacks some of its other platforms' packages, which `npm ci` would then refuse.
# Used by tests/perf/measure.sh, tests/dev/package.sh and .github/workflows/installers.yml.
tauri_cli_dir="${CARGO_TARGET_DIR:-$root/target}/tauri-cli"
tauri_cli="$tauri_cli_dir/node_modules/.bin/tauri"
if [ ! -x "$tauri_cli" ]; then
  npm install --prefix "$tauri_cli_dir" --no-save --no-audit --no-fund --loglevel=error '@tauri-apps/cli@~2.12' >/dev/null || true
fi
for link in tauri.conf.json ui icons; do ln -sfn "../$link" "$root/src-tauri/$link"; done
# `tauri_build ARGS`: the CLI's build with the Linux packages' settings (src-tauri/bundle/
# linux.json): file names without spaces (kanta-extranet_<version>_<arch>.deb, and the desktop
# entry kanta-extranet.desktop) and the desktop entry in fi and sv (bundle/kanta-extranet.desktop).
# Elsewhere (Windows, macOS: .github/workflows/installers.yml) the shared settings alone.
tauri_build() {
  local platform=()
  if [ "$(uname -s)" = Linux ]; then platform=(--config "$root/src-tauri/bundle/linux.json"); fi
  TAURI_APP_PATH=src-tauri "$tauri_cli" build "${platform[@]}" "$@"
}
# Where tauri_build puts this version's packages: sets $deb and $rpm.
bundle_paths() {
  local version bundle
  # The top-level "version" (two spaces in): building needs no JSON tool installed.
  version=$(sed -n 's/^  "version": "\([^"]*\)",$/\1/p' "$root/tauri.conf.json")
  bundle="${CARGO_TARGET_DIR:-$root/target}/release/bundle"
  deb="$bundle/deb/kanta-extranet_${version}_$(dpkg --print-architecture).deb"
  rpm="$bundle/rpm/kanta-extranet-${version}-1.$(uname -m).rpm"
}
tauri_cli_done() { rm -f "$root/src-tauri/tauri.conf.json" "$root/src-tauri/ui" "$root/src-tauri/icons"; }
