"""Editing a customer's details; a new name keeps the former one in the history and relabels the dossier (R5)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.customers import CustomerInfo, CustomerInput, read_customer, update_customer
from app.desk import Actor, Desk, Work
from ui.form_dialog import FormDialog, date_edit, from_qdate

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")  # the app's own check, so Save is not offered in vain
_TEXT_FIELDS = (
    "id_code",
    "legal_representative",
    "registered_capital",
    "nature",
    "industry",
    "address",
    "phone",
    "email",
)


class CustomerDialog(FormDialog):
    def __init__(self, desk: Desk, actor: Actor, customer: CustomerInfo, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.customer = customer
        self.setObjectName("customer-dialog")
        self.setWindowTitle(self.tr("Customer — {name}").format(name=customer.name))

        self.name_edit = QLineEdit(self)
        self.add_row("customer.name", self.tr("&Name:"), self.name_edit)
        self.renamed_on = date_edit(self, desk.clock().date())
        self.renamed_on.setToolTip(self.tr("The day the new name took effect, e.g. the date of the new licence."))
        self.add_row("customer.renamed_on", self.tr("Name &valid from:"), self.renamed_on)
        self.kind_box = QComboBox(self)
        self.kind_box.addItem(self.tr("Company"), "company")
        self.kind_box.addItem(self.tr("Person"), "person")
        self.add_row("customer.kind", self.tr("&Kind:"), self.kind_box)
        captions = {
            "id_code": self.tr("Credit code or &ID number:"),
            "legal_representative": self.tr("&Legal representative:"),
            "registered_capital": self.tr("Registered &capital:"),
            "nature": self.tr("Nature of &business:"),
            "industry": self.tr("Indu&stry:"),
            "address": self.tr("&Address:"),
            "phone": self.tr("&Phone:"),
            "email": self.tr("&E-mail:"),
        }
        self.edits: dict[str, QLineEdit] = {}
        for name in _TEXT_FIELDS:
            edit = QLineEdit(self)
            self.edits[name] = edit
            self.add_row(f"customer.{name}", captions[name], edit)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.notes_edit.fontMetrics().lineSpacing() * 4)
        self.add_row("customer.notes", self.tr("N&otes:"), self.notes_edit)

        # Short and on one line: a wrapped label in a form does not make a shown dialog grow.
        self.rename_note = QLabel(self.tr("The current name moves to the name history (R5)."), self)
        self.rename_note.setObjectName("rename-note")
        self.rename_note.setToolTip(self.tr("The live dossier's label follows the new name."))
        self.form.insertRow(4, "", self.rename_note)  # under the date it explains
        self.fill(customer)
        self.finish()
        self.name_edit.textChanged.connect(self._renaming_shown)
        self._renaming_shown()
        self.resize(520, self.sizeHint().height())

    def fill(self, customer: CustomerInfo) -> None:
        """Show ``customer``'s details in the inputs (when the dialog opens, and after a change made meanwhile)."""
        self.customer = customer
        self.name_edit.setText(customer.name)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(customer.kind)))
        for name, edit in self.edits.items():
            edit.setText(getattr(customer, name))
        self.notes_edit.setPlainText(customer.notes)

    def reload(self, work: Work) -> None:
        self.fill(read_customer(work, self.customer.id))

    def renaming(self) -> bool:
        return self.name_edit.text().strip() != self.customer.name

    def _renaming_shown(self) -> None:
        """The rename date and its explanation matter only while the name differs (R5)."""
        renaming = self.renaming()
        self.form.setRowVisible(self.renamed_on, renaming)
        self.form.setRowVisible(self.rename_note, renaming)

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        self.required(problems, "customer.name", self.name_edit.text())
        email = self.edits["email"].text().strip()
        if email and not _EMAIL.match(email):
            problems["customer.email"] = self.tr("This is not an e-mail address.")
        return problems

    def data(self) -> CustomerInput:
        return CustomerInput(
            name=self.name_edit.text(),
            kind=str(self.kind_box.currentData()),
            notes=self.notes_edit.toPlainText(),
            **{name: edit.text() for name, edit in self.edits.items()},
        )

    def save(self, work: Work) -> object:
        renamed_on = from_qdate(self.renamed_on.date()) if self.renaming() else None
        return update_customer(
            work, self.customer.id, self.data(), renamed_on=renamed_on, expected_version=self.customer.version
        )
