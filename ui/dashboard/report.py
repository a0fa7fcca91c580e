"""The monthly one-page report on screen: built off the UI thread and opened in the print preview; once printed or
saved it is recorded in the audit log (ui/printing)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.desk import Actor, Desk, Work
from ui import messages
from ui.printing import PrintoutBuilder

BUILDER_NAME = "dashboard-printouts"


def preview_monthly_report(
    parent: QWidget, desk: Desk, actor: Actor, building_id: int | None, month: str | None = None
) -> PrintoutBuilder:
    """This month's report to today (or ``month``'s), of one building or every building."""
    from app.dashboard import print_monthly_report

    found = parent.findChild(PrintoutBuilder, BUILDER_NAME)
    builder = found if isinstance(found, PrintoutBuilder) else PrintoutBuilder(desk, actor, parent)
    builder.setObjectName(BUILDER_NAME)

    def build(work: Work, target: Path) -> None:
        print_monthly_report(work, month, target, building_id=building_id)

    title = QCoreApplication.translate("DashboardPage", "Monthly report")
    if not builder.build(build, "monthly-report.pdf", title):
        messages.tell(
            parent,
            QCoreApplication.translate("DashboardPage", "Another printout is still being made; try again in a moment."),
        )
    return builder
