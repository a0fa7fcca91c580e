"""How the fees windows show money and the app's names, and the building and floor choices they share."""

from __future__ import annotations

import contextlib
import warnings

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from app.building import list_buildings, list_floors
from app.desk import Actor, Desk
from app.fees import money_text
from ui.tasks import BackgroundTask, Job


def money(fen: int) -> str:
    """12,345.67, as on receipts (the column header says ¥)."""
    return money_text(fen)


def fees_name(source: str) -> str:
    """One of app/fees' names (BASIS_NAMES, METHOD_NAMES, KIND_NAMES, …), marked in the context "fees"."""
    return QCoreApplication.translate("fees", source)


class PlaceChoice:
    """A building combo ("All buildings" first) and a floor combo ("All floors" first) that follows it."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget, *, with_floor: bool = True) -> None:
        self.desk, self.actor = desk, actor
        self.building = QComboBox(parent)
        self.building.setObjectName("building")
        self.building.addItem(QCoreApplication.translate("PlaceChoice", "All buildings"), None)
        with desk.read(actor) as work:
            for found in list_buildings(work):
                self.building.addItem(found.name, found.id)
        self.floor: QComboBox | None = None
        if with_floor:
            self.floor = QComboBox(parent)
            self.floor.setObjectName("floor")
            self.building.currentIndexChanged.connect(lambda _i: self._fill_floors())
            self._fill_floors()
        if self.building.count() == 2:  # one building: it is the one meant
            self.building.setCurrentIndex(1)

    def _fill_floors(self) -> None:
        if self.floor is None:
            return
        self.floor.blockSignals(True)
        self.floor.clear()
        self.floor.addItem(QCoreApplication.translate("PlaceChoice", "All floors"), None)
        building_id = self.building_id()
        if building_id is not None:
            with self.desk.read(self.actor) as work:
                for found in list_floors(work, building_id):
                    self.floor.addItem(found.label, found.id)
        self.floor.setEnabled(building_id is not None)
        self.floor.blockSignals(False)
        self.floor.currentIndexChanged.emit(0)

    def building_id(self) -> int | None:
        value = self.building.currentData()
        return value if isinstance(value, int) else None

    def floor_id(self) -> int | None:
        value = self.floor.currentData() if self.floor is not None else None
        return value if isinstance(value, int) else None

    def text(self) -> str:
        """The place as the printout's subtitle says it."""
        parts = [self.building.currentText()]
        if self.floor is not None and self.floor_id() is not None:
            parts.append(self.floor.currentText())
        return " ".join(parts)


# Every task a fees window started, kept until it has said it ended. The tasks have no parent: a window deleted
# while its job runs (its main window closed) must not take the task with it, for the worker still emits the end
# (``BackgroundTask.wait`` returns just before that), and "Signal source has been deleted" would be raised there.
_RUNNING: set[BackgroundTask] = set()


def start_task(job: Job, *, writes: bool = False) -> BackgroundTask:
    """A task for ``job`` that outlives the window that started it; connect its signals, then ``start()``."""
    task = BackgroundTask(job, None, writes=writes)
    _RUNNING.add(task)
    task.finished.connect(lambda _result: _RUNNING.discard(task))
    task.failed.connect(lambda _exc: _RUNNING.discard(task))
    return task


def let_go(task: BackgroundTask) -> None:
    """A closing window's task: stopped and waited for; what it says afterwards no longer reaches the window."""
    task.cancel()
    task.wait()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # PySide warns of a signal nothing was connected to
        for signal in (task.progress, task.waiting):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect()
        for signal in (task.finished, task.failed):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect()
    _RUNNING.add(task)  # disconnected above: kept until the end is delivered, then dropped
    task.finished.connect(lambda _result: _RUNNING.discard(task))
    task.failed.connect(lambda _exc: _RUNNING.discard(task))
