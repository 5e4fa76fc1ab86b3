#!/usr/bin/env bash
# Sourced: `python_venv NAME REQUIREMENTS` makes a Python virtual environment with the pinned
# packages of REQUIREMENTS (from PyPI) and sets $venv to it. It lives outside the clone, in the
# user's cache, and is made again only when REQUIREMENTS changes.
# Used by tests/dev/fuzz-api.sh (schemathesis) and tests/dev/webdriver-example.sh (selenium).
python_venv() {
  local name=$1 requirements=$2 want
  want=$(sha256sum "$requirements" | cut -d' ' -f1)
  venv="${XDG_CACHE_HOME:-$HOME/.cache}/kanta-extranet/$name-${want:0:12}"
  if [ ! -x "$venv/bin/python" ] || [ ! -e "$venv/.complete" ]; then
    echo "==> installing $name (PyPI, $requirements) into $venv"
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$requirements"
    # Written last: an install cut short is made again, not taken for a finished one.
    touch "$venv/.complete"
  fi
}
