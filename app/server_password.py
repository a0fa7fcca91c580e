"""The password of a server database: never typed on the command line, never kept in a file of ours.

Where it comes from, the first that has one: ``$DOSSIER_DESK_DB_PASSWORD`` (scripts, CI), the operating system's
keyring (Windows Credential Manager, the macOS Keychain, Secret Service; service "Dossier Desk", user name
``user@host:port/database``), else the caller asks the person (a prompt on a terminal, a field in the window). A URL
with a password in it is refused: a command line is seen by other programs (the process list) and kept in shell
histories and shortcuts, and the recent-databases list would keep it too.

Without a password from any of them the server is asked without one: a server that trusts the desk's connection
(a Unix socket, ``trust`` or ``peer`` in pg_hba.conf) or libpq's own ``.pgpass`` needs none from us.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import AppError, ValidationError
from app.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.desk import Desk

PASSWORD_ENV = "DOSSIER_DESK_DB_PASSWORD"
KEYRING_SERVICE = "Dossier Desk"
DEFAULT_PORT = 5432  # PostgreSQL's: a URL without a port and one with :5432 are the same database, one keyring entry


class KeyringUnavailable(AppError):
    """This PC's keyring cannot be used (none installed, locked, refused): nothing was stored or removed."""


def checked_url(text: str) -> str:
    """``text`` as a server database's URL, refused (one clear message) unless it names a PostgreSQL database and
    carries no password. The password is never repeated back in the message."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(text.strip())
    except (ArgumentError, ValueError):
        parsed = None
    if parsed is None or parsed.get_backend_name() != "postgresql" or parsed.get_driver_name() not in ("psycopg", ""):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "{location} is not a server address: write it as postgresql://user@host/database."
            ),
            location=_without_password(text),
        )
    if parsed.password is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "Do not put the password in the server address; store it in this PC's keyring with "
                "dossier-desk server-password --db {location}.",
            ),
            location=_without_password(text),
        )
    if not parsed.database:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{location} names no database: write it as postgresql://user@host/database."),
            location=text.strip(),
        )
    return parsed.render_as_string(hide_password=False)


def _without_password(text: str) -> str:
    # A refused address is repeated in its message; a password typed into it must not be.
    head, at, tail = text.strip().rpartition("@")
    if not at or "://" not in head:
        return text.strip()
    scheme, _, credentials = head.partition("://")
    return f"{scheme}://{credentials.split(':', 1)[0]}@{tail}"


def keyring_name(url: str) -> str:
    """The keyring's user name for the database ``url``: ``user@host:port/database`` (a socket's folder as the
    host), the port always written so that ``host/db`` and ``host:5432/db`` share one entry."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    host = parsed.host or str(parsed.query.get("host", "")) or "localhost"
    return f"{parsed.username or ''}@{host}:{parsed.port or DEFAULT_PORT}/{parsed.database or ''}"


def with_password(url: str, password: str | None) -> str:
    """``url`` carrying ``password`` (kept as it is without one): what ``Desk.open`` connects with. Only in memory:
    the desk names its database without it (``Desk.location``)."""
    if password is None:
        return url
    from sqlalchemy.engine import make_url

    return make_url(url).set(password=password).render_as_string(hide_password=False)


def stored_password(url: str) -> str | None:
    """The password the keyring holds for ``url``, or None; ``KeyringUnavailable`` if the keyring cannot be read."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_name(url))
    except (KeyringError, OSError, RuntimeError) as exc:
        raise _unavailable(exc) from exc


def remember(url: str, password: str) -> None:
    """Keep ``password`` for ``url`` in this PC's keyring (replacing one kept before)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, keyring_name(url), password)
    except (KeyringError, OSError, RuntimeError) as exc:
        raise _unavailable(exc) from exc


