"""Issue 20's acceptance at the window: add a signatory with a specimen picture, end their authority, and see the flag
when recording an application form — the signature beside the form as a picture, the ended authority in red words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.desk import Actor, Desk
from tests.conftest import NOW
from tests.ui.dossier.test_dossier import open_dossier, tool_button, wait_shown
from tests.ui.search.test_find import type_text
from ui.customers import EndAuthorityDialog, SealSpecimenDialog, SignatoryDialog, SpecimensPanel, signatory_dialogs
from ui.dossier.document_dialog import DocumentDialog
from ui.dossier.view import DossierPage
from ui.forms.editor import FormEditor
from ui.forms.menu import FormChoice
from ui.main_window import MainWindow
from ui.translations import format_date

pytestmark = pytest.mark.qt

TODAY = NOW.date()


def _signature(path: Path) -> Path:
    image = Image.new("RGB", (240, 80), "white")
    ImageDraw.Draw(image).line([(10, 60), (80, 20), (150, 60), (230, 15)], fill="navy", width=4)
    image.save(path)
    return path


def _click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def _specimens_tab(qtbot: QtBot, page: DossierPage) -> None:
    section = page.specimens_section
    assert section is not None
    bar = page.sections.tabBar()
    index = page.sections.indexOf(section)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert page.sections.currentWidget() is section


def _add_signatory(qtbot: QtBot, page: DossierPage, picture: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    section = page.specimens_section
    assert section is not None
    _click(qtbot, tool_button(section, section.add_action.text()))
    dialog = wait_shown(qtbot, page, SignatoryDialog)
    type_text(dialog.name_edit, qtbot, "钱授权")
    type_text(dialog.id_number_edit, qtbot, "110101198801011234")
    type_text(dialog.position_edit, qtbot, "行政主管")
    dialog.valid_from.setDate(QDate(2026, 1, 1))
    monkeypatch.setattr(signatory_dialogs, "choose_picture", lambda _parent: picture)
    _click(qtbot, dialog.picture.choose_button)
    assert dialog.picture.file_label.text() == picture.name
    assert dialog.picture.preview.pixmap() is not None and not dialog.picture.preview.pixmap().isNull()
    with qtbot.waitSignal(dialog.saved):
        _click(qtbot, dialog.save_button)


def test_a_signatory_added_with_a_specimen_then_ended_is_flagged_beside_an_application_form(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.resize(1366, 768)
    page = open_dossier(window, qtbot)
    _specimens_tab(qtbot, page)
    section = page.specimens_section
    assert section is not None
    _add_signatory(qtbot, page, _signature(tmp_path / "钱授权签字.png"), monkeypatch)

    # The list shows them authorised, the ID number masked for a clerk, the picture beside the list.
    names = [s.name for s in section.signatories.rows()]
    row = names.index("钱授权")
    index = section.signatories.index(row, 0)
    assert section.signatories.index(row, 2).data() == "110***********1234"
    assert section.signatories.index(row, 5).data() == "Authorised"
    section.signatories_table.scrollTo(index)
    _click_row = section.signatories_table.visualRect(index).center()
    qtbot.mouseClick(section.signatories_table.viewport(), Qt.MouseButton.LeftButton, pos=_click_row)
    assert section.selected_signatory() is not None and section.selected_signatory().name == "钱授权"
    assert section.picture.pixmap() is not None and not section.picture.pixmap().isNull()

    # End the authority yesterday.
    _click(qtbot, tool_button(section, section.end_action.text()))
    ending = wait_shown(qtbot, page, EndAuthorityDialog)
    ending.last_day.setDate(QDate(TODAY.year, TODAY.month, TODAY.day - 1))
    with qtbot.waitSignal(ending.saved):
        _click(qtbot, ending.save_button)
    row = [s.name for s in section.signatories.rows()].index("钱授权")
    assert section.signatories.index(row, 5).data() == "Ended"
    assert section.signatories.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # red

    # Recording an application form for this dossier: the specimens beside it, the ended authority flagged.
    new_form = window.findChild(QAction, "new-form")
    assert new_form is not None
    new_form.trigger()
    choice = wait_shown(qtbot, window, FormChoice)
    choice.kind.setCurrentIndex(choice.kind.findData("qms-pm-31307"))  # 电话报装申请表
    choice.accept()
    editor = wait_shown(qtbot, window, FormEditor)
    panel = editor.specimens
    assert panel.isVisible()
    flag = panel.flags[next(s.id for s in panel.sheet.signatories if s.name == "钱授权")]  # type: ignore[union-attr]
    ended_on = format_date(TODAY - dt.timedelta(days=1))
    assert flag.isVisible() and flag.text() == f"Not authorised: the authority ended on {ended_on}."
    assert "color: #b71c1c" in flag.styleSheet()
    pictures = [p for p in panel.pictures if p.pixmap() is not None and not p.pixmap().isNull()]
    assert pictures, "the signature is shown as a picture"
    # A form dated back within the authority: no flag for them.
    editor.form_date.setDate(QDate(2026, 3, 1))
    assert flag.text() == f"Authorised from {format_date(dt.date(2026, 1, 1))} to {ended_on}." and not flag.property(
        "flagged"
    )
    editor.reject()


def test_an_application_document_shows_the_specimens_and_another_category_does_not(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.resize(1366, 768)
    page = open_dossier(window, qtbot)
    _specimens_tab(qtbot, page)
    _add_signatory(qtbot, page, _signature(tmp_path / "sig.png"), monkeypatch)
    dialog = DocumentDialog(window.desk, window.actor, page.dossier_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.category_box.setCurrentIndex(dialog.category_box.findData("correspondence"))
    assert not dialog.specimens.isVisible()
    dialog.category_box.setCurrentIndex(dialog.category_box.findData("form_door_lock"))
    assert dialog.specimens.isVisible()
    dialog.date_edit.setDate(QDate(2025, 12, 31))  # before the authority began
    flagged = dialog.specimens.flagged()
    assert f"Not authorised yet: the authority begins on {format_date(dt.date(2026, 1, 1))}." in flagged


def test_a_seal_specimen_lodged_in_the_tab_is_shown_beside_a_form(
    qtbot: QtBot,
    demo_desk: Desk,
    demo_clerk: Actor,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.resize(1366, 768)
    page = open_dossier(window, qtbot)
    _specimens_tab(qtbot, page)
    section = page.specimens_section
    assert section is not None
    _click(qtbot, tool_button(section, section.seal_action.text()))
    dialog = wait_shown(qtbot, page, SealSpecimenDialog)
    assert not dialog.save_button.isEnabled()  # no picture chosen yet
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("finance"))
    seal = tmp_path / "财务章.png"
    Image.new("RGB", (90, 90), "red").save(seal)
    monkeypatch.setattr(signatory_dialogs, "choose_picture", lambda _parent: seal)
    _click(qtbot, dialog.picture.choose_button)
    with qtbot.waitSignal(dialog.saved):
        _click(qtbot, dialog.save_button)
    rows = section.seals.rows()
    assert any(s.original_name == "财务章.png" and current for s, current in rows)
    panel = SpecimensPanel(demo_desk, demo_clerk)
    qtbot.addWidget(panel)
    assert section.sheet is not None
    panel.show_sheet(section.sheet, TODAY)
    panel.show()
    texts = [w.text() for w in panel.findChildren(type(panel.note)) if w.isVisible()]
    assert any("Finance seal, lodged on" in t for t in texts)
    QApplication.processEvents()


def test_the_administrator_sees_the_specimens_but_may_not_change_them(
    qtbot: QtBot, demo_desk: Desk, settings: object, tmp_path: Path
) -> None:
    from app.people.users import log_in
    from tests.conftest import PASSWORD

    admin: Actor = log_in(demo_desk, "admin", PASSWORD)
    win = MainWindow(demo_desk, admin, settings)  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.show()
    win.resize(1366, 768)
    page = open_dossier(win, qtbot)
    _specimens_tab(qtbot, page)
    section = page.specimens_section
    assert section is not None
    assert not section.add_action.isEnabled() and not section.seal_action.isEnabled()


def test_the_lists_models_pass_the_model_tester(qtbot: QtBot, window: MainWindow) -> None:
    from pytestqt.modeltest import ModelTester

    page = open_dossier(window, qtbot)
    _specimens_tab(qtbot, page)
    section = page.specimens_section
    assert section is not None and section.signatories.rowCount() > 0 and section.seals.rowCount() > 0
    for model in (section.signatories, section.seals):
        ModelTester(None).check(model)


def test_a_clerk_reveals_a_signatorys_id_number_in_the_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_dossier(window, qtbot)
    _specimens_tab(qtbot, page)
    _add_signatory(qtbot, page, _signature(tmp_path / "sig.png"), monkeypatch)
    section = page.specimens_section
    assert section is not None
    section.signatories_table.selectRow([s.name for s in section.signatories.rows()].index("钱授权"))
    _click(qtbot, tool_button(section, section.edit_action.text()))
    dialog = wait_shown(qtbot, page, SignatoryDialog)
    assert dialog.id_number_edit.text() == "110***********1234" and dialog.reveal_button.isVisible()
    _click(qtbot, dialog.reveal_button)
    assert dialog.id_number_edit.text() == "110101198801011234" and not dialog.reveal_button.isVisible()
    with qtbot.waitSignal(dialog.saved):
        _click(qtbot, dialog.save_button)  # saved with the whole number: nothing changes on file
