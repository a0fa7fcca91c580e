"""The guide as a main window uses it: Help ▸ User guide opens the index, F1 anywhere in the window, its dialogs
and wizards opens the page for the screen in front."""

from __future__ import annotations

from weakref import WeakSet

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from ui.help.help_window import HelpWindow
from ui.help.topics import topic_for

_OWNERS: WeakSet[QWidget] = WeakSet()  # every window with a guide: F1 in one of them is that one's to answer


class UserGuide(QObject):
    """A main window's guide: one help window, made when first asked for, and the F1 key for its screens."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.owner = owner
        self.window: HelpWindow | None = None
        self.installed = False
        _OWNERS.add(owner)

    def show(self, topic: str) -> HelpWindow:
        """The help window in front on ``topic``; the same window each time."""
        if self.window is None:
            # A window of its own (no parent): a dialog opened with open() blocks only the desk's windows.
            self.window = HelpWindow()
            self.window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.window.show_topic(topic)
        return self.window

    def install(self) -> None:
        """Listen for F1 in the whole application (dialogs included), until ``close``."""
        app = QApplication.instance()
        if app is not None and not self.installed:
            app.installEventFilter(self)
            self.installed = True

    def close(self) -> None:
        app = QApplication.instance()
        if app is not None and self.installed:
            app.removeEventFilter(self)
        self.installed = False
        _OWNERS.discard(self.owner)
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the program passes here: the cheap class test first (type() builds an enum each call).
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        if event.key() != Qt.Key.Key_F1 or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        start = watched if isinstance(watched, QWidget) else QApplication.focusWidget() or QApplication.activeWindow()
        if start is None or not self._answers_for(start):
            return False
        self.show(topic_for(start))
        return True

    def _answers_for(self, widget: QWidget) -> bool:
        """F1 in this window or what it opened; in another main window, that one answers; in the help window
        itself, nothing to do."""
        while widget is not None:
            if isinstance(widget, HelpWindow):
                return False
            if widget is self.owner:
                return True
            if widget in _OWNERS:
                return False
            widget = widget.parentWidget()
        return True  # a window of nobody's (a parentless dialog): the newest guide answers
