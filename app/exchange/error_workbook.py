"""The workbook a clerk corrects: their own rows as they sent them, with what is wrong beside each and marked.

Every sheet that has problems gets an extra column at its right, headed 错误 (errors), holding each row's
problems in the reader's language, and the wrong cells filled red; a first sheet lists every problem (sheet, row,
column, header, value, what is wrong). The clerk corrects the cells, deletes nothing else, and imports the same file
again: the error column is not one the import reads (it is reported as ignored).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import column_index_from_string, get_column_letter

from app.errors import Translate, _untranslated
from app.exchange.report import ImportReport, Problem
from app.exchange.workbook_writing import HEADER_FILL, HEADER_FONT, written_whole
from app.text import QT_TRANSLATE_NOOP

WRONG_FILL = PatternFill("solid", fgColor="FFC7CE")
WRONG_FONT = Font(color="9C0006")
ERROR_COLUMN_WIDTH = 60
LIST_SHEET = "错误清单"


def write_error_workbook(
    source: Path, report: ImportReport, target: Path, translate: Translate = _untranslated
) -> Path:
    """Write ``source``'s rows with ``report``'s problems marked to ``target`` (whole or not at all)."""
    # Formulas kept as they were: the clerk's own file, marked, not recalculated. Handed over as a file: openpyxl
    # refuses a path by its name alone, and the import read a workbook renamed .xls too.
    with Path(source).open("rb") as handle:
        workbook = load_workbook(handle)
    header_rows = dict(report.header_rows)
    by_sheet: dict[str, dict[int, list[Problem]]] = defaultdict(lambda: defaultdict(list))
    for problem in report.problems:
        if problem.sheet and problem.row is not None:
            by_sheet[problem.sheet][problem.row].append(problem)
    heading = translate("app", QT_TRANSLATE_NOOP("app", "Errors"))
    for title, rows in by_sheet.items():
        if title not in workbook.sheetnames:
            continue
        sheet = workbook[title]
        column = sheet.max_column + 1
        letter = get_column_letter(column)
        header_row = header_rows.get(title, 1)
        cell = sheet.cell(row=header_row, column=column, value=heading)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        sheet.column_dimensions[letter].width = ERROR_COLUMN_WIDTH
        for row, problems in rows.items():
            texts = [_line(p, translate) for p in problems]
            note = sheet.cell(row=row, column=column, value="\n".join(texts))
            note.font = WRONG_FONT
            note.alignment = Alignment(wrap_text=True, vertical="top")
            for problem in problems:
                if problem.column:
                    wrong = sheet.cell(row=row, column=column_index_from_string(problem.column))
                    wrong.fill = WRONG_FILL
                    wrong.comment = Comment(problem.message(translate), "Dossier Desk")
    listing = workbook.create_sheet(LIST_SHEET, 0)
    headers = [
        translate("app", QT_TRANSLATE_NOOP("app", "Sheet")),
        translate("app", QT_TRANSLATE_NOOP("app", "Row")),
        translate("app", QT_TRANSLATE_NOOP("app", "Column")),
        translate("app", QT_TRANSLATE_NOOP("app", "Header")),
        translate("app", QT_TRANSLATE_NOOP("app", "Value")),
        translate("app", QT_TRANSLATE_NOOP("app", "What is wrong and how to fix it")),
    ]
    listing.append(headers)
    for c in listing[1]:
        c.font = HEADER_FONT
        c.fill = HEADER_FILL
    for problem in report.problems:
        listing.append(
            [problem.sheet, problem.row, problem.column, problem.header, problem.value, problem.message(translate)]
        )
    for letter, width in zip("ABCDEF", (14, 8, 8, 16, 24, 90), strict=True):
        listing.column_dimensions[letter].width = width
    listing.freeze_panes = "A2"
    workbook.active = 0
    return written_whole(Path(target), workbook.save)


def _line(problem: Problem, translate: Translate) -> str:
    where = f"{problem.column} {problem.header}: " if problem.column else ""
    return where + problem.message(translate)
