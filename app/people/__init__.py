"""The people room: user accounts, passwords and logging in (the permission table itself is shared: app/permissions.py).

Other rooms and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from app.people.users import (
    LOCKOUT_TIME,
    MAX_DISPLAY_NAME_LENGTH,
    MAX_FAILED_LOG_INS,
    MAX_LOGIN_LENGTH,
    MIN_PASSWORD_LENGTH,
    UserInfo,
    change_own_password,
    check_display_name,
    check_login,
    check_password,
    create_first_admin,
    create_user,
    disable_user,
    enable_user,
    find_user,
    list_users,
    log_in,
    reset_password,
    set_role,
    unlock_user,
)

__all__ = [
    "LOCKOUT_TIME",
    "MAX_DISPLAY_NAME_LENGTH",
    "MAX_FAILED_LOG_INS",
    "MAX_LOGIN_LENGTH",
    "MIN_PASSWORD_LENGTH",
    "UserInfo",
    "change_own_password",
    "check_display_name",
    "check_login",
    "check_password",
    "create_first_admin",
    "create_user",
    "disable_user",
    "enable_user",
    "find_user",
    "list_users",
    "log_in",
    "reset_password",
    "set_role",
    "unlock_user",
]
