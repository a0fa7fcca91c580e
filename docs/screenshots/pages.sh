#!/usr/bin/env bash
# Render the archive printouts shown in the README: one page of each kind, from the demo's printouts.
# Usage (from the repository root, with .venv present; needs pdftoppm from poppler-utils):
#   bash docs/screenshots/pages.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${VENV:-.venv}/bin
work=$(mktemp -d)
db=$work/pages.db
export DOSSIER_DESK_PASSWORD=demo-pass-1
"$bin/dossier-desk" demo "$db" --password "$DOSSIER_DESK_PASSWORD" --as-of 2026-11-20 >/dev/null
"$bin/dossier-desk" print archive --db "$db" --year 2024 -o "$work/year.pdf" --user supervisor >/dev/null
"$bin/dossier-desk" print handover --db "$db" --year 2024 -o "$work/handover.pdf" --user supervisor >/dev/null
# The first page whose first line is the sheet's title (a cover is marked in its corner, read first).
page_of() {
  local pdf=$1 title=$2 pages n
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  for ((n = 1; n <= pages; n++)); do
    if [[ $(pdftotext -f "$n" -l "$n" "$pdf" - | head -1) == "$title" ]]; then echo "$n"; return; fi
  done
  echo "no page with $title in $pdf" >&2; exit 1
}
render() {
  local pdf=$1 page=$2 name=$3
  pdftoppm -r 70 -png -f "$page" -l "$page" -singlefile "$pdf" "docs/screenshots/$name"
}
render "$work/year.pdf" "$(page_of "$work/year.pdf" 案卷封面)" archive-cover
render "$work/year.pdf" "$(page_of "$work/year.pdf" 卷内目录)" archive-in-file-directory
render "$work/year.pdf" "$(page_of "$work/year.pdf" 卷内备考表)" archive-reference-sheet
render "$work/year.pdf" "$(page_of "$work/year.pdf" 盒内备考表)" archive-box-reference-sheet
render "$work/year.pdf" "$(page_of "$work/year.pdf" 案卷目录封面)" archive-catalogue-cover
render "$work/year.pdf" "$(page_of "$work/year.pdf" 案卷目录)" archive-box-directory
render "$work/handover.pdf" 1 archive-handover
render "$work/year.pdf" "$(page_of "$work/year.pdf" 全宗名称)" archive-spine-labels  # the first sheet of spines
"$bin/python" docs/screenshots/destruction_pages.py "$db" "$work"
render "$work/form.pdf" 1 archive-destruction-form
render "$work/register.pdf" 1 archive-destruction-register
"$bin/python" docs/screenshots/form_pages.py "$db" "$work"  # issue 16: three filled registration forms
for code in qms-pm-31301 qms-pm-31316 qms-pm-31318; do render "$work/$code.pdf" 1 "form-$code"; done
rm -rf "$work"
