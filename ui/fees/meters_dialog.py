"""Meter readings… (水、电表底数, R11): choose a unit by building, floor and unit, or type its number; see its
readings, newest first, and record one (meter, meter number, reading, day, who confirmed it)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.building import find_units, unit_cards
from app.desk import Actor, ChangeSet, Desk
from app.errors import AppError
from app.fees import METER_NAMES, ReadingInfo, readings_of, record_reading
from app.permissions import Action
from ui.fees.shown import PlaceChoice, fees_name
from ui.form_dialog import date_edit, error_label, from_qdate
from ui.lists import RowsModel, read_only_table
from ui.translations import error_text, form_label, format_date
from ui.window_parts import fit_to_screen


class ReadingsModel(RowsModel[ReadingInfo]):
    def headers(self) -> Sequence[str]:
        return (
            self.tr("Read on"),
            self.tr("Meter"),
            self.tr("Meter no."),
            self.tr("Reading"),
            self.tr("Confirmed by"),
            self.tr("Recorded by"),
        )

    def cell(self, row: ReadingInfo, column: int) -> object:
        values = (
            format_date(row.read_on),
            fees_name(METER_NAMES[row.meter_kind]),
            row.meter_no,
            f"{row.reading:f}",
            row.confirmed_by,
            row.recorded_by,
        )
        return values[column]

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column == 3 else None


class MeterReadingsDialog(QDialog):
    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.actor = desk, actor
        self.setObjectName("meter-readings")
        self.setProperty("helpTopic", "fees")
        self.setWindowTitle(self.tr("Meter readings"))
        self.place = PlaceChoice(desk, actor, self)
        self.unit = QComboBox(self)
        self.unit.setObjectName("unit")
        self.number = QLineEdit(self)
        self.number.setObjectName("unit-number")
        self.number.setPlaceholderText(self.tr("or type a unit number"))
        self.number.setClearButtonEnabled(True)
        choice = QHBoxLayout()
        for caption, widget in (
            (self.tr("&Building"), self.place.building),
            (self.tr("&Floor"), self.place.floor),
            (self.tr("&Unit"), self.unit),
        ):
            assert widget is not None
            label = QLabel(form_label(caption), self)
            label.setBuddy(widget)
            choice.addWidget(label)
            choice.addWidget(widget)
        choice.addWidget(self.number, 1)

        self.model = ReadingsModel(self)
        self.table = read_only_table(self.model, self, "reading-rows")

        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind, source in METER_NAMES.items():
            self.kind.addItem(fees_name(source), kind)
        self.meter_no = QLineEdit(self)
        self.meter_no.setObjectName("meter-no")
        self.reading = QLineEdit(self)
        self.reading.setObjectName("reading")
        self.read_on = date_edit(self, desk.clock().date())
        self.read_on.setObjectName("read-on")
        self.confirmed_by = QLineEdit(self)
        self.confirmed_by.setObjectName("confirmed-by")
        self.record_button = QPushButton(self.tr("&Record"), self)
        self.record_button.setObjectName("record")
        self.record_button.setAutoDefault(False)
        self.record_button.setEnabled(desk.may(actor, Action.RECORD_METER_READING))
        new = QGroupBox(self.tr("New reading"), self)
        form = QFormLayout(new)
        form.addRow(form_label(self.tr("&Meter")), self.kind)
        form.addRow(form_label(self.tr("Meter &no.")), self.meter_no)
        form.addRow(form_label(self.tr("&Reading")), self.reading)
        form.addRow(form_label(self.tr("Read &on")), self.read_on)
        form.addRow(form_label(self.tr("&Confirmed by")), self.confirmed_by)
        form.addRow("", self.record_button)
        self.error = error_label(self, "error", room=1)
        self.said = QLabel(self)
        self.said.setObjectName("said")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(new)
        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.said)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 480)

        assert self.place.floor is not None
        self.place.floor.currentIndexChanged.connect(lambda _i: self._fill_units())
        self.unit.currentIndexChanged.connect(lambda _i: self.load())
        self.number.editingFinished.connect(self.find_typed)
        self.record_button.clicked.connect(self.record)
        self._fill_units()

    def _fill_units(self) -> None:
        self.unit.blockSignals(True)
        self.unit.clear()
        floor_id, building_id = self.place.floor_id(), self.place.building_id()
        if floor_id is not None or building_id is not None:  # a floor's units, or the whole building's
            with self.desk.read(self.actor) as work:
                cards = unit_cards(work, floor_id=floor_id, building_id=None if floor_id else building_id)
            for card in cards:
                self.unit.addItem(f"{card.number}  {card.customer or ''}".strip(), card.unit_id)
        self.unit.blockSignals(False)
        self.load()

    def unit_id(self) -> int | None:
        value = self.unit.currentData()
        return value if isinstance(value, int) else None

    def find_typed(self) -> None:
        """A typed unit number: its building and floor are chosen, then the unit."""
        number = self.number.text().strip()
        if not number:
            return
        try:
            with self.desk.read(self.actor) as work:
                found = find_units(
                    work, [number], self.place.building.currentText() if self.place.building_id() else None
                )
                card = unit_cards(work, unit_ids=found)[0] if found else None
        except AppError as err:
            self.show_error(error_text(err))
            return
        if card is None:  # find_units says NotFound itself; nothing else to show
            return
        self.place.building.setCurrentIndex(max(0, self.place.building.findText(card.building)))
        floor = self.place.floor
        assert floor is not None
        floor.setCurrentIndex(max(0, floor.findText(card.floor)))
        self.unit.setCurrentIndex(max(0, self.unit.findData(card.unit_id)))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def load(self) -> None:
        unit_id = self.unit_id()
        if unit_id is None:
            self.model.set_rows([])
            return
        with self.desk.read(self.actor) as work:
            self.model.set_rows(readings_of(work, unit_id))

    def refresh(self, _changes: ChangeSet | None = None) -> None:
        self.load()

    def record(self) -> ReadingInfo | None:
        unit_id = self.unit_id()
        self.show_error("")
        self.said.clear()
        if unit_id is None:
            self.show_error(self.tr("Choose a unit first."))
            return None
        try:
            with self.desk.work(self.actor) as work:
                saved = record_reading(
                    work,
                    unit_id,
                    str(self.kind.currentData()),
                    self.reading.text(),
                    read_on=from_qdate(self.read_on.date()),
                    meter_no=self.meter_no.text(),
                    confirmed_by=self.confirmed_by.text(),
                )
        except AppError as err:
            self.show_error(error_text(err))
            return None
        self.reading.clear()
        self.said.setText(
            self.tr("Recorded: {meter} {reading} on {date}.").format(
                meter=fees_name(METER_NAMES[saved.meter_kind]),
                reading=f"{saved.reading:f}",
                date=format_date(saved.read_on),
            )
        )
        self.load()
        return saved
