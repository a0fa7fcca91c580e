"""Printing dossier labels (标牌, R5): what to print, the sheet, the printer's offset, QR or barcode.

Preview builds the PDF through the app (``print_labels``); the labels count as printed (and
leave the label check, R5) only once the preview prints them or saves the PDF, never for a
mere look. The offset calibration is a property of the printer at this desk and is
remembered in the settings.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.desk import Actor, Desk, Work
from app.errors import AppError
from app.jobs import JobCancelled
from app.tenancy import (
    DEFAULT_LAYOUT,
    LAYOUTS,
    LabelLayout,
    LabelRow,
    check_layout,
    labels_for,
    mark_printed,
    print_labels,
    save_printed_labels,
)
from ui.form_dialog import error_label
from ui.printing import PrintPreviewDialog
from ui.tasks import BackgroundTask, JobProgress
from ui.translations import error_text

OFFSET_X_KEY = "labels/offset_x_mm"
OFFSET_Y_KEY = "labels/offset_y_mm"
LAYOUT_KEY = "labels/layout"
CODE_KEY = "labels/code"
CUSTOM = "custom"

UNIT, SELECTED, FLOOR, TO_REPRINT, CHOSEN = "unit", "selected", "floor", "to_reprint", "chosen"


def record_when_delivered(
    preview: PrintPreviewDialog,
    desk: Desk,
    actor: Actor,
    dossier_ids: list[int],
    recorded: Callable[[list[int]], None],
    failed: Callable[[str], None],
) -> None:
    """Count the labels as printed (R5) once the preview printed or saved them, never for a mere look.

    Saving records and delivers in one step (``save_printed_labels``): the PDF is at the chosen name only if the
    record was committed; if it was not, the preview says why and no file is left. Paper cannot be taken back, so
    printing is recorded after the pages went to the printer; a record that fails then is said (``failed``) and
    the labels stay on the to-reprint list.
    """

    def save(source: Path, target: Path) -> Path:
        with desk.work(actor) as work:
            saved = save_printed_labels(work, dossier_ids, source, target)
        recorded(dossier_ids)
        return saved

    def record_printed() -> None:
        try:
            with desk.work(actor) as work:
                mark_printed(work, dossier_ids)
        except AppError as err:
            failed(error_text(err))
            return
        recorded(dossier_ids)

    preview.save_copy_with = save
    preview.printed.connect(record_printed)


class LabelsDialog(QDialog):
    """Choose and print labels; ``printed(list[int])`` with the dossier ids once they were printed or saved."""

    printed = Signal(object)

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        settings: QSettings,
        *,
        unit_id: int | None = None,
        dossier_ids: Sequence[int] = (),
        floor_id: int | None = None,
        floor_label: str = "",
        chosen_ids: Sequence[int] = (),
        initial: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.settings = settings
        self.unit_id = unit_id
        self.selected_ids = list(dossier_ids)
        self.floor_id = floor_id
        self.chosen_ids = list(chosen_ids)
        self.pdf: Path | None = None
        self.preview: PrintPreviewDialog | None = None
        self.task: BackgroundTask | None = None
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        self.setObjectName("labels-dialog")
        self.setProperty("helpTopic", "labels")  # F1: the user guide's page
        self.setWindowTitle(self.tr("Print dossier labels"))

        what = QGroupBox(self.tr("What to print"), self)
        self.scope_group = QButtonGroup(self)
        self.scope_buttons: dict[str, QRadioButton] = {}
        what_layout = QVBoxLayout(what)
        scopes = [
            (CHOSEN, self.tr("The chosen dossiers ({count})").format(count=len(self.chosen_ids)), bool(chosen_ids)),
            (UNIT, self.tr("This unit"), unit_id is not None),
            (SELECTED, self.tr("The selected cards ({count})").format(count=len(dossier_ids)), bool(dossier_ids)),
            (FLOOR, self.tr("This floor ({floor})").format(floor=floor_label), floor_id is not None),
            (TO_REPRINT, self.tr("Everything on the to-reprint list"), True),
        ]
        for code, caption, available in scopes:
            if code == CHOSEN and not available:
                continue
            button = QRadioButton(caption, what)
            button.setObjectName(f"scope-{code}")
            button.setEnabled(available)
            self.scope_group.addButton(button)
            self.scope_buttons[code] = button
            what_layout.addWidget(button)
            button.toggled.connect(self._scope_changed)
        self.count_label = QLabel(what)
        self.count_label.setObjectName("count")
        what_layout.addWidget(self.count_label)

        sheet = QGroupBox(self.tr("Label sheet (A4)"), self)
        sheet_form = QFormLayout(sheet)
        self.layout_box = QComboBox(sheet)
        self.layout_box.setObjectName("layout")
        for name, layout in LAYOUTS.items():
            self.layout_box.addItem(
                self.tr("{columns} × {rows} — {width} × {height} mm").format(
                    columns=layout.columns, rows=layout.rows, width=layout.label_width_mm, height=layout.label_height_mm
                ),
                name,
            )
        self.layout_box.addItem(self.tr("Custom"), CUSTOM)
        sheet_form.addRow(self.tr("&Sheet:"), self.layout_box)
        grid = QGridLayout()
        self.rows_spin = self._int_spin(1, 30)
        self.columns_spin = self._int_spin(1, 10)
        self.width_spin = self._mm_spin(15, 210)
        self.height_spin = self._mm_spin(15, 297)
        self.top_spin = self._mm_spin(0, 100)
        self.left_spin = self._mm_spin(0, 100)
        self.gap_x_spin = self._mm_spin(0, 50)
        self.gap_y_spin = self._mm_spin(0, 50)
        cells = [
            (self.tr("Rows:"), self.rows_spin, self.tr("Columns:"), self.columns_spin),
            (self.tr("Label width:"), self.width_spin, self.tr("Label height:"), self.height_spin),
            (self.tr("Top margin:"), self.top_spin, self.tr("Left margin:"), self.left_spin),
            (self.tr("Gap across:"), self.gap_x_spin, self.tr("Gap down:"), self.gap_y_spin),
        ]
        for row, (a, wa, b, wb) in enumerate(cells):
            grid.addWidget(QLabel(a, sheet), row, 0)
            grid.addWidget(wa, row, 1)
            grid.addWidget(QLabel(b, sheet), row, 2)
            grid.addWidget(wb, row, 3)
        sheet_form.addRow(grid)
        self.custom_spins = [
            self.rows_spin,
            self.columns_spin,
            self.width_spin,
            self.height_spin,
            self.top_spin,
            self.left_spin,
            self.gap_x_spin,
            self.gap_y_spin,
        ]
        offsets = QHBoxLayout()
        self.offset_x_spin = self._mm_spin(-20, 20)
        self.offset_x_spin.setObjectName("offset-x")
        self.offset_y_spin = self._mm_spin(-20, 20)
        self.offset_y_spin.setObjectName("offset-y")
        self.offset_x_spin.setValue(float(settings.value(OFFSET_X_KEY, 0.0, float)))
        self.offset_y_spin.setValue(float(settings.value(OFFSET_Y_KEY, 0.0, float)))
        offsets.addWidget(QLabel(self.tr("right"), sheet))
        offsets.addWidget(self.offset_x_spin)
        offsets.addWidget(QLabel(self.tr("down"), sheet))
        offsets.addWidget(self.offset_y_spin)
        offsets.addStretch(1)
        offset_label = QLabel(self.tr("Printer &offset:"), sheet)
        offset_label.setBuddy(self.offset_x_spin)  # a layout cannot take the mnemonic: the first spin box does
        sheet_form.addRow(offset_label, offsets)
        self.code_box = QComboBox(sheet)
        self.code_box.setObjectName("code")
        self.code_box.addItem(self.tr("QR code"), "qr")
        self.code_box.addItem(self.tr("Barcode"), "barcode")
        self.code_box.setCurrentIndex(max(0, self.code_box.findData(settings.value(CODE_KEY, "qr", str))))
        sheet_form.addRow(self.tr("&Code:"), self.code_box)
        self.skip_spin = self._int_spin(0, 0)
        self.skip_spin.setObjectName("skip")
        self.skip_spin.setToolTip(self.tr("Positions already used on a partly used sheet"))
        sheet_form.addRow(self.tr("S&kip positions:"), self.skip_spin)
        self.layout_error = error_label(sheet, "labels.layout")
        sheet_form.addRow(self.layout_error)

        self.note = QLabel(
            self.tr("The labels count as printed (and leave the label check) once you print them or save the PDF."),
            self,
        )
        self.note.setWordWrap(True)
        self.error = error_label(self, "general")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.preview_button = QPushButton(self.tr("&Preview and print…"), self)
        self.preview_button.setObjectName("preview")
        self.preview_button.setDefault(True)
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.clicked.connect(self.build)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(sheet)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        saved = settings.value(LAYOUT_KEY, DEFAULT_LAYOUT, str)
        self.layout_box.currentIndexChanged.connect(self._layout_chosen)
        self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(saved if saved in LAYOUTS else DEFAULT_LAYOUT)))
        self._layout_chosen()
        for spin in (*self.custom_spins, self.offset_x_spin, self.offset_y_spin):
            spin.valueChanged.connect(self._sheet_changed)
        default = initial or next(
            (
                c
                for c in (CHOSEN, SELECTED, UNIT, FLOOR)
                if c in self.scope_buttons and self.scope_buttons[c].isEnabled()
            ),
            TO_REPRINT,
        )
        self.scope_buttons[default].setChecked(True)
        self._scope_changed()

    def _int_spin(self, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        return spin

    def _mm_spin(self, low: float, high: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(low, high)
        spin.setDecimals(2)  # sheets are specified to the 0.05 mm (15.15 mm margins)
        spin.setSingleStep(0.5)
        spin.setSuffix(" mm")
        return spin

    # -- choices --------------------------------------------------------------------------------

    def scope(self) -> str:
        button = self.scope_group.checkedButton()
        return next((c for c, b in self.scope_buttons.items() if b is button), TO_REPRINT)

    def rows(self) -> list[LabelRow]:
        with self.desk.read(self.actor) as work:
            return self._rows_in(work, self.scope())

    def _scope_changed(self, *_args: object) -> None:
        if self.scope_group.checkedButton() is None:
            return
        count = len(self.rows())
        self.count_label.setText(self.tr("%n label(s)", "", count))
        self.preview_button.setEnabled(count > 0)
        self.error.setVisible(False)

    def _layout_chosen(self, *_args: object) -> None:
        name = self.layout_box.currentData()
        custom = name == CUSTOM
        for spin in self.custom_spins:
            spin.setEnabled(custom)
        if not custom:
            chosen = LAYOUTS[str(name)]
            values = (
                chosen.rows,
                chosen.columns,
                chosen.label_width_mm,
                chosen.label_height_mm,
                chosen.top_mm,
                chosen.left_mm,
                chosen.gap_x_mm,
                chosen.gap_y_mm,
            )
            for spin, value in zip(self.custom_spins, values, strict=True):
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)
        self._sheet_changed()

    def _sheet_changed(self, *_args: object) -> None:
        self.skip_spin.setMaximum(max(0, self.rows_spin.value() * self.columns_spin.value() - 1))
        try:
            check_layout(self.sheet_layout())
        except AppError as err:
            self.layout_error.setText(error_text(err))
            self.layout_error.setVisible(True)
            self.preview_button.setEnabled(False)
            return
        self.layout_error.setVisible(False)
        self.preview_button.setEnabled(self.scope_group.checkedButton() is not None)

    def sheet_layout(self) -> LabelLayout:
        return LabelLayout(
            rows=self.rows_spin.value(),
            columns=self.columns_spin.value(),
            label_width_mm=self.width_spin.value(),
            label_height_mm=self.height_spin.value(),
            top_mm=self.top_spin.value(),
            left_mm=self.left_spin.value(),
            gap_x_mm=self.gap_x_spin.value(),
            gap_y_mm=self.gap_y_spin.value(),
            offset_x_mm=self.offset_x_spin.value(),
            offset_y_mm=self.offset_y_spin.value(),
        )

    # -- building -------------------------------------------------------------------------------

    def build(self) -> bool:
        """Make the PDF on a worker (a floor's labels with their codes take a second), then show it in the print
        preview; False while labels are still being made. A progress dialog with Cancel comes after half a second.
        """
        if self.task is not None:
            return False
        self.settings.setValue(OFFSET_X_KEY, self.offset_x_spin.value())
        self.settings.setValue(OFFSET_Y_KEY, self.offset_y_spin.value())
        self.settings.setValue(LAYOUT_KEY, self.layout_box.currentData())
        self.settings.setValue(CODE_KEY, self.code_box.currentData())
        if self._folder is None:
            self._folder = tempfile.TemporaryDirectory(prefix="dossier-desk-labels-", ignore_cleanup_errors=True)
        scope = self.scope()
        target = Path(self._folder.name) / f"labels-{scope}.pdf"
        desk, actor = self.desk, self.actor
        sheet, code, skip = self.sheet_layout(), str(self.code_box.currentData()), self.skip_spin.value()

        def job(_progress: object) -> list[int]:
            with desk.work(actor) as work:
                rows = self._rows_in(work, scope)  # plain values of the dialog, read-only here
                print_labels(work, rows, target, layout=sheet, code=code, skip=skip, record=False)
            return [r.dossier_id for r in rows]

        self.error.setVisible(False)
        self.layout_error.setVisible(False)
        self.preview_button.setEnabled(False)
        self.task = BackgroundTask(job, self, writes=True)
        JobProgress(self.task, self.tr("Making the labels…"), self)
        self.task.finished.connect(lambda ids: self._built(target, ids))
        self.task.failed.connect(self._failed)
        self.task.start()
        return True

    def _task_ended(self) -> None:
        if self.task is not None:
            self.task.deleteLater()
            self.task = None
        self._sheet_changed()  # the Preview button follows the sheet again

    def _failed(self, error: Exception) -> None:
        self._task_ended()
        if isinstance(error, JobCancelled):
            return
        if not isinstance(error, AppError):
            raise error
        label = self.layout_error if error.field == "labels.layout" else self.error
        label.setText(error_text(error))
        label.setVisible(True)

    def _built(self, target: Path, ids: list[int]) -> None:
        self._task_ended()
        self.pdf = target
        self.preview = PrintPreviewDialog(target, self.tr("Dossier labels"), self)
        record_when_delivered(self.preview, self.desk, self.actor, ids, self._recorded, self._record_failed)
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.destroyed.connect(self._preview_closed)
        self.preview.open()

    def _recorded(self, dossier_ids: list[int]) -> None:
        self.printed.emit(dossier_ids)
        self._scope_changed()

    def _record_failed(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def _preview_closed(self, *_args: object) -> None:
        self.preview = None

    def _rows_in(self, work: Work, scope: str) -> list[LabelRow]:
        if scope == UNIT and self.unit_id is not None:
            return labels_for(work, unit_id=self.unit_id)
        if scope == SELECTED:
            return labels_for(work, dossier_ids=self.selected_ids)
        if scope == CHOSEN:
            return labels_for(work, dossier_ids=self.chosen_ids)
        if scope == FLOOR and self.floor_id is not None:
            return labels_for(work, floor_id=self.floor_id)
        return labels_for(work, to_reprint=True)

    def done(self, result: int) -> None:
        if self.task is not None:  # labels still being made: stop them (they write into the folder) first
            self.task.cancel()
            self.task.wait()
        if self._folder is not None and self.preview is None:
            self._folder.cleanup()
            self._folder = None
        super().done(result)
