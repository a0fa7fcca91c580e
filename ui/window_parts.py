"""What a capability adds to the main window: its menu entries, its items in the context menus, its dialogs.

The window assembles the parts listed in ``ui/capabilities.py``; a new capability writes its part in its own
room (``ui/<room>/menu.py``) and adds one line there, without editing the main window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol, TypeVar

from PySide6.QtCore import QObject, QSettings, QSize
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QStatusBar, QTabWidget, QToolBar, QWidget

from app.building import FloorInfo, UnitCard
from app.desk import Actor, Desk
from ui.changes import DeskChanges
from ui.icons import icon

STATUS_TIMEOUT_MS = 8000
# A window's title bar and borders, drawn outside the size it is given (Windows at 100 %: 31 px of title bar and
# 8-px borders; more at 125 %): what the screen's free area must keep for them.
WINDOW_FRAME = QSize(16, 40)

# What a part puts in a context menu: each of its actions and what choosing it does.
MenuChoices = dict[QAction, Callable[[], None]]
# Another capability's part, for the few hand-overs between rooms (a scanned box label opens the archive browser).
PartT = TypeVar("PartT", bound="WindowPart")
ShownT = TypeVar("ShownT", bound=QWidget)


def fit_to_screen(window: QWidget, width: int, height: int, beside: QWidget | None = None) -> None:
    """Give ``window`` its first size, ``width`` × ``height``, but never more than the free area of its screen (of
    ``beside``'s or its parent's, when it opens over another window) less its frame: on a 1024×768 desk or at
    125 % the whole window, title bar, edges and the buttons at the bottom included, is on the screen."""
    screen = (beside or window.parentWidget() or window).screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry()
    width = min(width, free.width() - WINDOW_FRAME.width())
    height = min(height, free.height() - WINDOW_FRAME.height())
    window.resize(max(1, width), max(1, height))


def make_action(
    text: str, parent: QObject, icon_name: str | None = None, shortcuts: Sequence[QKeySequence] = ()
) -> QAction:
    """A window action with the app's icon and its keyboard shortcuts."""
    action = QAction(text, parent)
    if icon_name:
        action.setIcon(icon(icon_name))
    if shortcuts:
        action.setShortcuts(list(shortcuts))
    return action


class Workbench(Protocol):
    """The main window as its parts see it."""

    desk: Desk
    actor: Actor
    settings: QSettings
    released: bool  # the window let go of its file (a restore is replacing it)
    changes: DeskChanges
    workspace: QTabWidget
    tools_menu: QMenu
    toolbar: QToolBar

    def statusBar(self) -> QStatusBar: ...

    def add_menu(self, title: str, name: str = "") -> QMenu: ...

    def add_to_file_menu(self, *actions: QAction) -> None: ...

    def floors(self) -> list[FloorInfo]: ...

    def current_floor(self) -> FloorInfo | None: ...

    def current_card(self) -> UnitCard | None: ...

    def selected_cards(self) -> list[UnitCard]: ...

    def dossier_tab_in_front(self) -> int | None: ...

    def current_dossier_id(self) -> int | None: ...

    def open_dossier(self, dossier_id: int) -> object: ...

    def part(self, kind: type[PartT]) -> PartT: ...

    def open_dialog(self, dialog: QDialog) -> None: ...

    def show_report(self, dialog: QDialog) -> None: ...

    def open_file(self, path: Path) -> object: ...

    def release_file(self) -> None: ...

    def resume_file(self) -> None: ...

    def reopen_file(self) -> object: ...

    def close(self) -> bool: ...


class WindowPart(QObject):
    """One capability's share of the main window. Subclasses add their actions in ``__init__``."""

    def __init__(self, window: Workbench, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = window

    def action(
        self, text: str, icon_name: str | None = None, shortcuts: Sequence[QKeySequence] = (), enabled: bool = True
    ) -> QAction:
        action = make_action(text, self.parent(), icon_name, shortcuts)
        action.setEnabled(enabled)  # greyed out for roles that may not; the app checks anyway
        return action

    def one_window(
        self,
        found: ShownT | None,
        make: Callable[[], ShownT],
        forget: Callable[[], object],
        again: Callable[[ShownT], object],
    ) -> ShownT:
        """The part's one window of a kind (a list, a register): ``make`` it and have the main window show it the
        first time (``forget`` is called when it is closed for good), else read it ``again`` and bring it to the
        front — a second click never opens a second copy."""
        if found is None:
            found = make()
            found.destroyed.connect(lambda _obj=None: forget())
            self.window.show_report(found)
        else:
            again(found)
            found.show()
            found.raise_()
            found.activateWindow()
        return found

    def tell_status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def card_menu(self, menu: QMenu, card: UnitCard, selected: Sequence[UnitCard]) -> MenuChoices:
        """Items for the unit card's context menu (``selected``: every selected card, ``card`` among them)."""
        return {}

    def tab_menu(self, menu: QMenu, page: QWidget, dossier_id: int, live: bool) -> MenuChoices:
        """Items for an open dossier tab's context menu."""
        return {}

    def may_close(self) -> bool:
        """Asked before the window closes; False keeps it open for now (e.g. a backup on exit runs first), and the
        part closes the window itself when it is done."""
        return True

    def close(self) -> None:
        """The window closes: let go of what the part holds (temporary files, open reports)."""
