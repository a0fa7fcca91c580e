"""The demo built from the welcome dialog can be cancelled midway: nothing of it is left (issue 14, "never freeze")."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app import jobs
from tests.ui.test_tasks import held_at
from ui.building.welcome_dialog import WelcomeDialog

pytestmark = pytest.mark.qt


def test_cancel_midway_through_the_demo_leaves_no_file_and_the_welcome_answers_again(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    welcome = WelcomeDialog(settings)
    qtbot.addWidget(welcome)
    welcome.demo_dir = tmp_path / "demo"
    welcome.demo_size = {"floors": 2, "units_per_floor": 4, "years": 1}
    welcome.show()
    qtbot.waitExposed(welcome)
    monkeypatch.setattr(jobs, "step", held_at(0.5))  # half the units' tenancies made
    welcome.demo_button.click()
    task = welcome.task
    assert task is not None and not welcome.demo_button.isEnabled()
    qtbot.waitUntil(lambda: welcome.progress is not None and welcome.progress.isVisible(), timeout=10000)
    assert welcome.progress is not None and welcome.progress.isEnabled()  # its Cancel answers
    cancel = welcome.progress.findChild(QPushButton)
    assert cancel is not None and cancel.isEnabled()
    with qtbot.waitSignal(task.failed, timeout=30000) as failed:
        cancel.click()
    assert isinstance(failed.args[0], jobs.JobCancelled)
    assert not (tmp_path / "demo").exists()  # neither the database nor a temporary file, nor the folder
    assert welcome.progress is None and welcome.demo_button.isEnabled() and welcome.isVisible()
    assert welcome.desk is None
