#!/usr/bin/env bash
# Installs what building (and, with "test", testing) the app needs on Debian or Ubuntu, and
# only what is missing: safe to run again. Sourced by app.sh and test.sh; runnable alone:
#   bash tests/dev/setup.sh [run|test]
set -euo pipefail

purpose=${1:-test}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else die "run as root or install sudo: $*"; fi
}

# Debian packages: to build the Tauri app (and xdg-utils, through whose xdg-open it opens the
# system browser for a login or a link), and to run the tests headless.
build_packages=(build-essential pkg-config curl file libssl-dev libgtk-3-dev libwebkit2gtk-4.1-dev
  librsvg2-dev libayatana-appindicator3-dev libsoup-3.0-dev libdbus-1-dev perl xdg-utils)
# python3-venv: schemathesis, the API's fuzzer (tests/dev/fuzz-api.sh), from PyPI in a venv.
test_packages=(webkit2gtk-driver xvfb dbus dbus-x11 xdotool imagemagick gnome-keyring procps poppler-utils qpdf
  python3 python3-venv)
packages=("${build_packages[@]}")
[ "$purpose" = test ] && packages+=("${test_packages[@]}")

command -v apt-get >/dev/null || die "this script knows Debian and Ubuntu; see README.md for Windows and macOS"
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Node.js: Vite 8 needs 20.19 or newer.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  say "installing Node.js and npm"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' ||
  die "Node.js $(node --version) is too old: the UI build (Vite 8) needs 20.19 or newer (nodejs.org or NodeSource packages)"

# Rust: from rustup, which Debian's packages are too old to replace.
if ! command -v cargo >/dev/null; then
  [ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH" ||
    die "Rust is missing: install it with rustup (https://rustup.rs), then run this again"
fi

# tauri-driver, the WebDriver bridge of the end-to-end tests.
if [ "$purpose" = test ] && ! command -v tauri-driver >/dev/null; then
  if [ -x "$HOME/.cargo/bin/tauri-driver" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
  else
    say "installing tauri-driver"
    cargo install tauri-driver --locked --version '^2' --quiet
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
fi

# npm packages, exactly as locked; reinstalled only when a lock file changed: the UI's, and for
# the tests the OpenID provider the identification tests start (tests/oidc).
npm_install() {
  local dir="$1" what="$2"
  local stamp="$dir/node_modules/.installed-lock-sha256"
  local want
  want=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "installing $what"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" > "$stamp"
  fi
}
npm_install "$root/ui" "the UI's npm packages"
[ "$purpose" = test ] && npm_install "$root/tests/oidc" "the test OpenID provider (oidc-provider)"

say "building the UI"
(cd "$root/ui" && npm run --silent build -- --logLevel warn)
