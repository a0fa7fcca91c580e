"""Where a server database's password comes from (app/server_password.py), with a keyring of the test's own."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend

from app import server_password
from app.errors import ValidationError
from app.server_password import KEYRING_SERVICE, PASSWORD_ENV, KeyringUnavailable
from tests.keyring_in_file import BrokenKeyring, MemoryKeyring

URL = "postgresql://clerk@db.office/dossier"


@pytest.fixture
def kept(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """This process's keyring, a dict for the test (this PC's own is never touched); no password in the environment."""
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    before: KeyringBackend = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        yield memory
    finally:
        keyring.set_keyring(before)


def test_the_keyring_entry_names_user_host_port_and_database_once_for_either_spelling() -> None:
    assert server_password.keyring_name(URL) == "clerk@db.office:5432/dossier"
    assert server_password.keyring_name("postgresql://clerk@db.office:5432/dossier") == "clerk@db.office:5432/dossier"
    assert server_password.keyring_name("postgresql://clerk@db.office:6543/dossier") == "clerk@db.office:6543/dossier"
    socket = "postgresql+psycopg://clerk@/dossier?host=/run/postgresql"
    assert server_password.keyring_name(socket) == "clerk@/run/postgresql:5432/dossier"


def test_kept_remembered_and_forgotten_in_the_keyring(kept: MemoryKeyring) -> None:
    assert server_password.stored_password(URL) is None
    server_password.remember(URL, "s3cret")
    assert kept.passwords == {(KEYRING_SERVICE, "clerk@db.office:5432/dossier"): "s3cret"}
    assert server_password.stored_password("postgresql://clerk@db.office:5432/dossier") == "s3cret"
    assert server_password.forget(URL) is True
    assert server_password.forget(URL) is False
    assert server_password.stored_password(URL) is None


def test_the_environment_wins_then_the_keyring_then_the_question(
    kept: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def ask(shown: str) -> str:
        asked.append(shown)
        return "typed"

    assert server_password.password_for(URL, ask) == "typed"
    assert asked == ["clerk@db.office/dossier"]  # the database as messages name it
    server_password.remember(URL, "from-keyring")
    assert server_password.password_for(URL, ask) == "from-keyring"
    monkeypatch.setenv(PASSWORD_ENV, "from-env")
    assert server_password.password_for(URL, ask) == "from-env"
    assert len(asked) == 1
    monkeypatch.delenv(PASSWORD_ENV)
    server_password.forget(URL)
    assert server_password.password_for(URL) is None  # nobody to ask: connect without (the server may trust us)


def test_a_keyring_that_cannot_be_used_is_noted_and_the_person_asked(kept: MemoryKeyring) -> None:
    keyring.set_keyring(BrokenKeyring())
    notes: list[KeyringUnavailable] = []
    assert server_password.password_for(URL, lambda _shown: "typed", notes.append) == "typed"
    assert [n.text() for n in notes] == ["This PC's keyring cannot be used (the keyring is locked)."]
    with pytest.raises(KeyringUnavailable):
        server_password.remember(URL, "s3cret")
    with pytest.raises(KeyringUnavailable):
        server_password.forget(URL)


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("postgresql://clerk:s3cret@db.office/dossier", "Do not put the password in the server address"),
        ("postgresql+psycopg://clerk:s3cret@/dossier?host=/run/postgresql", "Do not put the password"),
        ("mysql://clerk:s3cret@db.office/dossier", "is not a server address"),
        ("postgresql+asyncpg://clerk@db.office/dossier", "is not a server address"),
        ("postgresql://clerk@db.office", "names no database"),
    ],
)
def test_an_address_with_a_password_or_not_for_postgresql_is_refused_without_repeating_the_password(
    typed: str, says: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        server_password.checked_url(typed)
    assert says in refused.value.text()
    assert "s3cret" not in refused.value.text()


def test_an_address_is_kept_as_typed_and_the_password_added_only_to_connect() -> None:
    assert server_password.checked_url(" postgresql://clerk@db.office:5433/dossier ") == (
        "postgresql://clerk@db.office:5433/dossier"
    )
    connect = server_password.with_password(URL, "p@ss:word/")
    assert connect != URL and "db.office/dossier" in connect
    from sqlalchemy.engine import make_url

    assert make_url(connect).password == "p@ss:word/"
    assert server_password.with_password(URL, None) == URL


def test_the_dialog_s_parts_make_the_address_and_back() -> None:
    from app.server_password import ServerAddress, address_of, address_url

    office = ServerAddress("db.office", 5432, "dossier", "clerk")
    assert address_url(office) == "postgresql://clerk@db.office/dossier"
    assert address_of(address_url(office)) == office
    other_port = ServerAddress("10.0.0.7", 6543, "大厦档案", "clerk")
    assert address_of(address_url(other_port)) == other_port
    socket = ServerAddress("/run/postgresql", 5432, "dossier", "clerk")
    assert server_password.keyring_name(address_url(socket)) == "clerk@/run/postgresql:5432/dossier"
    assert address_of(address_url(socket)) == socket
    with pytest.raises(ValidationError):
        address_url(ServerAddress("db.office", 5432, " ", "clerk"))


def test_a_remembered_address_has_no_password() -> None:
    remembered = server_password.url_without_password("postgresql+psycopg://clerk:s3cret@db.office/dossier")
    assert "s3cret" not in remembered
    assert server_password.keyring_name(remembered) == "clerk@db.office:5432/dossier"
