#!/usr/bin/env bash
# Proves the README's test command on a truly fresh machine: a throw-away Debian 12 made with
# debootstrap from Debian's packages, with only Rust (rustup's ~/.rustup and ~/.cargo/bin)
# copied in, and this checkout cloned into it. There, as root, it runs
#   bash tests/dev/test.sh
# as written, and reports how far it got and how long each part took (the setup with its apt,
# Node.js and npm installs, the UI build, the core's tests). Not run by CI: it downloads a
# Debian and builds everything cold (about half an hour on 2 cores).
#
#   sudo bash tests/dev/fresh-root.sh [ROOT_DIR]   (default: a new folder under /var/tmp)
#
# The root is kept afterwards for a look (its log: ROOT_DIR/fresh-root.log); remove it with
# rm -rf once its /proc, /sys and /dev are unmounted (the script does that on exit).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
target=${1:-$(mktemp -d /var/tmp/kanta-fresh-root.XXXXXX)}
[ "$(id -u)" -eq 0 ] || { echo "run as root (debootstrap and chroot)" >&2; exit 1; }
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
stamp() { date +%s; }

command -v debootstrap >/dev/null || { say "installing debootstrap"; apt-get install -y -qq debootstrap >/dev/null; }
rustup_home=${RUSTUP_HOME:-$HOME/.rustup}
cargo_home=${CARGO_HOME:-$HOME/.cargo}
[ -d "$rustup_home" ] && [ -x "$cargo_home/bin/cargo" ] || { echo "Rust (rustup) is needed here, to copy in" >&2; exit 1; }

t0=$(stamp)
if [ ! -x "$target/usr/bin/apt-get" ]; then
  say "debootstrap: Debian 12 (bookworm) into $target"
  debootstrap --variant=minbase bookworm "$target" http://deb.debian.org/debian >/dev/null
fi
t1=$(stamp)

say "copying in Rust only (rustup's toolchain and cargo's binaries) and cloning the checkout"
mkdir -p "$target/root/.cargo"
cp -a "$rustup_home" "$target/root/.rustup"
# rustup's own binaries only: tauri-driver and cargo-about, which `cargo install` put beside them
# here, are the test command's to install.
mkdir -p "$target/root/.cargo/bin"
for tool in "$cargo_home"/bin/*; do
  case "$(basename "$tool")" in
    cargo | cargo-clippy | cargo-fmt | cargo-miri | clippy-driver | rls | rust-analyzer | rust-gdb | rust-gdbgui | rust-lldb | rustc | rustdoc | rustfmt | rustup)
      cp -a "$tool" "$target/root/.cargo/bin/" ;;
  esac
done
rm -rf "$target/root/kanta"
git clone -q "$here" "$target/root/kanta"
# A minimal Debian has no CA certificates or git: the test command's setup installs what it
# needs; name resolution comes from this machine. A machine that reaches the registries through
# a TLS-inspecting proxy has its CA in /usr/local/share/ca-certificates: it goes in too, as that
# machine's administrator would have installed it (Debian's ca-certificates, which the setup
# installs, takes it in), and the tools are pointed at the system's bundle.
cp /etc/resolv.conf "$target/etc/resolv.conf"
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
  mkdir -p "$target/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$target/usr/local/share/ca-certificates/"
fi
bundle=/etc/ssl/certs/ca-certificates.crt
# A root kept from an earlier run has ca-certificates already: take the CA in now.
[ -x "$target/usr/sbin/update-ca-certificates" ] && chroot "$target" update-ca-certificates >/dev/null 2>&1 || true

cleanup() { for m in dev/pts dev sys proc; do umount -l "$target/$m" 2>/dev/null || true; done; }
trap cleanup EXIT
mount -t proc proc "$target/proc"
mount --rbind /sys "$target/sys"
mount --rbind /dev "$target/dev"

say "the README's test command, in the fresh root (log: $target/fresh-root.log)"
t2=$(stamp)
status=0
chroot "$target" /usr/bin/env -i HOME=/root TERM=dumb \
  SSL_CERT_FILE=$bundle CURL_CA_BUNDLE=$bundle PIP_CERT=$bundle REQUESTS_CA_BUNDLE=$bundle \
  NODE_EXTRA_CA_CERTS=$bundle GIT_SSL_CAINFO=$bundle \
  PATH=/root/.cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  bash -c 'cd /root/kanta && bash tests/dev/test.sh' >"$target/fresh-root.log" 2>&1 || status=$?
t3=$(stamp)

say "what happened"
grep -a '==>' "$target/fresh-root.log" | sed 's/\x1b\[[0-9;]*m//g' || true
grep -a -E '^test result:|^rust:' "$target/fresh-root.log" | tail -20 || true
echo "debootstrap: $((t1 - t0)) s; the test command: $((t3 - t2)) s; exit status $status"
echo "root kept at $target"
exit "$status"
