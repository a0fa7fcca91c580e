"""The registers of money (R11): building-wide lists of charges, payments, deposits and arrears, with filters,
totals and Print list; a double-click opens the tenant's dossier.

Charges and payments are read a page at a time as the list scrolls (``PagedRowsModel``), and the charges start at
the current month: the large demo's 460 000 charge lines are never loaded into the list at once. The arrears are
worked out for every tenancy's open lines, so they are read off the UI thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.desk import Actor, ChangeSet, Desk
from app.errors import AppError

# Not on the room's surface yet (app/fees/__init__.py is the lead's): its names go there on merging.
from app.fees import (
    BUCKET_NAMES,
    DEPOSIT_STATES,
    ENTRY_NAMES,
    METHOD_NAMES,
    ArrearsRow,
    ChargeFilter,
    ChargeRow,
    DepositFilter,
    DepositRow,
    PaymentFilter,
    PaymentRow,
    arrears,
    charge_register,
    charge_totals,
    deposit_register,
    fee_items,
    payment_register,
    payment_totals,
)
from app.fees import DEPOSIT_KIND_NAMES as KIND_NAMES
from app.fees import DEPOSIT_STATE_NAMES as STATE_NAMES
from app.jobs import JobCancelled
from ui.fees.shown import PlaceChoice, fees_name, let_go, money, start_task
from ui.form_dialog import date_edit, from_qdate
from ui.lists import ColumnFitter, PagedRowsModel, RowsModel, lay_out_list_window, read_only_table
from ui.printing import ListPrinter
from ui.tasks import BackgroundTask
from ui.translations import error_text, form_label, format_date
from ui.window_parts import fit_to_screen

Opener = Callable[[int], object]
RIGHT = Qt.AlignmentFlag.AlignRight


def month_edit(parent: QWidget, name: str, day: dt.date) -> QDateEdit:
    """A month as YYYY-MM (the period charges are for)."""
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setDisplayFormat("yyyy-MM")
    edit.setDate(QDate(day.year, day.month, 1))
    return edit


def month_code(edit: QDateEdit) -> str:
    return f"{edit.date().year():04d}-{edit.date().month():02d}"


def add_filters(dialog: QDialog, *rows: Sequence[tuple[str, QWidget | None]]) -> QVBoxLayout:
    """Filters in rows of captioned inputs (two short rows fit a 1024-pixel screen in English too)."""
    layout = QVBoxLayout()
    for pairs in rows:
        line = QHBoxLayout()
        for caption, widget in pairs:
            if widget is None:
                continue
            if caption:
                label = QLabel(form_label(caption), dialog)
                label.setBuddy(widget)
                line.addWidget(label)
            line.addWidget(widget)
        line.addStretch(1)
        layout.addLayout(line)
    return layout


class _Register(QDialog):
    """What the four registers share: filters above, the list, a count and totals line, Print list and Close;
    kept current while open; a double-click opens the row's dossier."""

    def __init__(self, desk: Desk, actor: Actor, open_dossier: Opener | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.desk, self.actor, self.open_dossier = desk, actor, open_dossier
        self.setProperty("helpTopic", "fees")
        self.today = desk.clock().date()
        self.place = PlaceChoice(desk, actor, self)

    def lay_out(
        self,
        filters: QLayout,
        model: RowsModel[Any],
        name: str,
        title: str,
        file_name: str,
        words: int,
        shrinkable: Sequence[int],
    ) -> None:
        """``words``: the customer's column, which keeps its room; ``shrinkable``: the places, which give way first
        (every column on a 1024-pixel screen, the full text in the tooltip)."""
        self.model = model
        self.table = read_only_table(model, self, name)
        self.fitter = ColumnFitter(self.table, words, shrinkable=shrinkable)
        model.modelReset.connect(self.fitter.measure)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.printer = ListPrinter(
            self.desk, self.actor, self, self.table, title, subtitle=self.filter_text, file_name=file_name
        )
        self.count = lay_out_list_window(
            self, filters, self.table, self.printer.button(self), self.printer.export_button(self)
        )
        self.finished.connect(lambda _result: self.printer.cleanup())
        fit_to_screen(self, 1100, 600)

    def open_row(self, number: int) -> None:
        if not 0 <= number < self.model.rowCount():
            return
        dossier_id = getattr(self.model.row(number), "dossier_id", None)
        if dossier_id is not None and self.open_dossier is not None:
            self.open_dossier(dossier_id)

    def filter_text(self) -> str:
        return self.place.text()

    def load(self) -> None:
        raise NotImplementedError

    def refresh(self, changes: ChangeSet | None = None) -> None:
        if changes is None or changes.fees or changes.units or changes.customers:
            self.load()

    def failed(self, err: AppError) -> None:
        self.model.set_rows([])
        self.count.setText(error_text(err))


# The registers' base (its name starts with "_": never shown alone, so the window tour tours its subclasses).
RegisterWindow = _Register


# -- charges ------------------------------------------------------------------------------------------------------


class ChargesModel(PagedRowsModel[ChargeRow]):
    AMOUNT, PAID, OPEN = 7, 8, 9

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Period"),
            self.tr("Building"),
            self.tr("Floor"),
            self.tr("Unit"),
            self.tr("Customer"),
            self.tr("Fee item"),
            self.tr("Kind"),
            self.tr("Amount (¥)"),
            self.tr("Paid (¥)"),
            self.tr("Open (¥)"),
            self.tr("Due on"),
        )

    def cell(self, row: ChargeRow, column: int) -> object:
        values = (
            row.period,
            row.building,
            row.floor,
            row.unit,
            row.customer,
            row.item,
            fees_name(ENTRY_NAMES.get(row.kind, row.kind)),
            money(row.amount_fen),
            money(row.paid_fen),
            money(row.open_fen),
            format_date(row.due_on),
        )
        return values[column]

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return RIGHT if column in (self.AMOUNT, self.PAID, self.OPEN) else None


