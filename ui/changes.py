"""Turning the app layer's change sets into a Qt signal the views listen to."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot

from app.desk import ChangeSet, Desk


class DeskChanges(QObject):
    """Emits ``changed(ChangeSet)`` on the UI thread after each commit to the desk.

    Delivery is queued so a view never reloads in the middle of the action that changed it,
    and a commit made on a worker thread still reaches the widgets on the UI thread.
    """

    changed = Signal(object)
    _committed = Signal(object)

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._committed.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._desk = desk
        self._listener = self._committed.emit
        desk.subscribe(self._listener)

    def detach(self) -> None:
        """Stop listening: a closed window must not stay subscribed to the file it showed."""
        self._desk.unsubscribe(self._listener)

    @Slot(object)
    def _deliver(self, changes: ChangeSet) -> None:
        self.changed.emit(changes)
