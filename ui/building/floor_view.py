"""A floor as a grid of unit cards: number, current tenant, status colour, badges (the clerk's map of the building)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.building import STATUS_NAMES, FloorInfo, UnitCard, UnitStatus
from app.fees import BAND_NAMES, band_of, money_text
from ui.flow_layout import FlowLayout
from ui.icons import icon
from ui.loans import lent_text

CARD_ROLE = Qt.ItemDataRole.UserRole + 1
# Card sizes the clerk can choose in Settings; "normal" fits 8 units a floor in one row on a
# 1366 px screen beside the unit panel, with room for a two-line company name.
CARD_SIZES: dict[str, QSize] = {
    "small": QSize(112, 80),
    "normal": QSize(132, 92),
    "large": QSize(176, 112),
}
CARD_SIZE_KEY = "ui/card_size"
DEFAULT_CARD_SIZE = "normal"
CARD_SIZE = CARD_SIZES[DEFAULT_CARD_SIZE]
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class StatusColours:
    band: QColor  # strong colour: band, border, legend swatch
    fill: QColor  # light tint behind dark text (contrast above 10:1)


STATUS_COLOURS: dict[UnitStatus, StatusColours] = {
    UnitStatus.VACANT: StatusColours(QColor("#6b6b6b"), QColor("#efefef")),
    UnitStatus.OCCUPIED: StatusColours(QColor("#2e7d32"), QColor("#e2f1e3")),
    UnitStatus.FITTING_OUT: StatusColours(QColor("#b36b00"), QColor("#fff1d0")),
    UnitStatus.MOVING_OUT: StatusColours(QColor("#c0392b"), QColor("#fbe3e0")),
}
TEXT_COLOUR = QColor("#1b1b1b")


@dataclass(frozen=True)
class CardBadge:
    """Something about a unit's dossier that needs the clerk's attention, drawn as a pill on the card.

    Every kind of attention item (unfiled documents now; missing required documents, arrears
    later) is one more entry in ``card_badges``; the delegate, the tooltip and the legend
    draw whatever that function returns, so a new kind needs no painting code.
    """

    kind: str  # a key of ui.icons.NAMES after "badge-"
    count: int
    colour: QColor
    tooltip: str
    text: str = ""  # shown instead of the count (a loan: "Lent")

    @property
    def shown(self) -> str:
        return self.text or str(self.count)


BADGE_COLOURS: dict[str, QColor] = {
    "missing": QColor("#6a1b9a"),  # purple: a paper the dossier must hold is not there
    "unfiled": QColor("#1565c0"),  # blue: to do, not wrong (red is already "moving out")
    "lent": QColor("#00695c"),  # teal: the folder is not in the cabinet (R8), nothing wrong with it
    "arrears": QColor("#b71c1c"),  # deep red: money overdue (the legend shows the highest band's colour)
}
# issue 15: the arrears badge's colour says how much is overdue (app.fees.ageing.BANDS), darker for more; each
# keeps white text readable (contrast above 4.5:1).
ARREARS_COLOURS: dict[str, QColor] = {
    "low": QColor("#a35200"),  # brown-orange: under ¥1,000
    "medium": QColor("#c62828"),  # red
    "high": QColor("#7f0000"),  # dark red: ¥10,000 or more
}


def badge_caption(kind: str) -> str:
    """What a badge kind means, for the legend."""
    captions = {
        "missing": QCoreApplication.translate("UnitCardModel", "Papers missing"),
        "unfiled": QCoreApplication.translate("UnitCardModel", "Not filed"),
        "lent": QCoreApplication.translate("UnitCardModel", "Out on loan"),
        "arrears": QCoreApplication.translate("UnitCardModel", "In arrears"),
    }
    return captions[kind]


def card_badges(card: UnitCard) -> list[CardBadge]:
    badges: list[CardBadge] = []
    if card.missing_documents > 0:
        badges.append(
            CardBadge(
                "missing",
                card.missing_documents,
                BADGE_COLOURS["missing"],
                QCoreApplication.translate("UnitCardModel", "Move-in checklist papers missing: {count}").format(
                    count=card.missing_documents
                ),
            )
        )
    if card.unfiled_documents > 0:
        badges.append(
            CardBadge(
                "unfiled",
                card.unfiled_documents,
                BADGE_COLOURS["unfiled"],
                QCoreApplication.translate(
                    "UnitCardModel", "Documents without a paper location (not filed): {count}"
                ).format(count=card.unfiled_documents),
            )
        )
    if card.lent_to:
        badges.append(
            CardBadge(
                "lent",
                1,
                BADGE_COLOURS["lent"],
                lent_text(card.lent_to, card.lent_since),
                QCoreApplication.translate("UnitCardModel", "Lent"),
            )
        )
    band = band_of(card.arrears_fen)
    if band is not None:
        badges.append(
            CardBadge(
                "arrears",
                1,
                ARREARS_COLOURS[band],
                QCoreApplication.translate("UnitCardModel", "Overdue: ¥{amount} ({band})").format(
                    amount=money_text(card.arrears_fen), band=QCoreApplication.translate("fees", BAND_NAMES[band])
                ),
                QCoreApplication.translate("UnitCardModel", "¥"),
            )
        )
    return badges


def status_name(status: UnitStatus) -> str:
    return QCoreApplication.translate("status", STATUS_NAMES[status])


def card_tooltip(card: UnitCard) -> str:
    lines = [
        QCoreApplication.translate("UnitCardModel", "Unit {number} ({floor})").format(
            number=card.number, floor=card.floor
        ),
        card.customer or QCoreApplication.translate("UnitCardModel", "No tenant"),
        status_name(card.status),
    ]
    if card.dossier_number:
        lines.append(QCoreApplication.translate("UnitCardModel", "Dossier {number}").format(number=card.dossier_number))
    lines.extend(badge.tooltip for badge in card_badges(card))
    return "\n".join(lines)


def badge_width(font: QFont, badge: CardBadge, height: int) -> int:
    icon_size = _icon_size(badge, height)
    return 4 + icon_size + (2 if icon_size else 0) + QFontMetrics(font).horizontalAdvance(badge.shown) + 5


# Badges that are a word alone, without an icon: the arrears badge ("欠") is on many cards beside others, and an
# icon would push it over the unit's number.
WORD_ONLY_BADGES = frozenset({"arrears"})


def _icon_size(badge: CardBadge, height: int) -> int:
    return 0 if badge.kind in WORD_ONLY_BADGES else height - 4


_BADGE_PIXMAPS: dict[tuple[str, int, float], QPixmap] = {}


def _badge_pixmap(kind: str, size: int, dpr: float) -> QPixmap:
    """A badge's white icon, drawn once per size: every card of every paint asks for it (the icon font is slow)."""
    key = (kind, size, dpr)
    pixmap = _BADGE_PIXMAPS.get(key)
    if pixmap is None:
        pixmap = icon(f"badge-{kind}", QColor("white")).pixmap(QSize(size, size), dpr)
        _BADGE_PIXMAPS[key] = pixmap
    return pixmap


