"""The fit-out register in the main window (二装): the building-wide list of fit-out projects, in the Services menu
beside repairs and complaints. A project is recorded and taken through its steps in its dossier's 二装 tab; the list
opens that dossier."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.registers.fit_out_list import FitOutProjectsWindow
from ui.window_parts import WindowPart, Workbench


class FitOutMenu(WindowPart):
    """Services ▸ Fit-out projects… (one list window at a time, modeless beside the floors)."""

    def __init__(self, window: Workbench, parent: QWidget) -> None:
        super().__init__(window, parent)
        self.list_window: FitOutProjectsWindow | None = None
        # A service to the customers: it shares the Services menu (made by ServicesMenu, listed before this part).
        menu = window.add_menu(self.tr("&Services"), "services-menu")
        menu.addSeparator()
        self.list_action = self.action(self.tr("Fit-out &projects…"))
        self.list_action.setObjectName("fit-out-projects")
        self.list_action.triggered.connect(lambda: self.show_list())
        menu.addAction(self.list_action)

    def show_list(self) -> FitOutProjectsWindow:
        self.list_window = self.one_window(
            self.list_window,
            lambda: FitOutProjectsWindow(self.window.desk, self.window.actor, self.window.open_dossier, self.parent()),
            self._forget,
            lambda found: found.load(),
        )
        return self.list_window

    def _forget(self) -> None:
        self.list_window = None

    def close(self) -> None:
        if self.list_window is not None:
            self.list_window.close()
