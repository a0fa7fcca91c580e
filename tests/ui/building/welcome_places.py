"""A PC as the installed program sees it, inside a test's folder: the program's own folder as the working directory
(started from the Start menu), and the user's data and Documents folders, so the real user's are never touched."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs
import pytest

from ui.places import APP_DIR_NAME


@dataclass(frozen=True)
class Places:
    program: Path  # the working directory: where nothing may be written or a dialog start
    data: Path  # platformdirs.user_data_dir("DossierDesk"): not made until something goes there
    documents: Path


def installed_pc(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Places:
    program = tmp_path / "Program Files" / "Dossier Desk"
    program.mkdir(parents=True)
    documents = tmp_path / "用户" / "Documents"
    documents.mkdir(parents=True)
    data = tmp_path / "用户" / "AppData" / "Local" / APP_DIR_NAME

    def user_data_dir(appname: str | None = None, *_args: object, **_kwargs: object) -> str:
        assert appname == APP_DIR_NAME
        return str(data)

    monkeypatch.setattr(platformdirs, "user_data_dir", user_data_dir)
    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(documents))
    monkeypatch.chdir(program)
    return Places(program, data, documents)
