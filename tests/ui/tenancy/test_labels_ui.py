"""Labels, label check, missing papers and the checklist, through their dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from sqlalchemy.orm import Session

from app.desk import Actor, Desk
from app.dossier import completeness
from app.errors import Conflict
from app.people.users import log_in
from app.tenancy import labels
from tests.conftest import PASSWORD
from tests.ui.dossier.test_dossier import open_dossier, wait_shown
from ui.dossier import PapersMenu
from ui.dossier.checklist_dialog import ChecklistDialog
from ui.dossier.missing_report_dialog import MissingReportDialog
from ui.dossier.view import DossierPage
from ui.main_window import MainWindow
from ui.printing.print_preview import PrintPreviewDialog
from ui.tenancy import TenancyMenu
from ui.tenancy.labels_dialog import CUSTOM, FLOOR, OFFSET_X_KEY, TO_REPRINT, LabelsDialog

pytestmark = pytest.mark.qt


def floor_with_tenants(window: MainWindow, qtbot: QtBot) -> None:
    for _ in range(window.floors_page.floor_tabs.count()):
        grid = window.current_grid()
        assert grid is not None
        if sum(c.tenancy_id is not None for c in grid.card_model().cards()) >= 2:
            return
        qtbot.keyClick(grid, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    raise AssertionError("no floor with two tenants")


def test_labels_for_a_floor_with_the_sheet_offset_and_code(
    window: MainWindow, qtbot: QtBot, settings: QSettings, demo_desk: Desk, tmp_path: Path
) -> None:
    floor_with_tenants(window, qtbot)
    floor = window.current_floor()
    assert floor is not None
    dialog = window.part(TenancyMenu).print_labels()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.scope_buttons[FLOOR], Qt.MouseButton.LeftButton)
    with demo_desk.read(None) as work:
        expected = labels.labels_for(work, floor_id=floor.id)
    assert dialog.scope() == FLOOR and dialog.count_label.text().startswith(f"{len(expected)} ")
    assert not dialog.width_spin.isEnabled()  # a preset sheet
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData(CUSTOM))
    assert dialog.width_spin.isEnabled()
    dialog.columns_spin.setValue(5)
    dialog.width_spin.setValue(80)  # 5 × 80 mm does not fit on A4
    assert dialog.layout_error.isVisible() and not dialog.preview_button.isEnabled()
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("a4-3x8"))
    assert not dialog.layout_error.isVisible() and dialog.preview_button.isEnabled()
    assert dialog.skip_spin.maximum() == 23
    dialog.offset_x_spin.setValue(1.5)  # a full-width sheet has no room to move right
    assert dialog.layout_error.isVisible() and not dialog.preview_button.isEnabled()
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("a4-2x7"))
    assert not dialog.layout_error.isVisible()
    dialog.skip_spin.setValue(2)
    dialog.code_box.setCurrentIndex(dialog.code_box.findData("barcode"))
    assert dialog.preview_button.isEnabled()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    preview = wait_shown(qtbot, dialog, PrintPreviewDialog)
    assert dialog.pdf is not None and len(PdfReader(dialog.pdf).pages) == preview.page_count() >= 1
    assert settings.value(OFFSET_X_KEY, 0.0, float) == 1.5  # remembered for this printer
    with demo_desk.read(None) as work:  # a preview alone records nothing
        assert [r.needs_print for r in labels.labels_for(work, floor_id=floor.id)] == [r.needs_print for r in expected]
    assert preview.save_copy(tmp_path / "labels.pdf")
    with demo_desk.read(None) as work:  # saved or printed: on the folders now (R5)
        assert not [r for r in labels.labels_for(work, floor_id=floor.id) if r.needs_print]
    qtbot.waitUntil(lambda: "Labels recorded as printed" in window.statusBar().currentMessage())
    assert f"{len(expected)} dossier" in window.statusBar().currentMessage()  # the print is confirmed
    preview.reject()
    dialog.reject()
    again = window.part(TenancyMenu).print_labels()
    assert again.offset_x_spin.value() == 1.5
    again.reject()


def test_the_to_reprint_list_is_the_default_without_a_tenant(window: MainWindow, qtbot: QtBot) -> None:
    grid = window.current_grid()
    assert grid is not None
    grid.clearSelection()
    grid.setCurrentIndex(grid.model().index(-1, -1))
    dialog = LabelsDialog(window.desk, window.actor, window.settings, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.scope() == TO_REPRINT


def test_missing_papers_report_opens_the_dossier(window: MainWindow, qtbot: QtBot, demo_desk: Desk) -> None:
    for _ in range(window.floors_page.floor_tabs.count()):
        floor = window.current_floor()
        assert floor is not None
        with demo_desk.read(None) as work:
            rows = completeness.floor_missing_report(work, floor.id)
        if rows:
            break
        qtbot.keyClick(window.current_grid(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    else:
        pytest.skip("the demo holds every paper")
    dialog = window.part(PapersMenu).missing_report()
    assert isinstance(dialog, MissingReportDialog)
    assert dialog.table.rowCount() == len(rows)
    assert rows[0].missing[0].title in dialog.table.item(0, 3).text()
    index = dialog.table.model().index(0, 0)
    dialog.table.doubleClicked.emit(index)
    page = window.workspace.currentWidget()
    assert isinstance(page, DossierPage) and page.dossier_id == rows[0].dossier_id
    dialog.reject()


def test_checklist_is_for_the_supervisor(window: MainWindow, qtbot: QtBot, demo_desk: Desk) -> None:
    assert not window.part(PapersMenu).checklist_action.isEnabled()  # the window's user is a clerk
    supervisor: Actor = log_in(demo_desk, "supervisor", PASSWORD)
    dialog = ChecklistDialog(demo_desk, supervisor)
    qtbot.addWidget(dialog)
    dialog.show()
    with demo_desk.read(None) as work:
        before = completeness.checklist(work)
    assert dialog.table.rowCount() >= len(before)
    dialog.table.selectRow(1)
    dialog.down_button.click()
    dialog.table.item(0, ChecklistDialog.ACTIVE).setCheckState(Qt.CheckState.Unchecked)  # retire the first
    row = dialog.add_item("租户承诺书", "move_in")
    assert row == dialog.table.rowCount() - 1
    dialog.buttons.accepted.emit()
    assert dialog.result() == ChecklistDialog.DialogCode.Accepted
    with demo_desk.read(None) as work:
        after = completeness.checklist(work)
    titles = [i.title for i in after]
    assert before[0].title not in titles and titles[-1] == "租户承诺书"
    assert titles[:2] == [before[2].title, before[1].title]


def test_a_clerk_may_not_save_the_checklist(qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor) -> None:
    dialog = ChecklistDialog(demo_desk, demo_clerk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.error.isVisible() and "may not" in dialog.error.text()


@contextmanager
def commits_refused() -> Iterator[None]:
    """Every commit is refused with an app error, as when another desk holds the file too long."""

    def busy(_session: Session) -> None:
        raise Conflict("Another desk is saving; try again.")

    event.listen(Session, "before_commit", busy)
    try:
        yield
    finally:
        event.remove(Session, "before_commit", busy)


def test_labels_saved_while_the_record_cannot_be_committed_leave_no_pdf(
    window: MainWindow, qtbot: QtBot, demo_desk: Desk, tmp_path: Path, told: list[str]
) -> None:
    dialog = window.part(TenancyMenu).print_labels()
    qtbot.mouseClick(dialog.scope_buttons[TO_REPRINT], Qt.MouseButton.LeftButton)
    with demo_desk.work(None) as work:
        waiting = labels.label_check(work)
    assert waiting, "the demo has labels to print"
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    preview = wait_shown(qtbot, dialog, PrintPreviewDialog)
    target = tmp_path / "out" / "labels.pdf"
    with commits_refused():
        assert not preview.save_copy(target)
    assert told == ["Another desk is saving; try again."]
    assert not target.parent.exists() or list(target.parent.iterdir()) == []
    with demo_desk.work(None) as work:
        assert labels.label_check(work) == waiting  # still to print: nothing recorded, no PDF to be fooled by
    assert preview.save_copy(target)
    assert target.read_bytes() == preview.pdf.read_bytes()
    with demo_desk.work(None) as work:
        assert labels.label_check(work) == []
    preview.reject()
    dialog.reject()


def test_a_rename_ends_with_the_offer_to_print_the_new_label(
    window: MainWindow, qtbot: QtBot, demo_desk: Desk, tmp_path: Path
) -> None:
    from ui.customers.customer_dialog import CustomerDialog  # the dossier's own Edit customer dialog

    page = open_dossier(window, qtbot)
    assert page.view is not None
    dialog = page.edit_customer()
    assert isinstance(dialog, CustomerDialog)
    qtbot.waitExposed(dialog)
    dialog.name_edit.setText("新名称科技有限公司")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    menu = window.part(TenancyMenu)
    qtbot.waitUntil(lambda: menu.label_question is not None and menu.label_question.isVisible())
    question = menu.label_question
    assert question is not None and page.view.number in question.text()
    with demo_desk.read(None) as work:  # not printed yet: the label check lists it
        assert [r.needs_print for r in labels.labels_for(work, dossier_ids=[page.dossier_id])] == [True]
    print_now = next(b for b in question.buttons() if b.text() == "&Print new label")
    qtbot.mouseClick(print_now, Qt.MouseButton.LeftButton)
    preview = wait_shown(qtbot, window, PrintPreviewDialog)
    assert preview.save_copy(tmp_path / "label.pdf")
    with demo_desk.read(None) as work:
        assert [r.needs_print for r in labels.labels_for(work, dossier_ids=[page.dossier_id])] == [False]
    assert "1 dossier" in window.statusBar().currentMessage()