def draw_badges(painter: QPainter, font: QFont, badges: Sequence[CardBadge], right: int, top: int, height: int) -> int:
    """Draw pills (icon + count) right to left ending at ``right``; return the left edge of the first one."""
    height = min(height, QFontMetrics(font).height() + 4)
    left = right + 1
    for badge in badges:
        width = badge_width(font, badge, height)
        left -= width
        pill = QRect(left, top, width, height)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(badge.colour)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        icon_size = _icon_size(badge, height)
        if icon_size:
            dpr = painter.device().devicePixelRatioF() if painter.device() else 1.0
            pixmap = _badge_pixmap(badge.kind, icon_size, dpr)
            painter.drawPixmap(QRect(left + 4, top + 2, icon_size, icon_size), pixmap)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        gap = 2 if icon_size else 0
        text_rect = QRect(left + 4 + icon_size + gap, top, width - icon_size - gap - 4, height)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, badge.shown)
        painter.restore()
        left -= 3
    return left + 3


class UnitCardModel(QAbstractListModel):
    """The unit cards of one floor, in the order the app returns them."""

    def __init__(self, floor: FloorInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.floor = floor
        self._cards: list[UnitCard] = []
        self.loaded = False

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.number
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return card_tooltip(card)
        if role == CARD_ROLE:
            return card
        return None

    def card(self, row: int) -> UnitCard:
        return self._cards[row]

    def cards(self) -> Sequence[UnitCard]:
        return tuple(self._cards)

    def unit_ids(self) -> set[int]:
        return {c.unit_id for c in self._cards}

    def set_cards(self, cards: Iterable[UnitCard]) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self.loaded = True
        self.endResetModel()

    def update_cards(self, cards: Iterable[UnitCard]) -> None:
        """Replace the cards of the units given, in place (a change elsewhere touched them)."""
        rows = {c.unit_id: row for row, c in enumerate(self._cards)}
        for card in cards:
            row = rows.get(card.unit_id)
            if row is not None and self._cards[row] != card:
                self._cards[row] = card
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)


