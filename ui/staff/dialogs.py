"""The forms of the staff room: a person (add, edit, leave, rejoin), linking a card, key or permit, and marking an
item returned."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from app.desk import Actor, Desk, Work
from app.staff import LinkableRecord, StaffInfo, StaffInput, add_staff, link_item, mark_returned, update_staff
from ui.form_dialog import FormDialog, date_edit, from_qdate, optional_date, optional_date_edit, to_qdate
from ui.staff.names import item_text, kind_name, leaving_names


class PersonDialog(FormDialog):
    """A person of the customer's: new, or read at ``person.version`` (a left date set is their leaving)."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        customer_id: int,
        customer: str,
        parent: QWidget | None = None,
        *,
        person: StaffInfo | None = None,
    ) -> None:
        super().__init__(desk, actor, parent)
        self.customer_id, self.person = customer_id, person
        self.setObjectName("staff-person")
        self.setProperty("helpTopic", "forms")
        self.setWindowTitle(
            self.tr("Staff of {customer}").format(customer=customer)
            if person is None
            else self.tr("{name} of {customer}").format(name=person.name, customer=customer)
        )
        self.name_edit = QLineEdit(self)
        self.add_row("staff.name", self.tr("&Name:"), self.name_edit)
        self.department_edit = QLineEdit(self)
        self.add_row("staff.department", self.tr("&Department:"), self.department_edit)
        self.position_edit = QLineEdit(self)
        self.add_row("staff.position", self.tr("&Position:"), self.position_edit)
        self.joined_edit = optional_date_edit(self, "staff.joined_on", self.tr("Not known"))
        self.add_row("staff.joined_on", self.tr("&Joined on:"), self.joined_edit)
        self.left_edit = optional_date_edit(self, "staff.left_on", self.tr("Still there"))
        self.left_edit.setToolTip(
            self.tr("Setting the day they left files the resigned-staff form and lists their cards and keys to recover")
        )
        self.add_row("staff.left_on", self.tr("&Left on:"), self.left_edit)
        self.leaving_box = QComboBox(self)
        for value, text in leaving_names().items():
            self.leaving_box.addItem(text, value)
        self.add_row("staff.leaving", self.tr("&How they left:"), self.leaving_box)
        self.left_edit.dateChanged.connect(self._left_changed)
        if person is not None:
            self._fill(person)
        self.finish()
        self._left_changed()
        self.name_edit.setFocus()

    def _fill(self, person: StaffInfo) -> None:
        self.person = person
        self.name_edit.setText(person.name)
        self.department_edit.setText(person.department)
        self.position_edit.setText(person.position)
        if person.joined_on is not None:
            self.joined_edit.setDate(to_qdate(person.joined_on))
        if person.left_on is not None:
            self.left_edit.setDate(to_qdate(person.left_on))
        self.leaving_box.setCurrentIndex(max(0, self.leaving_box.findData(person.leaving or "resigned")))

    def _left_changed(self, _day: QDate | None = None) -> None:
        self.leaving_box.setEnabled(optional_date(self.left_edit) is not None)

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        self.required(problems, "staff.name", self.name_edit.text())
        return problems

    def data(self) -> StaffInput:
        return StaffInput(
            name=self.name_edit.text(),
            department=self.department_edit.text(),
            position=self.position_edit.text(),
            joined_on=optional_date(self.joined_edit),
            left_on=optional_date(self.left_edit),
            leaving=self.leaving_box.currentData(),
        )

    def save(self, work: Work) -> StaffInfo:
        if self.person is None:
            return add_staff(work, self.customer_id, self.data())
        return update_staff(work, self.person.id, self.data(), expect_version=self.person.version)

    def reload(self, work: Work) -> None:
        if self.person is not None:
            from app.staff import staff_member

            self._fill(staff_member(work, self.person.id))


class LinkItemDialog(FormDialog):
    """Which of the customer's access cards, keys and parking permits the person holds (a form record, linked)."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        person: StaffInfo,
        records: list[LinkableRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(desk, actor, parent)
        self.person = person
        self.setObjectName("staff-link-item")
        self.setProperty("helpTopic", "forms")
        self.setWindowTitle(self.tr("Card, key or permit of {name}").format(name=person.name))
        self.record_box = QComboBox(self)
        for record in records:
            self.record_box.addItem(item_text(record.kind, record.number, record.holder), record.form_record_id)
        self.add_row("staff.item", self.tr("&Held:"), self.record_box)
        note = QLabel(
            self.tr("The customer's filled forms of access cards, key custody and parking permits that nobody holds.")
            if records
            else self.tr("Fill in the access card, key custody or parking permit form first; it is then offered here."),
            self,
        )
        note.setObjectName("note")
        note.setWordWrap(True)
        self.finish(note)

    def problems(self) -> dict[str, str]:
        return {} if self.record_box.count() else {"staff.item": ""}

    def save(self, work: Work) -> StaffInfo:
        return link_item(work, self.person.id, self.record_box.currentData())


class ReturnedDialog(FormDialog):
    """An item handed back: the day and who at the desk received it."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        item_id: int,
        item_version: int,
        what: str,
        person: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(desk, actor, parent)
        self.item_id, self.item_version = item_id, item_version
        self.setObjectName("staff-returned")
        self.setProperty("helpTopic", "forms")
        self.setWindowTitle(self.tr("Returned: {what}").format(what=what))
        shown = QLabel(self.tr("{what}, held by {person}").format(what=what, person=person), self)
        shown.setObjectName("item")
        shown.setWordWrap(True)
        self.returned_edit = date_edit(self, desk.clock().date())
        self.add_row("staff.returned_on", self.tr("&Returned on:"), self.returned_edit)
        self.received_edit = QLineEdit(actor.display_name, self)
        self.add_row("staff.received_by", self.tr("&Received by:"), self.received_edit)
        self.finish(shown)

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        self.required(problems, "staff.received_by", self.received_edit.text())
        return problems

    def save(self, work: Work) -> object:
        return mark_returned(
            work,
            self.item_id,
            from_qdate(self.returned_edit.date()),
            self.received_edit.text(),
            expect_version=self.item_version,
        )


__all__ = ["LinkItemDialog", "PersonDialog", "ReturnedDialog", "kind_name"]
