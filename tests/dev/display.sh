#!/usr/bin/env bash
# Sourced: `ensure_display` starts a headless X server (Xvfb, 1280x800) on a display number Xvfb
# itself finds free (-displayfd: a number that looks free here can be taken by another X server
# sharing the abstract socket namespace, such as one in a chroot), exports DISPLAY, and adds its
# PID to the array `pids` for the caller's cleanup trap. With DISPLAY set (a desktop, or a
# caller's Xvfb) it does nothing.
# Used by tests/dev/test.sh and tests/dev/webdriver-example.sh (which the install test runs).
ensure_display() {
  [ -z "${DISPLAY:-}" ] || return 0
  local number_file n
  number_file=$(mktemp)
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$number_file" >/dev/null 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do
    n=$(tr -dc '0-9' <"$number_file")
    if [ -n "$n" ]; then
      rm -f "$number_file"
      export DISPLAY=":$n"
      return 0
    fi
    sleep 0.1
  done
  rm -f "$number_file"
  echo "error: Xvfb did not start" >&2
  return 1
}
