"""What the annual archiving wizard's pages share: retention periods and warnings in words.

The retention period (保管期限) and the candidates' warnings as the user reads them, the
retention chooser (also used by the bind dialog) and the amber of a warning sign. The pages
themselves are in wizard_tenancy_pages.py and wizard_box_pages.py; the wizard that strings
them together is in wizard.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QWidget

from app.archive import DEFAULT_RETENTION, RETENTION_NAMES, WARNING_NAMES
from ui.translations import app_text

WARNING_COLOUR = QColor("#c77700")  # amber: readable on light and dark themes, not the error red


def retention_name(code: str) -> str:
    return app_text("retention", RETENTION_NAMES.get(code, code))


def warning_text(codes: Sequence[str]) -> str:
    return "; ".join(app_text("archive", WARNING_NAMES.get(code, code)) for code in codes)


def retention_box(parent: QWidget, chosen: str = DEFAULT_RETENTION) -> QComboBox:
    """The retention periods (保管期限) in words, the default chosen."""
    box = QComboBox(parent)
    box.setObjectName("retention")
    for code in RETENTION_NAMES:
        box.addItem(retention_name(code), code)
    box.setCurrentIndex(max(0, box.findData(chosen)))
    return box
