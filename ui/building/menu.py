"""The building room in the main window: Tools ▸ Building editor… (the department manager and the administrator).

Others see the entry greyed, with the reason in its tooltip.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.permissions import Action
from ui.building.building_editor import BuildingEditor
from ui.window_parts import WindowPart, Workbench


class BuildingMenu(WindowPart):
    def __init__(self, window: Workbench, parent: QWidget) -> None:
        super().__init__(window, parent)
        self.editor: BuildingEditor | None = None
        may = window.desk.may(window.actor, Action.EDIT_BUILDING)
        self.editor_action = self.action(self.tr("&Building editor…"), enabled=may)
        self.editor_action.setObjectName("building-editor")
        if not may:
            self.editor_action.setToolTip(
                self.tr("Only the department manager or an administrator changes the building's floors and units.")
            )
        self.editor_action.triggered.connect(lambda: self.open_editor())
        window.tools_menu.setToolTipsVisible(True)
        window.tools_menu.addSeparator()
        window.tools_menu.addAction(self.editor_action)

    def open_editor(self) -> BuildingEditor | None:
        """The editor beside the floors (modeless, one at a time); the floor grid follows each change by itself."""
        if not self.window.desk.may(self.window.actor, Action.EDIT_BUILDING):
            return None
        if self.editor is None:
            self.editor = BuildingEditor(self.window.desk, self.window.actor, self.parent())
            self.editor.destroyed.connect(self._forget)
            self.window.show_report(self.editor)
        else:
            self.editor.load()
            self.editor.show()
            self.editor.raise_()
            self.editor.activateWindow()
        return self.editor

    def _forget(self) -> None:
        self.editor = None