class ChargesRegister(_Register):
    """Every charge line of a period (the current month to begin with), by building, floor, fee item and kind."""

    def __init__(
        self, desk: Desk, actor: Actor, open_dossier: Opener | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(desk, actor, open_dossier, parent)
        self.setObjectName("charges-register")
        self.setWindowTitle(self.tr("Charges register"))
        self.month_from = month_edit(self, "month-from", self.today)
        self.month_to = month_edit(self, "month-to", self.today)
        self.item = QComboBox(self)
        self.item.setObjectName("item")
        self.item.addItem(self.tr("All fee items"), None)
        with desk.read(actor) as work:
            for found in fee_items(work):
                self.item.addItem(found.name, found.id)
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in ("generated", "adjustment", "one_off"):
            self.kind.addItem(fees_name(ENTRY_NAMES[kind]), kind)
        filters = add_filters(
            self,
            (
                (self.tr("&Building"), self.place.building),
                (self.tr("&Floor"), self.place.floor),
                (self.tr("F&rom"), self.month_from),
                (self.tr("&To"), self.month_to),
            ),
            ((self.tr("&Item"), self.item), (self.tr("&Kind"), self.kind)),
        )
        self.lay_out(
            filters, ChargesModel(self), "charge-rows", self.tr("Charges register"), "charges.pdf", 4, (1, 2, 5)
        )
        for combo in (self.place.building, self.item, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self.load())
        assert self.place.floor is not None
        self.place.floor.currentIndexChanged.connect(lambda _i: self.load())
        self.month_from.dateChanged.connect(lambda _d: self.load())
        self.month_to.dateChanged.connect(lambda _d: self.load())
        self.load()

    def wanted(self) -> ChargeFilter:
        return ChargeFilter(
            building_id=self.place.building_id(),
            floor_id=self.place.floor_id(),
            month_from=month_code(self.month_from),
            month_to=month_code(self.month_to),
            item_id=self.item.currentData(),
            kind=self.kind.currentData(),
        )

    def load(self) -> None:
        wanted = self.wanted()
        desk, actor = self.desk, self.actor

        def read(offset: int, limit: int) -> list[ChargeRow]:
            with desk.read(actor) as work:
                return charge_register(work, wanted, offset=offset, limit=limit)

        try:
            with desk.read(actor) as work:
                totals = charge_totals(work, wanted)
            model = self.model
            assert isinstance(model, ChargesModel)
            model.show(read, totals.lines, keep=model.rowCount())
        except AppError as err:
            self.failed(err)
            return
        self.count.setText(
            self.tr("%n line(s): charged ¥{amount}, paid ¥{paid}, open ¥{open}.", "", totals.lines).format(
                amount=money(totals.amount_fen), paid=money(totals.paid_fen), open=money(totals.open_fen)
            )
        )

    def filter_text(self) -> str:
        parts = [self.place.text(), f"{month_code(self.month_from)} – {month_code(self.month_to)}"]
        if self.item.currentData() is not None:
            parts.append(self.item.currentText())
        if self.kind.currentData() is not None:
            parts.append(self.kind.currentText())
        return "  ".join(parts) + "  " + self.count.text()


# -- payments -----------------------------------------------------------------------------------------------------


class PaymentsModel(PagedRowsModel[PaymentRow]):
    AMOUNT = 6

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Paid on"),
            self.tr("Receipt no."),
            self.tr("Customer"),
            self.tr("Units"),
            self.tr("Payer"),
            self.tr("Method"),
            self.tr("Amount (¥)"),
            self.tr("Reversal"),
        )

    def cell(self, row: PaymentRow, column: int) -> object:
        if row.reverses_id is not None:
            reversal = self.tr("Reverses a payment")
        elif row.reversed:
            reversal = self.tr("Reversed")
        else:
            reversal = ""
        values = (
            format_date(row.paid_on),
            row.receipt_no or "",
            row.customer,
            row.units,
            row.payer,
            fees_name(METHOD_NAMES.get(row.method, row.method)),
            money(row.amount_fen),
            reversal,
        )
        return values[column]

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return RIGHT if column == self.AMOUNT else None