def forget(url: str) -> bool:
    """Remove the password kept for ``url``; whether there was one."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, keyring_name(url))
    except PasswordDeleteError:
        return False
    except (KeyringError, OSError, RuntimeError) as exc:
        raise _unavailable(exc) from exc
    return True


def _unavailable(exc: BaseException) -> KeyringUnavailable:
    detail = " ".join(str(exc).split()) or type(exc).__name__
    return KeyringUnavailable(
        QT_TRANSLATE_NOOP("app", "This PC's keyring cannot be used ({detail})."), detail=detail[:200]
    )


def password_for(
    url: str, ask: Callable[[str], str | None] | None = None, note: Callable[[KeyringUnavailable], None] | None = None
) -> str | None:
    """The password to connect to ``url`` with: ``$DOSSIER_DESK_DB_PASSWORD``, else the keyring's, else ``ask``'s
    (given the database as messages show it; None: none asked). A keyring that cannot be read is passed to ``note``
    (the person is told why they are asked) and then ``ask`` is asked, never an error."""
    from_environment = os.environ.get(PASSWORD_ENV)
    if from_environment is not None:
        return from_environment
    try:
        kept = stored_password(url)
    except KeyringUnavailable as exc:
        kept = None
        if note is not None:
            note(exc)
    if kept is not None:
        return kept
    if ask is None:
        return None
    from db.schema import shown_location

    return ask(shown_location(url))


def check_login(url: str) -> None:
    """Connect to ``url`` (with its password) once and leave: ``DatabaseUnusable`` saying what the server refused —
    the user or password, the database's name — or that it cannot be reached. Whether the database holds a dossier
    record is not asked: a password is kept, and a connection tested, before ``init`` makes one in an empty database."""
    from sqlalchemy.exc import DBAPIError

    from app.desk import _server_unreachable  # the same words as a desk that cannot open its server database
    from db.engine import make_server_engine
    from db.schema import shown_location

    engine = make_server_engine(url)
    try:
        with engine.connect():
            pass
    except DBAPIError as exc:
        raise _server_unreachable(exc, shown_location(url)) from exc
    finally:
        engine.dispose()


@dataclass(frozen=True)
class ServerAddress:
    """A server database's address in the parts a person fills in (the window's server dialog)."""

    host: str  # a name, an IP address, or a Unix socket's folder (/run/postgresql)
    port: int
    database: str
    user: str


def address_url(address: ServerAddress) -> str:
    """The URL of ``address`` (no password: that is kept apart), checked as ``--db`` checks one."""
    from sqlalchemy.engine import URL

    host = address.host.strip()
    socket = host.startswith("/")  # a Unix socket's folder: libpq takes it as ``?host=``, not as the URL's host
    url = URL.create(
        "postgresql",
        username=address.user.strip() or None,
        host=None if socket or not host else host,
        port=None if address.port == DEFAULT_PORT else address.port,
        database=address.database.strip() or None,
        query={"host": host} if socket else {},
    )
    return checked_url(url.render_as_string(hide_password=False))


def address_of(url: str) -> ServerAddress:
    """The parts of the server database ``url`` (to fill the dialog in again)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    host = parsed.host or str(parsed.query.get("host", ""))
    return ServerAddress(host, parsed.port or DEFAULT_PORT, parsed.database or "", parsed.username or "")


def url_without_password(url: str) -> str:
    """``url`` as it may be remembered (recent databases, the last one): its password taken out."""
    from sqlalchemy.engine import URL, make_url

    # URL.set(password=None) would keep the password (None there means "unchanged"); the driver is psycopg's anyway,
    # so the address is written as a person types it.
    parsed = make_url(url)
    without = URL.create(parsed.get_backend_name(), parsed.username, None, parsed.host, parsed.port, parsed.database)
    return without.update_query_dict(dict(parsed.query)).render_as_string(hide_password=False)


def login_refused(error: AppError) -> bool:
    """Whether ``error`` (from ``Desk.open``) is the server refusing the user name or password: the one refusal a
    password typed now may cure."""
    return "refused the user name or password" in error.template


def location_of(desk: Desk) -> Path | str:
    """What a window remembers of the database ``desk`` has open (the last one, the recent list): its file, or its
    URL without the password."""
    if not desk.on_server:
        return desk.path
    return url_without_password(desk.engine.url.render_as_string(hide_password=False))


def open_server(url: str, password: str | None) -> Desk:
    """The dossier database ``url`` opened with ``password`` (None: without one) — ``DatabaseUnusable`` as
    ``Desk.open`` says it."""
    from app.desk import Desk

    return Desk.open(with_password(url, password))
