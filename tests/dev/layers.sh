#!/usr/bin/env bash
# The crates' layers, checked with `cargo tree` (tests/dev/test.sh runs this; it can be run
# alone). Each crate may depend only on the workspace crates below it in the table; a wrong-way
# edge that is no cycle (which Cargo would refuse anyway) fails here. Also: no crate of the core
# depends on Tauri, wry, WebKit or GTK; the domain depends on no database, HTTP, PDF, Fluent or
# async runtime; the shell's only workspace crate is the application crate. ARCHITECTURE.md
# explains each crate's job.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

# crate: the workspace crates it may depend on (normal and build dependencies).
allowed() {
  case "$1" in
    kanta-language | kanta-keychain | kanta-http) echo "" ;;
    kanta-i18n | kanta-domain) echo "kanta-language" ;;
    kanta-storage) echo "kanta-domain kanta-keychain" ;;
    kanta-identification) echo "kanta-domain kanta-keychain kanta-http" ;;
    kanta-pdf) echo "kanta-domain kanta-i18n" ;;
    kanta-sending) echo "kanta-domain kanta-storage kanta-http" ;;
    kanta-service) echo "kanta-domain" ;;
    kanta-app) echo "kanta-domain kanta-i18n kanta-keychain kanta-storage kanta-identification kanta-pdf kanta-sending kanta-service" ;;
    kanta-extranet) echo "kanta-app" ;;
    *) echo "UNKNOWN" ;;
  esac
}

fail() { printf 'layers: %s\n' "$*" >&2; failed=1; }
failed=0

# Every workspace package, as cargo knows them.
crates=$(cargo tree --workspace --depth 0 --prefix none --format '{p}' | awk '/^kanta-/ { print $1 }' | sort -u)
[ -n "$crates" ] || { echo "layers: cargo tree listed no crates" >&2; exit 1; }

for crate in $crates; do
  permitted=$(allowed "$crate")
  [ "$permitted" = UNKNOWN ] && { fail "$crate is not in the table of tests/dev/layers.sh: give it its layer"; continue; }
  direct=$(cargo tree -p "$crate" -e normal,build --depth 1 --prefix none --format '{p}' |
    awk -v self="$crate" 'NR > 1 && /^kanta-/ && $1 != self { print $1 }' | sort -u)
  for dep in $direct; do
    case " $permitted " in
      *" $dep "*) ;;
      *) fail "$crate depends on $dep, which is not below it (allowed: ${permitted:-none})" ;;
    esac
  done
done

# The core builds and tests without WebKit: no crate but the shell reaches Tauri, even in tests.
for crate in $crates; do
  [ "$crate" = kanta-extranet ] && continue
  leaks=$(cargo tree -p "$crate" -e normal,build,dev --prefix none --format '{p}' |
    grep -iE '^(tauri|wry|webkit|javascriptcore|gtk)' | awk '{ print $1 }' | sort -u | tr '\n' ' ' || true)
  [ -z "$leaks" ] || fail "$crate depends on $leaks"
done

# The domain is pure: no database, HTTP, PDF, Fluent or async runtime, even in its tests.
impure=$(cargo tree -p kanta-domain -e normal,build,dev --prefix none --format '{p}' |
  grep -E '^(rusqlite|libsqlite3-sys|reqwest|hyper|printpdf|lopdf|fluent|fluent-bundle|fluent-syntax|tokio) ' |
  awk '{ print $1 }' | sort -u | tr '\n' ' ' || true)
[ -z "$impure" ] || fail "kanta-domain depends on $impure"

# i18n knows no domain type.
if cargo tree -p kanta-i18n -e normal,build,dev --prefix none --format '{p}' | grep -q '^kanta-domain '; then
  fail "kanta-i18n depends on kanta-domain"
fi

[ "$failed" -eq 0 ] || exit 1
echo "layers: $(echo "$crates" | wc -w) crates, every dependency downward"