class UnitCardDelegate(QStyledItemDelegate):
    """Paints a card: coloured status band, unit number in bold, badges, tenant on up to two lines, status."""

    PADDING = 6
    BAND = 6

    def __init__(self, size: QSize = CARD_SIZE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.size = size
        self._font_cache: dict[str, tuple[QFont, QFont, int, int, int]] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return self.size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, UnitCard):
            super().paint(painter, option, index)
            return
        colours = STATUS_COLOURS[card.status]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(2, 2, -2, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.fill)
        painter.drawRoundedRect(rect, 4, 4)
        band = QRect(rect.left(), rect.top(), rect.width(), self.BAND)
        painter.setBrush(colours.band)
        painter.drawRoundedRect(band, 3, 3)
        painter.drawRect(band.adjusted(0, self.BAND // 2, 0, 0))
        border = option.palette.color(QPalette.ColorRole.Highlight) if selected else colours.band
        painter.setPen(QPen(border, 3 if selected else 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 4, 4)

        inner = rect.adjusted(self.PADDING, self.BAND + 3, -self.PADDING, -4)
        bold, small, number_height, small_height, line_spacing = self._fonts(option.font)
        # Badges sit at the right of the number line, so they never cover the tenant's name.
        badges_left = draw_badges(painter, small, card_badges(card), inner.right(), inner.top(), number_height)
        painter.setPen(TEXT_COLOUR)
        painter.setFont(bold)
        painter.drawText(
            QRect(inner.left(), inner.top(), max(0, badges_left - inner.left() - 2), number_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            card.number,
        )
        painter.setFont(small)
        painter.setPen(colours.band.darker(150))
        # Out on loan (R8): who has the folder since when, on the status line, where the eye looks for the state.
        status = status_name(card.status)
        if card.lent_to:
            status = f"{lent_text(card.lent_to, card.lent_since)}"
        painter.drawText(
            QRect(inner.left(), inner.bottom() - small_height + 1, inner.width(), small_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(small).elidedText(status, Qt.TextElideMode.ElideRight, inner.width()),
        )
        if card.customer:
            painter.setFont(option.font)
            painter.setPen(TEXT_COLOUR)
            top = inner.top() + number_height + 1
            lines = max(1, (inner.bottom() - small_height - top) // line_spacing)
            self._draw_name(painter, option.font, card.customer, inner.left(), top, inner.width(), lines)
        painter.restore()

    def _fonts(self, font: QFont) -> tuple[QFont, QFont, int, int, int]:
        """The card's bold number font, its small status font and their heights, made once per view font."""
        key = font.key()
        fonts = self._font_cache.get(key)
        if fonts is None:
            bold = QFont(font)
            bold.setBold(True)
            bold.setPointSizeF(font.pointSizeF() * 1.15)
            small = QFont(font)
            small.setPointSizeF(font.pointSizeF() * 0.9)
            number, status = QFontMetrics(bold).height(), QFontMetrics(small).height()
            fonts = (bold, small, number, status, QFontMetrics(font).lineSpacing())
            self._font_cache[key] = fonts
        return fonts

    @staticmethod
    def _draw_name(painter: QPainter, font: QFont, text: str, x: int, y: int, width: int, max_lines: int) -> None:
        """Wrap the name (anywhere, for Chinese) and elide with … only the last line, only if it overflows."""
        metrics = QFontMetrics(font)
        layout = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        starts: list[int] = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            starts.append(line.textStart())
        layout.endLayout()
        shown = starts[:max_lines]
        for n, start in enumerate(shown):
            if n + 1 < len(shown):
                piece = text[start : shown[n + 1]].rstrip()
            else:  # the last line shown takes the rest; "…" only if the rest does not fit
                piece = metrics.elidedText(text[start:].strip(), Qt.TextElideMode.ElideRight, width)
            painter.drawText(QPointF(x, y + n * metrics.lineSpacing() + metrics.ascent()), piece)


class FloorGrid(QListView):
    """The cards of one floor, wrapping to the width of the window; Enter or double-click opens a dossier."""

    def __init__(self, model: UnitCardModel, parent: QWidget | None = None, card_size: QSize = CARD_SIZE) -> None:
        super().__init__(parent)
        self.setObjectName(f"floor-{model.floor.label}")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # several units for a move-in
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.delegate = UnitCardDelegate(card_size, self)
        self.setItemDelegate(self.delegate)
        self.setModel(model)
        self.set_card_size(card_size)

    def set_card_size(self, size: QSize) -> None:
        self.delegate.size = size
        self.setGridSize(size + QSize(6, 6))
        self.scheduleDelayedItemsLayout()

    def card_model(self) -> UnitCardModel:
        model = self.model()
        assert isinstance(model, UnitCardModel)
        return model

    def current_card(self) -> UnitCard | None:
        card = self.currentIndex().data(CARD_ROLE)
        return card if isinstance(card, UnitCard) else None

    def selected_cards(self) -> list[UnitCard]:
        """The selected cards in grid order (Ctrl/Shift+click choose several, e.g. for a move-in)."""
        rows = sorted(index.row() for index in self.selectionModel().selectedIndexes())
        model = self.card_model()
        return [model.card(row) for row in rows]


class StatusLegend(QWidget):
    """What the card colours and badges mean: each swatch or badge with its caption, the pairs wrapping onto a
    second line where the screen is too narrow for one (1024 pixels in English, or at 125 % scaling)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = FlowLayout(self, spacing=12)
        layout.setContentsMargins(4, 0, 4, 0)
        for status, colours in STATUS_COLOURS.items():
            swatch = QLabel(self)
            swatch.setFixedSize(14, 14)
            swatch.setStyleSheet(
                f"background: {colours.fill.name()}; border: 3px solid {colours.band.name()}; border-radius: 2px;"
            )
            layout.addWidget(self._entry(swatch, status_name(status), f"legend-{status.value}"))
        for kind, colour in BADGE_COLOURS.items():
            shown = {
                "lent": QCoreApplication.translate("UnitCardModel", "Lent"),
                "arrears": QCoreApplication.translate("UnitCardModel", "¥"),
            }.get(kind, "")
            sample = BadgeSample(CardBadge(kind, 1, colour, "", shown), self)
            layout.addWidget(self._entry(sample, badge_caption(kind), f"legend-badge-{kind}"))

    def _entry(self, sign: QWidget, caption: str, name: str) -> QWidget:
        """A swatch or badge and its caption, kept together on one line."""
        entry = QWidget(self)
        row = QHBoxLayout(entry)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        sign.setParent(entry)
        row.addWidget(sign)
        label = QLabel(caption, entry)
        label.setObjectName(name)
        row.addWidget(label)
        return entry


class BadgeSample(QWidget):
    """A badge as the cards draw it, for the legend (painted by the same code, so they always agree)."""

    def __init__(self, badge: CardBadge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.badge = badge
        self.setToolTip(badge_caption(badge.kind))
        self._font = QFont(QApplication.font())
        self._font.setPointSizeF(self._font.pointSizeF() * 0.9)
        height = QFontMetrics(self._font).height() + 2
        self.setFixedSize(badge_width(self._font, badge, height), height)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_badges(painter, self._font, [self.badge], self.width() - 1, 0, self.height())
        painter.end()
