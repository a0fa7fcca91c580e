"""The fee printouts on screen: a receipt, a statement, arrears notices and the month-end summary, each built off the
UI thread and opened in the print preview (zoom, page through, print, save as PDF).

Every window that prints fees calls these (the dossier's 费用 section, the registers, the payment dialog). The
printouts of one window share one ``PrintoutBuilder`` (one printout at a time, its PDFs in a temporary folder that
goes with the window); once its pages go to a printer or a file the print is recorded in the audit log (R16), under
the tenancy's dossier when it is one tenancy's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.desk import Actor, Desk, Work
from app.errors import AppError

if TYPE_CHECKING:
    from app.fees import Month
from ui import messages
from ui.printing import PrintoutBuilder
from ui.translations import error_text

BUILDER_NAME = "fee-printouts"


def printouts_of(parent: QWidget, desk: Desk, actor: Actor) -> PrintoutBuilder:
    """The window's builder of fee printouts, made the first time it prints one. It goes with the window, and its
    temporary folder with it (a window that closes its own builders may call ``printouts_of(…).cleanup()``)."""
    found = parent.findChild(PrintoutBuilder, BUILDER_NAME)
    if isinstance(found, PrintoutBuilder):
        return found
    builder = PrintoutBuilder(desk, actor, parent)
    builder.setObjectName(BUILDER_NAME)
    return builder


def _dossier_of(desk: Desk, actor: Actor, tenancy_of: Callable[[Work], int]) -> int | None:
    """The dossier of the tenancy ``tenancy_of`` names: a quick read on the UI thread, so that the print is recorded
    under the dossier."""
    from app.fees import tenancy_place  # here: the printouts bring reportlab, not needed to start

    with desk.read(actor) as work:
        return tenancy_place(work, tenancy_of(work))[2]


def _build(
    parent: QWidget,
    desk: Desk,
    actor: Actor,
    build: Callable[[Work, Path], object],
    file_name: str,
    title: str,
    tenancy_of: Callable[[Work], int] | None = None,
) -> PrintoutBuilder:
    builder = printouts_of(parent, desk, actor)
    dossier_id = None
    if tenancy_of is not None:
        try:
            dossier_id = _dossier_of(desk, actor, tenancy_of)
        except AppError as err:
            messages.tell(parent, error_text(err))
            return builder
    if not builder.build(build, file_name, title, dossier_id=dossier_id):
        messages.tell(
            parent,
            QCoreApplication.translate("FeePrintouts", "Another printout is still being made; try again in a moment."),
        )
    return builder


def preview_receipt(parent: QWidget, desk: Desk, actor: Actor, payment_id: int) -> PrintoutBuilder:
    """A payment's receipt (收款收据, two copies on the page); a reversal's prints as the 红冲 of its receipt."""
    from app.fees import payment_info, print_receipt

    def build(work: Work, target: Path) -> None:
        print_receipt(work, payment_id, target)

    return _build(
        parent,
        desk,
        actor,
        build,
        "receipt.pdf",
        QCoreApplication.translate("FeePrintouts", "Receipt"),
        lambda work: payment_info(work, payment_id).tenancy_id,
    )


def preview_statement(
    parent: QWidget,
    desk: Desk,
    actor: Actor,
    tenancy_id: int,
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> PrintoutBuilder:
    """A tenancy's statement (对账单): its ledger with the running balance, and its deposits."""
    from app.fees import print_statement

    def build(work: Work, target: Path) -> None:
        print_statement(work, tenancy_id, target, date_from=date_from, date_to=date_to)

    title = QCoreApplication.translate("FeePrintouts", "Statement")
    return _build(parent, desk, actor, build, "statement.pdf", title, lambda _work: tenancy_id)


def preview_arrears_notice(parent: QWidget, desk: Desk, actor: Actor, tenancy_id: int) -> PrintoutBuilder:
    """One tenancy's arrears notice (催款通知单) as of today, with its tear-off receipt part."""
    from app.fees import print_arrears_notices

    def build(work: Work, target: Path) -> None:
        print_arrears_notices(work, target, tenancy_ids=[tenancy_id])

    title = QCoreApplication.translate("FeePrintouts", "Arrears notice")
    return _build(parent, desk, actor, build, "arrears-notice.pdf", title, lambda _work: tenancy_id)


def preview_arrears_notices(
    parent: QWidget, desk: Desk, actor: Actor, *, floor_id: int | None = None, over_days: int = 0
) -> PrintoutBuilder:
    """An arrears notice for everyone behind on a floor (or in every building), or over ``over_days`` days behind."""
    from app.fees import print_arrears_notices

    def build(work: Work, target: Path) -> None:
        print_arrears_notices(work, target, floor_id=floor_id, over_days=over_days)

    title = QCoreApplication.translate("FeePrintouts", "Arrears notices")
    return _build(parent, desk, actor, build, "arrears-notices.pdf", title)


def preview_month_summary(
    parent: QWidget, desk: Desk, actor: Actor, month: str | Month, building_id: int | None = None
) -> PrintoutBuilder:
    """The month-end summary (月末汇总表) of ``month`` ("2026-05" or a Month): charged, received and outstanding by
    fee item and by floor."""
    from app.fees import print_month_summary

    code = str(month)

    def build(work: Work, target: Path) -> None:
        print_month_summary(work, code, target, building_id=building_id)

    title = QCoreApplication.translate("FeePrintouts", "Month-end summary {month}").format(month=code)
    return _build(parent, desk, actor, build, f"fees-summary-{code}.pdf", title)
