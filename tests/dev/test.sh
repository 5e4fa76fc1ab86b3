#!/usr/bin/env bash
# Runs every test: formatting, the crates' layers, the UI's type check and unit tests, the
# service API fuzzed from its contract, the Rust unit and integration tests, the end-to-end
# tests in WebKit through tauri-driver, and the testers' Python example through it too.
# Installs what is missing first. Screenshots of the end-to-end run: target/e2e-screenshots/.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$root/tests/dev/setup.sh" test
cd "$root"

say "formatting (cargo fmt --check)"
cargo fmt --all --check

say "the crates' layers: every dependency downward, the core free of Tauri, the domain pure"
bash tests/dev/layers.sh

say "UI: type check and unit tests"
(cd ui && npm run --silent check && npm test --silent)

say "the service API fuzzed from its contract (schemathesis, bounded in time)"
bash tests/dev/fuzz-api.sh

# One X server and one D-Bus session for all the app runs; both end with this script.
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
source "$root/tests/dev/display.sh"
ensure_display

say "Rust: unit, integration and end-to-end tests"
log=$(mktemp)
status=0
# Inside a D-Bus session with a throw-away keyring: the keychain tests use the real Secret Service.
# The identification tests start the real OpenID provider installed above, and fail without it.
export KANTA_REQUIRE_OIDC_PROVIDER=1
# The setup generated the licence lists; the About page's test checks them whole.
export KANTA_REQUIRE_LICENCES=1
bash tests/dev/with-keyring.sh cargo test --workspace --no-fail-fast -- --nocapture 2>&1 | tee "$log" || status=$?
totals=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | awk '/^test result:/ { p += $4; f += $6 } END { printf "%d passed, %d failed", p, f }')
rm -f "$log"
[ "$status" -eq 0 ] || { echo "rust: $totals"; exit "$status"; }

say "the testers' WebDriver example in Python (Selenium), against the debug build"
bash tests/dev/webdriver-example.sh

say "all tests passed; screenshots in $root/target/e2e-screenshots"
echo "rust: $totals"
