"""The exchange room (issue 17): an office's spreadsheets brought in all or nothing, and every list taken out as a
workbook — the template, the import with its error workbook, and the exports, all reading one set of sheet specs.

Other rooms and the window use it through these names only (pyproject's protected contract). What needs openpyxl
is imported on first use (the window starts without it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.exchange.export_titles import EXPORT_TITLES
from app.exchange.report import Addition, Ignored, ImportReport, Problem, SheetCount
from app.exchange.sheets import BY_KEY, SHEETS, Column, Kind, Sheet
from app.lazy import loaded_when_asked

if TYPE_CHECKING:
    from app.exchange.error_workbook import write_error_workbook
    from app.exchange.exports import (
        EXPORTS,
        Export,
        count_rows,
        export_names,
        export_sheets,
        export_workbook,
        ts_translator,
    )
    from app.exchange.importing import import_workbook
    from app.exchange.list_export import DateOrder, typed_sheet
    from app.exchange.reading import ImportRefused, check_file
    from app.exchange.template import write_template
    from app.exchange.workbook_writing import ExportFailed, SheetRows, write_workbook

__all__ = [
    "BY_KEY",
    "EXPORTS",
    "EXPORT_TITLES",
    "SHEETS",
    "Addition",
    "Column",
    "DateOrder",
    "Export",
    "ExportFailed",
    "Ignored",
    "ImportRefused",
    "ImportReport",
    "Kind",
    "Problem",
    "Sheet",
    "SheetCount",
    "SheetRows",
    "check_file",
    "count_rows",
    "export_names",
    "export_sheets",
    "export_workbook",
    "import_workbook",
    "ts_translator",
    "typed_sheet",
    "write_error_workbook",
    "write_template",
    "write_workbook",
]

__getattr__ = loaded_when_asked(
    __name__,
    {
        "DateOrder": "app.exchange.list_export",
        "typed_sheet": "app.exchange.list_export",
        "ExportFailed": "app.exchange.workbook_writing",
        "ImportRefused": "app.exchange.reading",
        "check_file": "app.exchange.reading",
        "import_workbook": "app.exchange.importing",
        "write_error_workbook": "app.exchange.error_workbook",
        "SheetRows": "app.exchange.workbook_writing",
        "write_workbook": "app.exchange.workbook_writing",
        "write_template": "app.exchange.template",
        # The export sources (issue 17, Build 3) import openpyxl through the writer: loaded on first use too.
        "EXPORTS": "app.exchange.exports",
        "Export": "app.exchange.exports",
        "count_rows": "app.exchange.exports",
        "export_names": "app.exchange.exports",
        "export_sheets": "app.exchange.exports",
        "ts_translator": "app.exchange.exports",
        "export_workbook": "app.exchange.exports",
    },
)
