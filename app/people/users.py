"""User accounts, roles, passwords and log-in (argon2 password hashes, lockout after wrong passwords).

No account is ever deleted: the record names who did what (R16), so a person who leaves is disabled. Every change
to an account writes an audit line (never a password or its hash).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, update

from app.desk import Actor, Desk, Work, expect_version
from app.errors import AuthenticationFailed, Busy, Conflict, NotFound, ReadOnly, ValidationError
from app.permissions import Action, Role
from app.text import QT_TRANSLATE_NOOP
from app.validation import limited_text, required_text
from db.models import User

MIN_PASSWORD_LENGTH = 8
MAX_LOGIN_LENGTH = 50  # the user.login column
MAX_DISPLAY_NAME_LENGTH = 100  # the user.display_name column
# Lockout: this many wrong passwords in a row lock the account for LOCKOUT_TIME (an administrator can unlock it).
MAX_FAILED_LOG_INS = 5
LOCKOUT_TIME = dt.timedelta(minutes=15)
# Argon2 with its recommended parameters; tests swap in a cheaper hasher to run faster.
password_hasher = PasswordHasher()


@dataclass(frozen=True)
class UserInfo:
    id: int
    login: str
    display_name: str
    role: Role
    active: bool
    must_change_password: bool = False
    locked_until: dt.datetime | None = None  # only while the lock lasts
    version: int = 1


def _info(user: User, now: dt.datetime | None = None) -> UserInfo:
    locked = user.locked_until if user.locked_until is not None and (now is None or user.locked_until > now) else None
    return UserInfo(
        user.id,
        user.login,
        user.display_name,
        Role(user.role),
        user.active,
        bool(user.must_change_password),
        locked,
        user.version or 1,
    )


def check_password(password: str) -> str:
    """Refuse a password too short to protect confidential customer data (R16)."""
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "The password must have at least {count} characters."),
            field="user.password",
            count=MIN_PASSWORD_LENGTH,
        )
    return password


def check_login(login: str) -> str:
    """A login name as it can be stored: 1 to 50 ASCII letters, digits and punctuation, no spaces."""
    login = required_text(login, "user.login", MAX_LOGIN_LENGTH)
    if not login.isascii() or any(ch.isspace() for ch in login):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "A login name uses letters, digits and punctuation, without spaces: “{login}”."),
            field="user.login",
            login=login,
        )
    return login


def check_display_name(display_name: str) -> str:
    return limited_text(display_name, "user.display_name", MAX_DISPLAY_NAME_LENGTH)


def _add_user(
    work: Work, login: str, display_name: str, role: Role, password: str, must_change_password: bool = False
) -> UserInfo:
    login = check_login(login)
    display_name = check_display_name(display_name) or login
    role = Role(role)
    password = check_password(password)
    if work.session.scalar(select(User.id).where(func.lower(User.login) == login.lower())) is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "There is already a user named “{login}”."), field="user.login", login=login
        )
    user = User(
        login=login,
        display_name=display_name,
        role=role.value,
        password_hash=password_hasher.hash(password),
        must_change_password=must_change_password,
    )
    work.session.add(user)
    work.session.flush()
    work.log(None, "user", user.id, "create", {"login": login, "role": role.value})
    work.touched.users.add(user.id)
    return _info(user, work.now)


def create_first_admin(work: Work, login: str, password: str, display_name: str = "") -> UserInfo:
    """The account a new database starts with; refused once any user exists."""
    if work.session.scalar(select(func.count(User.id))):
        raise Conflict(QT_TRANSLATE_NOOP("app", "This database already has users; log in as an administrator."))
    return _add_user(work, login, display_name, Role.ADMIN, password)


def create_user(
    work: Work, login: str, display_name: str, role: Role, password: str, *, must_change_password: bool = False
) -> UserInfo:
    """A new account. ``must_change_password``: the administrator chose the password, so its user must replace it
    at the first log-in (the Users dialog and ``users add`` ask for that)."""
    work.require(Action.MANAGE_USERS)
    return _add_user(work, login, display_name, role, password, must_change_password)


def list_users(work: Work) -> list[UserInfo]:
    """Every account, disabled ones too, by login (who is locked out and until when)."""
    work.require(Action.VIEW_USERS)
    return [_info(u, work.now) for u in work.session.scalars(select(User).order_by(User.login))]


def find_user(work: Work, login: str) -> UserInfo:
    """The account with this login (any case)."""
    work.require(Action.VIEW_USERS)
    return _info(_by_login(work, login), work.now)


def _by_login(work: Work, login: str) -> User:
    user = work.session.scalar(select(User).where(func.lower(User.login) == (login or "").strip().lower()))
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no user named “{login}”."), field="user.login", login=login)
    return user


def _user(work: Work, user_id: int, version: int | None) -> User:
    user = work.session.get(User, user_id)
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "This user no longer exists."), field="user.login")
    if version is not None:
        expect_version(
            user,
            version,
            QT_TRANSLATE_NOOP("app", "The user “{login}” was changed meanwhile by someone else; look again."),
            login=user.login,
        )
    return user


def _changed(work: Work, user: User, action: str, details: dict[str, Any] | None = None) -> UserInfo:
    work.session.flush()
    work.log(None, "user", user.id, action, {"login": user.login, **(details or {})})
    work.touched.users.add(user.id)
    return _info(user, work.now)


def _keep_an_admin(work: Work, user: User) -> None:
    """The last active administrator stays one: without them nobody could manage accounts or restore a backup."""
    if user.role != Role.ADMIN.value or not user.active:
        return
    others = work.session.scalar(
        select(func.count(User.id)).where(User.role == Role.ADMIN.value, User.active.is_(True), User.id != user.id)
    )
    if not others:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "app",
                "“{login}” is the last active administrator, so the account stays an active administrator; "
                "make another user an administrator first.",
            ),
            field="user.role",
            login=user.login,
        )


def set_role(work: Work, user_id: int, role: Role, *, version: int | None = None) -> UserInfo:
    """Give an account another role; it counts at once, also in a window the user has open."""
    work.require(Action.MANAGE_USERS)
    role = Role(role)
    user = _user(work, user_id, version)
    if user.role == role.value:
        return _info(user, work.now)
    if role != Role.ADMIN:
        _keep_an_admin(work, user)
    old = user.role
    user.role = role.value
    return _changed(work, user, "set_role", {"role": [old, role.value]})


def disable_user(work: Work, user_id: int, *, version: int | None = None) -> UserInfo:
    """Disable an account (never deleted: the record names who did what); its open windows lose every right."""
    work.require(Action.MANAGE_USERS)
    user = _user(work, user_id, version)
    if not user.active:
        return _info(user, work.now)
    _keep_an_admin(work, user)
    user.active = False
    return _changed(work, user, "disable")


def enable_user(work: Work, user_id: int, *, version: int | None = None) -> UserInfo:
    work.require(Action.MANAGE_USERS)
    user = _user(work, user_id, version)
    if user.active:
        return _info(user, work.now)
    user.active = True
    return _changed(work, user, "enable")


def reset_password(work: Work, user_id: int, new_password: str, *, version: int | None = None) -> UserInfo:
    """A new password for someone who forgot theirs; they must change it at their next log-in (it is known to the
    administrator too). It also lifts a lockout."""
    work.require(Action.MANAGE_USERS)
    check_password(new_password)
    user = _user(work, user_id, version)
    user.password_hash = password_hasher.hash(new_password)
    user.must_change_password = True
    user.failed_logins = 0
    user.locked_until = None
    return _changed(work, user, "reset_password")


def unlock_user(work: Work, user_id: int, *, version: int | None = None) -> UserInfo:
    """Lift a lockout before its time (the person was recognised), and start the count of wrong passwords anew."""
    work.require(Action.MANAGE_USERS)
    user = _user(work, user_id, version)
    if user.locked_until is None and not user.failed_logins:
        return _info(user, work.now)
    user.failed_logins = 0
    user.locked_until = None
    return _changed(work, user, "unlock")


def change_own_password(work: Work, old_password: str, new_password: str) -> UserInfo:
    """The logged-in user's own new password, after the current one is typed again."""
    actor = work.require(Action.CHANGE_OWN_PASSWORD)
    check_password(new_password)
    user = _user(work, actor.user_id, None)
    if not _matches(user.password_hash, old_password):
        raise AuthenticationFailed(
            QT_TRANSLATE_NOOP("app", "The current password is wrong; nothing was changed."),
            field="user.current_password",
        )
    if new_password == old_password:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "The new password must differ from the current one."), field="user.password"
        )
    user.password_hash = password_hasher.hash(new_password)
    user.must_change_password = False
    return _changed(work, user, "change_password")


