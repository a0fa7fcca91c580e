"""On an installed PC the program runs in its own folder (Start menu): no file dialog starts there and nothing is
written there. New files go to the user's data folder, printouts and workbooks to Documents (issue 18)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.desk import Desk
from app.people.users import log_in
from tests.conftest import PASSWORD
from tests.ui.building.welcome_places import Places
from tests.ui.dossier.test_dossier_dialogs import make_pdf
from ui import places as places_module
from ui.building.new_building_dialog import NewBuildingDialog
from ui.building.welcome_dialog import WelcomeDialog, demo_folder
from ui.dossier.document_dialog import choose_scans
from ui.exchange.template_saver import TemplateSaver
from ui.printing import PrintPreviewDialog
from ui.recent_files import recent_files, remember_recent

pytestmark = pytest.mark.qt


class FileDialogs:
    """QFileDialog's static functions answered as a person would: the start folder noted, ``answer`` chosen."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.starts: list[str] = []
        self.answer = ""

        def one(_parent: QWidget | None, _caption: str, start: str, _filter: str = "") -> tuple[str, str]:
            self.starts.append(start)
            return self.answer, ""

        def several(_parent: QWidget | None, _caption: str, start: str, _filter: str = "") -> tuple[list[str], str]:
            self.starts.append(start)
            return ([self.answer] if self.answer else []), ""

        monkeypatch.setattr(QFileDialog, "getSaveFileName", one)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", one)
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", several)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> FileDialogs:
    return FileDialogs(monkeypatch)


class Host(QWidget):
    """A window with its own settings, as the main window has (``places.window_settings`` finds them)."""

    def __init__(self, settings: QSettings) -> None:
        super().__init__()
        self.settings = settings


def test_the_demo_goes_into_the_data_folder(places: Places) -> None:
    assert demo_folder() == places.data / "demo"


def test_a_new_building_is_saved_in_the_data_folder_never_beside_the_program(
    qtbot: QtBot, settings: QSettings, places: Places, dialogs: FileDialogs
) -> None:
    dialog = NewBuildingDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    next(b for b in dialog.findChildren(QPushButton) if b.text() == "Choose…").click()
    assert dialogs.starts == [str(places.data)] and places.data.is_dir()  # made for the dialog to start in
    # A bare name typed in the form (no folder): the file goes into the data folder, with the .db it needs.
    qtbot.keyClicks(dialog.file_edit, "tower")
    dialog.name_edit.setText("新大厦")
    qtbot.keyClicks(dialog.password_edit, "admin-pass-1")
    qtbot.keyClicks(dialog.repeat_edit, "admin-pass-1")
    dialog.create_button.click()
    assert dialog.desk is not None
    try:
        assert dialog.desk.path == places.data / "tower.db" and dialog.desk.path.is_file()
        assert list(places.program.iterdir()) == []
    finally:
        dialog.desk.close()


def test_the_welcome_new_building_form_starts_where_its_file_will_go(
    qtbot: QtBot, settings: QSettings, places: Places, dialogs: FileDialogs
) -> None:
    welcome = WelcomeDialog(settings)
    qtbot.addWidget(welcome)
    welcome.show()

    def choose_then_cancel() -> None:  # inside the form's own event loop
        form = welcome.findChild(NewBuildingDialog)
        assert form is not None
        form.file_edit.setText("大厦")
        next(b for b in form.findChildren(QPushButton) if b.text() == "Choose…").click()
        form.reject()

    QTimer.singleShot(0, choose_then_cancel)
    welcome.new_button.click()
    assert dialogs.starts == [str(places.data / "大厦.db")]  # the typed name, shown where it will be made
    assert welcome.result() != QDialog.DialogCode.Accepted and list(places.program.iterdir()) == []


