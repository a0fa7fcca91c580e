"""The people room: user accounts, passwords and logging in (the permission table itself is shared: app/permissions.py).

Other rooms and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from app.people.users import (
    MAX_DISPLAY_NAME_LENGTH,
    MAX_LOGIN_LENGTH,
    MIN_PASSWORD_LENGTH,
    check_display_name,
    check_login,
    check_password,
    create_first_admin,
    create_user,
    log_in,
)

__all__ = [
    "MAX_DISPLAY_NAME_LENGTH",
    "MAX_LOGIN_LENGTH",
    "MIN_PASSWORD_LENGTH",
    "check_display_name",
    "check_login",
    "check_password",
    "create_first_admin",
    "create_user",
    "log_in",
]
