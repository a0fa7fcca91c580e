"""The satisfaction survey in the window, clicked and typed through (R14): the supervisor opens the year's round from
the Survey menu; the clerk types answers into the table (a digit starts a score, Enter moves on, a row is saved by
itself once its three scores are in; a wrong score is refused and said); the filter and counts; the summary shades
an item under target; the supervisor plans a corrective action and marks it done; the report opens in the preview."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.desk import Actor, Desk
from app.people.users import log_in
from app.registers import respondents, summary
from tests.conftest import PASSWORD
from ui.main_window import MainWindow
from ui.registers import SurveyMenu, SurveyWindow
from ui.registers.survey_dialogs import ActionDoneDialog, CorrectiveActionDialog, OpenRoundDialog
from ui.registers.survey_window import BELOW_COLOUR, AnswersModel

pytestmark = pytest.mark.qt


def _survey_window(qtbot: QtBot, desk: Desk, actor: Actor, settings: QSettings) -> SurveyWindow:
    main = MainWindow(desk, actor, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.part(SurveyMenu).survey_action.trigger()
    window = main.part(SurveyMenu).survey_window
    assert window is not None
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def _editor(table: object) -> QLineEdit:
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]  # type: ignore[attr-defined]
    assert len(editors) == 1
    return editors[0]


def _type(qtbot: QtBot, window: SurveyWindow, text: str) -> None:
    """Type into the current cell as a clerk does: the first key opens the cell's editor, Enter saves and moves on."""
    table = window.answers_table
    qtbot.keyClick(table, text[0])
    editor = _editor(table)
    editor.insert(text[1:])  # the rest as an input method would hand it over (QTest types ASCII only)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes the editor from the event loop, once the editor has seen the key.
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def _open_round(qtbot: QtBot, window: SurveyWindow) -> None:
    assert window.open_button.isEnabled()
    dialog = window.open_round()
    assert isinstance(dialog, OpenRoundDialog)
    qtbot.waitExposed(dialog)
    assert dialog.year_edit.value() == 2026
    dialog.opened_edit.setDate(dialog.opened_edit.date().addDays(-60))  # 2026-04-16
    dialog.target_edit.setValue(4.0)
    dialog.save_button.click()
    assert window.year() == 2026


