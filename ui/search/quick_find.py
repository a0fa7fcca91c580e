"""Quick find: the toolbar box where a clerk types part of a name, a unit, a phone … and opens the dossier.

Results appear as the person types (after a short pause, so a fast typist or a barcode
scanner does not start a search per key) in a list under the box. The keyboard never
leaves the box: Up/Down move in the list, Enter opens, Esc closes the list.

The search itself is a plain function handed in (``Finder``), called with the typed text and a
``cancelled`` question, answering with ``SearchHit`` rows. It runs on a worker thread of the box's
own pool (one search at a time), so typing never waits for the database (a slow disk, a file on a
busy desk); a new keystroke cancels the search before it (``cancelled`` turns true, and the search
stops between its queries), and ``show_hits`` ignores an answer the box has typed past. Enter
before an answer came searches at once, on the UI thread: a barcode scanner types and presses
Enter in one breath, and the search takes milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFocusEvent, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.dossier import DOSSIER_STATUS_NAMES
from app.search import MatchKind, SearchHit
from ui.icons import icon
from ui.tasks import BackgroundTask
from ui.translations import app_text

Cancelled = Callable[[], bool]
Finder = Callable[[str, Cancelled], Sequence[SearchHit]]
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
DEBOUNCE_MS = 150
VISIBLE_ROWS = 8
_Index = QModelIndex | QPersistentModelIndex

_KIND_ICONS: dict[MatchKind, str] = {
    MatchKind.DOSSIER_NUMBER: "match-dossier-number",
    MatchKind.UNIT: "match-unit",
    MatchKind.CUSTOMER: "match-customer",
    MatchKind.FORMER_NAME: "match-former-name",
    MatchKind.CONTACT: "match-contact",
    MatchKind.PHONE: "match-phone",
    MatchKind.DOCUMENT: "match-document",
}


def why_matched(hit: SearchHit) -> str:
    """Why this dossier is in the list, in the clerk's words ("former name: 华强电子")."""
    captions: dict[MatchKind, str] = {
        MatchKind.DOSSIER_NUMBER: QCoreApplication.translate("QuickFind", "dossier number: {text}"),
        MatchKind.UNIT: QCoreApplication.translate("QuickFind", "unit: {text}"),
        MatchKind.CUSTOMER: QCoreApplication.translate("QuickFind", "name: {text}"),
        MatchKind.FORMER_NAME: QCoreApplication.translate("QuickFind", "former name: {text}"),
        MatchKind.CONTACT: QCoreApplication.translate("QuickFind", "contact: {text}"),
        MatchKind.PHONE: QCoreApplication.translate("QuickFind", "phone: {text}"),
        MatchKind.DOCUMENT: QCoreApplication.translate("QuickFind", "document: {text}"),
    }
    return captions[hit.kind].format(text=" ".join(hit.matched.split()))


def hit_status(hit: SearchHit) -> str:
    return app_text("status", DOSSIER_STATUS_NAMES.get(hit.status, hit.status))


def hit_detail(hit: SearchHit) -> str:
    """The quieter second line: status, dossier number, and why it matched unless the title already shows it."""
    parts = [
        hit_status(hit),
        QCoreApplication.translate("QuickFind", "dossier {number}").format(number=hit.dossier_number),
    ]
    if hit.kind not in (MatchKind.CUSTOMER, MatchKind.UNIT, MatchKind.DOSSIER_NUMBER):
        parts.append(why_matched(hit))
    return " · ".join(parts)


def hit_title(hit: SearchHit) -> str:
    return QCoreApplication.translate("QuickFind", "{unit} ({floor})  {customer}").format(
        unit=hit.unit, floor=hit.floor, customer=hit.customer
    )


