"""Originals and working copies at the desk (R9): a clerk's edit asks for the manager's approval — the manager signs
here now, or the request waits in the manager's list; the manager's own edit gives its reason; an original's typo is
corrected with the manager's approval; a document's history shows every version."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.approvals import ApprovalKind, ApprovalStatus, approvals_for
from app.desk import Actor, Desk
from app.dossier import DocumentInput, DocumentRow, add_document, document_history, read_document
from app.people.users import log_in
from tests.conftest import PASSWORD, fixed_clock
from tests.ui.dossier.test_dossier import open_dossier
from tests.ui.dossier.test_dossier_dialogs import _dossier
from ui.approvals import CountersignDialog
from ui.dossier.consent import ConsentDialog
from ui.dossier.document_dialog import DocumentDialog
from ui.dossier.history_dialog import DocumentHistoryDialog
from ui.form_dialog import GENERAL
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt


@pytest.fixture
def desk(tmp_path: Path, demo_copy: Path) -> Iterator[Desk]:
    desk = Desk.open(demo_copy, clock=fixed_clock)
    yield desk
    desk.close()


@pytest.fixture
def clerk(desk: Desk) -> Actor:
    return log_in(desk, "clerk", PASSWORD)


def _add(desk: Desk, clerk: Actor, *, original: bool) -> DocumentRow:
    view = _dossier(desk)
    with desk.work(clerk) as work:
        return add_document(
            work,
            view.id,
            DocumentInput(
                "correspondence", dt.date(2026, 5, 4), "停车位申清", "星物函1号", pages=2, is_original=original
            ),
        )


def _open(qtbot: QtBot, desk: Desk, actor: Actor, document: DocumentRow) -> DocumentDialog:
    dialog = DocumentDialog(desk, actor, document.dossier_id, document)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _consent(qtbot: QtBot, dialog: DocumentDialog) -> ConsentDialog:
    qtbot.waitUntil(lambda: dialog.findChild(ConsentDialog) is not None and dialog.findChild(ConsentDialog).isVisible())
    consent = dialog.findChild(ConsentDialog)
    assert isinstance(consent, ConsentDialog)
    return consent


def _manager_signs(note: str = "同意") -> None:
    """The manager, at the clerk's desk, signs in the countersign dialog that is about to open."""

    def sign() -> None:
        signing = QApplication.activeModalWidget()
        assert isinstance(signing, CountersignDialog)
        signing.findChild(QLineEdit, "login").setText("manager")
        signing.findChild(QLineEdit, "password").setText(PASSWORD)
        signing.findChild(QPlainTextEdit, "note").setPlainText(note)
        signing.approve_button.click()

    QTimer.singleShot(0, sign)


