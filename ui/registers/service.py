"""What the repairs, complaints and violations windows share: the names of their codes, a record's panel (its
details, the buttons of the steps open to it from its state machine, its history) and the small dialog of each
step, which asks only that step's fields.

The buttons come from ``Machine.actions_from(state)``: the UI offers what the register's table allows, and the app
refuses anything else anyway (a complaint closed before feedback is refused with the machine's own message, shown
in the step's dialog).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.desk import Actor, Desk, Work
from app.errors import AppError
from app.permissions import Action
from app.registers import (
    COMPLAINT,
    CREATED,
    REPAIR,
    VIOLATION,
    Machine,
    StepInfo,
    approve_complaint,
    assign_complaint,
    assign_repair,
    cancel_repair,
    close_complaint,
    close_violation,
    complaint,
    feed_back_complaint,
    finish_repair,
    follow_up_violation,
    handle_complaint,
    notify_violation,
    rectify_violation,
    reopen_repair,
    repair,
    send_back_complaint,
    violation,
    visit_repair,
)
from app.text import QT_TRANSLATE_NOOP
from ui.form_dialog import date_edit, error_label, from_qdate
from ui.lists import RowsModel, read_only_table
from ui.printing import ListPrinter
from ui.translations import error_text, form_label, format_date
from ui.window_parts import fit_to_screen

CONTEXT = "registers"

REPAIR_CHANNEL_NAMES = {
    "phone": QT_TRANSLATE_NOOP("registers", "phone"),
    "walk_in": QT_TRANSLATE_NOOP("registers", "at the desk"),
    "self": QT_TRANSLATE_NOOP("registers", "found by our staff"),
}
COMPLAINT_CHANNEL_NAMES = {
    "phone": QT_TRANSLATE_NOOP("registers", "phone"),
    "walk_in": QT_TRANSLATE_NOOP("registers", "at the desk"),
    "letter": QT_TRANSLATE_NOOP("registers", "letter"),
    "email": QT_TRANSLATE_NOOP("registers", "e-mail"),
    "other": QT_TRANSLATE_NOOP("registers", "other"),
}
URGENCY_NAMES = {
    "normal": QT_TRANSLATE_NOOP("registers", "normal"),
    "urgent": QT_TRANSLATE_NOOP("registers", "urgent"),
    "emergency": QT_TRANSLATE_NOOP("registers", "emergency"),
}
SATISFACTION_NAMES = {
    "satisfied": QT_TRANSLATE_NOOP("registers", "satisfied"),
    "fair": QT_TRANSLATE_NOOP("registers", "fairly satisfied"),
    "dissatisfied": QT_TRANSLATE_NOOP("registers", "dissatisfied"),
}
HOW_NAMES = {
    "phone": QT_TRANSLATE_NOOP("registers", "by phone"),
    "visit": QT_TRANSLATE_NOOP("registers", "in person"),
    "message": QT_TRANSLATE_NOOP("registers", "by text message"),
    "email": QT_TRANSLATE_NOOP("registers", "by e-mail"),
}

OVERDUE_COLOUR = "#c62828"  # the loans' overdue red


def named(names: dict[str, str], code: str | None) -> str:
    """A code's name in the interface language ("" for none)."""
    if not code:
        return ""
    return QCoreApplication.translate(CONTEXT, names.get(code, code))


def state_name(machine: Machine, state: str) -> str:
    return QCoreApplication.translate(CONTEXT, machine.states.get(state, state))


def action_name(machine: Machine, action: str) -> str:
    if action == "create":
        return QCoreApplication.translate(CONTEXT, CREATED)
    return QCoreApplication.translate(CONTEXT, machine.actions.get(action, action))


def when(at: dt.datetime) -> str:
    return f"{format_date(at.date())} {at:%H:%M}"


