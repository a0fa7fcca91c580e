"""The return visits due (回访): this week's (the dashboard's and Tools' list), this month's or next month's.

Overdue visits say so in words in the Status column and show bold and red; Record visit… (or a double-click) opens
the one visit dialog, after which the visit leaves the list. Print visit plan previews the month's plan; Print list
prints the list as shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from app.care.visits import DueVisit, month_of, visits_due, week_of
from app.desk import Actor, ChangeSet, Desk, Work
from ui import messages
from ui.care.dialogs import VisitDialog, grade_names, how_names
from ui.lists import RowsModel, lay_out_list_window, read_only_table
from ui.printing import ListPrinter, PrintoutBuilder

OVERDUE_COLOUR = QColor("#b00020")


class DueModel(RowsModel[DueVisit]):
    def headers(self) -> Sequence[str]:
        return (
            self.tr("Due on"),
            self.tr("Status"),
            self.tr("Floor"),
            self.tr("Units"),
            self.tr("Customer"),
            self.tr("Grade"),
            self.tr("How"),
            self.tr("Last visit"),
        )

    def cell(self, row: DueVisit, column: int) -> object:
        if column == 0:
            return row.due_on.isoformat()
        if column == 1:
            return self.tr("Overdue") if row.overdue else self.tr("Due")
        if column == 2:
            return row.floor
        if column == 3:
            return row.units
        if column == 4:
            return row.customer
        if column == 5:
            return grade_names().get(row.grade or "", self.tr("Not graded"))
        if column == 6:
            return how_names().get(row.how, row.how)
        return row.last_visit.isoformat() if row.last_visit else self.tr("Never")

    def font(self, row: DueVisit) -> QFont | None:
        if not row.overdue:
            return None
        bold = QFont()
        bold.setBold(True)
        return bold

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < self.rowCount():
            return QBrush(OVERDUE_COLOUR) if self.row(index.row()).overdue else None
        return super().data(index, role)


class VisitsDueWindow(QDialog):
    """Visits due: a span to show, the list, Record visit…, Print visit plan, Print list, Close."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.setObjectName("visits-due")
        self.setProperty("helpTopic", "services")
        self.setWindowTitle(self.tr("Return visits due"))
        self.span_box = QComboBox(self)
        self.span_box.setObjectName("span")
        self.span_box.addItem(self.tr("This week"), "week")
        self.span_box.addItem(self.tr("This month"), "month")
        self.span_box.addItem(self.tr("Next month"), "next")
        self.span_box.currentIndexChanged.connect(lambda _n: self.refresh())
        filters = QHBoxLayout()
        shown = QLabel(self.tr("&Show:"), self)
        shown.setBuddy(self.span_box)
        filters.addWidget(shown)
        filters.addWidget(self.span_box)
        filters.addStretch(1)
        self.model = DueModel(self)
        self.table = read_only_table(self.model, self, "due-visits")
        self.table.doubleClicked.connect(lambda _index: self.record_visit())
        self.table.activated.connect(lambda _index: self.record_visit())
        self.record_button = QPushButton(self.tr("&Record visit…"), self)
        self.record_button.setObjectName("record-visit")
        self.record_button.clicked.connect(lambda: self.record_visit())
        self.plan_button = QPushButton(self.tr("Print visit &plan"), self)
        self.plan_button.setObjectName("print-visit-plan")
        self.plan_button.clicked.connect(lambda: self.print_plan())
        self.list_printer = ListPrinter(
            desk,
            actor,
            self,
            self.table,
            self.windowTitle(),
            subtitle=lambda: self.count.text(),
            file_name="visits.pdf",
        )
        self.printouts = PrintoutBuilder(desk, actor, self)
        self.count = lay_out_list_window(
            self,
            filters,
            self.table,
            self.record_button,
            self.plan_button,
            self.list_printer.button(self),
            self.list_printer.export_button(self),
        )
        self.resize(860, 480)
        self.refresh()

    def span(self) -> tuple[dt.date, dt.date]:
        today = self.desk.clock().date()
        kind = self.span_box.currentData()
        if kind == "week":
            return week_of(today)
        if kind == "month":
            return month_of(today.year, today.month)
        after = month_of(today.year, today.month)[1] + dt.timedelta(days=1)
        return month_of(after.year, after.month)

    def refresh(self, changes: ChangeSet | None = None) -> None:
        """Read the list again; after a change elsewhere (the window's ``show_report``), only if it can matter: a
        planned visit, a repair's or a complaint's (they count too), or a customer's grade."""
        if changes is not None and not (changes.registers & {"visit", "repair", "complaint"} or changes.customers):
            return
        first, last = self.span()
        with self.desk.read(self.actor) as work:
            rows = visits_due(work, first, last)
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.overdue)
        self.count.setText(
            self.tr("%n visit(s) due from {first} to {last}", "", len(rows)).format(
                first=first.isoformat(), last=last.isoformat()
            )
            + (self.tr(", %n overdue", "", overdue) if overdue else "")
        )
        self.record_button.setEnabled(bool(rows))

    def selected(self) -> DueVisit | None:
        index = self.table.currentIndex()
        rows = self.model.rows()
        if index.isValid() and 0 <= index.row() < len(rows):
            return rows[index.row()]
        return rows[0] if rows else None

    def record_visit(self) -> VisitDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        dialog = VisitDialog(self.desk, self.actor, chosen.tenancy_id, chosen.customer, self, how=chosen.how)
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    def print_plan(self) -> bool:
        first, _last = self.span()
        if self.span_box.currentData() == "week":
            first = self.desk.clock().date()
        year, month = first.year, first.month

        def build(work: Work, target: Path) -> None:
            from app.care.printouts import print_visit_plan  # reportlab: loaded when a plan is printed

            print_visit_plan(work, year, month, target)

        title = self.tr("Visit plan {year}-{month:02d}").format(year=year, month=month)
        if not self.printouts.build(build, "visit-plan.pdf", title):
            messages.tell(self, self.tr("Another printout is still being made; try again in a moment."))
            return False
        return True

    def done(self, result: int) -> None:
        self.list_printer.cleanup()
        self.printouts.cleanup()
        super().done(result)