class SearchResultsModel(QAbstractListModel):
    """The hits of the last search, best first, in the order the app returned them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self.query = ""

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit_title(hit)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return "\n".join(
                (
                    hit_title(hit),
                    QCoreApplication.translate("QuickFind", "Dossier {number}").format(number=hit.dossier_number),
                    hit_status(hit),
                    why_matched(hit),
                )
            )
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(_KIND_ICONS[hit.kind])
        if role == HIT_ROLE:
            return hit
        return None

    def set_hits(self, query: str, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self.query = query
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]


class HitDelegate(QStyledItemDelegate):
    """Two lines a hit: unit and customer in bold; status and why it matched below, quieter."""

    MARGIN = 4
    ICON = 20

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, 2 * metrics.height() + 2 * self.MARGIN + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, SearchHit):
            super().paint(painter, option, index)
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        rect = option.rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        picture = icon(_KIND_ICONS[hit.kind], text_colour)
        icon_rect = QRect(rect.left(), rect.top() + (rect.height() - self.ICON) // 2, self.ICON, self.ICON)
        picture.paint(painter, icon_rect)
        left = icon_rect.right() + 1 + 2 * self.MARGIN
        width = rect.right() - left
        metrics = QFontMetrics(option.font)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        first = QRect(left, rect.top(), width, metrics.height())
        painter.drawText(
            first,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(hit_title(hit), Qt.TextElideMode.ElideRight, width),
        )
        painter.setFont(option.font)
        if not selected:
            painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).darker(130))
        second = QRect(left, first.bottom() + 2, width, metrics.height())
        detail = hit_detail(hit)
        painter.drawText(
            second,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(detail, Qt.TextElideMode.ElideRight, width),
        )
        painter.restore()


class FindPopup(QFrame):
    """The list under the box: a child laid over the window, never taking the keyboard from the box."""

    def __init__(self, model: SearchResultsModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("find-popup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.list = QListView(self)
        self.list.setObjectName("find-results")
        self.list.setModel(model)
        self.list.setItemDelegate(HitDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # clicks choose; typing stays in the box
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setMouseTracking(True)
        self.footer = QLabel(self)
        self.footer.setObjectName("find-footer")
        self.footer.setContentsMargins(6, 2, 6, 4)
        self.footer.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(self.list)
        layout.addWidget(self.footer)
        self.hide()


class QuickFind(QLineEdit):
    """The quick-find box; ``dossier_chosen(dossier_id)`` when the person picks a hit."""

    dossier_chosen = Signal(int)
    left = Signal()  # Esc in an empty box: the window puts the focus back where the work is
    search_failed = Signal(object)  # the exception a search raised (on the worker), for the window to say

    def __init__(self, finder: Finder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finder = finder
        self.setObjectName("quick-find")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Find company, former name, unit, contact, phone, document…"))
        self.setToolTip(
            self.tr(
                "Quick find (Ctrl+F): type part of a name or its pinyin initials, a unit number, a phone number … "
                "Enter opens the dossier."
            )
        )
        self.addAction(icon("find"), QLineEdit.ActionPosition.LeadingPosition)
        self.setMinimumWidth(260)
        self.setMaximumWidth(480)  # a search box, not a second title bar
        self.results = SearchResultsModel(self)
        self._popup: FindPopup | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._search_now)
        self.textChanged.connect(self._typed)
        # Made before any task (children are deleted in order): deleting the box waits for a running search.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._asked = 0  # which search is the current one; an earlier one is cancelled
        self._tasks: set[BackgroundTask] = set()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), 380), hint.height())

    # -- the popup ------------------------------------------------------------------------------

    @property
    def popup(self) -> FindPopup:
        """Made on first use, over the window the box ended up in (a toolbar is built before it is placed)."""
        if self._popup is None:
            window = self.window()
            self._popup = FindPopup(self.results, window)
            self._popup.list.clicked.connect(self._clicked)
            window.installEventFilter(self)
        return self._popup

    def popup_visible(self) -> bool:
        return self._popup is not None and self._popup.isVisible()

    def hide_popup(self) -> None:
        if self._popup is not None:
            self._popup.hide()

    def _place_popup(self) -> None:
        popup = self.popup
        window = popup.parentWidget()
        assert window is not None
        rows = min(max(self.results.rowCount(), 1), VISIBLE_ROWS)
        row_height = popup.list.sizeHintForRow(0) if self.results.rowCount() else 0
        height = rows * row_height + popup.footer.sizeHint().height() + 4 if row_height else 0
        height = height or popup.footer.sizeHint().height() + 4
        popup.list.setVisible(self.results.rowCount() > 0)
        width = max(self.width(), 440)
        top_left = self.mapTo(window, QPoint(0, self.height()))
        left = min(top_left.x(), max(0, window.width() - width))
        height = min(height, max(60, window.height() - top_left.y() - 4))
        popup.setGeometry(left, top_left.y() + 1, min(width, window.width()), height)
        popup.raise_()
        popup.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The popup is laid over the window, so it must follow when the window changes size.
        moved = event.type() in (QEvent.Type.Resize, QEvent.Type.Move)
        if watched is self.window() and moved and self.popup_visible():
            self._place_popup()
        return super().eventFilter(watched, event)

    # -- searching ------------------------------------------------------------------------------

    @Slot(str)
    def _typed(self, text: str) -> None:
        if text.strip():
            self.timer.start()
        else:
            self.timer.stop()
            self.results.set_hits("", [])
            self.hide_popup()

    @Slot()
    def _search_now(self) -> None:
        """Start searching for the text in the box on the worker; the answer comes to ``show_hits``."""
        self.timer.stop()
        query = self.text().strip()
        if not query:
            return
        self._asked += 1
        asked = self._asked

        def cancelled() -> bool:  # asked on the worker: reading an int is safe there
            return self._asked != asked

        task = BackgroundTask(lambda _progress: self.finder(query, cancelled), self)
        task.finished.connect(lambda hits: self._answered(task, query, hits))
        task.failed.connect(lambda error: self._answered(task, query, None, error))
        self._tasks.add(task)
        task.start(self._pool)

    def _answered(
        self, task: BackgroundTask, query: str, hits: Sequence[SearchHit] | None, error: object = None
    ) -> None:
        self._tasks.discard(task)
        task.deleteLater()
        if error is not None:
            self.search_failed.emit(error)
        elif hits is not None:
            self.show_hits(query, hits)

    def searching(self) -> bool:
        """Whether a search is still running (tests wait for it)."""
        return bool(self._tasks)

    def _search_here(self) -> None:
        """Search at once on the UI thread (Enter before the answer came), cancelling any search under way."""
        self.timer.stop()
        self._asked += 1
        query = self.text().strip()
        if query:
            self.show_hits(query, self.finder(query, lambda: False))

    def show_hits(self, query: str, hits: Sequence[SearchHit]) -> None:
        """Show the answer to ``query``, unless the box has moved on to other text meanwhile."""
        if query != self.text().strip():
            return
        self.results.set_hits(query, hits)
        footer = self.popup.footer
        if hits:
            footer.setText(self.tr("%n dossier(s) — ↑↓ choose, Enter opens, Esc closes", "", len(hits)))
            self.popup.list.setCurrentIndex(self.results.index(0, 0))
        else:
            footer.setText(self.tr("No dossier matches “{text}”.").format(text=query))
        if self.hasFocus():
            self._place_popup()

    def current_hit(self) -> SearchHit | None:
        if self._popup is None or not self.results.rowCount():
            return None
        index = self._popup.list.currentIndex()
        row = index.row() if index.isValid() else 0
        return self.results.hit(row)

    def choose(self) -> None:
        """Open the highlighted hit, or the best one; search first if the pause has not passed yet."""
        if self.timer.isActive() or self.results.query != self.text().strip():
            try:
                self._search_here()
            except Exception as error:  # said by the window, as a search on the worker would be
                self.search_failed.emit(error)
                return
        hit = self.current_hit()
        if hit is None:
            return
        self.hide_popup()
        self.clear()
        self.dossier_chosen.emit(hit.dossier_id)

    @Slot(QModelIndex)
    def _clicked(self, index: QModelIndex) -> None:
        self.popup.list.setCurrentIndex(index)
        self.choose()

    # -- keys -----------------------------------------------------------------------------------

    def _move(self, step: int) -> None:
        rows = self.results.rowCount()
        if not rows:
            return
        if not self.popup_visible():
            self._place_popup()
            return
        current = self.popup.list.currentIndex()
        row = min(max((current.row() if current.isValid() else -1) + step, 0), rows - 1)
        self.popup.list.setCurrentIndex(self.results.index(row, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        steps = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: VISIBLE_ROWS - 1,
            Qt.Key.Key_PageUp: -(VISIBLE_ROWS - 1),
        }
        if key in steps and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._move(steps[Qt.Key(key)])
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.choose()
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            if self.popup_visible():
                self.hide_popup()
            elif self.text():
                self.clear()
            else:
                self.left.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # Esc must reach keyPressEvent even where a window-wide Esc shortcut exists (close the dossier).
        override = event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
        if override and event.key() == Qt.Key.Key_Escape and (self.popup_visible() or self.text()):
            event.accept()
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.text().strip() and self.results.rowCount() and self.results.query == self.text().strip():
            self._place_popup()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # A click on the list does not take focus (NoFocus), so losing focus means the person went elsewhere.
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.hide_popup()
