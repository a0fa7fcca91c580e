#!/usr/bin/env bash
# Refresh the .ts files from the source (new strings come in as type="unfinished"), then show
# what is still untranslated. The flags are the ones the translations are kept with:
# no obsolete entries, no source locations (line numbers would churn with every edit).
#   bash resources/translations/update.sh            (uses .venv, or DOSSIER_DESK_VENV)
set -euo pipefail
cd "$(dirname "$0")/../.."
VENV=${DOSSIER_DESK_VENV:-.venv}
TS=(resources/translations/dossier_desk_zh_CN.ts resources/translations/dossier_desk_zh_TW.ts)
"$VENV/bin/pyside6-lupdate" -no-obsolete -locations none $(find ui app -name "*.py" | sort) -ts "${TS[@]}"
for ts in "${TS[@]}"; do
  "$VENV/bin/pyside6-lrelease" "$ts" -qm "/tmp/$(basename "$ts" .ts).qm"
done
