"""A keyring for the tests: this PC's real keyring is never touched (and a headless CI machine has none).

``MemoryKeyring`` holds its passwords in a dict, for tests in one process (``keyring.set_keyring``); ``FileKeyring``
keeps them in the JSON file ``$DOSSIER_DESK_TEST_KEYRING``, so that the real ``dossier-desk`` started by a test finds
them too (``PYTHON_KEYRING_BACKEND=tests.keyring_in_file.FileKeyring``). ``BrokenKeyring`` fails as a locked or
missing keyring does.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError

FILE_ENV = "DOSSIER_DESK_TEST_KEYRING"
BACKEND_ENV = "PYTHON_KEYRING_BACKEND"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment] - keyring's own examples set a number on the class

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @staticmethod
    def _file() -> Path:
        return Path(os.environ[FILE_ENV])

    def _read(self) -> dict[str, str]:
        return json.loads(self._file().read_text()) if self._file().exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}|{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._file().write_text(json.dumps({**self._read(), f"{service}|{username}": password}))

    def delete_password(self, service: str, username: str) -> None:
        kept = self._read()
        if kept.pop(f"{service}|{username}", None) is None:
            raise PasswordDeleteError("no such password")
        self._file().write_text(json.dumps(kept))


class BrokenKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the keyring is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("the keyring is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("the keyring is locked")
