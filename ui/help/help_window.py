"""The user guide's window: the topics on the left, the page on the right, a box that narrows the topics to those
mentioning a word. One per main window, never modal to the desk: a clerk reads it beside the work."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.help.topics import HELP, TOPICS, help_language, title_of, topic_text

TOPIC_ROLE = Qt.ItemDataRole.UserRole


class HelpWindow(QWidget):
    """The guide in one language; ``show_topic`` brings it to the front on a page."""

    def __init__(self, language: str | None = None, folder: Path = HELP, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.language = language or help_language()
        self.folder = folder
        self.setObjectName("help-window")
        self.setWindowTitle(self.tr("User guide — Dossier Desk"))
        self.pages = {topic: topic_text(topic, self.language, folder) for topic in TOPICS}

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("help-search")
        self.search_edit.setPlaceholderText(self.tr("Find in the guide"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.filter_topics)
        self.search_edit.returnPressed.connect(self.find_next)
        self.topic_list = QListWidget(self)
        self.topic_list.setObjectName("help-topics")
        for topic in TOPICS:
            item = QListWidgetItem(title_of(self.pages[topic], topic), self.topic_list)
            item.setData(TOPIC_ROLE, topic)
        self.topic_list.currentItemChanged.connect(self._item_chosen)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("help-page")
        self.browser.setOpenLinks(False)  # links between topics are ours to follow; the rest go to the system
        self.browser.anchorClicked.connect(self.follow_link)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.topic_list)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 640])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        # Never larger than the screen: a 1024×768 desk sees the whole window.
        available = self.screen().availableGeometry()
        self.resize(min(900, available.width() - 40), min(640, available.height() - 60))
        self.topic = ""

    def show_topic(self, topic: str) -> None:
        """Show ``topic`` (the index when unknown) and bring the window to the front. Over a modal dialog the
        window is modal itself for a while, or the dialog would keep it from being scrolled or clicked."""
        if topic not in self.pages:
            topic = TOPICS[0]
        self.search_edit.clear()
        self._select(topic)
        modality = (
            Qt.WindowModality.ApplicationModal
            if QApplication.activeModalWidget() not in (None, self)
            else Qt.WindowModality.NonModal
        )
        if modality != self.windowModality():
            self.hide()  # Qt takes a new modality only while hidden
            self.setWindowModality(modality)
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def _select(self, topic: str) -> None:
        for row in range(self.topic_list.count()):
            item = self.topic_list.item(row)
            if item.data(TOPIC_ROLE) == topic:
                self.topic_list.setCurrentItem(item)
        self._load(topic)

    def _load(self, topic: str) -> None:
        if topic == self.topic:
            return
        self.topic = topic
        self.browser.setMarkdown(self.pages[topic])
        self.browser.verticalScrollBar().setValue(0)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _item_chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self._load(current.data(TOPIC_ROLE))

    @Slot(QUrl)
    def follow_link(self, url: QUrl) -> None:
        if url.scheme() in ("", "file") and url.path().endswith(".md"):
            topic = Path(url.path()).stem
            self.search_edit.clear()
            self._select(topic if topic in self.pages else TOPICS[0])
        else:
            QDesktopServices.openUrl(url)

    @Slot(str)
    def filter_topics(self, text: str) -> None:
        """Only the topics that mention ``text`` (any case); the page in front shows its first mention."""
        needle = text.strip().casefold()
        for row in range(self.topic_list.count()):
            item = self.topic_list.item(row)
            item.setHidden(bool(needle) and needle not in self.pages[item.data(TOPIC_ROLE)].casefold())
        current = self.topic_list.currentItem()
        if needle and (current is None or current.isHidden()):
            shown = [self.topic_list.item(r) for r in range(self.topic_list.count())]
            first = next((item for item in shown if not item.isHidden()), None)
            if first is not None:
                self.topic_list.setCurrentItem(first)
        if needle:
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
            self.browser.find(text.strip())

    @Slot()
    def find_next(self) -> None:
        text = self.search_edit.text().strip()
        if text and not self.browser.find(text):
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)  # from the top again
            self.browser.find(text)

    def visible_topics(self) -> list[str]:
        return [
            self.topic_list.item(r).data(TOPIC_ROLE)
            for r in range(self.topic_list.count())
            if not self.topic_list.item(r).isHidden()
        ]

    def page_text(self) -> str:
        return self.browser.document().toPlainText()
