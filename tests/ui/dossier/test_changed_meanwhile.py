"""A dossier's forms on two desks at once: the document form and the move-in checklist merge a change saved
meanwhile at another desk with what was typed here, say so, and save both on the next Save."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.approvals import ApprovalKind
from app.desk import Actor, Desk
from app.dossier import (
    ChecklistItem,
    DocumentInput,
    add_document,
    checklist,
    edit_document,
    read_document,
    save_checklist,
)
from app.people import log_in
from tests.conftest import PASSWORD, fixed_clock
from tests.ui.dossier.consent_support import approved_beforehand
from tests.ui.dossier.test_dossier_dialogs import _dossier
from ui.dossier.checklist_dialog import ChecklistDialog
from ui.dossier.document_dialog import DocumentDialog
from ui.form_dialog import GENERAL

pytestmark = pytest.mark.qt


@pytest.fixture
def other_desk(demo_copy: Path, demo_desk: Desk) -> Iterator[Desk]:
    desk = Desk.open(demo_copy, clock=fixed_clock)
    yield desk
    desk.close()


def test_the_document_form_keeps_both_desks_changes(
    qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor, other_desk: Desk
) -> None:
    view = _dossier(demo_desk)
    with demo_desk.work(demo_clerk) as work:
        row = add_document(work, view.id, DocumentInput("correspondence", dt.date(2026, 5, 4), "来函", pages=2))
    dialog = DocumentDialog(demo_desk, demo_clerk, view.id, row)
    qtbot.addWidget(dialog)
    dialog.show()
    manager = log_in(other_desk, "manager", PASSWORD)
    with other_desk.work(manager) as work:  # the other desk files the paper
        theirs = read_document(work, row.id)
        edit_document(
            work,
            row.id,
            DocumentInput(theirs.category, theirs.doc_date, theirs.title, pages=2, paper_location="3 号柜"),
            expected_version=theirs.version,
            reason="归档",
        )
    approved_beforehand(demo_desk, demo_clerk, row.id, ApprovalKind.EDIT_WORKING_COPY)  # for the clerk's change
    dialog.title_edit.selectAll()
    qtbot.keyClicks(dialog.title_edit, "Letter about parking")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "changed meanwhile" in dialog.errors[GENERAL].text()
    assert dialog.location_edit.text() == "3 号柜" and dialog.title_edit.text() == "Letter about parking"
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with other_desk.read(None) as work:
        saved = read_document(work, row.id)
    assert (saved.title, saved.paper_location) == ("Letter about parking", "3 号柜")


def test_the_checklist_keeps_both_desks_changes(qtbot: QtBot, demo_desk: Desk, other_desk: Desk) -> None:
    supervisor = log_in(demo_desk, "supervisor", PASSWORD)
    dialog = ChecklistDialog(demo_desk, supervisor)
    qtbot.addWidget(dialog)
    dialog.show()
    manager = log_in(other_desk, "manager", PASSWORD)
    with other_desk.work(manager) as work:  # the other desk renames the first item and adds one
        every = checklist(work, include_inactive=True)
        items = [ChecklistItem(r.title, r.category, r.code, r.active) for r in every]
        items[0] = ChecklistItem("营业执照副本（盖章）", items[0].category, items[0].code)
        items.append(ChecklistItem("消防承诺书", "fit_out"))
        save_checklist(work, items, expected_versions={r.code: r.version for r in every})
    second_title = dialog.table.item(1, ChecklistDialog.TITLE).text()
    dialog.table.item(1, ChecklistDialog.ACTIVE).setCheckState(Qt.CheckState.Unchecked)  # retire the second here
    dialog.add_item("租户承诺书", "move_in")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and dialog.error.isVisible() and "changed meanwhile" in dialog.error.text()
    titles = [dialog.table.item(r, ChecklistDialog.TITLE).text() for r in range(dialog.table.rowCount())]
    assert titles[0] == "营业执照副本（盖章）" and titles[1] == second_title
    assert {"消防承诺书", "租户承诺书"} <= set(titles)
    assert dialog.table.item(1, ChecklistDialog.ACTIVE).checkState() == Qt.CheckState.Unchecked
    dialog.buttons.accepted.emit()
    assert dialog.result() == ChecklistDialog.DialogCode.Accepted
    with other_desk.read(None) as work:
        now = checklist(work)
    assert now[0].title == "营业执照副本（盖章）"
    assert second_title not in [r.title for r in now]
    assert {"消防承诺书", "租户承诺书"} <= {r.title for r in now}
