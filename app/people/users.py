"""User accounts, roles and log-in (argon2 password hashes)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from app.desk import Actor, Desk, Work
from app.errors import AuthenticationFailed, Busy, Conflict, ValidationError
from app.permissions import Action, Role
from app.text import QT_TRANSLATE_NOOP
from app.validation import limited_text, required_text
from db.models import User

MIN_PASSWORD_LENGTH = 8
MAX_LOGIN_LENGTH = 50  # the user.login column
MAX_DISPLAY_NAME_LENGTH = 100  # the user.display_name column
# Argon2 with its recommended parameters; tests swap in a cheaper hasher to run faster.
password_hasher = PasswordHasher()


@dataclass(frozen=True)
class UserInfo:
    id: int
    login: str
    display_name: str
    role: Role
    active: bool


def _info(user: User) -> UserInfo:
    return UserInfo(user.id, user.login, user.display_name, Role(user.role), user.active)


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


def _add_user(work: Work, login: str, display_name: str, role: Role, password: str) -> UserInfo:
    login = check_login(login)
    display_name = check_display_name(display_name) or login
    role = Role(role)
    password = check_password(password)
    if work.session.scalar(select(User.id).where(func.lower(User.login) == login.lower())) is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "There is already a user named “{login}”."), field="user.login", login=login
        )
    user = User(login=login, display_name=display_name, role=role.value, password_hash=password_hasher.hash(password))
    work.session.add(user)
    work.session.flush()
    work.log(None, "user", user.id, "create", {"login": login, "role": role.value})
    return _info(user)


def create_first_admin(work: Work, login: str, password: str, display_name: str = "") -> UserInfo:
    """The account a new database starts with; refused once any user exists."""
    if work.session.scalar(select(func.count(User.id))):
        raise Conflict(QT_TRANSLATE_NOOP("app", "This database already has users; log in as an administrator."))
    return _add_user(work, login, display_name, Role.ADMIN, password)


def create_user(work: Work, login: str, display_name: str, role: Role, password: str) -> UserInfo:
    work.require(Action.MANAGE_USERS)
    return _add_user(work, login, display_name, role, password)


def list_users(work: Work) -> list[UserInfo]:
    work.require_read()
    return [_info(u) for u in work.session.scalars(select(User).order_by(User.login))]


def log_in(desk: Desk, login: str, password: str) -> Actor:
    """Check a login and password; the same message for an unknown user and a wrong password."""
    # Reading only: a log-in never waits for another desk's save, and works on a file open read-only.
    with desk.read(None) as work:
        user = work.session.scalar(select(User).where(func.lower(User.login) == (login or "").strip().lower()))
        failed = AuthenticationFailed(QT_TRANSLATE_NOOP("app", "Unknown user or wrong password."), field="user.login")
        if user is None or not user.active:
            raise failed
        try:
            password_hasher.verify(user.password_hash, password or "")
        except (VerificationError, InvalidHashError):
            raise failed from None
        actor = Actor(user.id, user.login, user.display_name, Role(user.role))
        stored_hash = user.password_hash
    if password_hasher.check_needs_rehash(stored_hash) and not desk.read_only:
        # Stronger hashing parameters since the password was set: store it anew (rarely, so a write of its own;
        # if another desk is saving just now, the next log-in does it).
        with contextlib.suppress(Busy), desk.work(None) as work:
            again = work.session.get(User, actor.user_id)
            if again is not None and again.password_hash == stored_hash:
                again.password_hash = password_hasher.hash(password)
    return actor