def fill_combo(combo: QComboBox, names: dict[str, str], chosen: str | None = None) -> None:
    for code in names:
        combo.addItem(named(names, code), code)
    if chosen is not None:
        combo.setCurrentIndex(max(0, combo.findData(chosen)))


# -- the registers as the windows see them ------------------------------------------------------------------------


@dataclass(frozen=True)
class Register:
    """One service register: its machine, how to read one record, and who may take a step."""

    name: str  # "repair", "complaint", "violation"
    machine: Machine
    read: Callable[[Work, int], Any]


REGISTERS = {
    "repair": Register("repair", REPAIR, repair),
    "complaint": Register("complaint", COMPLAINT, complaint),
    "violation": Register("violation", VIOLATION, violation),
}


def may_take(desk: Desk, actor: Actor, machine: Machine, action: str) -> bool:
    return desk.may(actor, machine.permissions[action])


def may_record(desk: Desk, actor: Actor, register: str) -> bool:
    action = {"repair": Action.RECORD_REPAIR, "complaint": Action.HANDLE_COMPLAINT}.get(
        register, Action.RECORD_VIOLATION
    )
    return desk.may(actor, action)


class StepsModel(RowsModel[StepInfo]):
    """A record's history: every step, oldest first."""

    def __init__(self, machine: Machine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.machine = machine

    def headers(self) -> Sequence[str]:
        return (self.tr("Date"), self.tr("Step"), self.tr("State"), self.tr("Note"), self.tr("By"), self.tr("Typed"))

    def cell(self, row: StepInfo, column: int) -> object:
        values = (
            format_date(row.on_date),
            action_name(self.machine, row.action),
            state_name(self.machine, row.to_state),
            row.note,
            row.recorded_by,
            when(row.recorded_at),
        )
        return values[column]


class RecordPanel(QWidget):
    """One record: what it says, a button for each step open to it now, and its history (Print list)."""

    changed = Signal()  # a step was taken here

    def __init__(self, desk: Desk, actor: Actor, register: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.actor = desk, actor
        self.register = REGISTERS[register]
        self.record: Any = None
        self.setObjectName(f"{register}-record")
        self.details = QLabel(self)
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.buttons_row = QHBoxLayout()
        self.step_buttons: dict[str, QPushButton] = {}
        self.history_model = StepsModel(self.register.machine, self)
        self.history = read_only_table(self.history_model, self, "history")
        self.history_printer = ListPrinter(
            desk, actor, self, self.history, self.tr("History"), subtitle=self._heading, file_name="history.pdf"
        )
        self.buttons_row.addStretch(1)
        self.buttons_row.addWidget(self.history_printer.button(self))
        self.buttons_row.addWidget(self.history_printer.export_button(self))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.details)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 600])  # the details' words keep their room beside a wide history
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.buttons_row)
        layout.addWidget(splitter, 1)
        self.show_record(None)

    def show_record(self, record_id: int | None) -> None:
        """Read and show the record (None: nothing chosen)."""
        self.record = None
        if record_id is not None:
            with self.desk.read(self.actor) as work:
                self.record = self.register.read(work, record_id)
        machine = self.register.machine
        for button in self.step_buttons.values():
            self.buttons_row.removeWidget(button)
            button.deleteLater()
        self.step_buttons = {}
        if self.record is None:
            self.details.setText(self.tr("Choose a record above to see it and take its next step."))
            self.history_model.set_rows([])
            return
        lines = [f"<b>{_escape(self._heading())}</b>"] + [
            f"{_escape(caption)}：{_escape(value)}"
            for caption, value in self.details_of(self.record, self.register.name)
        ]
        self.details.setText("<br>".join(lines))
        for index, action in enumerate(self.record.actions):
            button = QPushButton(action_name(machine, action) + "…", self)
            button.setObjectName(f"step-{action}")
            button.setEnabled(may_take(self.desk, self.actor, machine, action))
            button.clicked.connect(lambda _checked=False, a=action: self.take_step(a))
            self.buttons_row.insertWidget(index, button)
            self.step_buttons[action] = button
        self.history_model.set_rows(list(self.record.steps))

    def _heading(self) -> str:
        """The record as a line: its number and state (the history printout's subtitle too)."""
        if self.record is None:
            return ""
        return self.tr("No. {number} — {state}").format(
            number=self.record.id, state=state_name(self.register.machine, self.record.status)
        )

    def details_of(self, record: Any, register: str) -> list[tuple[str, str]]:
        """The record's fields worth showing, as (caption, value)."""
        place = record.place
        where = " ".join(part for part in (place.floor, place.unit) if part)
        lines = [(self.tr("Unit"), where), (self.tr("Customer"), place.customer)]
        if register == "repair":
            lines += [
                (self.tr("Reported"), f"{when(record.reported_at)}  {named(REPAIR_CHANNEL_NAMES, record.channel)}"),
                (self.tr("Urgency"), named(URGENCY_NAMES, record.urgency)),
                (self.tr("Reported by"), record.reported_by),
                (self.tr("What"), record.what),
                (self.tr("Where"), record.location),
                (self.tr("Assigned to"), " ".join(p for p in (record.department, record.assignee) if p)),
                (
                    self.tr("Done"),
                    f"{format_date(record.done_on)} {record.work_done}".strip() if record.done_on else "",
                ),
                (self.tr("Materials"), record.materials),
            ]
        elif register == "complaint":
            lines += [
                (self.tr("Received"), f"{when(record.received_at)}  {named(COMPLAINT_CHANNEL_NAMES, record.channel)}"),
                (self.tr("Complainant"), record.complainant),
                (self.tr("Complaint"), record.content),
                (self.tr("Department"), record.department),
                (self.tr("Result"), record.result),
                (self.tr("Approved by"), record.approved_by),
                (
                    self.tr("Fed back"),
                    f"{format_date(record.feedback_on)} {named(HOW_NAMES, record.feedback_how)} {record.feedback_by}"
                    if record.feedback_on
                    else "",
                ),
            ]
        else:
            lines += [
                (self.tr("Found on"), format_date(record.found_on)),
                (self.tr("Violation"), record.what),
                (
                    self.tr("Notice"),
                    f"{record.notice_no} {format_date(record.notice_on)}, "
                    + self.tr("rectify by {date}").format(date=format_date(record.rectify_by))
                    if record.notice_on
                    else "",
                ),
                (self.tr("Rectified on"), format_date(record.rectified_on) if record.rectified_on else ""),
                (self.tr("Follow-up"), record.follow_up),
            ]
        visit = getattr(record, "visit", None)
        if visit is not None:
            lines.append(
                (
                    self.tr("Return visit"),
                    f"{format_date(visit.visited_on)} {named(HOW_NAMES, visit.how)} {visit.contact} — "
                    f"{named(SATISFACTION_NAMES, visit.satisfaction)} {visit.comment}".strip(),
                )
            )
        return [(caption, value) for caption, value in lines if value]

    def take_step(self, action: str) -> StepDialog | None:
        if self.record is None:
            return None
        dialog = StepDialog(self.desk, self.actor, self.register, self.record, action, self)
        dialog.accepted.connect(self._stepped)
        dialog.open()
        return dialog

    def _stepped(self) -> None:
        if self.record is not None:
            self.show_record(self.record.id)
        self.changed.emit()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


