"""``dossier-desk init URL``: the schema and the first administrator on a server, both or neither."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.cli import setup as setup_command
from app.desk import Desk
from app.people import users
from tests.keyring_in_file import BACKEND_ENV, FILE_ENV

ADMIN_PASSWORD = "init-pass-1"


@pytest.fixture(autouse=True)
def no_prompts(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The passwords from the environment, the keyring an empty file of the test's own (never this PC's)."""
    monkeypatch.setenv("DOSSIER_DESK_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv(BACKEND_ENV, "tests.keyring_in_file.FileKeyring")
    monkeypatch.setenv(FILE_ENV, str(tmp_path / "keyring.json"))


def test_an_init_that_fails_after_the_schema_leaves_the_server_database_empty_for_the_next(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = pg_url.replace("postgresql+psycopg://", "postgresql://")

    def server_went_away(*_args: object, **_kwargs: object) -> None:
        raise ConnectionResetError("the server closed the connection")

    original = setup_command.people.create_first_admin
    monkeypatch.setattr(setup_command.people, "create_first_admin", server_went_away)
    assert main(["init", url, "--admin", "boss"]) == 1  # said on one line (the command line's own test)
    monkeypatch.setattr(setup_command.people, "create_first_admin", original)

    # Nothing of the failed init is left in the way: the next one makes the schema and its administrator.
    assert main(["init", url, "--admin", "boss"]) == 0
    with Desk.open(pg_url) as desk:
        assert users.log_in(desk, "boss", ADMIN_PASSWORD).login == "boss"
