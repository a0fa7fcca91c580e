"""The move-in wizard: vacant unit(s) → customer → dates and contacts → move-in papers → summary.

Finish is one unit of work (one transaction): the move-in (customer, tenancy, dossier), the
contacts and a document for every checklist paper ticked as received — all or nothing. If the
app refuses, its message goes beside the input it names, on that input's page, and the wizard
stays open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.building import FloorInfo, UnitStatus, unit_cards
from app.customers import CustomerInput, CustomerMatch, find_customers
from app.desk import Actor, Desk
from app.dossier import ContactInput, add_contact, add_document, checklist
from app.errors import AppError, Conflict
from app.tenancy import MoveIn, move_in
from ui.form_dialog import date_edit, error_label, from_qdate, page_error
from ui.tenancy.move_in_papers import PapersPage
from ui.translations import error_text, format_date

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class UnitsPage(QWizardPage):
    """The vacant units of a floor; the ones chosen on the grid come ticked."""

    def __init__(self, wizard: MoveInWizard, floors: Sequence[FloorInfo], floor_id: int | None) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Units"))
        self.setSubTitle(self.tr("Tick the vacant units the customer moves into."))
        self.floor_box = QComboBox(self)
        self.floor_box.setObjectName("floor")
        for floor in floors:
            self.floor_box.addItem(floor.label, floor.id)
        self.units = QListWidget(self)
        self.units.setObjectName("tenancy.units")
        self.chosen_label = QLabel(self)
        self.chosen_label.setObjectName("chosen")
        self.chosen_label.setWordWrap(True)
        self.error = page_error(self)
        form = QFormLayout()
        form.addRow(self.tr("&Floor:"), self.floor_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.units, 1)
        layout.addWidget(self.chosen_label)
        layout.addWidget(self.error)
        if floor_id is not None:
            self.floor_box.setCurrentIndex(max(0, self.floor_box.findData(floor_id)))
        self.floor_box.currentIndexChanged.connect(self._floor_changed)
        self.units.itemChanged.connect(self._ticked)
        self._floor_changed()

    def _floor_changed(self, _index: int = 0) -> None:
        floor_id = self.floor_box.currentData()
        self.units.blockSignals(True)
        self.units.clear()
        if isinstance(floor_id, int):
            with self.wiz.desk.read(self.wiz.actor) as work:
                cards = unit_cards(work, floor_id=floor_id)
            for card in cards:
                if card.status != UnitStatus.VACANT:
                    continue
                area = f" — {card.area} m²" if card.area is not None else ""
                item = QListWidgetItem(f"{card.number}{area}", self.units)
                item.setData(ID_ROLE, card.unit_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = card.unit_id in self.wiz.unit_ids
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.wiz.unit_numbers[card.unit_id] = card.number
        if self.units.count() == 0:  # say so, rather than show an empty list
            note = QListWidgetItem(
                self.tr("No vacant unit on {floor}: choose another floor.").format(floor=self.floor_box.currentText()),
                self.units,
            )
            note.setFlags(Qt.ItemFlag.NoItemFlags)
        self.units.blockSignals(False)
        self._show_chosen()

    def _show_chosen(self) -> None:
        """The units ticked so far, on any floor (a tenancy may span floors)."""
        numbers = "、".join(self.wiz.unit_numbers.get(u, str(u)) for u in self.wiz.unit_ids)
        self.chosen_label.setText(self.tr("Chosen: {units}").format(units=numbers) if numbers else "")
        self.completeChanged.emit()

    def _ticked(self, item: QListWidgetItem) -> None:
        unit_id = item.data(ID_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            if unit_id not in self.wiz.unit_ids:
                self.wiz.unit_ids.append(unit_id)
        elif unit_id in self.wiz.unit_ids:
            self.wiz.unit_ids.remove(unit_id)
        self.error.setVisible(False)
        self._show_chosen()

    def set_ticked(self, unit_id: int, ticked: bool) -> None:
        for row in range(self.units.count()):
            item = self.units.item(row)
            if item.data(ID_ROLE) == unit_id:
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def isComplete(self) -> bool:
        return bool(self.wiz.unit_ids)


class CustomerPage(QWizardPage):
    """A new customer with the main details, or an existing one found as you type."""

    def __init__(self, wizard: MoveInWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Customer"))
        self.setSubTitle(self.tr("A new customer, or one already known (found by name, former name or credit code)."))
        self.new_radio = QRadioButton(self.tr("Ne&w customer"), self)
        self.new_radio.setObjectName("new-customer")
        self.existing_radio = QRadioButton(self.tr("E&xisting customer"), self)
        self.existing_radio.setObjectName("existing-customer")
        self.new_radio.setChecked(True)
        choice = QHBoxLayout()
        choice.addWidget(self.new_radio)
        choice.addWidget(self.existing_radio)
        choice.addStretch(1)

        self.errors: dict[str, QLabel] = {}
        self.edits: dict[str, QLineEdit] = {}
        new_page = QWidget(self)
        form = QFormLayout(new_page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind_box = QComboBox(new_page)
        self.kind_box.setObjectName("customer.kind")
        self.kind_box.addItem(self.tr("Company"), "company")
        self.kind_box.addItem(self.tr("Person"), "person")
        captions = [
            ("name", self.tr("Na&me:")),
            ("kind", self.tr("&Kind:")),
            ("id_code", self.tr("Credit code or &ID number:")),
            ("legal_representative", self.tr("&Legal representative:")),
            ("phone", self.tr("&Phone:")),
            ("email", self.tr("&E-mail:")),
            ("address", self.tr("&Address:")),
        ]
        for key, caption in captions:
            widget: QWidget
            if key == "kind":
                widget = self.kind_box
            else:
                edit = QLineEdit(new_page)
                edit.setObjectName(f"customer.{key}")
                edit.textChanged.connect(self._edited)
                self.edits[key] = edit
                widget = edit
            form.addRow(caption, widget)
            self.errors[f"customer.{key}"] = error_label(new_page, f"customer.{key}")
            form.addRow("", self.errors[f"customer.{key}"])

        existing_page = QWidget(self)
        self.search_edit = QLineEdit(existing_page)
        self.search_edit.setObjectName("customer-search")
        self.search_edit.setPlaceholderText(self.tr("Part of the name, a former name or the credit code"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._search)
        self.matches = QListWidget(existing_page)
        self.matches.setObjectName("customer-matches")
        self.matches.currentItemChanged.connect(lambda *_: self.completeChanged.emit())
        self.errors["customer"] = error_label(existing_page, "customer")
        box = QVBoxLayout(existing_page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.search_edit)
        box.addWidget(self.matches, 1)
        box.addWidget(self.errors["customer"])

        self.stack = QStackedWidget(self)
        self.stack.addWidget(new_page)
        self.stack.addWidget(existing_page)
        self.new_radio.toggled.connect(self._mode_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addWidget(self.stack, 1)

    def _mode_changed(self, new: bool) -> None:
        self.stack.setCurrentIndex(0 if new else 1)
        (self.edits["name"] if new else self.search_edit).setFocus()
        self.completeChanged.emit()

    def _edited(self) -> None:
        for label in self.errors.values():
            label.setVisible(False)
        self.completeChanged.emit()

    def _search(self, text: str) -> None:
        self.matches.clear()
        try:
            with self.wiz.desk.read(self.wiz.actor) as work:
                found: list[CustomerMatch] = find_customers(work, text)
        except AppError as err:
            self.errors["customer"].setText(error_text(err))
            self.errors["customer"].setVisible(True)
            return
        for match in found:
            extra = [match.id_code] if match.id_code else []
            if match.former_names:
                extra.append(self.tr("formerly {names}").format(names="、".join(match.former_names)))
            text_shown = match.name + (f"  ({'; '.join(extra)})" if extra else "")
            item = QListWidgetItem(text_shown, self.matches)
            item.setData(ID_ROLE, match.id)
            item.setData(ID_ROLE + 1, match.name)
        if self.matches.count():
            self.matches.setCurrentRow(0)
        self.completeChanged.emit()

    def is_new(self) -> bool:
        return self.new_radio.isChecked()

    def existing_id(self) -> int | None:
        item = self.matches.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def customer_name(self) -> str:
        if self.is_new():
            return self.edits["name"].text().strip()
        item = self.matches.currentItem()
        return str(item.data(ID_ROLE + 1)) if item is not None else ""

    def customer(self) -> CustomerInput | int | None:
        if not self.is_new():
            return self.existing_id()
        return CustomerInput(
            name=self.edits["name"].text(),
            kind=str(self.kind_box.currentData()),
            **{k: e.text() for k, e in self.edits.items() if k != "name"},
        )

    def isComplete(self) -> bool:
        if self.is_new():
            return bool(self.edits["name"].text().strip())
        return self.existing_id() is not None


class TenancyPage(QWizardPage):
    """Move-in date, fit-out end, where the dossier is kept, a contact and the emergency contact."""

    def __init__(self, wizard: MoveInWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Dates and contacts"))
        self.setSubTitle(self.tr("The emergency contact is required; the other contact is optional."))
        self.errors: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form
        today = wizard.desk.clock().date()
        self.move_in_edit = date_edit(self, today)
        self._row("tenancy.move_in", self.tr("Move-in &date:"), self.move_in_edit)
        self.fit_out_check = QCheckBox(self.tr("Fit-out &until:"), self)
        self.fit_out_check.setObjectName("fit-out")
        self.fit_out_edit = date_edit(self, today + dt.timedelta(days=60))
        self.fit_out_edit.setEnabled(False)
        self.fit_out_edit.setObjectName("tenancy.fit_out_until")
        self.fit_out_check.toggled.connect(self.fit_out_edit.setEnabled)
        self.inputs["tenancy.fit_out_until"] = self.fit_out_edit
        form.addRow(self.fit_out_check, self.fit_out_edit)
        self.errors["tenancy.fit_out_until"] = error_label(self, "tenancy.fit_out_until")
        form.addRow("", self.errors["tenancy.fit_out_until"])
        self.location_edit = QLineEdit(self)
        self.location_edit.setPlaceholderText(self.tr("e.g. cabinet 3, shelf 2"))
        self._row("dossier.location", self.tr("Dossier &location:"), self.location_edit)

        self.contact: dict[str, QLineEdit] = {}
        self.emergency: dict[str, QLineEdit] = {}
        heading = QLabel(self.tr("<b>Contact</b>"), self)
        form.addRow(heading)
        for key, caption in (
            ("name", self.tr("&Contact name:")),
            ("role", self.tr("Contact &role:")),
            ("mobile", self.tr("Contact m&obile:")),
        ):
            edit = QLineEdit(self)
            self.contact[key] = edit
            self._row(f"main.{key}", caption, edit)
            edit.textChanged.connect(lambda _text: self._contact_changed())
        form.addRow(QLabel(self.tr("<b>Emergency contact</b>"), self))
        for key, caption in (
            ("name", self.tr("&Emergency contact name:")),
            ("mobile", self.tr("Emergency contact mob&ile:")),
        ):
            edit = QLineEdit(self)
            self.emergency[key] = edit
            self._row(f"emergency.{key}", caption, edit)
            edit.textChanged.connect(lambda _text: self.completeChanged.emit())
        self.errors["contact"] = error_label(self, "contact")
        form.addRow("", self.errors["contact"])

    def _row(self, field: str, caption: str, widget: QWidget) -> None:
        widget.setObjectName(field)
        self.inputs[field] = widget
        self.form.addRow(caption, widget)
        self.errors[field] = error_label(self, field)
        self.form.addRow("", self.errors[field])
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda _t: self._clear_errors())
        elif isinstance(widget, QDateEdit):
            widget.dateChanged.connect(lambda _d: self._clear_errors())

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.setVisible(False)

    def move_in_day(self) -> dt.date:
        return from_qdate(self.move_in_edit.date())

    def fit_out_until(self) -> dt.date | None:
        return from_qdate(self.fit_out_edit.date()) if self.fit_out_check.isChecked() else None

    def contacts(self) -> list[ContactInput]:
        found = [
            ContactInput(name=self.emergency["name"].text(), mobile=self.emergency["mobile"].text(), is_emergency=True)
        ]
        if self.contact["name"].text().strip():
            found.insert(
                0,
                ContactInput(
                    name=self.contact["name"].text(),
                    role=self.contact["role"].text(),
                    mobile=self.contact["mobile"].text(),
                ),
            )
        return found

    def partial_contact(self) -> bool:
        """A role or mobile typed without a name: moving in would drop it, so the page says so and waits."""
        typed = any(self.contact[k].text().strip() for k in ("role", "mobile"))
        return typed and not self.contact["name"].text().strip()

    def _contact_changed(self) -> None:
        label = self.errors["main.name"]
        label.setText(self.tr("Name this contact, or clear the role and mobile."))
        label.setVisible(self.partial_contact())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        emergency = bool(self.emergency["name"].text().strip() and self.emergency["mobile"].text().strip())
        return emergency and not self.partial_contact()


class SummaryPage(QWizardPage):
    def __init__(self, wizard: MoveInWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Summary"))
        # Names the button as it reads (Move in), not Qt's generic Finish.
        self.setSubTitle(self.tr("“Move in” records everything at once, or nothing if something is wrong."))
        self.text = QLabel(self)
        self.text.setObjectName("summary")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.error = page_error(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        wiz = self.wiz
        units = "、".join(wiz.unit_numbers.get(u, str(u)) for u in wiz.unit_ids)
        papers = wiz.papers_page.papers(wiz.tenancy_page.move_in_day())
        missing = len(wiz.papers_page.items) - len(papers)
        lines = [
            self.tr("Units: {units}").format(units=units),
            self.tr("Customer: {name}").format(name=wiz.customer_page.customer_name())
            + ("" if wiz.customer_page.is_new() else " " + self.tr("(existing)")),
            self.tr("Move-in date: {date}").format(date=format_date(wiz.tenancy_page.move_in_day())),
            self.fit_out_line(wiz.tenancy_page.fit_out_until()),
            self.tr("Dossier kept at: {place}").format(
                place=wiz.tenancy_page.location_edit.text().strip() or self.tr("not given")
            ),
            self.tr("Contacts: {count}").format(count=len(wiz.tenancy_page.contacts())),
            self.tr("Papers received: {count}; still missing: {missing}").format(count=len(papers), missing=missing),
        ]
        self.text.setText("<br>".join(_escape(line) for line in lines))
        self.error.setVisible(False)

    def fit_out_line(self, until: dt.date | None) -> str:
        if until is None:
            return self.tr("Fit-out period: none")
        return self.tr("Fit-out until: {date}").format(date=format_date(until))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class MoveInWizard(QWizard):
    """Moves a customer into units; ``moved_in(MoveIn)`` after the commit."""

    moved_in = Signal(object)
    UNITS, CUSTOMER, TENANCY, PAPERS, SUMMARY = range(5)

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        floors: Sequence[FloorInfo],
        floor_id: int | None = None,
        unit_ids: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.unit_ids: list[int] = list(unit_ids)
        self.unit_numbers: dict[int, str] = {}
        self.result_value: MoveIn | None = None
        self.error_shown = ""
        self.setObjectName("move-in-wizard")
        self.setWindowTitle(self.tr("Move in"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        with desk.read(actor) as work:
            items = checklist(work)
        self.units_page = UnitsPage(self, floors, floor_id)
        self.customer_page = CustomerPage(self)
        self.tenancy_page = TenancyPage(self)
        self.papers_page = PapersPage(self, items)
        self.summary_page = SummaryPage(self)
        for page_id, page in enumerate(
            (self.units_page, self.customer_page, self.tenancy_page, self.papers_page, self.summary_page)
        ):
            self.setPage(page_id, page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Move in"))
        self.resize(720, 560)

    # -- finishing ------------------------------------------------------------------------------

    def accept(self) -> None:
        """One transaction for everything; on a refusal, the message beside its input and the wizard stays."""
        customer = self.customer_page.customer()
        if customer is None:
            return
        day = self.tenancy_page.move_in_day()
        try:
            with self.desk.work(self.actor) as work:
                result = move_in(
                    work,
                    customer=customer,
                    unit_ids=list(self.unit_ids),
                    move_in=day,
                    fit_out_until=self.tenancy_page.fit_out_until(),
                    location=self.tenancy_page.location_edit.text(),
                )
                for contact in self.tenancy_page.contacts():
                    add_contact(work, result.dossier_id, contact)
                for data, files in self.papers_page.papers(day):
                    add_document(work, result.dossier_id, data, files)
        except AppError as err:
            self.show_app_error(err)
            return
        self.result_value = result
        self.moved_in.emit(result)
        super().accept()

    def show_app_error(self, err: AppError) -> None:
        field = err.field or ""
        text = error_text(err)
        if field.startswith("tenancy.units") and isinstance(err, Conflict):
            # The unit was someone else's on the chosen date: the date is what to look at, beside it.
            self._show_on(self.TENANCY, self.tenancy_page.errors["tenancy.move_in"], text)
        elif field.startswith("tenancy.units"):
            self._show_on(self.UNITS, self.units_page.error, text)
        elif field.startswith("customer"):
            page = self.customer_page
            label = page.errors.get(field) or page.errors.get("customer.name")
            if not page.is_new():
                label = page.errors["customer"]
            assert label is not None
            self._show_on(self.CUSTOMER, label, text)
        elif field in self.tenancy_page.errors:
            self._show_on(self.TENANCY, self.tenancy_page.errors[field], text)
        elif field.startswith("contact"):
            self._show_on(self.TENANCY, self.tenancy_page.errors["contact"], text)
        elif field.startswith("document"):
            self._show_on(self.PAPERS, self.papers_page.error, text)
        else:
            self._show_on(self.SUMMARY, self.summary_page.error, text)

    def _show_on(self, page_id: int, label: QLabel, text: str) -> None:
        while self.currentId() > page_id:
            self.back()
        label.setText(text)
        label.setVisible(True)
        self.error_shown = text
