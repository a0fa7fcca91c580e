"""Dossier labels are made on a worker (a label with its code takes ~25 ms, a floor's half a second or more):
the dialog keeps ticking, and Cancel midway leaves no PDF and records nothing (issue 14, "never freeze")."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app import jobs
from app.desk import Actor, Desk
from app.tenancy import labels
from tests.ui.archive.test_archive_never_freezes import LONGEST_WAIT_MS
from tests.ui.dossier.test_dossier import wait_shown
from tests.ui.fresh import in_a_fresh_process
from tests.ui.test_tasks import Timed, held_at, press_cancel, ticking
from ui.printing.print_preview import PrintPreviewDialog
from ui.tenancy import labels_dialog
from ui.tenancy.labels_dialog import TO_REPRINT, LabelsDialog

pytestmark = [pytest.mark.qt, in_a_fresh_process]  # tests/ui/fresh.py


@pytest.fixture
def dialog(qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor, settings: QSettings) -> LabelsDialog:
    with demo_desk.read(None) as work:
        every_live = [row.dossier_id for row in labels.labels_for(work, to_reprint=True)]
        every_live += [row.dossier_id for row in labels.label_check(work)]
    assert every_live, "the demo has labels to print"
    dialog = LabelsDialog(demo_desk, demo_clerk, settings, initial=TO_REPRINT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def leftovers(dialog: LabelsDialog) -> list[Path]:
    return sorted(Path(dialog._folder.name).iterdir()) if dialog._folder is not None else []


def test_the_dialog_keeps_ticking_while_the_labels_are_made(
    dialog: LabelsDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    timed = Timed()
    monkeypatch.setattr(labels_dialog, "print_labels", timed.wrap(labels_dialog.print_labels))
    with ticking() as ticks:
        assert dialog.build()
        assert not dialog.build()  # one at a time
        preview = wait_shown(qtbot, dialog, PrintPreviewDialog)
    gaps = ticks.during(timed.start, timed.end)
    print(f"labels {(timed.end - timed.start) * 1000:.0f} ms, longest wait {max(gaps):.0f} ms")
    assert max(gaps) < LONGEST_WAIT_MS
    assert preview.page_count() >= 1
    preview.reject()


def test_cancel_midway_leaves_no_labels_file_and_records_nothing(
    dialog: LabelsDialog, qtbot: QtBot, demo_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_desk.read(None) as work:
        waiting = labels.label_check(work)
    monkeypatch.setattr(jobs, "step", held_at(0))  # the demo has few labels to reprint: held at the first
    assert dialog.build()
    task = dialog.task
    assert task is not None
    with qtbot.waitSignal(task.failed, timeout=20000) as failed:
        press_cancel(qtbot, dialog, task)
    assert isinstance(failed.args[0], jobs.JobCancelled)
    qtbot.waitUntil(lambda: dialog.task is None)
    assert dialog.preview is None and leftovers(dialog) == [] and not dialog.error.isVisible()
    assert dialog.preview_button.isEnabled()  # ready to try again
    with demo_desk.read(None) as work:
        assert labels.label_check(work) == waiting