def test_open_an_existing_file_starts_in_the_last_files_folder_else_the_data_folder(
    qtbot: QtBot, settings: QSettings, places: Places, dialogs: FileDialogs, tmp_path: Path
) -> None:
    welcome = WelcomeDialog(settings)
    qtbot.addWidget(welcome)
    welcome.open_button.click()
    settings.setValue("files/last", "dossiers.db")  # a relative name (a start from a shell): not the working folder
    welcome.open_button.click()
    old = tmp_path / "D盘" / "档案"
    old.mkdir(parents=True)
    settings.setValue("files/last", str(old / "dossiers.db"))
    welcome.open_button.click()
    settings.setValue("files/last", str(tmp_path / "pulled-out stick" / "dossiers.db"))
    welcome.open_button.click()
    assert dialogs.starts == [str(places.data), str(places.data), str(old), str(places.data)]
    assert welcome.desk is None


def test_a_printout_is_saved_to_documents_then_where_the_last_one_went(
    qtbot: QtBot, settings: QSettings, places: Places, dialogs: FileDialogs, tmp_path: Path
) -> None:
    host = Host(settings)
    qtbot.addWidget(host)
    preview = PrintPreviewDialog(make_pdf(tmp_path / "archive-2026.pdf", 2), "Year", host)
    preview.save_as()  # cancelled
    chosen = tmp_path / "打印" / "年度归档.pdf"
    chosen.parent.mkdir()
    dialogs.answer = str(chosen)
    preview.save_as()
    assert chosen.is_file()
    dialogs.answer = ""
    preview.save_as()
    assert dialogs.starts == [
        str(places.documents / "archive-2026.pdf"),
        str(places.documents / "archive-2026.pdf"),  # nothing saved yet: still Documents
        str(chosen.parent / "archive-2026.pdf"),
    ]
    assert list(places.program.iterdir()) == []


def test_scans_and_workbooks_are_looked_for_in_documents_then_where_the_last_came_from(
    qtbot: QtBot, settings: QSettings, places: Places, dialogs: FileDialogs, tmp_path: Path
) -> None:
    host = Host(settings)
    qtbot.addWidget(host)
    assert choose_scans(host) == []
    scanner = tmp_path / "扫描仪"
    scanner.mkdir()
    scan = make_pdf(scanner / "合同.pdf", 1)
    dialogs.answer = str(scan)
    assert choose_scans(host) == [scan]
    dialogs.answer = ""
    choose_scans(host)
    assert dialogs.starts == [str(places.documents), str(places.documents), str(scanner)]
    saver = TemplateSaver(settings, host)
    saver.ask_target()
    assert Path(dialogs.starts[-1]).parent == places.documents  # was the home folder
    assert list(places.program.iterdir()) == []


@pytest.mark.parametrize("kind", ["database", "open", "backup", "scans", "printout", "export", "workbook"])
def test_every_start_folder_is_a_full_path_outside_the_program(
    kind: places_module.Kind, places: Places, settings: QSettings
) -> None:
    settings.setValue("files/last", "d.db")
    for key in places_module.REMEMBERED.values():
        settings.setValue(key, ".")  # remembered as the working directory: never used
    folder = places_module.start_folder(kind, settings)
    assert folder.is_absolute() and folder.is_dir()
    assert folder in (places.data, places.documents)


def test_a_file_opened_by_a_relative_name_is_remembered_in_full(
    qtbot: QtBot, settings: QSettings, places: Places, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`dossier-desk --db dossiers.db` from a shell: the next start, from the Start menu, runs in another folder."""
    monkeypatch.chdir(desk.path.parent)
    welcome = WelcomeDialog(settings)
    qtbot.addWidget(welcome)
    relative = Desk.open(Path(desk.path.name))
    try:
        welcome._opened(relative, log_in(relative, "clerk", PASSWORD))
        remember_recent(settings, relative.path)
    finally:
        relative.close()
    assert settings.value("files/last") == str(desk.path)
    assert recent_files(settings) == [str(desk.path)]
