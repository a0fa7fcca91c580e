"""Editing a customer's details; a new name keeps the former one in the history and relabels the dossier (R5)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.care.grades import GradeInfo, grade_of
from app.customers import CustomerInfo, CustomerInput, read_customer, reveal_id_code, update_customer
from app.desk import Actor, Desk, Work
from app.errors import AppError, ReadOnly
from app.permissions import Action, allowed
from app.privacy import MASK
from ui.customers.grades import grade_text
from ui.form_dialog import FormDialog, date_edit, from_qdate
from ui.translations import error_text

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")  # the app's own check, so Save is not offered in vain
_TEXT_FIELDS = (
    "id_code",
    "legal_representative",
    "registered_capital",
    "nature",
    "industry",
    "address",
    "contact_person",  # 联系人: whom the front desk calls at a company, beside the number to call
    "phone",
    "email",
)


class CustomerDialog(FormDialog):
    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        customer: CustomerInfo,
        parent: QWidget | None = None,
        *,
        dossier_id: int | None = None,
    ) -> None:
        super().__init__(desk, actor, parent)
        self.customer = customer
        self.dossier_id = dossier_id  # the dossier the form was opened from: a reveal is in its history too
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
        # Read-only here: the supervisor grades a customer from the unit's menu (Customer grade…).
        self.grade_label = QLabel(self)
        self.grade_label.setObjectName("customer-grade")
        self.grade_label.setToolTip(self.tr("How closely the desk keeps in touch: the contact plan of this grade."))
        self.form.addRow(self.tr("Customer grade:"), self.grade_label)
        with desk.read(actor) as work:
            self.show_grade(grade_of(work, customer.id))
        captions = {
            "id_code": self.tr("Credit code or &ID number:"),
            "legal_representative": self.tr("&Legal representative:"),
            "registered_capital": self.tr("Registered &capital:"),
            "nature": self.tr("Nature of &business:"),
            "industry": self.tr("Indu&stry:"),
            "address": self.tr("&Address:"),
            "contact_person": self.tr("Con&tact person:"),
            "phone": self.tr("&Phone:"),
            "email": self.tr("&E-mail:"),
        }
        self.edits: dict[str, QLineEdit] = {}
        for name in _TEXT_FIELDS:
            edit = QLineEdit(self)
            self.edits[name] = edit
            self.add_row(f"customer.{name}", captions[name], edit)
        # A person's ID number is shown masked to a role that may not see it (R16); Reveal shows it, audited.
        self.reveal_button = self.add_reveal(self.edits["id_code"], "reveal-id-code", self.reveal)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.notes_edit.fontMetrics().lineSpacing() * 4)
        self.add_row("customer.notes", self.tr("N&otes:"), self.notes_edit)

        # Short and on one line: a wrapped label in a form does not make a shown dialog grow.
        self.rename_note = QLabel(self.tr("A new name: the current one moves to the name history."), self)
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
        self.reveal_button.setVisible(customer.id_code_masked and allowed(self.actor.role, Action.REVEAL_PERSONAL_DATA))
        self.reveal_button.setEnabled(True)

    def reveal(self) -> str | None:
        """Show the masked ID number in full after recording the reveal; None (and why, under the input) if refused.

        A reveal that cannot be written to the audit log (a file open read-only) is not done: the number stays
        masked.
        """
        try:
            with self.desk.work(self.actor) as work:
                number = reveal_id_code(work, self.customer.id, dossier_id=self.dossier_id)
        except ReadOnly:
            self._reveal_refused(
                self.tr("This file is open read-only, so looking at the number cannot be recorded: it stays masked.")
            )
            return None
        except AppError as err:
            self._reveal_refused(error_text(err))
            return None
        edit = self.edits["id_code"]
        edit.setText(number)
        self._read["customer.id_code"] = number  # as if read so: the other desk's merge compares with this
        self.reveal_button.hide()
        edit.setFocus()
        return number

    def _reveal_refused(self, text: str) -> None:
        self._app_errors["customer.id_code"] = text
        self.validate()
        self.reveal_button.setEnabled(False)

    def show_grade(self, grade: GradeInfo) -> None:
        self.grade_label.setText(grade_text(grade))

    def reload(self, work: Work) -> None:
        self.fill(read_customer(work, self.customer.id))
        self.show_grade(grade_of(work, self.customer.id))

    def renaming(self) -> bool:
        return self.name_edit.text().strip() != self.customer.name

    def _renaming_shown(self) -> None:
        """The rename date matters only while the name differs (R5): greyed until then, never inserted — a row that
        appears while typing would push the buttons away from under the mouse."""
        self.renamed_on.setEnabled(self.renaming())

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        self.required(problems, "customer.name", self.name_edit.text())
        id_code = self.edits["id_code"].text().strip()
        if MASK in id_code and id_code != self.customer.id_code and self.kind_box.currentData() == "person":
            problems["customer.id_code"] = self.tr("Type the whole ID number, or reveal it first and then correct it.")
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
