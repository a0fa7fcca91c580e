"""Adding or editing a contact of a dossier, emergency contacts included (R11)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from app.desk import Actor, Desk, Work
from app.dossier import ContactInfo, ContactInput, add_contact, edit_contact, read_contact
from ui.form_dialog import FormDialog


class ContactDialog(FormDialog):
    """A new contact of ``dossier_id``, or ``contact`` edited when given."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        dossier_id: int,
        contact: ContactInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(desk, actor, parent)
        self.dossier_id = dossier_id
        self.contact = contact
        self.setObjectName("contact-dialog")
        self.setWindowTitle(
            self.tr("New contact") if contact is None else self.tr("Contact — {name}").format(name=contact.name)
        )
        self.name_edit = QLineEdit(self)
        self.add_row("contact.name", self.tr("&Name:"), self.name_edit)
        self.role_edit = QLineEdit(self)
        self.role_edit.setPlaceholderText(self.tr("e.g. office manager"))
        self.add_row("contact.role", self.tr("&Role:"), self.role_edit)
        self.phone_edit = QLineEdit(self)
        self.add_row("contact.phone", self.tr("&Phone:"), self.phone_edit)
        self.mobile_edit = QLineEdit(self)
        self.add_row("contact.mobile", self.tr("&Mobile:"), self.mobile_edit)
        self.email_edit = QLineEdit(self)
        self.add_row("contact.email", self.tr("&E-mail:"), self.email_edit)
        self.emergency_box = QCheckBox(self.tr("Call in an &emergency"), self)
        self.add_row("contact.is_emergency", self.tr("Emergency contact:"), self.emergency_box)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.notes_edit.fontMetrics().lineSpacing() * 4)
        self.add_row("contact.notes", self.tr("N&otes:"), self.notes_edit)
        if contact is not None:
            self.fill(contact)
        self.finish()
        self.resize(440, self.sizeHint().height())

    def fill(self, contact: ContactInfo) -> None:
        """Show ``contact`` in the inputs (when the dialog opens, and after a change made meanwhile)."""
        self.contact = contact
        self.name_edit.setText(contact.name)
        self.role_edit.setText(contact.role)
        self.phone_edit.setText(contact.phone)
        self.mobile_edit.setText(contact.mobile)
        self.email_edit.setText(contact.email)
        self.emergency_box.setChecked(contact.is_emergency)
        self.notes_edit.setPlainText(contact.notes)

    def reload(self, work: Work) -> None:
        if self.contact is not None:  # a new contact has nothing to re-read
            self.fill(read_contact(work, self.contact.id))

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        self.required(problems, "contact.name", self.name_edit.text())
        if not (self.phone_edit.text().strip() or self.mobile_edit.text().strip()):
            # The app asks for one number; say it where the clerk looks once both have been visited.
            touched = {"contact.phone", "contact.mobile"} & self.touched
            problems["contact.phone"] = self.tr("Give a phone or a mobile number.") if touched else ""
        return problems

    def data(self) -> ContactInput:
        return ContactInput(
            name=self.name_edit.text(),
            role=self.role_edit.text(),
            phone=self.phone_edit.text(),
            mobile=self.mobile_edit.text(),
            email=self.email_edit.text(),
            is_emergency=self.emergency_box.isChecked(),
            notes=self.notes_edit.toPlainText(),
        )

    def save(self, work: Work) -> object:
        if self.contact is None:
            return add_contact(work, self.dossier_id, self.data())
        return edit_contact(work, self.contact.id, self.data(), expected_version=self.contact.version)
