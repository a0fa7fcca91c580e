"""Scan to open: a USB barcode scanner "types" the dossier number fast, then Enter.

The listener watches key presses application-wide. While the focus is not in a text field
being edited, it remembers printable keys that arrive less than ``BURST_MS`` apart; an Enter
that ends such a burst of at least ``MIN_LENGTH`` characters is a scan: it is swallowed and
the number is handed to ``open_number``. Every other key goes on untouched, so normal typing,
shortcuts and Enter on the floor grid keep working. The clock is injectable for tests.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

BURST_MS = 60.0
MIN_LENGTH = 4
Clock = Callable[[], float]  # milliseconds, monotonic


def monotonic_ms() -> float:
    return time.monotonic() * 1000.0


def editing_text(widget: QWidget | None) -> bool:
    """Whether ``widget`` is a text input the person can type into now."""
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return not widget.isReadOnly()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    return False


class ScanListener(QObject):
    """An application event filter that turns a scanner's burst of keys into ``open_number(text)``.

    ``open_number`` returns whether it recognised the number; the Enter ending a burst is
    swallowed either way (a scan must not also open whatever card happens to be selected).
    """

    def __init__(
        self,
        window: QWidget,
        open_number: Callable[[str], bool],
        clock: Clock = monotonic_ms,
        parent: QObject | None = None,
        also_in: Callable[[], Sequence[QWidget]] = tuple,
    ) -> None:
        super().__init__(parent or window)
        self.window = window
        # Other windows that listen too (the archive browser, where a clerk scans one box label after another).
        self.also_in = also_in
        self.open_number = open_number
        self.clock = clock
        self.buffer = ""
        self.last_at: float | None = None
        self.enter_at: float | None = None  # when the Enter's shortcut check ran, for its key press
        self.scans: list[str] = []  # what was recognised as a scan, for the curious (and tests)

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def reset(self) -> None:
        self.buffer = ""
        self.last_at = None
        self.enter_at = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent):  # every event of the program passes here: the cheap test first
            return False
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(watched, QWidget) or (
            watched.window() is not self.window and watched.window() not in self.also_in()
        ):
            return False
        focus = QApplication.focusWidget()
        if focus is not None and watched is not focus:
            return False  # the same press passed on to a parent: seen already
        if editing_text(focus):
            self.reset()
            return False
        if kind == QEvent.Type.ShortcutOverride:
            return self.shortcut_override(event)
        return self.key_pressed(event)

    def _ends_scan(self, now: float, event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        fast = self.last_at is not None and now - self.last_at < BURST_MS
        return fast and len(self.buffer) >= MIN_LENGTH and modifiers == Qt.KeyboardModifier.NoModifier

    def shortcut_override(self, event: QKeyEvent) -> bool:
        """An Enter ending a scan must reach us as a key press, not trigger a shortcut (e.g. "edit contact")."""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        self.enter_at = self.clock()
        if self._ends_scan(self.enter_at, event):
            event.accept()
            return True
        return False

    def key_pressed(self, event: QKeyEvent) -> bool:
        """Record one key; True swallows it (only the Enter that ends a scan)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            now = self.enter_at if self.enter_at is not None else self.clock()
            self.enter_at = None
            text = self.buffer
            scanned = self._ends_scan(now, event)
            self.reset()
            if not scanned:
                return False
            self.scans.append(text)
            self.open_number(text)
            return True
        now = self.clock()
        fast = self.last_at is not None and now - self.last_at < BURST_MS
        modifiers = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        text = event.text()
        if not text or not text.isprintable():
            if event.key() in (Qt.Key.Key_Shift, Qt.Key.Key_unknown):
                return False  # a scanner may press Shift for capitals: not a break in the burst
            self.reset()
            return False
        if modifiers != Qt.KeyboardModifier.NoModifier:
            self.reset()
            return False
        self.buffer = self.buffer + text if fast else text
        self.last_at = now
        return False
