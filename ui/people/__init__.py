"""The people room's screens: logging in.

Other rooms and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from ui.people.login_dialog import LoginDialog

__all__ = [
    "LoginDialog",
]
