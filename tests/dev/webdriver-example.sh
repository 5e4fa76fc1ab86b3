#!/usr/bin/env bash
# Runs the testers' Python example (tests/webdriver/first_steps.py, Selenium) against an app
# binary, set up as a tester's machine would be:
#   bash tests/dev/webdriver-example.sh [APP] [SCREENSHOT]
# APP defaults to the debug build (target/debug/kanta-extranet, built by the tests);
# tests/dev/install-test.sh passes the installed /usr/bin/kanta-extranet. Starts Xvfb when
# DISPLAY is unset, a D-Bus session with a throw-away unlocked keyring, and tauri-driver on free
# loopback ports. The app starts as on a fresh machine: its OS data folder is under a fresh
# XDG_DATA_HOME, removed afterwards. Run by tests/dev/test.sh.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
app=${1:-${CARGO_TARGET_DIR:-$root/target}/debug/kanta-extranet}
screenshot=${2:-${KANTA_E2E_SCREENSHOTS:-${CARGO_TARGET_DIR:-$root/target}/e2e-screenshots}/python-first-steps.png}

if [ -z "${KANTA_KEYRING_SESSION:-}" ]; then
  [ -x "$app" ] || { echo "error: no app binary at $app (build it first: cargo build -p kanta-extranet)" >&2; exit 1; }
  command -v tauri-driver >/dev/null || { echo "error: tauri-driver is missing (bash tests/dev/setup.sh test)" >&2; exit 1; }
  source "$root/tests/dev/python-venv.sh"
  python_venv selenium "$root/tests/webdriver/requirements.txt"
  pids=()
  trap 'for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done' EXIT
  source "$root/tests/dev/display.sh"
  ensure_display
  # Inside a D-Bus session with a keyring of its own (with-keyring.sh sets XDG_DATA_HOME).
  KANTA_SELENIUM_VENV="$venv" bash "$root/tests/dev/with-keyring.sh" bash "$0" "$app" "$screenshot"
  exit
fi

# Two free loopback ports: tauri-driver's own and WebKitWebDriver's behind it.
read -r port native_port < <(python3 -c '
import socket
s = [socket.socket() for _ in range(2)]
for x in s: x.bind(("127.0.0.1", 0))
print(*(x.getsockname()[1] for x in s))')
tauri-driver --port "$port" --native-port "$native_port" >/dev/null 2>&1 &
driver=$!
trap 'kill "$driver" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.1
done
mkdir -p "$(dirname "$screenshot")"
# No overrides: the app finds its folders as an installed app on a fresh machine does.
env -u KANTA_EXTRANET_DATA_DIR -u KANTA_EXTRANET_LOG_DIR -u KANTA_EXTRANET_SERVICE_URL \
  "$KANTA_SELENIUM_VENV/bin/python" "$root/tests/webdriver/first_steps.py" \
  --app "$app" --driver "http://127.0.0.1:$port" --screenshot "$screenshot"
# What a fresh start leaves: the database in the OS data folder, the user's alone.
db=$(find "$XDG_DATA_HOME" -path '*/fi.kanta.extranet.desktop/*' -name kanta-extranet.sqlite3 | head -n1)
[ -n "$db" ] || { echo "error: the app left no database under $XDG_DATA_HOME" >&2; find "$XDG_DATA_HOME" >&2; exit 1; }
echo "database: ${db#"$XDG_DATA_HOME"/} ($(stat -c %a "$db"))"