def test_a_survey_round_entered_through_the_window_and_its_report_previewed(
    qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor, settings: QSettings
) -> None:
    supervisor = log_in(demo_desk, "supervisor", PASSWORD)
    managing = _survey_window(qtbot, demo_desk, supervisor, settings)
    assert managing.year() is None and "No satisfaction survey yet" in managing.round_label.text()
    _open_round(qtbot, managing)
    managing.close()

    window = _survey_window(qtbot, demo_desk, demo_clerk, settings)
    assert not window.open_button.isEnabled()  # a clerk records answers; the round is the supervisor's
    assert not window.add_action_button.isEnabled()
    asked = window.answers.rows()
    with demo_desk.read(demo_clerk) as work:
        assert [r.tenancy_id for r in asked] == [r.tenancy_id for r in respondents(work, 2026)]
    assert len(asked) >= 3
    assert window.counts.text().startswith(f"{len(asked)} customer") and "; 0 answered" in window.counts.text()

    # The first customer: 5, 3, 4, who answered, a comment — Enter after each moves to the next cell.
    table = window.answers_table
    table.setFocus()
    table.setCurrentIndex(window.answers.index(0, AnswersModel.SERVICE))
    _type(qtbot, window, "5")
    assert table.currentIndex().column() == AnswersModel.PRICE
    _type(qtbot, window, "3")
    assert window.answers.rows()[0].answer is None  # two scores in: not saved yet
    assert "type all three scores" in window.answers.data(window.answers.index(0, AnswersModel.STATE))
    _type(qtbot, window, "4")
    saved = window.answers.rows()[0].answer
    assert saved is not None and (saved.service, saved.price, saved.company) == (5, 3, 4)
    assert table.currentIndex().column() == AnswersModel.RESPONDENT
    _type(qtbot, window, "Wang 王经理")
    _type(qtbot, window, "Lift 电梯太慢")
    assert table.currentIndex() == window.answers.index(1, AnswersModel.SERVICE)  # on to the next customer
    saved = window.answers.rows()[0].answer
    assert saved is not None and (saved.respondent, saved.comment) == ("Wang 王经理", "Lift 电梯太慢")
    assert saved.answered_on == dt.date(2026, 6, 15)

    # The second customer: a 7 is refused and said; nothing is saved until the scores are right.
    _type(qtbot, window, "7")
    assert "from 1 to 5" in window.answers.data(window.answers.index(1, AnswersModel.STATE))
    assert window.answers.rows()[1].answer is None
    table.setCurrentIndex(window.answers.index(1, AnswersModel.SERVICE))
    for score in ("4", "5", "4"):
        _type(qtbot, window, score)
    assert window.answers.rows()[1].answer is not None
    assert "; 2 answered" in window.counts.text()

    # Changing a saved score saves the row again (its version checked).
    table.setCurrentIndex(window.answers.index(1, AnswersModel.PRICE))
    _type(qtbot, window, "2")
    with demo_desk.read(demo_clerk) as work:
        found = summary(work, 2026)
    assert (found.answered, found.overall.service, found.overall.price) == (2, 4.5, 2.5)

    window.filter_combo.setCurrentIndex(window.ANSWERED)
    assert [r.customer for r in window.answers.rows()] == [asked[0].customer, asked[1].customer]
    window.filter_combo.setCurrentIndex(window.NOT_ANSWERED)
    assert len(window.answers.rows()) == len(asked) - 2

    # The summary: price (2.50) is under the target of 4.0 and shaded; service (4.50) is not.
    window.tabs.setCurrentIndex(1)
    assert f"2 of {len(asked)} customers answered" in window.figures.text()
    overall = window.averages.rows()[0]
    assert overall.kind == "overall"
    cells = [window.averages.data(window.averages.index(0, c)) for c in range(8)]
    assert cells[1:3] == ["2", "4.50"] and cells[4] == "2.50"
    assert window.averages.data(window.averages.index(0, 4), Qt.ItemDataRole.BackgroundRole) == BELOW_COLOUR
    assert window.averages.data(window.averages.index(0, 2), Qt.ItemDataRole.BackgroundRole) is None
    assert "Price" in window.below_label.text()
    window.close()

    # The supervisor plans a corrective action for the price and marks it done.
    managing = _survey_window(qtbot, demo_desk, supervisor, settings)
    managing.tabs.setCurrentIndex(2)
    dialog = managing.add_action()
    assert isinstance(dialog, CorrectiveActionDialog)
    assert dialog.topic_combo.currentData() == "price"  # the item under target comes first
    assert not dialog.save_button.isEnabled()
    dialog.findChild(QPlainTextEdit, "corrective_action.action").setPlainText("公示物业费收支")
    dialog.findChild(QLineEdit, "corrective_action.owner").setText("李经理")
    dialog.save_button.click()
    assert [(a.action, a.owner, a.done_on) for a in managing.action_rows.rows()] == [("公示物业费收支", "李经理", None)]
    managing.actions_table.selectRow(0)
    assert managing.done_button.isEnabled()
    done = managing.mark_done()
    assert isinstance(done, ActionDoneDialog)
    done.save_button.click()
    assert managing.action_rows.rows()[0].done_on == dt.date(2026, 6, 15)
    assert not managing.done_button.isEnabled()

    # The report, built off the UI thread, opens in the preview.
    assert managing.print_report()
    qtbot.waitUntil(lambda: managing.printouts.preview is not None, timeout=30_000)
    preview = managing.printouts.preview
    assert preview is not None and preview.page_count() >= 1
    assert preview.windowTitle().endswith("Satisfaction survey report 2026")
    preview.close()
    managing.close()