class RecordDialog(QDialog):
    """A record opened from a building-wide list: its panel in a window of its own."""

    def __init__(self, desk: Desk, actor: Actor, register: str, record_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{register}-dialog")
        self.setProperty("helpTopic", "services")
        titles = {
            "repair": self.tr("Repair {number}"),
            "complaint": self.tr("Complaint {number}"),
            "violation": self.tr("Violation {number}"),
        }
        self.setWindowTitle(titles[register].format(number=record_id))
        self.panel = RecordPanel(desk, actor, register, self)
        self.panel.show_record(record_id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 520)


# -- one step's dialog --------------------------------------------------------------------------------------------

# The fields each step asks, in order: (key, kind). Kinds: line, text (several lines), date, how, satisfaction.
STEP_FIELDS: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    ("repair", "assign"): (("department", "line"), ("assignee", "line"), ("note", "line")),
    ("repair", "finish"): (("done_on", "date"), ("work_done", "text"), ("materials", "line"), ("note", "line")),
    ("repair", "visit"): (
        ("visited_on", "date"),
        ("how", "how"),
        ("contact", "line"),
        ("satisfaction", "satisfaction"),
        ("comment", "text"),
    ),
    ("repair", "reopen"): (("reason", "text"),),
    ("repair", "cancel"): (("reason", "text"),),
    ("complaint", "assign"): (("department", "line"), ("note", "line")),
    ("complaint", "handle"): (("result", "text"),),
    ("complaint", "approve"): (("note", "line"),),
    ("complaint", "send_back"): (("reason", "text"),),
    ("complaint", "feed_back"): (
        ("fed_back_on", "date"),
        ("how", "how"),
        ("contact", "line"),
        ("satisfaction", "satisfaction"),
        ("comment", "text"),
    ),
    ("complaint", "close"): (("note", "line"),),
    ("violation", "notify"): (("notice_no", "line"), ("notice_on", "date"), ("rectify_by", "date")),
    ("violation", "follow_up"): (("on_date", "date"), ("follow_up", "text")),
    ("violation", "rectify"): (("rectified_on", "date"), ("note", "line")),
    ("violation", "close"): (("note", "line"),),
}


