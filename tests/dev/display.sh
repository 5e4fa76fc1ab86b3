#!/usr/bin/env bash
# Sourced: `ensure_display` starts a headless X server (Xvfb, 1280x800) on the first free display
# number when DISPLAY is unset, exports DISPLAY, and adds its PID to the array `pids` for the
# caller's cleanup trap. With DISPLAY set (a desktop, or a caller's Xvfb) it does nothing.
# Used by tests/dev/test.sh, tests/dev/webdriver-example.sh and tests/dev/install-test.sh.
ensure_display() {
  [ -z "${DISPLAY:-}" ] || return 0
  local n=99
  while [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
  Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  pids+=($!)
  export DISPLAY=":$n"
  for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$n" ] && return 0; sleep 0.1; done
  echo "error: Xvfb did not start on $DISPLAY" >&2
  return 1
}