def test_a_clerks_edit_waits_for_the_manager_when_sent(qtbot: QtBot, desk: Desk, clerk: Actor, told: list[str]) -> None:
    copy = _add(desk, clerk, original=False)
    dialog = _open(qtbot, desk, clerk, copy)
    dialog.title_edit.setText("停车位申请")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    consent = _consent(qtbot, dialog)
    why = consent.findChild(QLabel, "why")
    assert why is not None and "department manager's approval" in why.text()  # the app's reason, shown
    assert not consent.send_button.isEnabled()  # the manager decides on a reason
    consent.reason_edit.insertPlainText("题名错字")  # typed (keyClicks takes ASCII only)
    qtbot.mouseClick(consent.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert told and "waits in the department manager's list" in told[0]
    with desk.read(clerk) as work:
        (asked,) = approvals_for(work, "document", copy.id)
        assert read_document(work, copy.id).title == "停车位申清"  # nothing changed yet
    assert (asked.kind, asked.status, asked.reason) == (
        ApprovalKind.EDIT_WORKING_COPY,
        ApprovalStatus.PENDING,
        "题名错字",
    )


def test_the_manager_signs_here_and_the_edit_is_kept_with_its_previous_version(
    qtbot: QtBot, desk: Desk, clerk: Actor
) -> None:
    copy = _add(desk, clerk, original=False)
    dialog = _open(qtbot, desk, clerk, copy)
    dialog.title_edit.setText("停车位申请")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    consent = _consent(qtbot, dialog)
    consent.reason_edit.insertPlainText("题名错字")  # typed (keyClicks takes ASCII only)
    _manager_signs()
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(consent.ask_now_button, Qt.MouseButton.LeftButton)
    with desk.read(clerk) as work:
        now, before = document_history(work, copy.id)
        (used,) = approvals_for(work, "document", copy.id)
    assert (now.title, before.title, before.reason, before.replaced_by) == (
        "停车位申请",
        "停车位申清",
        "题名错字",
        "王小明",
    )
    assert (used.status, used.decided_by) == (ApprovalStatus.USED, log_in(desk, "manager", PASSWORD).display_name)


def test_the_managers_own_edit_asks_for_the_reason_beside_its_field(qtbot: QtBot, desk: Desk, clerk: Actor) -> None:
    copy = _add(desk, clerk, original=False)
    manager = log_in(desk, "manager", PASSWORD)
    dialog = _open(qtbot, desk, manager, copy)
    dialog.title_edit.setText("停车位申请")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.errors["approval.reason"]
    assert dialog.isVisible() and error.isVisible() and "reason" in error.text()
    dialog.reason_edit.insert("错字")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with desk.read(manager) as work:
        assert [v.reason for v in document_history(work, copy.id)] == ["", "错字"]


def test_an_originals_typo_is_corrected_with_the_managers_signature_and_the_history_shows_both(
    qtbot: QtBot, desk: Desk, clerk: Actor
) -> None:
    original = _add(desk, clerk, original=True)
    dialog = _open(qtbot, desk, clerk, original)
    assert dialog.title_edit.isReadOnly() and not dialog.save_button.isVisible()
    assert not dialog.reason_edit.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.correct_button, Qt.MouseButton.LeftButton)
    assert not dialog.title_edit.isReadOnly() and dialog.save_button.isVisible()
    assert not dialog.original_box.isEnabled()  # a correction never turns it into a working copy
    dialog.title_edit.setText("停车位申请")
    dialog.reason_edit.setText("题名错字")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    consent = _consent(qtbot, dialog)
    assert consent.reason == "题名错字" and consent.kind is ApprovalKind.CORRECT_ORIGINAL
    _manager_signs()
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(consent.ask_now_button, Qt.MouseButton.LeftButton)
    assert dialog.errors[GENERAL].text() == ""

    again = _open(qtbot, desk, clerk, _read(desk, clerk, original.id))
    qtbot.mouseClick(again.history_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.findChild(DocumentHistoryDialog) is not None)
    history = again.findChild(DocumentHistoryDialog)
    assert isinstance(history, DocumentHistoryDialog)
    model = history.model
    cells = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert len(cells) == 2
    assert cells[0][model.TITLE] == "停车位申请" and "current" in cells[0][model.NUMBER]
    assert cells[1][model.TITLE] == "停车位申清"
    assert cells[1][model.CHANGE] == "Typo corrected" and cells[1][model.WHO] == "王小明"
    assert "题名错字" in cells[1][model.REASON]
    history.reject()


def _read(desk: Desk, actor: Actor, document_id: int) -> DocumentRow:
    with desk.read(actor) as work:
        return read_document(work, document_id)


def test_a_refusal_at_the_desk_says_why_and_changes_nothing(qtbot: QtBot, desk: Desk, clerk: Actor) -> None:
    copy = _add(desk, clerk, original=False)
    dialog = _open(qtbot, desk, clerk, copy)
    dialog.title_edit.setText("别的题名")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    consent = _consent(qtbot, dialog)
    consent.reason_edit.insertPlainText("想改")  # typed (keyClicks takes ASCII only)

    def refuse() -> None:
        signing = QApplication.activeModalWidget()
        assert isinstance(signing, CountersignDialog)
        signing.findChild(QLineEdit, "login").setText("manager")
        signing.findChild(QLineEdit, "password").setText(PASSWORD)
        signing.findChild(QPlainTextEdit, "note").setPlainText("原题名无误")
        signing.refuse_button.click()

    QTimer.singleShot(0, refuse)
    qtbot.mouseClick(consent.ask_now_button, Qt.MouseButton.LeftButton)
    assert consent.isVisible() and "原题名无误" in consent.message.text()
    assert _read(desk, clerk, copy.id).title == "停车位申清"
    consent.reject()


def test_the_manager_trashes_working_copies_with_one_reason(qtbot: QtBot, desk: Desk, settings: QSettings) -> None:
    manager = log_in(desk, "manager", PASSWORD)
    window = MainWindow(desk, manager, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = open_dossier(window, qtbot)
    section = page.documents_section
    copies = [r for r in page.documents.rows() if not r.is_original][:2]
    assert len(copies) == 2
    section.select_ids({c.id for c in copies})
    section._trash(section.selected())  # what "Move to trash" does once confirmed
    qtbot.waitUntil(lambda: page.findChild(QInputDialog, "reason-dialog") is not None)
    asked = page.findChild(QInputDialog, "reason-dialog")
    asked.setTextValue("重复录入")
    asked.accept()
    qtbot.waitUntil(lambda: all(page.documents.row_of(c.id) < 0 for c in copies))
    with desk.read(manager) as work:
        kept = [document_history(work, c.id)[1] for c in copies]
    assert {(v.change, v.reason, v.replaced_by) for v in kept} == {("trash", "重复录入", manager.display_name)}
