"""The people room in the main window: Tools ▸ Users… (the administrator's accounts)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.permissions import Action
from ui.people.users_dialog import UsersDialog
from ui.window_parts import WindowPart, Workbench


class PeopleMenu(WindowPart):
    """Tools ▸ Users…; Switch user and Change my password are the window's own, in the File menu."""

    def __init__(self, window: Workbench, parent: QWidget) -> None:
        super().__init__(window, parent)
        self.users_action = self.action(
            self.tr("&Users…"), "users", enabled=window.desk.may(window.actor, Action.MANAGE_USERS)
        )
        self.users_action.triggered.connect(lambda: self.users())
        window.tools_menu.addSeparator()
        window.tools_menu.addAction(self.users_action)

    def users(self) -> UsersDialog | None:
        # Asked afresh: an administrator demoted meanwhile is refused here, and the window greys the entry.
        if not self.window.desk.may(self.window.actor, Action.MANAGE_USERS):
            return None
        dialog = UsersDialog(self.window.desk, self.window.actor, self.parent())
        self.window.show_report(dialog)
        return dialog
