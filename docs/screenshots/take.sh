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
for lang in zh_CN zh_TW en; do
  XDG_CONFIG_HOME=$(mktemp -d) "$shot" "docs/screenshots/main-window-$lang.png" 8 -- \
    "$bin/dossier-desk" --db "$db" --lang "$lang" --user clerk
  XDG_CONFIG_HOME=$(mktemp -d) DOSSIER_DESK_OPEN_UNIT=801 "$shot" "docs/screenshots/dossier-$lang.png" 8 -- \
    "$bin/dossier-desk" --db "$db" --lang "$lang" --user clerk
done
