"""The fit-out project's dialogs (二装): the application (new, or corrected before the works start) and one dialog
for every step of the project, with that step's own fields (the new end of an extension, the reason of a
rejection, what failed at the inspection)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.desk import Actor, Desk, Work
from app.fees import money_text
from app.registers import (
    FIT_OUT,
    FitOutDraft,
    FitOutInfo,
    apply_fit_out,
    approve_fit_out,
    ask_fit_out_inspection,
    edit_fit_out,
    extend_fit_out,
    fail_fit_out,
    fit_out_deposits,
    fit_out_project,
    pass_fit_out,
    refund_fit_out,
    reject_fit_out,
    start_fit_out,
)
from ui.form_dialog import FormDialog, date_edit, from_qdate, optional_date, optional_date_edit, to_qdate
from ui.translations import format_date


def registers_name(source: str) -> str:
    """A state or action name of app/registers' machines (context "registers")."""
    return QCoreApplication.translate("registers", source)


def _text_box(parent: QWidget, name: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 12)
    if name:
        box.setObjectName(name)
    return box


class FitOutDialog(FormDialog):
    """A fit-out application (二装申请): which unit, what is built, the contractor, the planned dates and the
    fit-out deposit received under Fees. With ``project`` it corrects that application (before the works start)."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        tenancy_id: int,
        units: list[tuple[int, str]],
        parent: QWidget | None = None,
        *,
        project: FitOutInfo | None = None,
    ) -> None:
        super().__init__(desk, actor, parent)
        self.setProperty("helpTopic", "services")  # F1: the user guide's page
        self.tenancy_id = tenancy_id
        self.project = project
        self.setObjectName("fit-out-dialog")
        self.setWindowTitle(self.tr("Fit-out project") if project else self.tr("New fit-out project"))
        today = desk.clock().date()
        self.unit_combo = QComboBox(self)
        for unit_id, number in units:
            self.unit_combo.addItem(number, unit_id)
        if project is not None:
            if self.unit_combo.findData(project.unit_id) < 0:
                self.unit_combo.addItem(project.unit, project.unit_id)
            self.unit_combo.setCurrentIndex(self.unit_combo.findData(project.unit_id))
            self.unit_combo.setEnabled(False)  # a project is of its unit; another unit is another project
        self.add_row("fit_out.unit", self.tr("&Unit:"), self.unit_combo)
        self.applied_edit = date_edit(self, today)
        self.applied_edit.setMaximumDate(to_qdate(today))
        self.add_row("fit_out.applied_on", self.tr("&Applied on:"), self.applied_edit)
        self.scope_edit = _text_box(self)
        self.scope_edit.setPlaceholderText(self.tr("What is built: partitions, ceilings, wiring, floors…"))
        self.add_row("fit_out.scope", self.tr("&Works:"), self.scope_edit)
        self.contractor_edit = QLineEdit(self)
        self.add_row("fit_out.contractor", self.tr("&Contractor:"), self.contractor_edit)
        self.person_edit = QLineEdit(self)
        self.add_row("fit_out.person_in_charge", self.tr("&Person in charge:"), self.person_edit)
        self.phone_edit = QLineEdit(self)
        self.add_row("fit_out.phone", self.tr("P&hone:"), self.phone_edit)
        self.start_edit = optional_date_edit(self, "fit_out.planned_start", self.tr("not known yet"))
        self.start_edit.setDate(to_qdate(today))
        self.add_row("fit_out.planned_start", self.tr("Planned &start:"), self.start_edit)
        self.end_edit = optional_date_edit(self, "fit_out.planned_end", self.tr("not known yet"))
        self.end_edit.setDate(to_qdate(today + dt.timedelta(days=30)))
        self.add_row("fit_out.planned_end", self.tr("Planned &end:"), self.end_edit)
        self.deposit_combo = QComboBox(self)
        self.deposit_combo.addItem(self.tr("None"), None)
        with desk.read(actor) as work:
            for deposit_id, amount_fen, received_on in fit_out_deposits(work, tenancy_id):
                self.deposit_combo.addItem(
                    self.tr("¥{amount} received {date}").format(
                        amount=money_text(amount_fen), date=format_date(received_on)
                    ),
                    deposit_id,
                )
        self.add_row("fit_out.deposit", self.tr("Fit-out &deposit:"), self.deposit_combo)
        hint = QLabel(self.tr("The fit-out deposit is received and refunded under Fees; choose it here."), self)
        hint.setWordWrap(True)
        if project is not None:
            self._fill(project)
        self.finish(below=(hint,))
        self.resize(480, self.sizeHint().height())

    def _fill(self, project: FitOutInfo) -> None:
        self.applied_edit.setDate(to_qdate(project.applied_on))
        self.scope_edit.setPlainText(project.scope)
        self.contractor_edit.setText(project.contractor)
        self.person_edit.setText(project.person_in_charge)
        self.phone_edit.setText(project.phone)
        for edit, day in ((self.start_edit, project.planned_start), (self.end_edit, project.planned_end)):
            if day is None:
                edit.setDate(edit.minimumDate())
            else:
                edit.setDate(to_qdate(day))
        index = self.deposit_combo.findData(project.deposit_id)
        self.deposit_combo.setCurrentIndex(max(0, index))

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if self.unit_combo.currentData() is None:
            problems["fit_out.unit"] = self.tr("The tenancy has no unit to fit out.")
        self.required(problems, "fit_out.scope", self.scope_edit.toPlainText())
        start, end = optional_date(self.start_edit), optional_date(self.end_edit)
        if start is not None and end is not None and end < start:
            problems["fit_out.planned_end"] = self.tr("The planned end comes before the planned start.")
        return problems

    def draft(self) -> FitOutDraft:
        return FitOutDraft(
            applied_on=from_qdate(self.applied_edit.date()),
            scope=self.scope_edit.toPlainText(),
            contractor=self.contractor_edit.text(),
            person_in_charge=self.person_edit.text(),
            phone=self.phone_edit.text(),
            planned_start=optional_date(self.start_edit),
            planned_end=optional_date(self.end_edit),
            deposit_id=self.deposit_combo.currentData(),
        )

    def save(self, work: Work) -> object:
        if self.project is None:
            return apply_fit_out(work, self.tenancy_id, self.unit_combo.currentData(), self.draft())
        return edit_fit_out(work, self.project.id, self.project.version, self.draft())

    def reload(self, work: Work) -> None:
        if self.project is not None:
            self.project = fit_out_project(work, self.project.id)
            self._fill(self.project)


class FitOutStepDialog(FormDialog):
    """One step of a project (approve, reject, start, extend, ask for inspection, pass, fail, refund): the day, a
    note (required where it is the reason: a rejection, a failed inspection) and the step's own fields."""

    NOTE_REQUIRED = ("reject", "fail")

    def __init__(
        self, desk: Desk, actor: Actor, project: FitOutInfo, action: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(desk, actor, parent)
        self.setProperty("helpTopic", "services")  # F1: the user guide's page
        self.project = project
        self.action = action
        self.setObjectName(f"fit-out-step-{action}")
        self.setWindowTitle(
            self.tr("{action} — fit-out project of {unit}").format(
                action=registers_name(FIT_OUT.actions[action]).replace("&", ""), unit=project.unit
            )
        )
        today = desk.clock().date()
        about = QLabel(
            self.tr("{customer}, unit {unit}: {state}").format(
                customer=project.customer, unit=project.unit, state=registers_name(FIT_OUT.states[project.status])
            ),
            self,
        )
        about.setObjectName("about")
        about.setWordWrap(True)
        self.date_edit = date_edit(self, today)
        self.date_edit.setMaximumDate(to_qdate(today))
        captions = {
            "start": self.tr("Works &started on:"),
            "pass": self.tr("&Inspected on:"),
            "fail": self.tr("&Inspected on:"),
            "refund": self.tr("&Date:"),
        }
        self.add_row("register_step.on_date", captions.get(action, self.tr("&Date:")), self.date_edit)
        self.new_end_edit = None
        if action == "extend":
            current = project.end or today
            self.new_end_edit = date_edit(self, current + dt.timedelta(days=14))
            self.new_end_edit.setMinimumDate(to_qdate(current + dt.timedelta(days=1)))
            self.add_row("fit_out.extended_to", self.tr("&New end:"), self.new_end_edit)
        self.note_edit = _text_box(self)
        notes = {
            "approve": self.tr("&Conditions:"),
            "reject": self.tr("&Reason:"),
            "fail": self.tr("&What failed:"),
            "extend": self.tr("&Reason:"),
        }
        self.add_row("register_step.note", notes.get(action, self.tr("&Note:")), self.note_edit)
        above: list[QWidget] = [about]
        if action == "refund" and project.deposit_id is not None:
            held = QLabel(self.tr("The fit-out deposit must be refunded (or retained) under Fees first."), self)
            held.setWordWrap(True)
            above.append(held)
        self.finish(*above)
        self.save_button.setText(registers_name(FIT_OUT.actions[action]))
        self.resize(440, self.sizeHint().height())

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if self.action in self.NOTE_REQUIRED:
            self.required(problems, "register_step.note", self.note_edit.toPlainText())
        return problems

    def save(self, work: Work) -> object:
        p = self.project
        day = from_qdate(self.date_edit.date())
        note = self.note_edit.toPlainText()
        if self.action == "approve":
            return approve_fit_out(work, p.id, p.version, day, note)
        if self.action == "reject":
            return reject_fit_out(work, p.id, p.version, day, note)
        if self.action == "start":
            return start_fit_out(work, p.id, p.version, day, note)
        if self.action == "extend":
            assert self.new_end_edit is not None
            return extend_fit_out(work, p.id, p.version, day, from_qdate(self.new_end_edit.date()), note)
        if self.action == "ask_inspection":
            return ask_fit_out_inspection(work, p.id, p.version, day, note)
        if self.action == "pass":
            return pass_fit_out(work, p.id, p.version, day, note)
        if self.action == "fail":
            return fail_fit_out(work, p.id, p.version, day, note)
        return refund_fit_out(work, p.id, p.version, day, note)

    def reload(self, work: Work) -> None:
        self.project = fit_out_project(work, self.project.id)
