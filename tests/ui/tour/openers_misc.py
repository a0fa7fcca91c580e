"""The building editor's forms, the first-run and log-in dialogs, the accounts' forms, restoring a backup, the
"file in use" question, the settings, the user guide and the print preview — each opened as its menu or button
opens it, on the demo's data."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import QWidget

from app import safety
from app import settings as shared
from app.building import add_unit
from app.file_lock import LockRecord
from tests.ui.tour.registry import Tour, W, opens
from ui.audit.audit_window import AuditWindow
from ui.building.building_dialogs import (
    AddFloorDialog,
    AddUnitDialog,
    EditUnitDialog,
    MergeUnitsDialog,
    RenameFloorDialog,
    SplitUnitDialog,
)
from ui.building.building_editor import BuildingEditor
from ui.building.new_building_dialog import NewBuildingDialog
from ui.building.server_dialog import ServerDialog
from ui.building.welcome_dialog import WelcomeDialog
from ui.file_opening import InUseQuestion
from ui.form_dialog import FormDialog
from ui.help.help_window import HelpWindow
from ui.people.account_dialogs import ResetPasswordDialog, RoleDialog
from ui.people.login_dialog import LoginDialog
from ui.people.users_dialog import UsersDialog
from ui.printing.print_preview import PrintPreviewDialog
from ui.safety import BackupMenu
from ui.safety.restore_dialog import RestoreDialog
from ui.settings_dialog import SettingsDialog


def _shown(tour: Tour, dialog: W | None) -> W:
    """A window its parent opened (``open()``: window-modal over it), shown; the parent is kept alive with it (the
    test holds only the window it is given, and a parent collected takes its children with it)."""
    assert dialog is not None, "the button did nothing"
    dialog.tour_parent = dialog.parentWidget()  # type: ignore[attr-defined]
    tour.qtbot.waitExposed(dialog)
    return dialog


# -- the building editor's forms (manager), on a floor with a let unit and vacant ones -------------------------------


def _editor(tour: Tour) -> BuildingEditor:
    """The editor on the floor with the most vacant units (a let one too, as most floors have)."""
    editor = tour.show(BuildingEditor(tour.desk, tour.actor("manager")))
    vacant = []
    for index in range(editor.floors_model.rowCount()):
        editor.floors_table.selectRow(index)
        vacant.append(sum(u.state == "vacant" for u in editor.units_model.rows()))
    editor.floors_table.selectRow(vacant.index(max(vacant)))
    return editor


def _vacant(tour: Tour, editor: BuildingEditor, count: int) -> BuildingEditor:
    """``count`` vacant units chosen; the demo lets nearly every unit, so a floor short of vacant ones first gets a
    new unit, as the manager adds one with Add unit…"""
    floor = editor.floor()
    assert floor is not None
    numbers = [u.number for u in editor.units_model.rows() if u.state == "vacant"]
    taken = {u.number for u in editor.units_model.rows()}
    free = (n for k in range(11, 99) if (n := f"{floor.label.removesuffix('F')}{k:02}") not in taken)
    with tour.desk.work(tour.actor("manager")) as work:
        while len(numbers) < count:
            numbers.append(add_unit(work, floor.id, next(free), Decimal("42.5"), "office").number)
    editor.load_units()
    editor.select_units(*numbers[:count])
    return editor


def _refused(tour: Tour, dialog: FormDialog) -> FormDialog:
    """Saved with a number or name the building has already: the app's refusal shows beside the input."""
    dialog.save_button.click()
    assert dialog.isVisible() and any(label.text() for label in dialog.errors.values()), "the form was saved"
    return dialog


@opens(AddFloorDialog)
def _add_floor(tour: Tour, cls: type[QWidget]) -> QWidget:
    dialog = _shown(tour, _editor(tour).add_floor())
    dialog.label.setText("1F")  # there is a 1F
    return _refused(tour, dialog)


@opens(RenameFloorDialog)
def _rename_floor(tour: Tour, cls: type[QWidget]) -> QWidget:
    editor = _editor(tour)
    other = next(f.label for f in editor.floors_model.rows() if f.id != editor.floor().id)  # type: ignore[union-attr]
    dialog = _shown(tour, editor.rename_floor())
    dialog.label.setText(other)
    return _refused(tour, dialog)


@opens(AddUnitDialog)
def _add_unit(tour: Tour, cls: type[QWidget]) -> QWidget:
    editor = _editor(tour)
    dialog = _shown(tour, editor.add_unit())
    dialog.number.setText(editor.units_model.rows()[0].number)
    dialog.area.setText("85.5")
    return _refused(tour, dialog)


@opens(EditUnitDialog)
def _edit_unit(tour: Tour, cls: type[QWidget]) -> QWidget:
    editor = _editor(tour)
    let = [u.number for u in editor.units_model.rows() if u.state == "let"]
    editor.select_units(*(let[:1] or [editor.units_model.rows()[0].number]))  # a let unit: its number is locked
    return _shown(tour, editor.edit_unit())


@opens(MergeUnitsDialog)
def _merge(tour: Tour, cls: type[QWidget]) -> QWidget:
    return _shown(tour, _vacant(tour, _editor(tour), 2).merge())


