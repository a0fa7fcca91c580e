"""Approvals waiting: the department manager's list of every request waiting for their consent, of every kind
(loans, working-copy edits, deposit decisions, destruction lists), decided at their own desk with a note."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.approvals import KIND_NAMES, ApprovalInfo, decide, pending_approvals
from app.desk import Actor, Desk
from app.errors import AppError
from app.permissions import Action
from ui.approvals.confirmation import confirmed, typed_confirmation
from ui.form_dialog import error_label
from ui.lists import RowsModel, read_only_table
from ui.printing import ListPrinter
from ui.translations import error_text, format_date
from ui.window_parts import fit_to_screen


class WaitingModel(RowsModel[ApprovalInfo]):
    def headers(self) -> Sequence[str]:
        return [
            self.tr("No."),
            self.tr("Kind"),
            self.tr("Asked by"),
            self.tr("Asked on"),
            self.tr("Dossier"),
            self.tr("What"),
            self.tr("Why"),
        ]

    def cell(self, row: ApprovalInfo, column: int) -> object:
        values = [
            str(row.id),
            QCoreApplication.translate("approval", KIND_NAMES[row.kind]),
            row.requested_by,
            format_date(row.requested_at.date()),
            row.dossier_number or "",
            row.summary,
            row.reason,
        ]
        return values[column]


class ApprovalsWaitingWindow(QDialog):
    """Modeless; ``refresh`` keeps it current as requests arrive from other desks' work in this window."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.setObjectName("approvals-waiting")
        self.setWindowTitle(self.tr("Approvals waiting"))
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.model = WaitingModel(self)
        self.table = read_only_table(self.model, self, "approval-rows")
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.note_label = QLabel(self.tr("&Note (needed to refuse):"), self)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("note")
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3)
        self.note_label.setBuddy(self.note_edit)
        # issue 12: what cannot be undone (a destruction list) is approved only with its number typed.
        self.confirmation_label = QLabel(self)
        self.confirmation_edit = QLineEdit(self)
        self.confirmation_edit.setObjectName("confirmation")
        self.confirmation_label.setBuddy(self.confirmation_edit)
        self.expected: str | None = None
        self.error = error_label(self, "error")
        self.approve_button = QPushButton(self.tr("&Approve"), self)
        self.approve_button.setObjectName("approve")
        self.refuse_button = QPushButton(self.tr("&Refuse"), self)
        self.refuse_button.setObjectName("refuse")
        self.approve_button.clicked.connect(lambda: self.decide(approve=True))
        self.refuse_button.clicked.connect(lambda: self.decide(approve=False))
        self.list_printer = ListPrinter(desk, actor, self, self.table, self.windowTitle, subtitle=self.summary.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.approve_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.refuse_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.list_printer.button(self), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.list_printer.export_button(self), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.confirmation_label)
        layout.addWidget(self.confirmation_edit)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 460)
        self.refresh()

    def refresh(self, _changes: object = None) -> None:
        chosen = self.selected()
        try:
            with self.desk.read(self.actor) as work:
                waiting = pending_approvals(work)
        except AppError as err:
            self.summary.setText(error_text(err))
            return
        self.model.set_rows(waiting)
        self.summary.setText(
            self.tr("%n request(s) waiting for your decision.", "", len(waiting))
            if waiting
            else self.tr("Nothing is waiting for your decision.")
        )
        if chosen is not None:
            self.select(chosen.id)
        if self.selected() is None and waiting:
            self.table.selectRow(0)
        self._selection_changed()

    def rows(self) -> list[ApprovalInfo]:
        return self.model.rows()

    def select(self, approval_id: int) -> None:
        for r, row in enumerate(self.model.rows()):
            if row.id == approval_id:
                self.table.selectRow(r)
                return

    def selected(self) -> ApprovalInfo | None:
        picked = self.table.selectionModel().selectedRows()
        return self.model.row(picked[0].row()) if picked else None

    def _selection_changed(self) -> None:
        request = self.selected()
        self.expected = typed_confirmation(self.desk, request) if request is not None else None
        self.confirmation_label.setText(
            self.tr("To approve, type the list number {number}:").format(number=self.expected)
            if self.expected is not None
            else ""
        )
        self.confirmation_label.setVisible(self.expected is not None)
        self.confirmation_edit.setVisible(self.expected is not None)
        self.confirmation_edit.clear()
        may = self.desk.may(self.actor, Action.APPROVE) and request is not None
        self.approve_button.setEnabled(may)
        self.refuse_button.setEnabled(may)

    def decide(self, *, approve: bool) -> ApprovalInfo | None:
        request = self.selected()
        if request is None:
            return None
        if approve and not confirmed(self.expected, self.confirmation_edit.text()):
            self.error.setText(
                self.tr("Type the list number {number} to approve its destruction.").format(number=self.expected)
            )
            self.error.show()
            self.confirmation_edit.setFocus()
            return None
        try:
            with self.desk.work(self.actor) as work:
                decided = decide(
                    work,
                    request.id,
                    approve=approve,
                    note=self.note_edit.toPlainText(),
                    expected_version=request.version,
                )
        except AppError as err:
            self.error.setText(error_text(err))
            self.error.show()
            self.refresh()
            return None
        self.error.hide()
        self.note_edit.clear()
        self.refresh()
        return decided

    def done(self, result: int) -> None:
        self.list_printer.cleanup()
        super().done(result)
