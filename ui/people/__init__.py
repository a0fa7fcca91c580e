"""The people room's screens: logging in, the administrator's Users dialog, one's own password.

Other rooms and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from ui.people.account_dialogs import AddUserDialog, ChangePasswordDialog, ResetPasswordDialog, RoleDialog
from ui.people.login_dialog import LoginDialog
from ui.people.menu import PeopleMenu
from ui.people.users_dialog import UsersDialog

__all__ = [
    "AddUserDialog",
    "ChangePasswordDialog",
    "LoginDialog",
    "PeopleMenu",
    "ResetPasswordDialog",
    "RoleDialog",
    "UsersDialog",
]
