#!/usr/bin/env bash
# Measures the app as a user feels it (issue 9) and prints the figures with their budgets:
#   bash tests/perf/measure.sh            (KANTA_PERF_RUNS=9 for more runs; default 5)
# Builds the release app and the reference app (tests/perf/reference: one page, one command,
# the same Tauri, toolchain and release profile), starts each several times in turn under Xvfb
# with a throw-away keychain, once painting through OpenGL and once on the CPU, and prints
# medians each time: start to interactive, memory (PSS of the app and its WebKit processes), a
# field edit's autosave through the IPC, the core's benchmarks (criterion: PDF, the drafts list
# over 10,000 drafts), the stripped binary's size and the .deb's.
# Takes 20-40 minutes on a 2-core machine, most of it release builds. Not part of the tests:
# figures are never asserted in them.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$root/tests/dev/setup.sh" test
cd "$root"
out=target/perf
mkdir -p "$out"

say "building the UI, and the release app as users install it (the .deb)"
npm --prefix ui run build --silent >/dev/null
# The Tauri CLI (prebuilt, from npm) builds the release binary and bundles the .deb: the sizes
# are the shipped binary's and package's.
source "$root/tests/dev/tauri-cli.sh"
trap tauri_cli_done EXIT
[ -x "$tauri_cli" ] || die "the Tauri CLI could not be installed from the npm registry (@tauri-apps/cli)"
tauri_build --bundles deb >"$out/deb.log" 2>&1 || die "the .deb did not build: see $out/deb.log"
bundle_paths
deb_bytes=$(stat -c %s "$deb")
strip -o "$out/kanta-extranet.stripped" target/release/kanta-extranet
binary_bytes=$(stat -c %s "$out/kanta-extranet.stripped")

say "building the reference app"
ref=$out/reference
rm -rf "$ref"
cp -r tests/perf/reference "$ref"
mkdir -p "$ref/icons"
cp icons/32x32.png icons/128x128.png "$ref/icons/"
# The same crate versions and release profile as the app.
cp Cargo.lock "$ref/"
awk '/^\[profile\.release/{p=1} /^\[/{if(!/^\[profile\.release/)p=0} p' Cargo.toml >>"$ref/Cargo.toml"
CARGO_TARGET_DIR="$root/target" cargo build --release --quiet --manifest-path "$ref/Cargo.toml"
strip -o "$out/perf-reference.stripped" target/release/perf-reference
reference_bytes=$(stat -c %s "$out/perf-reference.stripped")

# Last, as it replaces the binary the .deb was made of: the app measured reads perf mode, a test
# hook a release build for users ignores (kanta_app::test_hooks).
say "building the release app with the test hooks, to measure"
cargo build --release --quiet -p kanta-extranet --features test-hooks

say "the core's benchmarks (criterion, shortened)"
for bench in app:core pdf:pdf; do
  crate=${bench%%:*} bench=${bench#*:}
  cargo bench --quiet -p "kanta-$crate" --bench "$bench" -- --warm-up-time 1 --measurement-time 3 >"$out/bench-$bench.log" 2>&1 ||
    die "cargo bench -p kanta-$crate --bench $bench failed: see $out/bench-$bench.log"
done

say "starting each app ${KANTA_PERF_RUNS:-5} times in turn"
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :97 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true; tauri_cli_done' EXIT
  export DISPLAY=:97
  sleep 1
fi
# Both ways WebKit can paint (kanta_app::rendering): its default, OpenGL (on a machine without a
# GPU, Mesa's software rasteriser), and Skia on the CPU, which the app chooses where there is no
# GPU. Each time the reference paints the same way.
for mode in opengl cpu; do
  if [ "$mode" = cpu ]; then
    say "painting on the CPU (Skia), as the app chooses without a GPU; the reference too"
    rendering=(env WEBKIT_SKIA_ENABLE_CPU_RENDERING=1)
  else
    say "painting through OpenGL (WebKit's default), as the app chooses with a GPU; the reference too"
    rendering=(env KANTA_EXTRANET_RENDERING=gpu)
  fi
  "${rendering[@]}" bash tests/dev/with-keyring.sh python3 tests/perf/measure.py \
    --app target/release/kanta-extranet --reference target/release/perf-reference \
    --runs "${KANTA_PERF_RUNS:-5}" --binary-bytes "$binary_bytes" --reference-bytes "$reference_bytes" --deb-bytes "${deb_bytes:-0}" \
    --criterion target/criterion
done