# -- logging in -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Account:
    """What a log-in needs of an account, read without the write lock (the password check takes a while)."""

    user_id: int
    login: str
    display_name: str
    role: Role
    active: bool
    must_change_password: bool
    locked_until: dt.datetime | None
    password_hash: str


def _matches(password_hash: str, password: str) -> bool:
    try:
        return bool(password_hasher.verify(password_hash, password or ""))
    except (VerificationError, InvalidHashError):
        return False


def _locked(login: str, until: dt.datetime) -> AuthenticationFailed:
    return AuthenticationFailed(
        QT_TRANSLATE_NOOP(
            "app",
            "The account “{login}” is locked after too many wrong passwords, until {until}; try again then, "
            "or ask an administrator to unlock it.",
        ),
        field="user.login",
        login=login,
        until=until.strftime("%Y-%m-%d %H:%M"),
    )


def log_in(desk: Desk, login: str, password: str, *, source: str = "") -> Actor:
    """Check a login and password; the same message for an unknown user, a disabled one and a wrong password.

    ``source`` says where the log-in came from for the audit log ("window", "command line", …). Each attempt is
    recorded, and MAX_FAILED_LOG_INS wrong passwords in a row lock the account for LOCKOUT_TIME — a log-in while it
    is locked is refused even with the right password. The password is checked without holding the write lock (it
    takes a moment on purpose); the count and the record are a short write after it.
    """
    typed = (login or "").strip()
    with desk.read(None) as work:
        now = work.now
        user = work.session.scalar(select(User).where(func.lower(User.login) == typed.lower()))
        account = (
            None
            if user is None
            else _Account(
                user.id,
                user.login,
                user.display_name,
                Role(user.role),
                user.active,
                bool(user.must_change_password),
                user.locked_until,
                user.password_hash,
            )
        )
    failed = AuthenticationFailed(QT_TRANSLATE_NOOP("app", "Unknown user or wrong password."), field="user.login")
    if account is None:
        # An unknown login locks nothing (there is no account), but the try is recorded with what was typed.
        _record_failure(desk, None, typed, source, "unknown login")
        raise failed
    if account.locked_until is not None and account.locked_until > now:
        _record_failure(desk, account.user_id, typed, source, "locked")
        raise _locked(account.login, account.locked_until)
    if not account.active:
        _record_failure(desk, account.user_id, typed, source, "disabled")
        raise failed
    if not _matches(account.password_hash, password):
        until = _count_failure(desk, account, typed, source)
        if until is not None:
            raise _locked(account.login, until)
        raise failed
    actor = Actor(
        account.user_id,
        account.login,
        account.display_name,
        account.role,
        must_change_password=account.must_change_password,
    )
    _record_success(desk, actor, typed, source, password, account.password_hash)
    return actor