class PaymentsRegister(_Register):
    """The payments received in a period (this month to begin with), reversals shown as their own lines."""

    def __init__(
        self, desk: Desk, actor: Actor, open_dossier: Opener | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(desk, actor, open_dossier, parent)
        self.setObjectName("payments-register")
        self.setWindowTitle(self.tr("Payments register"))
        first = self.today.replace(day=1)
        self.date_from = date_edit(self, first)
        self.date_from.setObjectName("date-from")
        self.date_to = date_edit(self, self.today)
        self.date_to.setObjectName("date-to")
        self.method = QComboBox(self)
        self.method.setObjectName("method")
        self.method.addItem(self.tr("Any method"), None)
        for method, source in METHOD_NAMES.items():
            self.method.addItem(fees_name(source), method)
        self.reversals = QCheckBox(self.tr("Show &reversals"), self)
        self.reversals.setObjectName("reversals")
        self.reversals.setChecked(True)
        filters = add_filters(
            self,
            (
                (self.tr("&Building"), self.place.building),
                (self.tr("&Floor"), self.place.floor),
                (self.tr("F&rom"), self.date_from),
                (self.tr("&To"), self.date_to),
            ),
            ((self.tr("&Method"), self.method), ("", self.reversals)),
        )
        self.lay_out(
            filters, PaymentsModel(self), "payment-rows", self.tr("Payments register"), "payments.pdf", 2, (3, 4)
        )
        for combo in (self.place.building, self.place.floor, self.method):
            assert combo is not None
            combo.currentIndexChanged.connect(lambda _i: self.load())
        self.date_from.dateChanged.connect(lambda _d: self.load())
        self.date_to.dateChanged.connect(lambda _d: self.load())
        self.reversals.toggled.connect(lambda _b: self.load())
        self.load()

    def wanted(self) -> PaymentFilter:
        return PaymentFilter(
            building_id=self.place.building_id(),
            floor_id=self.place.floor_id(),
            date_from=from_qdate(self.date_from.date()),
            date_to=from_qdate(self.date_to.date()),
            method=self.method.currentData(),
            include_reversals=self.reversals.isChecked(),
        )

    def load(self) -> None:
        wanted = self.wanted()
        desk, actor = self.desk, self.actor

        def read(offset: int, limit: int) -> list[PaymentRow]:
            with desk.read(actor) as work:
                return payment_register(work, wanted, offset=offset, limit=limit)

        try:
            with desk.read(actor) as work:
                totals = payment_totals(work, wanted)
            model = self.model
            assert isinstance(model, PaymentsModel)
            model.show(read, totals.lines, keep=model.rowCount())
        except AppError as err:
            self.failed(err)
            return
        self.count.setText(
            self.tr(
                "%n payment(s): received ¥{received}, reversed ¥{reversed}, net ¥{net}.", "", totals.payments
            ).format(
                received=money(totals.received_fen), reversed=money(totals.reversed_fen), net=money(totals.net_fen)
            )
        )

    def filter_text(self) -> str:
        parts = [
            self.place.text(),
            f"{format_date(from_qdate(self.date_from.date()))} – {format_date(from_qdate(self.date_to.date()))}",
        ]
        if self.method.currentData() is not None:
            parts.append(self.method.currentText())
        return "  ".join(parts) + "  " + self.count.text()


# -- deposits -----------------------------------------------------------------------------------------------------


class DepositsModel(RowsModel[DepositRow]):
    MONEY = (5, 6, 7, 8)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Received on"),
            self.tr("Receipt no."),
            self.tr("Customer"),
            self.tr("Units"),
            self.tr("Kind"),
            self.tr("Amount (¥)"),
            self.tr("Refunded (¥)"),
            self.tr("Retained (¥)"),
            self.tr("Held (¥)"),
            self.tr("State"),
        )

    def cell(self, row: DepositRow, column: int) -> object:
        values = (
            format_date(row.received_on),
            row.receipt_no or "",
            row.customer,
            row.units,
            fees_name(KIND_NAMES.get(row.kind, row.kind)),
            money(row.amount_fen),
            money(row.refunded_fen),
            money(row.retained_fen),
            money(row.held_fen),
            fees_name(STATE_NAMES[row.state]),
        )
        return values[column]

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return RIGHT if column in self.MONEY else None


