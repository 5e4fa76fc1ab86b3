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
build_packages=(build-essential pkg-config curl ca-certificates openssl file libssl-dev libgtk-3-dev libwebkit2gtk-4.1-dev
  librsvg2-dev libayatana-appindicator3-dev libsoup-3.0-dev libdbus-1-dev perl xdg-utils)
# python3-venv: schemathesis, the API's fuzzer, and Selenium, from PyPI in venvs; desktop-file-utils:
# the install test checks the desktop entry with desktop-file-validate.
test_packages=(webkit2gtk-driver xvfb dbus dbus-x11 xdotool imagemagick gnome-keyring procps poppler-utils qpdf
  python3 python3-venv desktop-file-utils)
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

# Node.js: Vite 8 needs 20.19 or newer, and Debian 12's and Ubuntu 24.04's own are older. A
# system Node.js that is new enough is used; else the project gets its own, never over the
# system's: Node.js's prebuilt binary and npm from the npm registry (both checked against the
# integrity pinned here), in .tools/ of the checkout.
node_version=22.23.5
npm_version=10.9.9
declare -A node_integrity=(
  [x64]=sha512-3jhC+wcoWxKZxcRqF2sUSl0c9HEXFnur/nuIPx6O6CWKV0jOUWQm7Htw5SuXqqlMCEhi0cJqybFPEb5hhcBiMw==
  [arm64]=sha512-e1LOUGKVruPGuLVutn8+Cgm5pI1APm4Kvh+zbb/qe/ZpD9s+TQby5iUgZOWmPpbSKpj0Td8DP1N0NEnXasHizg==
)
npm_integrity=sha512-1g+6jLQvaIuB4zwvHL7yrXuXcWZwDsCtBX8bbWDqbvJSSr9nPiDDWTHNgwXR27iIcTTW7v3A57hDW9RYv2W4Yg==
own_node="$root/.tools/node-$node_version"

node_is_new_enough() {
  command -v node >/dev/null && command -v npm >/dev/null &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' 2>/dev/null
}

# Downloads the registry's tarball $1 into $2 (unpacked), if its sha512 is $3.
fetch_from_registry() {
  local url="$1" into="$2" integrity="$3" tgz
  tgz=$(mktemp)
  curl -fsSL --retry 3 -o "$tgz" "$url" || die "cannot download $url"
  [ "sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)" = "$integrity" ] ||
    die "$url is not the file pinned in tests/dev/setup.sh (its sha512 differs)"
  mkdir -p "$into"
  tar -xzf "$tgz" -C "$into" --strip-components=1
  rm -f "$tgz"
}

install_own_node() {
  local arch
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) die "no Node.js $node_version of the npm registry for $(uname -m): install Node.js 20.19 or newer yourself" ;;
  esac
  local staging="$own_node.partial"
  rm -rf "$staging"
  fetch_from_registry "https://registry.npmjs.org/node-linux-$arch/-/node-linux-$arch-$node_version.tgz" \
    "$staging" "${node_integrity[$arch]}"
  fetch_from_registry "https://registry.npmjs.org/npm/-/npm-$npm_version.tgz" "$staging/lib/node_modules/npm" "$npm_integrity"
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$staging/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$staging/bin/npx"
  mv "$staging" "$own_node"
}

if [ -x "$own_node/bin/node" ]; then
  export PATH="$own_node/bin:$PATH"
elif ! node_is_new_enough; then
  have=$(command -v node >/dev/null && node --version || echo "no Node.js")
  say "the UI build needs Node.js 20.19 or newer ($have here): installing Node.js $node_version and npm $npm_version from the npm registry into $own_node (the system's is left as it is)"
  install_own_node
  export PATH="$own_node/bin:$PATH"
fi
node_is_new_enough || die "Node.js $(node --version 2>/dev/null) and npm are not usable after setup"

# Rust: from rustup, which Debian's packages are too old to replace.
if ! command -v cargo >/dev/null; then
  [ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH" ||
    die "Rust is missing: install it with rustup (https://rustup.rs), then run this again"
fi

# cargo-about, which lists the Rust crates the app ships and their licences for the About page
# (tests/dev/licences.sh).
if ! command -v cargo-about >/dev/null; then
  say "installing cargo-about (the About page's licence list)"
  cargo install cargo-about --locked --version '^0.9' --features cli --quiet
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

say "listing the licences of what the app ships (cargo-about; the UI's build lists its own)"
bash "$root/tests/dev/licences.sh"
