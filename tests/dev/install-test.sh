#!/usr/bin/env bash
# The install test (issue 22): installs the .deb as a clinic's administrator would, with apt
# (which must find every dependency it names), and checks the installed app:
#   - the package's files: the binary on PATH, the desktop entry (desktop-file-validate, its
#     Exec and Icon resolved), the icons at the sizes their folders say;
#   - `kanta-extranet --version` prints the package's version, `check` passes a valid file and
#     fails a bad one with their exit codes, `schema` prints the repository's schema;
#   - the installed app starts under Xvfb, shows its start screen, switches language, logs in to
#     its built-in test environment and shows its version and a complete licence list on the
#     About section (the testers' Python example, tests/webdriver/), with its database in the OS
#     data folder;
#   - removing the package removes its files.
#   bash tests/dev/install-test.sh [DEB]    (default: builds it first with tests/dev/package.sh)
# It changes this machine: the package is installed (as root, or with sudo) and removed at the
# end (KANTA_KEEP_INSTALLED=1 keeps it). An installation of the user's own is never replaced:
# with kanta-extranet installed already, the test stops and says so.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$root/tests/dev/setup.sh" test
cd "$root"
source "$root/tests/dev/tauri-cli.sh"
tauri_cli_done
bundle_paths
[ -z "${1:-}" ] || deb=$1
if [ -z "${1:-}" ]; then bash tests/dev/package.sh; fi
[ -f "$deb" ] || die "no package at $deb"
out="${CARGO_TARGET_DIR:-$root/target}/install-test"
rm -rf "$out" && mkdir -p "$out"

failures=0
ok() { printf '  ok    %s\n' "$*"; }
bad() { printf '  FAIL  %s\n' "$*"; failures=$((failures + 1)); }
expect() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }

installed() { dpkg-query -W -f='${Status}' kanta-extranet 2>/dev/null | grep -q 'install ok installed'; }
installed && die "kanta-extranet is installed on this machine already: remove it first (apt-get remove kanta-extranet), or run this in a throw-away machine"
remove_package() {
  if installed && [ -z "${KANTA_KEEP_INSTALLED:-}" ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq kanta-extranet >/dev/null || true
  fi
}
trap remove_package EXIT

version=$(dpkg-deb -f "$deb" Version)
say "installing $(basename "$deb") ($(du -h "$deb" | cut -f1)) with apt"
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$(realpath "$deb")" >/dev/null
expect "the package is installed, version $version" installed

say "the package's files"
bin=$(command -v kanta-extranet || true)
expect "kanta-extranet on PATH is the package's (/usr/bin/kanta-extranet)" test "$bin" = /usr/bin/kanta-extranet
expect "dpkg owns it" sh -c 'dpkg -S /usr/bin/kanta-extranet | grep -q "^kanta-extranet:"'
entry=/usr/share/applications/kanta-extranet.desktop
expect "the desktop entry $entry" test -f "$entry"
expect "desktop-file-validate finds nothing wrong" sh -c "desktop-file-validate '$entry' >'$out/desktop-file-validate.txt' 2>&1 && ! grep -q . '$out/desktop-file-validate.txt'"
field() { sed -n "s/^$1=//p" "$entry" | head -n1; }
expect "its Name is the product's, in fi and sv too" test "$(field Name)" = "Kanta Extranet" -a -n "$(field 'Comment\[fi\]')" -a -n "$(field 'Comment\[sv\]')"
expect "its Exec (\"$(field Exec)\") starts the installed binary" test "$(command -v "$(field Exec | cut -d' ' -f1)")" = /usr/bin/kanta-extranet
icon=$(field Icon)
icons=$(dpkg -L kanta-extranet | grep -E "^/usr/share/icons/hicolor/[^/]+/apps/$icon\.png$" || true)
expect "its Icon ($icon) is in the hicolor theme at $(echo "$icons" | grep -c .) sizes" test -n "$icons"
for png in $icons; do
  # The folder says the size (NxN, or NxN@2 at twice that); the PNG's header must agree.
  folder=$(basename "$(dirname "$(dirname "$png")")")
  expect "the icon in $folder is a PNG of that size" python3 - "$png" "$folder" <<'PY'
import re, struct, sys
png, folder = sys.argv[1], sys.argv[2]
data = open(png, "rb").read(24)
m = re.fullmatch(r"(\d+)x(\d+)(?:@(\d+))?", folder)
if data[:8] != b"\x89PNG\r\n\x1a\n" or not m:
    sys.exit(1)
w, h = struct.unpack(">II", data[16:24])
scale = int(m.group(3) or 1)
sys.exit(0 if (w, h) == (int(m.group(1)) * scale, int(m.group(2)) * scale) else 1)
PY
done

say "the command line, from the installed path"
kanta-extranet --version >"$out/version.txt" 2>&1 || true
expect "--version prints $version ($(cat "$out/version.txt"))" grep -qw -- "$version" "$out/version.txt"
status=0; kanta-extranet check tests/examples/prescription.json >"$out/check-valid.txt" 2>&1 || status=$?
expect "check passes a valid application file (exit 0)" test "$status" -eq 0
status=0; kanta-extranet check tests/examples/many-errors.json >"$out/check-bad.txt" 2>&1 || status=$?
expect "check fails a bad one with exit 1 and its findings" test "$status" -eq 1 -a -s "$out/check-bad.txt"
status=0; kanta-extranet schema >"$out/schema.json" 2>"$out/schema.err" || status=$?
expect "schema prints the repository's schema (src-tauri/domain/application.schema.json)" \
  python3 -c 'import json, sys; sys.exit(json.load(open(sys.argv[1])) != json.load(open(sys.argv[2])))' "$out/schema.json" src-tauri/domain/application.schema.json

say "the installed app under Xvfb, driven through tauri-driver"
if bash tests/dev/webdriver-example.sh /usr/bin/kanta-extranet "$out/start-screen.png" >"$out/webdriver.txt" 2>&1; then
  ok "it starts, shows its start screen in fi and sv, and logs in to the test environment"
  grep -E '^(start screen|logged in|about|licences|database)' "$out/webdriver.txt" | sed 's/^/        /'
  expect "its About section names version $version" grep -q "^about: .*\b$version\b" "$out/webdriver.txt"
  expect "its licence list is complete" grep -q '^licences: [1-9][0-9]* texts, complete$' "$out/webdriver.txt"
else
  bad "the installed app did not do what tests/webdriver/first_steps.py expects (see $out/webdriver.txt)"
  tail -n 20 "$out/webdriver.txt"
fi

if [ -z "${KANTA_KEEP_INSTALLED:-}" ]; then
  say "removing the package"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq kanta-extranet >/dev/null
  expect "the binary and the desktop entry are gone" test ! -e /usr/bin/kanta-extranet -a ! -e "$entry"
fi

[ "$failures" -eq 0 ] || die "$failures install check(s) failed; what they wrote is in $out"
say "the install test passed; its outputs (start-screen.png, the command line's) are in $out"
