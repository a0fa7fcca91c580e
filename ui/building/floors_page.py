"""The Floors page of the main window: the building chooser, one tab per floor with its grid of unit cards, and
the selected unit's details and past tenancies beside it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QModelIndex, QPoint, QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.building import BuildingInfo, FloorInfo, UnitCard, list_buildings, list_floors, unit_cards
from app.care.grades import grade_of
from app.desk import Actor, ChangeSet, Desk
from app.errors import AppError
from ui.building.floor_view import (
    CARD_ROLE,
    CARD_SIZES,
    FloorGrid,
    StatusLegend,
    UnitCardModel,
    card_badges,
    status_name,
)
from ui.customers import grade_text
from ui.icons import icon
from ui.tenancy import UnitHistoryList
from ui.translations import form_label


class UnitPanel(QGroupBox):
    """The selected unit in words, beside the grid, with a button to open its dossier."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unit-panel")
        self.card: UnitCard | None = None
        self.history: UnitHistoryList | None = None
        self.read_grade: Callable[[int], str] | None = None  # the tenant's grade in words (needs the desk)
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, caption in (
            ("status", self.tr("Status")),
            ("customer", self.tr("Tenant")),
            ("grade", self.tr("Customer grade")),
            ("dossier", self.tr("Dossier")),
            ("area", self.tr("Area (m²)")),
            ("attention", self.tr("To do")),
        ):
            value = QLabel(self)
            value.setObjectName(key)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(form_label(caption), value)
        self.open_button = QPushButton(icon("dossier"), self.tr("&Open dossier"), self)
        self.open_button.setObjectName("open-dossier")
        self.setMinimumWidth(180)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.open_button)
        layout.addStretch(1)
        self.show_card(None)

    def show_card(self, card: UnitCard | None) -> None:
        self.card = card
        if card is None:
            self.setTitle(self.tr("No unit selected"))
            for label in self.fields.values():
                label.clear()
            self.open_button.setEnabled(False)
            if self.history is not None:
                self.history.show_unit(None)
            return
        self.setTitle(self.tr("Unit {number} ({floor})").format(number=card.number, floor=card.floor))
        self.fields["status"].setText(status_name(card.status))
        self.fields["customer"].setText(card.customer or "—")
        # One read for the card shown here (the grid's cards do not carry grades).
        grade = self.read_grade(card.customer_id) if self.read_grade and card.customer_id is not None else ""
        self.fields["grade"].setText(grade or "—")
        self.fields["dossier"].setText(card.dossier_number or "—")
        self.fields["area"].setText(_number(card.area) if card.area is not None else "—")
        self.fields["attention"].setText("\n".join(b.tooltip for b in card_badges(card)) or "—")
        self.open_button.setEnabled(card.dossier_id is not None)
        if self.history is not None:
            self.history.show_unit(card.unit_id)

    def add_history(self, history: UnitHistoryList) -> None:
        """The unit's past tenancies under its details (needs the desk, so the floors page adds it)."""
        self.history = history
        caption = QLabel(self.tr("History:"), self)
        caption.setBuddy(history)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, caption)
        layout.insertWidget(3, history, 10)
        history.show_unit(self.card.unit_id if self.card is not None else None)


def _number(value: object) -> str:
    """A number in the interface language's form (1,234.50 or 1 234,50)."""
    return QLocale().toString(float(str(value)), "f", 2)