class DepositsRegister(_Register):
    def __init__(
        self, desk: Desk, actor: Actor, open_dossier: Opener | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(desk, actor, open_dossier, parent)
        self.setObjectName("deposits-register")
        self.setWindowTitle(self.tr("Deposits register"))
        self.state = QComboBox(self)
        self.state.setObjectName("state")
        self.state.addItem(self.tr("Any state"), None)
        for state in DEPOSIT_STATES:
            self.state.addItem(fees_name(STATE_NAMES[state]), state)
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("All kinds"), None)
        for kind, source in KIND_NAMES.items():
            self.kind.addItem(fees_name(source), kind)
        filters = add_filters(
            self,
            ((self.tr("&Building"), self.place.building), (self.tr("&Floor"), self.place.floor)),
            ((self.tr("&State"), self.state), (self.tr("&Kind"), self.kind)),
        )
        self.lay_out(
            filters, DepositsModel(self), "deposit-rows", self.tr("Deposits register"), "deposits.pdf", 2, (3,)
        )
        for combo in (self.place.building, self.place.floor, self.state, self.kind):
            assert combo is not None
            combo.currentIndexChanged.connect(lambda _i: self.load())
        self.load()

    def load(self) -> None:
        wanted = DepositFilter(
            building_id=self.place.building_id(),
            floor_id=self.place.floor_id(),
            state=self.state.currentData(),
            kind=self.kind.currentData(),
        )
        try:
            with self.desk.read(self.actor) as work:
                found = deposit_register(work, wanted)
        except AppError as err:
            self.failed(err)
            return
        self.model.set_rows(found.rows)
        self.count.setText(
            self.tr(
                "%n deposit(s): ¥{amount} received; held ¥{held}, refunded ¥{refunded}, retained ¥{retained}.",
                "",
                len(found.rows),
            ).format(
                amount=money(found.amount_fen),
                held=money(found.held_fen),
                refunded=money(found.refunded_fen),
                retained=money(found.retained_fen),
            )
        )

    def filter_text(self) -> str:
        parts = [self.place.text()]
        for combo in (self.state, self.kind):
            if combo.currentData() is not None:
                parts.append(combo.currentText())
        return "  ".join(parts) + "  " + self.count.text()


# -- arrears ------------------------------------------------------------------------------------------------------


class ArrearsModel(RowsModel[ArrearsRow | tuple[int, ...]]):
    """The tenancies behind, longest overdue first, and a last row with the totals of each column."""

    BUCKETS = (4, 5, 6, 7)
    TOTAL = 8

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Customer"),
            self.tr("Building"),
            self.tr("Floor"),
            self.tr("Units"),
            *(self.tr("{days} (¥)").format(days=fees_name(name)) for name in BUCKET_NAMES),
            self.tr("Total (¥)"),
            self.tr("Oldest due"),
            self.tr("Last chased"),
        )

    def cell(self, row: ArrearsRow | tuple[int, ...], column: int) -> object:
        if isinstance(row, tuple):  # the totals row
            if column == 0:
                return self.tr("Total")
            if column in self.BUCKETS:
                return money(row[column - self.BUCKETS[0]])
            if column == self.TOTAL:
                return money(sum(row))
            return ""
        values = (
            row.customer,
            row.building,
            row.floor,
            row.units,
            *(money(fen) for fen in row.buckets),
            money(row.total_fen),
            format_date(row.oldest_due),
            format_date(row.last_chased) if row.last_chased else "",
        )
        return values[column]

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return RIGHT if column in (*self.BUCKETS, self.TOTAL) else None

    def font(self, row: ArrearsRow | tuple[int, ...]) -> QFont | None:
        if not isinstance(row, tuple):
            return None
        bold = QFont()
        bold.setBold(True)
        return bold

    def debtors(self) -> list[ArrearsRow]:
        return [row for row in self.rows() if isinstance(row, ArrearsRow)]


