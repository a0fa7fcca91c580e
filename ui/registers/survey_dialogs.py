"""The satisfaction survey's small forms (R14): open a year's round, plan a corrective action, mark one done."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from app.desk import Actor, Desk, Work
from app.registers import (
    TOPIC_NAMES,
    TOPICS,
    ActionInfo,
    RoundInfo,
    add_corrective_action,
    mark_action_done,
    open_round,
)
from ui.form_dialog import FormDialog, date_edit, from_qdate
from ui.translations import format_date


def topic_text(topic: str | None) -> str:
    """A survey item in the interface's words; no item is "other"."""
    if topic is None:
        return QCoreApplication.translate("survey", "Other")
    return QCoreApplication.translate("survey", TOPIC_NAMES[topic]) if topic in TOPIC_NAMES else topic


class OpenRoundDialog(FormDialog):
    """The supervisor or the manager opens the survey of a year: the day it starts (who is asked) and the target."""

    def __init__(self, desk: Desk, actor: Actor, year: int, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.setObjectName("open-survey-round")
        self.setWindowTitle(self.tr("Open a satisfaction survey"))
        self.result_value: RoundInfo | None = None
        today = desk.clock().date()
        self.year_edit = QSpinBox(self)
        self.year_edit.setRange(1900, 2200)
        self.year_edit.setValue(year)
        self.year_edit.valueChanged.connect(self._year_changed)
        self.opened_edit = date_edit(self, today if today.year == year else dt.date(year, 1, 1))
        self.target_edit = QDoubleSpinBox(self)
        self.target_edit.setRange(1.0, 5.0)
        self.target_edit.setDecimals(1)
        self.target_edit.setSingleStep(0.1)
        self.target_edit.setValue(4.0)
        self.note_edit = QLineEdit(self)
        self.add_row("survey.year", self.tr("&Year:"), self.year_edit)
        self.add_row("survey.opened_on", self.tr("&Starts on:"), self.opened_edit)
        self.add_row("survey.target", self.tr("&Target score:"), self.target_edit)
        self.add_row("survey.note", self.tr("&Note:"), self.note_edit)
        about = QLabel(
            self.tr(
                "The customers asked are those in the building on the day the survey starts. Scores are 1 to 5; "
                "an item whose average is under the target is marked in the report."
            ),
            self,
        )
        about.setWordWrap(True)
        self.save_button.setText(self.tr("&Open"))
        self.finish(about)
        self.resize(460, self.sizeHint().height())

    def _year_changed(self, year: int) -> None:
        day = from_qdate(self.opened_edit.date())
        if day.year != year:
            self.opened_edit.setDate(self.opened_edit.date().addYears(year - day.year))

    def save(self, work: Work) -> RoundInfo:
        return open_round(
            work,
            self.year_edit.value(),
            from_qdate(self.opened_edit.date()),
            Decimal(str(round(self.target_edit.value(), 1))),
            self.note_edit.text(),
        )


class CorrectiveActionDialog(FormDialog):
    """What the office will do about a low score: the item, the action, its owner and the day it is due."""

    def __init__(
        self, desk: Desk, actor: Actor, year: int, topic: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(desk, actor, parent)
        self.year = year
        self.setObjectName("corrective-action")
        self.setWindowTitle(self.tr("Corrective action ({year})").format(year=year))
        self.topic_combo = QComboBox(self)
        for code in TOPICS:
            self.topic_combo.addItem(topic_text(code), code)
        self.topic_combo.addItem(topic_text(None), None)
        self.topic_combo.setCurrentIndex(TOPICS.index(topic) if topic in TOPICS else len(TOPICS))
        self.action_edit = QPlainTextEdit(self)
        self.action_edit.setTabChangesFocus(True)
        self.action_edit.setMaximumHeight(self.action_edit.fontMetrics().lineSpacing() * 5)
        self.owner_edit = QLineEdit(self)
        self.due_edit = date_edit(self, desk.clock().date() + dt.timedelta(days=30))
        self.add_row("corrective_action.topic", self.tr("&Item:"), self.topic_combo)
        self.add_row("corrective_action.action", self.tr("&Action:"), self.action_edit)
        self.add_row("corrective_action.owner", self.tr("&Owner:"), self.owner_edit)
        self.add_row("corrective_action.due_on", self.tr("&Due on:"), self.due_edit)
        self.finish()
        self.resize(480, self.sizeHint().height())

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        self.required(problems, "corrective_action.action", self.action_edit.toPlainText())
        self.required(problems, "corrective_action.owner", self.owner_edit.text())
        return problems

    def save(self, work: Work) -> ActionInfo:
        return add_corrective_action(
            work,
            self.year,
            topic=self.topic_combo.currentData(),
            action=self.action_edit.toPlainText(),
            owner=self.owner_edit.text(),
            due_on=from_qdate(self.due_edit.date()),
        )


class ActionDoneDialog(FormDialog):
    """The day a corrective action was done."""

    def __init__(self, desk: Desk, actor: Actor, action: ActionInfo, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.action_info = action
        self.setObjectName("corrective-action-done")
        self.setWindowTitle(self.tr("Corrective action done"))
        about = QLabel(
            self.tr("{action}\nOwner: {owner}; due on {due}.").format(
                action=action.action, owner=action.owner, due=format_date(action.due_on)
            ),
            self,
        )
        about.setWordWrap(True)
        self.done_edit = date_edit(self, desk.clock().date())
        self.add_row("corrective_action.done_on", self.tr("&Done on:"), self.done_edit)
        self.save_button.setText(self.tr("&Mark done"))
        self.finish(about)
        self.resize(420, self.sizeHint().height())

    def save(self, work: Work) -> ActionInfo:
        return mark_action_done(
            work, self.action_info.id, from_qdate(self.done_edit.date()), expected_version=self.action_info.version
        )
