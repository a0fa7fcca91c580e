#!/usr/bin/env bash
# Retake the README screenshots: the real window under Xvfb at 1366×768, in every language.
# Usage (from the repository root, after `bash dev.sh demo` or with .venv present):
#   bash docs/screenshots/take.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${VENV:-.venv}/bin
shot=../shared/tools/screenshot
db=$(mktemp -d)/shots.db
export DOSSIER_DESK_PASSWORD=demo-pass-1
"$bin/dossier-desk" demo "$db" --password "$DOSSIER_DESK_PASSWORD" --as-of 2026-11-20 >/dev/null
# The demo's late loan would greet the clerk with its reminder over the window: take it back first.
for loan in $("$bin/dossier-desk" loans --db "$db" --user clerk --overdue --json | "$bin/python" -c \
    'import json, sys; print(*(loan["loan"] for loan in json.load(sys.stdin)))'); do
  "$bin/dossier-desk" loans back --db "$db" --user clerk --loan "$loan" --complete >/dev/null
done
for lang in zh_CN zh_TW en; do
  XDG_CONFIG_HOME=$(mktemp -d) "$shot" "docs/screenshots/main-window-$lang.png" 8 -- \
    "$bin/dossier-desk" --db "$db" --lang "$lang" --user clerk
  XDG_CONFIG_HOME=$(mktemp -d) DOSSIER_DESK_OPEN_UNIT=801 "$shot" "docs/screenshots/dossier-$lang.png" 8 -- \
    "$bin/dossier-desk" --db "$db" --lang "$lang" --user clerk
done
# The small screens front desks have: 1024×768, and 1366×768 at 125 % scaling.
XDG_CONFIG_HOME=$(mktemp -d) SCREEN_SIZE=1024x768x24 DOSSIER_DESK_OPEN_UNIT=801 "$shot" \
  docs/screenshots/dossier-zh_CN-1024x768.png 8 -- "$bin/dossier-desk" --db "$db" --lang zh_CN --user clerk
XDG_CONFIG_HOME=$(mktemp -d) QT_SCALE_FACTOR=1.25 DOSSIER_DESK_OPEN_UNIT=801 "$shot" \
  docs/screenshots/dossier-zh_CN-125pct.png 8 -- "$bin/dossier-desk" --db "$db" --lang zh_CN --user clerk