class ArrearsRegister(_Register):
    """Who is behind on a day (today to begin with), aged 0–30 / 31–60 / 61–90 / over 90 days."""

    def __init__(
        self, desk: Desk, actor: Actor, open_dossier: Opener | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(desk, actor, open_dossier, parent)
        self.setObjectName("arrears-register")
        self.setWindowTitle(self.tr("Arrears register"))
        self.task: BackgroundTask | None = None
        self.again = False
        self.as_of = date_edit(self, self.today)
        self.as_of.setObjectName("as-of")
        self.over_days = QSpinBox(self)
        self.over_days.setObjectName("over-days")
        self.over_days.setRange(0, 3650)
        self.over_days.setSuffix(self.tr(" days"))
        self.notices_button = QPushButton(self.tr("Print arrears &notices…"), self)
        self.notices_button.setObjectName("notices")
        self.notices_button.setAutoDefault(False)
        self.notices_button.clicked.connect(self.print_notices)
        filters = add_filters(
            self,
            (
                (self.tr("&As of"), self.as_of),
                (self.tr("&Building"), self.place.building),
                (self.tr("&Floor"), self.place.floor),
            ),
            ((self.tr("O&verdue more than"), self.over_days), ("", self.notices_button)),
        )
        self.lay_out(
            filters, ArrearsModel(self), "arrears-rows", self.tr("Arrears register"), "arrears.pdf", 0, (1, 2, 3)
        )
        for combo in (self.place.building, self.place.floor):
            assert combo is not None
            combo.currentIndexChanged.connect(lambda _i: self.load())
        self.as_of.dateChanged.connect(lambda _d: self.load())
        self.over_days.valueChanged.connect(lambda _v: self.load())
        self.load()

    def load(self) -> None:
        """Read again off the UI thread; a change of filter while reading reads once more when it ends."""
        if self.task is not None:
            self.again = True
            return
        desk, actor = self.desk, self.actor
        day, building_id, floor_id = from_qdate(self.as_of.date()), self.place.building_id(), self.place.floor_id()
        over = self.over_days.value()

        def job(_progress: Callable[[int, int], None]) -> list[ArrearsRow]:
            with desk.read(actor) as work:
                return arrears(work, as_of=day, building_id=building_id, floor_id=floor_id, over_days=over)

        self.count.setText(self.tr("Reading…"))
        self.task = start_task(job)
        self.task.finished.connect(self.show_rows)
        self.task.failed.connect(self._failed)
        self.task.start()

    def _task_ended(self) -> bool:
        if self.task is not None:
            self.task.deleteLater()
        self.task = None
        if self.again:
            self.again = False
            self.load()
            return True
        return False

    def show_rows(self, rows: list[ArrearsRow]) -> None:
        if self._task_ended():
            return
        buckets = tuple(sum(row.buckets[n] for row in rows) for n in range(4))
        self.model.set_rows([*rows, buckets] if rows else [])
        self.count.setText(
            self.tr("%n tenancy(ies) behind, ¥{total} overdue.", "", len(rows)).format(total=money(sum(buckets)))
        )

    def _failed(self, exc: Exception) -> None:
        if self._task_ended():
            return
        if isinstance(exc, AppError):
            self.failed(exc)
        elif not isinstance(exc, JobCancelled):
            self.model.set_rows([])
            self.count.setText(str(exc))

    def wait(self) -> None:
        """Until the list is read (tests; a window closing)."""
        while self.task is not None:
            self.task.wait()
            QCoreApplication.processEvents()

    def print_notices(self) -> None:
        from ui.fees.printing import preview_arrears_notices  # when used: the printouts bring reportlab

        preview_arrears_notices(
            self, self.desk, self.actor, floor_id=self.place.floor_id(), over_days=self.over_days.value()
        )

    def filter_text(self) -> str:
        parts = [format_date(from_qdate(self.as_of.date())), self.place.text()]
        if self.over_days.value():
            parts.append(self.tr("overdue more than %n day(s)", "", self.over_days.value()))
        return "  ".join(parts) + "  " + self.count.text()

    def done(self, result: int) -> None:
        if self.task is not None:
            let_go(self.task)
            self.task = None
        super().done(result)