def _perform(work: Work, register: str, action: str, record: Any, v: dict[str, Any]) -> object:
    """Take the step in the app (the one place the dialog's fields meet the app's functions)."""
    rid, version = record.id, record.version
    if register == "repair":
        if action == "assign":
            return assign_repair(work, rid, version, v["department"], v["assignee"], note=v["note"])
        if action == "finish":
            return finish_repair(work, rid, version, v["done_on"], v["work_done"], v["materials"], v["note"])
        if action == "visit":
            return visit_repair(
                work, rid, version, v["visited_on"], v["how"], v["satisfaction"], v["comment"], v["contact"]
            )
        if action == "reopen":
            return reopen_repair(work, rid, version, v["reason"])
        return cancel_repair(work, rid, version, v["reason"])
    if register == "complaint":
        if action == "assign":
            return assign_complaint(work, rid, version, v["department"], v["note"])
        if action == "handle":
            return handle_complaint(work, rid, version, v["result"])
        if action == "approve":
            return approve_complaint(work, rid, version, v["note"])
        if action == "send_back":
            return send_back_complaint(work, rid, version, v["reason"])
        if action == "feed_back":
            return feed_back_complaint(
                work, rid, version, v["fed_back_on"], v["how"], v["satisfaction"], v["comment"], v["contact"]
            )
        return close_complaint(work, rid, version, v["note"])
    if action == "notify":
        return notify_violation(work, rid, version, v["notice_no"], v["notice_on"], v["rectify_by"])
    if action == "follow_up":
        return follow_up_violation(work, rid, version, v["follow_up"], v["on_date"])
    if action == "rectify":
        return rectify_violation(work, rid, version, v["rectified_on"], v["note"])
    return close_violation(work, rid, version, v["note"])