@opens(SplitUnitDialog)
def _split(tour: Tour, cls: type[QWidget]) -> QWidget:
    dialog = _shown(tour, _vacant(tour, _editor(tour), 1).split())
    dialog.areas[0].setText("30")
    dialog.numbers[1].setText("")  # a part without a number: the form says so
    assert dialog.errors["unit.number"].text()
    return dialog


# -- first run: no file yet -------------------------------------------------------------------------------------------


@opens(WelcomeDialog)
def _welcome(tour: Tour, cls: type[QWidget]) -> QWidget:
    return tour.show(WelcomeDialog(tour.settings))


@opens(ServerDialog)
def _server(tour: Tour, cls: type[QWidget]) -> QWidget:
    welcome = tour.show(WelcomeDialog(tour.settings))
    dialog = ServerDialog(tour.settings, welcome)  # the welcome dialog's child: it goes with it
    dialog.host_edit.setText("db.office")  # typed by the person: theirs, not checked
    dialog.database_edit.setText("档案库")
    dialog.user_edit.setText("前台1")
    dialog.show()
    return _shown(tour, dialog)


@opens(NewBuildingDialog)
def _new_building(tour: Tour, cls: type[QWidget]) -> QWidget:
    welcome = tour.show(WelcomeDialog(tour.settings))
    dialog = NewBuildingDialog(welcome)  # the welcome dialog's child: it goes with it
    # Half filled, with a mistake in each checked field: every message the form can show is on screen.
    # An ASCII file name: on the test machine's fallback font (Droid Sans Fallback) a line edit scrolled across CJK
    # text makes FreeType warn ("load glyph failed"), which would fail whichever test is running when it paints.
    dialog.file_edit.setText(str(tour.folder / "b.db"))
    dialog.name_edit.setText("国贸中心")
    dialog.lowest.setValue(5)
    dialog.highest.setValue(3)
    dialog.login_edit.setText("管理员")
    dialog.password_edit.setText("123")  # too short
    dialog.show()
    return _shown(tour, dialog)


# -- log-in and accounts ----------------------------------------------------------------------------------------------


@opens(LoginDialog)
def _login(tour: Tour, cls: type[QWidget]) -> QWidget:
    dialog = tour.show(LoginDialog(tour.desk, tour.settings, login="clerk"))
    dialog.password_edit.setText("not the password")
    dialog.accept()  # refused: the message under the form shows
    assert dialog.message.isVisible() and dialog.actor is None
    return dialog


def _users(tour: Tour) -> UsersDialog:
    users = tour.show(UsersDialog(tour.desk, tour.actor("admin")))
    users.select("clerk")
    return users


@opens(RoleDialog)
def _role(tour: Tour, cls: type[QWidget]) -> QWidget:
    return _shown(tour, _users(tour).change_role())


@opens(ResetPasswordDialog)
def _reset_password(tour: Tour, cls: type[QWidget]) -> QWidget:
    return _shown(tour, _users(tour).reset_password())


# -- the file and its backups -----------------------------------------------------------------------------------------


@opens(RestoreDialog)
def _restore(tour: Tour, cls: type[QWidget]) -> QWidget:
    admin = tour.actor("admin")
    folder = tour.folder / "备份"
    folder.mkdir(exist_ok=True)
    with tour.desk.work(admin) as work:
        shared.change_backup_settings(work, folder=folder, automatic=False, warn_after_days=3)
    safety.back_up(tour.desk, admin)  # the backup the list shows, as Backup ▸ Back up now makes it
    dialog = _shown(tour, tour.main("admin").part(BackupMenu).restore())
    dialog.table.selectRow(0)  # its details show under the list
    assert dialog.model.rowCount() == 1
    return dialog


@opens(InUseQuestion)
def _in_use(tour: Tour, cls: type[QWidget]) -> QWidget:
    # Another window's note beside the file, as the question reads it; the PC is named as a front desk's may be
    # (the PC's own name is not the program's words).
    since = dt.datetime(2026, 11, 20, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    record = LockRecord("supervisor", "陈主管", "前台-2", 4242, since, since, "another-window")
    return tour.show(InUseQuestion(tour.database, record, tour.main()))


# -- settings, the guide, the print preview ---------------------------------------------------------------------------


@opens(SettingsDialog)
def _settings(tour: Tour, cls: type[QWidget]) -> QWidget:
    main = tour.main("manager")  # the archive settings button shows for a desk and its user
    return tour.show(SettingsDialog.for_this_run(tour.settings, main, desk=main.desk, actor=main.actor))


@opens(HelpWindow)
def _help(tour: Tour, cls: type[QWidget]) -> QWidget:
    window = tour.main().show_guide()  # Help ▸ User guide
    tour.qtbot.addWidget(window)
    tour.qtbot.waitExposed(window)
    return window


@opens(PrintPreviewDialog)
def _print_preview(tour: Tour, cls: type[QWidget]) -> QWidget:
    # The audit log printed as listed (Print list… of the audit window): a real printout of several pages.
    audit = tour.show(AuditWindow(tour.desk, tour.actor("manager")))
    shown: list[PrintPreviewDialog] = []
    audit.printer.printouts.shown.connect(shown.append)
    assert audit.printer.print_list()
    tour.qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    preview = shown[0]
    tour.qtbot.waitExposed(preview)
    assert preview.document.pageCount() > 1
    return preview
