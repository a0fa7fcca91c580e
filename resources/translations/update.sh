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
# English needs only the plural forms of "%n …" messages ("1 dossier", "2 dossiers"): the source text is English.
"$VENV/bin/pyside6-lupdate" -no-obsolete -locations none -pluralonly -source-language en -target-language en \
  $(find ui app -name "*.py" | sort) -ts resources/translations/dossier_desk_en.ts
for ts in "${TS[@]}" resources/translations/dossier_desk_en.ts; do
  "$VENV/bin/pyside6-lrelease" "$ts" -qm "/tmp/$(basename "$ts" .ts).qm"
done
