"""The search room in the main window: a USB barcode scanner on a dossier label (or a bound file's 案卷号) opens
that dossier, and on a box label opens that box in the archive browser, wherever the keyboard focus is; Tools ▸
Search dossiers… opens the search page."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from app.archive import box_by_code, is_box_code
from app.dossier import find_dossier_by_number
from app.errors import AppError, NotFound
from ui.archive import ArchiveMenu
from ui.search.scanner import ScanListener
from ui.search.search_window import SearchWindow
from ui.translations import error_text
from ui.window_parts import WindowPart, Workbench


class ScanToOpen(WindowPart):
    """Listens for a scanner's burst of keys in the whole window."""

    def __init__(self, window: Workbench, parent: QWidget) -> None:
        super().__init__(window, parent)
        self.scanner = ScanListener(parent, self.open_scanned, also_in=self._archive_browser)
        self.scanner.install()

    def _archive_browser(self) -> list[QWidget]:
        """The archive browser, when open: a box label scanned there opens that box in it."""
        try:
            browser = self.window.part(ArchiveMenu).archive_browser_dialog
        except StopIteration:  # the window is still assembling its parts
            return []
        return [browser] if browser is not None else []

    def open_scanned(self, number: str) -> bool:
        """A scanned dossier number (a label's code) or file number (a bound file's): open that dossier.

        Only an exact number opens anything: a scan is never a guess.
        """
        if is_box_code(number):
            return self.open_scanned_box(number)
        try:
            with self.window.desk.read(self.window.actor) as work:
                dossier_id = find_dossier_by_number(work, number)
        except NotFound:
            self.tell_status(self.tr("Scanned “{number}”: no dossier has this number.").format(number=number))
            return False
        except AppError as err:
            self.tell_status(error_text(err))
            return False
        self.window.open_dossier(dossier_id)
        return True

    def open_scanned_box(self, code: str) -> bool:
        """A box label's QR code (``BOX:`` and the box number): the archive browser on that box."""
        try:
            with self.window.desk.read(self.window.actor) as work:
                box = box_by_code(work, code)
        except NotFound:
            self.tell_status(self.tr("Scanned “{code}”: no archive box has this number.").format(code=code))
            return False
        except AppError as err:
            self.tell_status(error_text(err))
            return False
        self.window.part(ArchiveMenu).open_box(box.id)
        return True

    def close(self) -> None:
        self.scanner.remove()


class SearchMenu(WindowPart):
    """Tools ▸ Search dossiers… (Ctrl+Shift+F): the search page, one at a time, beside the floors."""

    def __init__(self, window: Workbench, parent: QWidget) -> None:
        super().__init__(window, parent)
        self.search_window: SearchWindow | None = None
        self.search_action = self.action(self.tr("&Search dossiers…"), "find", [QKeySequence("Ctrl+Shift+F")])
        self.search_action.setObjectName("search-dossiers")
        self.search_action.triggered.connect(lambda: self.open_search())
        window.tools_menu.addAction(self.search_action)

    def open_search(self) -> SearchWindow:
        if self.search_window is None:
            self.search_window = SearchWindow(
                self.window.desk, self.window.actor, self.window.open_dossier, self.parent()
            )
            self.search_window.destroyed.connect(self._forget)
            self.window.show_report(self.search_window)
        else:
            self.search_window.show()
            self.search_window.raise_()
            self.search_window.activateWindow()
        self.search_window.text.setFocus()
        return self.search_window

    def _forget(self) -> None:
        self.search_window = None