class FloorsPage(QWidget):
    """The building as floor tabs of unit cards; a floor's cards load when its tab is first shown."""

    unit_opened = Signal(object)  # UnitCard: double-click, Enter, or the panel's Open dossier
    dossier_chosen = Signal(int)  # a past tenancy chosen in the unit's history
    card_menu_requested = Signal(object, QPoint)  # FloorGrid, position in its viewport
    status = Signal(str)  # a lasting status-bar message

    def __init__(
        self, desk: Desk, actor: Actor, settings: QSettings, card_size: str, in_front: Callable[[], bool]
    ) -> None:
        super().__init__()
        self.desk = desk
        self.actor = actor
        self.settings = settings
        self.card_size = CARD_SIZES[card_size]
        self.in_front = in_front  # whether this page is the one the clerk sees (it then takes the focus)
        self.buildings: list[BuildingInfo] = []
        self.floors: list[FloorInfo] = []
        self.grids: list[FloorGrid] = []
        self.setObjectName("floors-page")
        self.building_label = QLabel(self.tr("&Building:"), self)
        self.building_box = QComboBox(self)
        self.building_box.setObjectName("building")
        self.building_box.setMinimumContentsLength(16)
        self.building_label.setBuddy(self.building_box)
        self.building_box.currentIndexChanged.connect(self._building_chosen)
        self.floor_tabs = QTabWidget(self)
        self.floor_tabs.setObjectName("floor-tabs")
        self.floor_tabs.setUsesScrollButtons(True)
        self.floor_tabs.currentChanged.connect(self._floor_shown)
        self.unit_panel = UnitPanel(self)
        self.unit_panel.open_button.clicked.connect(self._open_panel_unit)
        self.unit_history = UnitHistoryList(desk, actor, self.unit_panel)
        self.unit_history.dossier_chosen.connect(self.dossier_chosen)
        self.unit_panel.add_history(self.unit_history)
        self.unit_panel.read_grade = self._grade_text
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("floors-splitter")
        self.splitter.addWidget(self.floor_tabs)
        self.splitter.addWidget(self.unit_panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([1140, 200])
        top = QHBoxLayout()
        top.addWidget(self.building_label)
        top.addWidget(self.building_box)
        top.addStretch(1)
        self.legend = StatusLegend(self)
        top.addWidget(self.legend)
        page = QVBoxLayout(self)
        page.setContentsMargins(6, 6, 6, 6)
        page.addLayout(top)
        page.addWidget(self.splitter, 1)

    def _grade_text(self, customer_id: int) -> str:
        try:
            with self.desk.read(self.actor) as work:
                return grade_text(grade_of(work, customer_id))
        except AppError:  # e.g. the file went away: the panel says nothing rather than stopping the window
            return ""

    def load_buildings(self) -> None:
        with self.desk.read(self.actor) as work:
            self.buildings = list_buildings(work)
        current = self.current_building()
        wanted = current.id if current else self._saved_building_id()
        self.building_box.blockSignals(True)
        self.building_box.clear()
        for building in self.buildings:
            self.building_box.addItem(building.name, building.id)
        index = max(0, self.building_box.findData(wanted)) if wanted is not None else 0
        self.building_box.setCurrentIndex(index if self.buildings else -1)
        self.building_box.blockSignals(False)
        several = len(self.buildings) > 1
        self.building_box.setVisible(several)
        self.building_label.setVisible(several)
        self.show_building(self.current_building())

    def _saved_building_id(self) -> int | None:
        name = self.settings.value("window/building", "", str)
        return next((b.id for b in self.buildings if b.name == name), None)

    def current_building(self) -> BuildingInfo | None:
        building_id = self.building_box.currentData()
        return next((b for b in self.buildings if b.id == building_id), None)

    @Slot(int)
    def _building_chosen(self, _index: int) -> None:
        self.show_building(self.current_building())

    def show_building(self, building: BuildingInfo | None) -> None:
        """One tab per floor in building order; a floor's cards load when its tab is first shown."""
        self.floor_tabs.blockSignals(True)
        while self.floor_tabs.count():
            widget = self.floor_tabs.widget(0)
            self.floor_tabs.removeTab(0)
            widget.deleteLater()
        self.grids = []
        self.floors = []
        if building is not None:
            with self.desk.read(self.actor) as work:
                self.floors = list_floors(work, building.id)
            for floor in self.floors:
                grid = FloorGrid(UnitCardModel(floor, self), self.floor_tabs, self.card_size)
                grid.activated.connect(self._open_unit)
                grid.customContextMenuRequested.connect(lambda pos, g=grid: self.card_menu_requested.emit(g, pos))
                grid.selectionModel().currentChanged.connect(self._card_selected)
                self.grids.append(grid)
                self.floor_tabs.addTab(grid, floor.label)
                self.floor_tabs.setTabToolTip(
                    self.floor_tabs.count() - 1,
                    self.tr("{floor}: %n unit(s)", "", floor.unit_count).format(floor=floor.label),
                )
            self.settings.setValue("window/building", building.name)
        self.floor_tabs.blockSignals(False)
        if not self.floors:
            message = self.tr("This file has no building yet.") if building is None else self.tr("No floors.")
            self.status.emit(message)
            self.unit_panel.show_card(None)
            return
        self.floor_tabs.setCurrentIndex(self._initial_floor())
        self._floor_shown(self.floor_tabs.currentIndex())

    def _initial_floor(self) -> int:
        saved = self.settings.value("window/floor", "", str)
        labels = [f.label for f in self.floors]
        if saved in labels:
            return labels.index(saved)
        return next((i for i, f in enumerate(self.floors) if f.level > 0), 0)

    def remember_place(self) -> None:
        """The floor shown, for the next start: written when the window closes, not on every switch (an ini file
        written each time cost a floor switch ~6 ms on disk)."""
        floor = self.current_floor()
        if floor is not None:
            self.settings.setValue("window/floor", floor.label)

    def current_grid(self) -> FloorGrid | None:
        widget = self.floor_tabs.currentWidget()
        return widget if isinstance(widget, FloorGrid) else None

    def current_floor(self) -> FloorInfo | None:
        grid = self.current_grid()
        return grid.card_model().floor if grid is not None else None

    @Slot(int)
    def _floor_shown(self, index: int) -> None:
        if not 0 <= index < len(self.grids):
            return
        grid = self.grids[index]
        model = grid.card_model()
        if not model.loaded:
            with self.desk.read(self.actor) as work:
                model.set_cards(unit_cards(work, floor_id=model.floor.id))
            if model.rowCount():
                grid.setCurrentIndex(model.index(0, 0))  # the panel shows it (_card_selected)
        card = grid.current_card()
        if card is None or card is not self.unit_panel.card:  # not read and shown twice on a floor's first showing
            self.unit_panel.show_card(card)
        if self.in_front():
            grid.setFocus()

    @Slot(QModelIndex, QModelIndex)
    def _card_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        grid = self.current_grid()
        if grid is not None and current.model() is grid.model():
            self.unit_panel.show_card(grid.current_card())

    def step_floor(self, step: int) -> None:
        count = self.floor_tabs.count()
        if count:
            self.floor_tabs.setCurrentIndex((self.floor_tabs.currentIndex() + step) % count)

    def apply_card_size(self, name: str) -> None:
        self.card_size = CARD_SIZES.get(name, self.card_size)
        for grid in self.grids:
            grid.set_card_size(self.card_size)

    @Slot(QModelIndex)
    def _open_unit(self, index: QModelIndex) -> None:
        card = index.data(CARD_ROLE)
        if isinstance(card, UnitCard):
            self.unit_opened.emit(card)

    def _open_panel_unit(self) -> None:
        if self.unit_panel.card is not None:
            self.unit_opened.emit(self.unit_panel.card)

    def refresh(self, changes: ChangeSet) -> bool:
        """Show what a committed action changed; True when the building in front was read anew as a whole."""
        current = self.current_building()
        if changes.buildings:
            self.load_buildings()
            if current is not None and current.id in changes.buildings:
                return True
        touched: list[UnitCardModel] = []
        unit_ids: set[int] = set()
        for grid in self.grids:
            model = grid.card_model()
            if not model.loaded:
                continue
            # A document filed or added changes a card's badge: the dossier is in the change set, not the unit.
            hit = {
                c.unit_id
                for c in model.cards()
                if c.unit_id in changes.units
                or c.customer_id in changes.customers
                or (c.dossier_id is not None and c.dossier_id in changes.dossiers)
                # issue 15: a payment, a charge or a reversal changes the tenancy's arrears badge.
                or (c.tenancy_id is not None and c.tenancy_id in changes.fees)
            }
            if hit:
                touched.append(model)
                unit_ids |= hit
        if unit_ids:
            with self.desk.read(self.actor) as work:
                cards = unit_cards(work, unit_ids=sorted(unit_ids))
            for model in touched:
                model.update_cards(cards)
            grid = self.current_grid()
            if grid is not None:
                self.unit_panel.show_card(grid.current_card())
        return False
