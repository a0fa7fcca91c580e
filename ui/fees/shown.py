"""How the fees windows show money and the app's names, and the building and floor choices they share."""

from __future__ import annotations

import contextlib
import warnings

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from app.building import list_buildings, list_floors
from app.desk import Actor, Desk
from app.fees.money import money_text
from ui.tasks import BackgroundTask


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


# Tasks of windows that closed while their job still ran, kept until the job has said it ended.
_LET_GO: set[BackgroundTask] = set()


def let_go(task: BackgroundTask) -> None:
    """A closing window's task: stopped and waited for, then kept alive apart from the window until it ends.

    ``BackgroundTask.wait`` returns just before the worker emits ``finished``/``failed``; a task still parented to a
    window being deleted would be gone by then ("Signal source has been deleted"). Its signals no longer reach the
    window either."""
    task.cancel()
    task.wait()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # PySide warns of a signal nothing was connected to
        for signal in (task.finished, task.failed, task.progress, task.waiting):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect()
    task.setParent(None)
    _LET_GO.add(task)
    task.finished.connect(lambda _result: _LET_GO.discard(task))
    task.failed.connect(lambda _exc: _LET_GO.discard(task))
