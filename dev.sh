#!/usr/bin/env bash
# Dossier Desk developer entry point. Two commands (see README):
#   bash dev.sh demo [--lang zh_CN|zh_TW|en]   install everything and open the app on a ready demo database
#   bash dev.sh test [pytest args]             install everything and run the whole test suite (what CI runs)
set -euo pipefail
cd "$(dirname "$0")"

VENV=${DOSSIER_DESK_VENV:-.venv}
PYTHON=${PYTHON:-python3}

need_apt() {
  # Qt's libraries need a few system libraries even offscreen; a desktop session has them,
  # a bare server or CI machine may not. Install only what is missing (we are root there).
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  if [[ ${#missing[@]} -gt 0 ]]; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
      echo "installing system packages: ${missing[*]}"
      # A mirror caught mid-sync fails the update for one list; the install then decides with the lists there are.
      apt-get update -qq || echo "warning: apt-get update failed; installing from the package lists already here" >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
      echo "note: these system packages may be needed: ${missing[*]}" >&2
    fi
  fi
}

install() {
  if command -v dpkg >/dev/null; then
    # poppler-utils and qpdf: the tests read printed PDFs with pdffonts and pdftotext and check their structure.
    need_apt libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 poppler-utils qpdf "$@"
  fi
  if [[ ! -x $VENV/bin/python ]]; then
    "$PYTHON" -m venv "$VENV"
  fi
  # pip runs only when pyproject.toml changed since the last install (a stamp of its hash in the venv):
  # a second `bash dev.sh demo` opens the window in seconds instead of re-checking every package.
  local stamp="$VENV/.dossier-desk-installed" wanted
  wanted=$(sha256sum pyproject.toml | cut -d' ' -f1)
  if [[ ! -f $stamp || $(cat "$stamp") != "$wanted" ]]; then
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e ".[test,installer]"
    echo "$wanted" >"$stamp"
  fi
  "$VENV/bin/python" -m ui.translations
}

case ${1:-} in
  demo)
    install libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 \
      libxcb-randr0 libxcb-render-util0 libxcb-image0
    data=$("$VENV/bin/python" -c 'import platformdirs; print(platformdirs.user_data_dir("DossierDesk"))')
    mkdir -p "$data"
    db="$data/demo.db"
    export DOSSIER_DESK_PASSWORD=${DOSSIER_DESK_PASSWORD:-demo-pass-1}
    if [[ ! -f $db ]]; then
      "$VENV/bin/dossier-desk" demo "$db" --password "$DOSSIER_DESK_PASSWORD"
    fi
    echo "opening $db as clerk (accounts clerk, supervisor, manager, admin; password $DOSSIER_DESK_PASSWORD)"
    exec "$VENV/bin/dossier-desk" --db "$db" --user clerk "${@:2}"
    ;;
  test)
    # libreoffice-calc-nogui: the tests open exported workbooks in a real spreadsheet program and import what it wrote.
    # nsis: the tests compile the Windows installer script with makensis (tests/installer).
    # postgresql: the tests start a throwaway server of their own (tests/postgres_server.py), never the system's.
    install libreoffice-calc-nogui nsis postgresql
    "$VENV/bin/ruff" check .
    "$VENV/bin/lint-imports"
    # One test process per core (pytest-xdist); the bundle is built once and shared by them (tests/installer/test_bundle.py).
    # The 30 slowest steps are listed at the end: where the run's minutes go, for the next one who must find some.
    exec "$VENV/bin/pytest" -n "${PYTEST_WORKERS:-auto}" --dist loadgroup --durations=30 "${@:2}"
    ;;
  *)
    echo "usage: bash dev.sh demo | test [pytest args]" >&2
    exit 2
    ;;
esac
