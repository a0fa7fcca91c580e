from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.building.welcome_places import Places, installed_pc


@pytest.fixture
def places(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Places:
    """The program's folder as the working directory; the user's data and Documents folders in ``tmp_path``."""
    return installed_pc(monkeypatch, tmp_path)
