"""The customer's people (from the unit card) and the to-recover list (Tools, and per customer): lists to work
through beside the floors, kept current by the changes made meanwhile."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.desk import Actor, ChangeSet, Desk, Work
from app.errors import AppError
from app.permissions import Action
from app.staff import RecoverRow, StaffInfo, StaffItemInfo, customer_staff, linkable_records, to_recover
from ui.lists import RowsModel, read_only_table
from ui.printing import ListPrinter, PrintoutBuilder
from ui.staff.dialogs import LinkItemDialog, PersonDialog, ReturnedDialog
from ui.staff.names import item_number, item_text, kind_name, leaving_names, state_name
from ui.translations import error_text, format_date
from ui.window_parts import fit_to_screen


class PeopleModel(RowsModel[StaffInfo]):
    def headers(self) -> Sequence[str]:
        return (
            self.tr("Name"),
            self.tr("Department"),
            self.tr("Position"),
            self.tr("Joined on"),
            self.tr("Left on"),
            self.tr("To recover"),
        )

    def cell(self, row: StaffInfo, column: int) -> object:
        if column == 0:
            return row.name
        if column == 1:
            return row.department
        if column == 2:
            return row.position
        if column == 3:
            return format_date(row.joined_on)
        if column == 4:
            if row.left_on is None:
                return ""
            return f"{format_date(row.left_on)} ({leaving_names().get(row.leaving or '', '')})"
        return str(row.to_recover) if row.to_recover else ""


class ItemsModel(RowsModel[StaffItemInfo]):
    def headers(self) -> Sequence[str]:
        return (self.tr("Item"), self.tr("Number"), self.tr("State"), self.tr("Returned on"), self.tr("Received by"))

    def cell(self, row: StaffItemInfo, column: int) -> object:
        return (
            kind_name(row.kind),
            item_number(row.kind, row.number),
            state_name(row.state),
            format_date(row.returned_on),
            row.received_by,
        )[column]


class RecoverModel(RowsModel[RecoverRow]):
    def headers(self) -> Sequence[str]:
        return (
            self.tr("Customer"),
            self.tr("Name"),
            self.tr("Department"),
            self.tr("Left on"),
            self.tr("Item"),
            self.tr("Number"),
        )

    def cell(self, row: RecoverRow, column: int) -> object:
        return (
            row.customer,
            row.person,
            row.department,
            format_date(row.left_on),
            kind_name(row.kind),
            item_number(row.kind, row.number),
        )[column]


class StaffWindow(QDialog):
    """One customer's people and what each holds: add, edit (leaving, rejoining), link a card, key or permit."""

    def __init__(self, desk: Desk, actor: Actor, customer_id: int, customer: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.actor, self.customer_id, self.customer = desk, actor, customer_id, customer
        self.dialog: QDialog | None = None  # the form opened last (tests and the tour reach it)
        self.setObjectName("staff-window")
        self.setProperty("helpTopic", "forms")
        self.setWindowTitle(self.tr("Staff of {customer}").format(customer=customer))
        may = desk.may(actor, Action.KEEP_STAFF)
        self.people = PeopleModel(self)
        self.people_table = read_only_table(self.people, self, "people")
        self.items = ItemsModel(self)
        self.items_table = read_only_table(self.items, self, "items")
        self.add_button = QPushButton(self.tr("&Add person…"), self)
        self.add_button.setObjectName("add-person")
        self.add_button.setEnabled(may)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("edit-person")
        self.edit_button.setToolTip(self.tr("Change their details, or set the day they left"))
        self.link_button = QPushButton(self.tr("&Card, key or permit…"), self)
        self.link_button.setObjectName("link-item")
        self.returned_button = QPushButton(self.tr("&Returned…"), self)
        self.returned_button.setObjectName("item-returned")
        self.recover_button = QPushButton(self.tr("&To recover…"), self)
        self.recover_button.setObjectName("to-recover")
        self.add_button.clicked.connect(lambda: self.add_person())
        self.edit_button.clicked.connect(lambda: self.edit_person())
        self.link_button.clicked.connect(lambda: self.link_item())
        self.returned_button.clicked.connect(lambda: self.mark_returned())
        self.recover_button.clicked.connect(lambda: self.show_to_recover())
        self.people_table.selectionModel().currentRowChanged.connect(lambda *_a: self._person_changed())
        self.items_table.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self.list_printer = ListPrinter(desk, actor, self, self.people_table, self.windowTitle(), file_name="staff.pdf")
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.link_button, self.returned_button):
            side.addWidget(button)
        side.addStretch(1)
        side.addWidget(self.recover_button)
        middle = QHBoxLayout()
        lists = QVBoxLayout()
        lists.addWidget(self.people_table, 3)
        held = QLabel(self.tr("Cards, keys and permits of the person chosen:"), self)
        lists.addWidget(held)
        lists.addWidget(self.items_table, 2)
        middle.addLayout(lists, 1)
        middle.addLayout(side)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.list_printer.button(self), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.list_printer.export_button(self), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(middle, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.recover_window: ToRecoverList | None = None
        fit_to_screen(self, 820, 560)
        self.refresh()

    def refresh(self, changes: ChangeSet | None = None) -> None:
        if changes is not None and self.customer_id not in changes.customers and "staff" not in changes.registers:
            return
        chosen = self.current_person()
        try:
            with self.desk.read(self.actor) as work:
                people = customer_staff(work, self.customer_id)
        except AppError as err:
            self._say(error_text(err))
            return
        self.people.set_rows(people)
        row = next((n for n, p in enumerate(people) if chosen and p.id == chosen.id), 0 if people else -1)
        if row >= 0:
            self.people_table.selectRow(row)
        self._person_changed()

    def current_person(self) -> StaffInfo | None:
        index = self.people_table.currentIndex()
        return self.people.row(index.row()) if index.isValid() else None

    def current_item(self) -> StaffItemInfo | None:
        index = self.items_table.currentIndex()
        return self.items.row(index.row()) if index.isValid() else None

    def _person_changed(self) -> None:
        person = self.current_person()
        self.items.set_rows(person.items if person else ())
        if person and person.items:
            self.items_table.selectRow(0)
        self._enable()

    def _enable(self) -> None:
        may = self.desk.may(self.actor, Action.KEEP_STAFF)
        person, item = self.current_person(), self.current_item()
        self.edit_button.setEnabled(may and person is not None)
        self.link_button.setEnabled(may and person is not None)
        self.returned_button.setEnabled(may and item is not None and item.state == "to_recover")

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.refresh())
        dialog.open()
        return dialog

    def add_person(self) -> QDialog:
        return self._open(PersonDialog(self.desk, self.actor, self.customer_id, self.customer, self))

    def edit_person(self) -> QDialog | None:
        person = self.current_person()
        if person is None:
            return None
        return self._open(PersonDialog(self.desk, self.actor, self.customer_id, self.customer, self, person=person))

    def link_item(self) -> QDialog | None:
        person = self.current_person()
        if person is None:
            return None
        with self.desk.read(self.actor) as work:
            records = linkable_records(work, self.customer_id)
        return self._open(LinkItemDialog(self.desk, self.actor, person, records, self))

    def mark_returned(self) -> QDialog | None:
        person, item = self.current_person(), self.current_item()
        if person is None or item is None or item.state != "to_recover":
            return None
        what = item_text(item.kind, item.number)
        return self._open(ReturnedDialog(self.desk, self.actor, item.id, item.version, what, person.name, self))

    def show_to_recover(self) -> ToRecoverList:
        if self.recover_window is None:
            self.recover_window = ToRecoverList(self.desk, self.actor, self, customer_id=self.customer_id)
            self.recover_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.recover_window.destroyed.connect(self._forget_recover)
            self.recover_window.returned.connect(lambda: self.refresh())
            self.recover_window.show()
        else:
            self.recover_window.refresh()
            self.recover_window.raise_()
        return self.recover_window

    def _forget_recover(self, _obj: object = None) -> None:
        self.recover_window = None