# A file open read-only keeps no record and no count: a log-in there still works (and a lock recorded earlier is
# still obeyed), but nothing can be written. When another desk holds the write lock too long (Busy) the attempt is
# decided all the same — a wrong password stays refused, a right one is let in — only the record of it is lost.


def _record_failure(desk: Desk, user_id: int | None, typed: str, source: str, reason: str) -> None:
    if desk.read_only:
        return
    try:
        with desk.work(None) as work:
            work.log(None, "user", user_id, "log_in_failed", {"login": typed, "source": source, "reason": reason})
    except (Busy, ReadOnly):
        pass


def _count_failure(desk: Desk, account: _Account, typed: str, source: str) -> dt.datetime | None:
    """One more wrong password in a row; the time the account is now locked until, if this one locked it."""
    if desk.read_only:
        return None
    try:
        with desk.work(None) as work:
            details = {"login": typed, "source": source, "reason": "wrong password"}
            work.log(None, "user", account.user_id, "log_in_failed", details)
            user = work.session.get(User, account.user_id)
            if user is None:
                return None
            count = (user.failed_logins or 0) + 1
            until = work.now + LOCKOUT_TIME if count >= MAX_FAILED_LOG_INS else None
            # A statement, not an ORM change: the count does not bump the account's version, so an administrator's
            # form open on it is not refused as "changed meanwhile" because someone mistyped.
            work.session.execute(
                update(User).where(User.id == user.id).values(failed_logins=0 if until else count, locked_until=until),
                execution_options={"synchronize_session": False},
            )
            if until is not None:
                lock_details = {"login": user.login, "until": until.isoformat(sep=" "), "wrong": count}
                work.log(None, "user", account.user_id, "locked", lock_details)
            return until
    except (Busy, ReadOnly):
        return None


def _record_success(desk: Desk, actor: Actor, typed: str, source: str, password: str, stored_hash: str) -> None:
    if desk.read_only:
        return
    try:
        with desk.work(actor) as work:
            values: dict[str, Any] = {"failed_logins": 0, "locked_until": None}
            if password_hasher.check_needs_rehash(stored_hash):
                # Stronger hashing parameters since the password was set: store it anew.
                values["password_hash"] = password_hasher.hash(password)
            work.session.execute(
                update(User).where(User.id == actor.user_id, User.password_hash == stored_hash).values(**values),
                execution_options={"synchronize_session": False},
            )
            work.log(None, "user", actor.user_id, "log_in", {"login": typed, "source": source})
    except (Busy, ReadOnly):
        pass
