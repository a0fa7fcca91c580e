"""The list behind a dashboard figure that has no window of its own yet: the repairs or complaints of a month or
open now, the move-ins or move-outs of a month, the dossiers missing move-in papers — with Print list; a row opens
its dossier."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QWidget

from app.building import STATUS_NAMES, UnitStatus
from app.dashboard import (
    AREA,
    COMPLAINTS,
    MISSING_PAPERS,
    MOVE_INS,
    MOVE_OUTS,
    OPEN_COMPLAINTS,
    OPEN_REPAIRS,
    REPAIRS,
    USE,
    BehindRow,
    Target,
    records_behind,
)
from app.desk import Actor, ChangeSet, Desk
from app.errors import AppError
from app.registers import COMPLAINT, REPAIR
from ui.lists import RowsModel, lay_out_list_window, read_only_table
from ui.printing import ListPrinter
from ui.translations import error_text, format_date
from ui.window_parts import fit_to_screen

Opener = Callable[[int], object]
# The area bands as the charts name them (numbers read the same in every language).
AREA_LABELS = {"lt50": "<50", "50-100": "50–100", "100-200": "100–200", "200-500": "200–500", "ge500": "≥500", "": ""}


class BehindModel(RowsModel[BehindRow]):
    DATE, UNIT, CUSTOMER, STATE, WHAT = range(5)

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind

    def headers(self) -> Sequence[str]:
        if self.kind == MISSING_PAPERS:
            return (self.tr("Moved in"), self.tr("Unit"), self.tr("Customer"), self.tr("State"), self.tr("Missing"))
        if self.kind in (USE, AREA):
            return ("", self.tr("Unit"), self.tr("Customer"), self.tr("State"), self.tr("Use and area"))
        if self.kind in (MOVE_INS, MOVE_OUTS):
            day = self.tr("Moved in") if self.kind == MOVE_INS else self.tr("Moved out")
            return (day, self.tr("Unit"), self.tr("Customer"), self.tr("State"), self.tr("What"))
        day = self.tr("Reported") if self.kind in (REPAIRS, OPEN_REPAIRS) else self.tr("Received")
        return (day, self.tr("Unit"), self.tr("Customer"), self.tr("State"), self.tr("What"))

    def cell(self, row: BehindRow, column: int) -> object:
        if column == self.DATE:
            return format_date(row.date)
        if column == self.UNIT:
            return row.unit
        if column == self.CUSTOMER:
            return row.customer
        if column == self.STATE and self.kind in (USE, AREA):
            return QCoreApplication.translate("status", STATUS_NAMES[UnitStatus(row.state)])
        if column == self.STATE:
            machine = REPAIR if self.kind in (REPAIRS, OPEN_REPAIRS) else COMPLAINT
            name = machine.states.get(row.state) if row.state else None
            return QCoreApplication.translate("registers", name) if name else ""
        if column == self.WHAT:
            return " ".join(row.what.split())  # one line: a complaint's content may run over several
        return None


class BehindWindow(QDialog):
    """The rows behind one figure; double-click (or Enter) opens the row's dossier."""

    def __init__(
        self, desk: Desk, actor: Actor, target: Target, open_dossier: Opener | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.target = target
        self.open_dossier = open_dossier
        self.setObjectName("dashboard-list")
        self.setProperty("helpTopic", "dashboard")
        self.setWindowTitle(self.title())
        self.model = BehindModel(target.kind, self)
        self.table = read_only_table(self.model, self, "behind-rows")
        self.table.activated.connect(self.open_row)
        self.printer = ListPrinter(desk, actor, self, self.table, self.title(), file_name="dashboard-list.pdf")
        filters = QHBoxLayout()
        hint = QLabel(self.tr("Double-click a row to open its dossier."), self)
        hint.setObjectName("hint")
        filters.addWidget(hint)
        self.count = lay_out_list_window(
            self, filters, self.table, self.printer.button(self), self.printer.export_button(self)
        )
        self.table.setColumnHidden(BehindModel.STATE, target.kind in (MOVE_INS, MOVE_OUTS, MISSING_PAPERS))
        self.table.setColumnHidden(BehindModel.DATE, target.kind in (USE, AREA))
        fit_to_screen(self, 860, 480)
        self.finished.connect(lambda _result: self.printer.cleanup())
        self.load()

    def title(self) -> str:
        month = self.target.month
        titles = {
            MOVE_INS: self.tr("Moved in, {month}"),
            MOVE_OUTS: self.tr("Moved out, {month}"),
            REPAIRS: self.tr("Repairs reported, {month}"),
            COMPLAINTS: self.tr("Complaints received, {month}"),
            OPEN_REPAIRS: self.tr("Repairs still open"),
            OPEN_COMPLAINTS: self.tr("Complaints still open"),
            MISSING_PAPERS: self.tr("Dossiers missing move-in papers"),
            USE: self.tr("Units used as “{use}”"),
            AREA: self.tr("Units of {area} m²") if self.target.key else self.tr("Units without a recorded area"),
        }
        area = AREA_LABELS.get(self.target.key, "")
        return titles.get(self.target.kind, self.tr("List")).format(month=month, use=self.target.key, area=area)

    def load(self) -> None:
        try:
            with self.desk.read(self.actor) as work:
                rows = records_behind(work, self.target)
        except AppError as err:
            self.model.set_rows([])
            self.count.setText(error_text(err))
            return
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n row(s).", "", len(rows)))

    def refresh(self, changes: ChangeSet | None = None) -> None:
        """Kept current while open (the window calls it after every change that touched something)."""
        if changes is None or changes.units or changes.dossiers or changes.documents or changes.customers:
            self.load()

    def open_row(self, index: QModelIndex) -> None:
        row = self.model.row(index.row())
        if row.dossier_id is not None and self.open_dossier is not None:
            self.open_dossier(row.dossier_id)