class ToRecoverList(QDialog):
    """The cards, keys and permits still to come back from people who left (every customer's, or one's)."""

    returned = Signal()  # an item was marked returned here (the customer's staff window re-reads)

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None, *, customer_id: int | None = None):
        super().__init__(parent)
        self.desk, self.actor, self.customer_id = desk, actor, customer_id
        self.dialog: QDialog | None = None
        self.setObjectName("to-recover-list")
        self.setProperty("helpTopic", "forms")
        self.setWindowTitle(self.tr("Cards and keys to recover"))
        self.model = RecoverModel(self)
        self.table = read_only_table(self.model, self, "to-recover")
        self.count = QLabel(self)
        self.count.setObjectName("count")
        self.returned_button = QPushButton(self.tr("&Returned…"), self)
        self.returned_button.setObjectName("item-returned")
        self.returned_button.clicked.connect(lambda: self.mark_returned())
        self.printouts = PrintoutBuilder(desk, actor, self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("print-to-recover")
        self.print_button.clicked.connect(lambda: self.print_list())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self.table.doubleClicked.connect(lambda *_a: self.mark_returned())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.returned_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 440)
        self.refresh()

    def refresh(self, changes: ChangeSet | None = None) -> None:
        if changes is not None and "staff" not in changes.registers and not changes.customers:
            return
        try:
            with self.desk.read(self.actor) as work:
                rows = to_recover(work, self.customer_id)
        except AppError as err:
            self.count.setText(error_text(err))
            return
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
            if self.customer_id is not None:
                self.setWindowTitle(self.tr("Cards and keys to recover — {customer}").format(customer=rows[0].customer))
        self.count.setText(self.tr("%n item(s) to recover.", "", len(rows)))
        self._enable()

    def current_row(self) -> RecoverRow | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        may = self.desk.may(self.actor, Action.KEEP_STAFF)
        self.returned_button.setEnabled(may and self.current_row() is not None)
        self.print_button.setEnabled(self.model.rowCount() > 0)

    def mark_returned(self) -> QDialog | None:
        row = self.current_row()
        if row is None or not self.desk.may(self.actor, Action.KEEP_STAFF):
            return None
        what = item_text(row.kind, row.number)
        dialog = ReturnedDialog(self.desk, self.actor, row.item_id, row.item_version, what, row.person, self)
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._after_return)
        dialog.open()
        return dialog

    def _after_return(self) -> None:
        self.refresh()
        self.returned.emit()

    def print_list(self) -> bool:
        customer_id = self.customer_id

        def build(work: Work, target: object) -> None:
            from app.staff import print_to_recover

            print_to_recover(work, target, customer_id)  # type: ignore[arg-type]

        return self.printouts.build(build, "to-recover.pdf", self.windowTitle())