class StepDialog(QDialog):
    """One step of a record (assign, done, return visit, approve, feed back, notice…): that step's fields only;
    a refusal (the machine's or a check's) is shown above the buttons and the dialog stays open."""

    def __init__(
        self, desk: Desk, actor: Actor, register: Register, record: Any, action: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk, self.actor, self.register, self.record, self.action = desk, actor, register, record, action
        self.setObjectName(f"step-{register.name}-{action}")
        self.setProperty("helpTopic", "services")
        self.setWindowTitle(
            self.tr("{step}: No. {number}").format(number=record.id, step=action_name(register.machine, action))
        )
        today = desk.clock().date()
        captions = {
            "department": self.tr("&Department"),
            "assignee": self.tr("&Repairer"),
            "note": self.tr("&Note"),
            "reason": self.tr("&Why"),
            "done_on": self.tr("Done &on"),
            "work_done": self.tr("&Work done"),
            "materials": self.tr("&Materials"),
            "visited_on": self.tr("Visited &on"),
            "fed_back_on": self.tr("Fed back &on"),
            "how": self.tr("&How"),
            "contact": self.tr("&Spoke to"),
            "satisfaction": self.tr("&Satisfaction"),
            "comment": self.tr("&Customer's comment"),
            "result": self.tr("&Result"),
            "notice_no": self.tr("Notice &no."),
            "notice_on": self.tr("&Issued on"),
            "rectify_by": self.tr("Rectify &by"),
            "on_date": self.tr("&Date"),
            "follow_up": self.tr("&Follow-up"),
            "rectified_on": self.tr("Rectified &on"),
        }
        self.inputs: dict[str, QWidget] = {}
        form = QFormLayout()
        for key, kind in STEP_FIELDS[(register.name, action)]:
            widget: QWidget
            if kind == "line":
                widget = QLineEdit(self)
                if key == "department" and getattr(record, "department", ""):
                    widget.setText(record.department)
            elif kind == "text":
                widget = QPlainTextEdit(self)
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(widget.fontMetrics().lineSpacing() * 4 + 12)
            elif kind == "date":
                day = today + dt.timedelta(days=7) if key == "rectify_by" else today
                widget = date_edit(self, day)
            else:
                widget = QComboBox(self)
                fill_combo(
                    widget, HOW_NAMES if kind == "how" else SATISFACTION_NAMES, "phone" if kind == "how" else None
                )
                if kind == "satisfaction":  # asked, never assumed: nothing chosen until the customer says
                    widget.setPlaceholderText(self.tr("(ask the customer)"))
                    widget.setCurrentIndex(-1)
            widget.setObjectName(key)
            label = QLabel(form_label(captions[key]), self)
            label.setBuddy(widget)
            form.addRow(label, widget)
            self.inputs[key] = widget
        self.error = error_label(self, "step", room=2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("save")
        self.ok.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def values(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for key, widget in self.inputs.items():
            if isinstance(widget, QLineEdit):
                found[key] = widget.text()
            elif isinstance(widget, QPlainTextEdit):
                found[key] = widget.toPlainText()
            elif isinstance(widget, QDateEdit):
                found[key] = from_qdate(widget.date())
            elif isinstance(widget, QComboBox):
                found[key] = widget.currentData()
        return found

    def save(self) -> None:
        try:
            with self.desk.work(self.actor) as work:
                self.result_record = _perform(work, self.register.name, self.action, self.record, self.values())
        except AppError as err:
            self.error.setText(error_text(err))
            self.error.setVisible(True)
            return
        self.accept()


def lay_out_new_record(
    dialog: QDialog, rows: Sequence[tuple[str, QWidget]], record: str, save_text: str, save: Callable[[], None]
) -> tuple[QLabel, QPushButton]:
    """The one shape of the new-record dialogs (repair, complaint, violation): the labelled fields, the line where a
    refusal is told, Save (the default: Enter saves) and Cancel. Returns the error line and the Save button."""
    form = QFormLayout()
    for caption, widget in rows:
        label = QLabel(form_label(caption), dialog)
        label.setBuddy(widget)
        form.addRow(label, widget)
    error = error_label(dialog, record, room=2)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, dialog)
    save_button = buttons.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
    save_button.setObjectName("save")
    save_button.setDefault(True)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(error)
    layout.addWidget(buttons)
    dialog.setMinimumWidth(480)
    return error, save_button
