"""The annual archiving wizard's last three pages: the boxes, the confirmation and the result.

BoxesPage takes the file boxes' spine, capacity and shelf and previews live how the bound
dossiers fill them, floor by floor; ConfirmPage says what Archive will do and boxes them in one
transaction; ResultPage shows the boxes just made, with the year's printout and the way to the
archive browser. The pages before them are in wizard_tenancy_pages.py; the wizard itself is in
wizard.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from app.archive import (
    DEFAULT_SPINE_MM,
    MAX_CAPACITY_PAGES,
    MAX_SHELF_LENGTH,
    PAGES_PER_MM,
    SPINE_WIDTHS_MM,
    ArchiveResult,
    BoxOptions,
    BoxPlan,
    archive_year,
    plan_boxes,
)
from app.errors import AppError
from ui.archive.wizard_common import WARNING_COLOUR, retention_name, warning_text
from ui.form_dialog import page_error
from ui.icons import icon
from ui.lists import read_only_table
from ui.printing import ListPrinter
from ui.translations import error_text

if TYPE_CHECKING:
    from ui.archive.wizard import ArchiveWizard

PREVIEW_DELAY_MS = 200


class BoxesPage(QWizardPage):
    """The file boxes: spine, capacity and shelf; a live preview of how the bound dossiers fill them."""

    BOX, FLOOR, RETENTION, DOSSIERS, PAGES, NOTE = range(6)

    def __init__(self, wizard: ArchiveWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.plans: list[BoxPlan] = []
        self.setTitle(self.tr("Boxes"))
        self.setSubTitle(
            self.tr("Bound dossiers go into boxes by floor, one retention period a box, filled up to the capacity.")
        )
        self.spine_box = QComboBox(self)
        self.spine_box.setObjectName("spine")
        for mm in SPINE_WIDTHS_MM:
            self.spine_box.addItem(self.tr("{mm} mm").format(mm=mm), mm)
        self.spine_box.setCurrentIndex(max(0, self.spine_box.findData(DEFAULT_SPINE_MM)))
        self.capacity_spin = QSpinBox(self)
        self.capacity_spin.setObjectName("capacity")
        self.capacity_spin.setRange(1, MAX_CAPACITY_PAGES)
        self.capacity_spin.setSuffix(self.tr(" pages"))
        self.capacity_spin.setValue(DEFAULT_SPINE_MM * PAGES_PER_MM)
        self.shelf_edit = QLineEdit(self)
        self.shelf_edit.setObjectName("shelf-location")
        self.shelf_edit.setMaxLength(MAX_SHELF_LENGTH)
        self.shelf_edit.setPlaceholderText(self.tr("e.g. archive room, cabinet 3, shelf 2"))
        form = QHBoxLayout()  # one row: the preview gets the height
        for caption, widget, stretch in (
            (self.tr("&Spine width:"), self.spine_box, 0),
            (self.tr("&Capacity:"), self.capacity_spin, 0),
            (self.tr("S&helf location:"), self.shelf_edit, 1),
        ):
            label = QLabel(caption, self)
            label.setBuddy(widget)
            form.addWidget(label)
            form.addWidget(widget, stretch)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("box-preview")
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("boxes-summary")
        self.summary.setWordWrap(True)
        # The plan on paper, every box with its dossiers, to lay out the boxes before archiving.
        self.list_printer = ListPrinter(
            wizard.desk,
            wizard.actor,
            self,
            self.tree,
            lambda: self.tr("Box plan {year}").format(year=self.wiz.year()),
            subtitle=self.summary.text,
            file_name="box-plan.pdf",
            printouts=wizard.printouts,
        )
        self.print_list_button = self.list_printer.button(self)
        self.export_list_button = self.list_printer.export_button(self)
        self.error = page_error(self)
        below = QHBoxLayout()
        below.addWidget(self.summary, 1)
        below.addWidget(self.print_list_button)
        below.addWidget(self.export_list_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tree, 1)
        layout.addLayout(below)
        layout.addWidget(self.error)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.update_preview)
        self.spine_box.currentIndexChanged.connect(self._spine_chosen)
        self.capacity_spin.valueChanged.connect(lambda _v: self.timer.start())

    def _spine_chosen(self, _index: int) -> None:
        # A wider box holds more paper: the capacity follows the spine; the supervisor may still adjust it.
        self.capacity_spin.setValue(self.spine_mm() * PAGES_PER_MM)
        self.timer.start()

    def spine_mm(self) -> int:
        return int(self.spine_box.currentData())

    def options(self) -> BoxOptions:
        return BoxOptions(self.spine_mm(), self.capacity_spin.value(), self.shelf_edit.text())

    def initializePage(self) -> None:
        self.update_preview()

    def update_preview(self) -> None:
        self.timer.stop()
        year = self.wiz.year()
        self.error.setVisible(False)
        try:
            with self.wiz.desk.read(self.wiz.actor) as work:
                self.plans = (
                    plan_boxes(work, year, self.options(), self.wiz.building_id(), include_unbound=False)
                    if year is not None
                    else []
                )
        except AppError as err:
            self.plans = []
            self.error.setText(error_text(err))
            self.error.setVisible(True)
        self._show(self.plans)
        self.completeChanged.emit()

    def _show(self, plans: Sequence[BoxPlan]) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Box / dossier"),
                self.tr("Floor"),
                self.tr("Retention"),
                self.tr("Dossiers"),
                self.tr("Pages / capacity"),
                self.tr("Note"),
            ]
        )
        over = 0
        for plan in plans:
            note = ""
            if plan.over_capacity:
                over += 1
                note = self.tr("over capacity: a dossier thicker than the box")
            row = _items(
                plan.number,
                plan.floor,
                retention_name(plan.retention),
                str(len(plan.dossiers)),
                f"{plan.pages} / {plan.capacity_pages}",
                note,
            )
            if plan.over_capacity:
                row[self.NOTE].setIcon(icon("warning", WARNING_COLOUR))
            for c in plan.dossiers:
                row[0].appendRow(
                    _items(
                        f"{c.file_number or '—'}  {c.customer}（{c.units}）",
                        c.floor,
                        retention_name(c.retention),
                        "",
                        str(c.pages),
                        warning_text([w for w in c.warnings if w != "unbound"]),
                    )
                )
            self.model.appendRow(row)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.BOX, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        dossiers = sum(len(p.dossiers) for p in plans)
        text = (
            self.tr("%n box(es) for {dossiers}.", "", len(plans)).format(
                dossiers=self.tr("%n bound dossier(s)", "", dossiers)
            )
            if plans
            else self.tr("No bound dossier to box: go back and bind them.")
        )
        if over:
            text += " " + self.tr("%n box(es) hold more than their capacity.", "", over)
        self.summary.setText(text)
        self.print_list_button.setEnabled(bool(plans))
        self.list_printer.action.setEnabled(bool(plans))

    def isComplete(self) -> bool:
        return bool(self.plans) and not self.timer.isActive()


class ConfirmPage(QWizardPage):
    """What Archive will do; the boxing is one transaction, after which there is no going back."""

    def __init__(self, wizard: ArchiveWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Confirm"))
        self.setSubTitle(self.tr("Archive puts the dossiers into their boxes, all at once or nothing."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Archive"))
        self.text = QLabel(self)
        self.text.setObjectName("confirm")
        self.text.setWordWrap(True)
        self.error = page_error(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        plans = self.wiz.boxes_page.plans
        floors = sorted({(p.building, p.floor_level, p.floor) for p in plans})
        lines = [
            self.tr("Year: {year}").format(year=self.wiz.year()),
            self.tr(
                "%n bound dossier(s) into {boxes} on {floors} ({names}).", "", sum(len(p.dossiers) for p in plans)
            ).format(
                boxes=self.tr("%n new box(es)", "", len(plans)),
                floors=self.tr("%n floor(s)", "", len(floors)),
                names="、".join(f for _b, _l, f in floors),
            ),
        ]
        unbound = self.wiz.candidates_page.unbound()
        if unbound:
            lines.append(self.tr("%n dossier(s) stay unbound, for a later run.", "", unbound))
        shelf = self.wiz.boxes_page.shelf_edit.text().strip()
        lines.append(self.tr("Shelf location: {place}").format(place=shelf or "—"))
        lent = self.wiz.candidates_page.loans_text()
        if lent:
            lines.append(lent)
        self.text.setText("\n".join(lines))
        self.error.setVisible(False)

    def validatePage(self) -> bool:
        """Archive off the UI thread; the wizard moves on when the app has committed."""
        if self.wiz.result_value is not None:
            return True
        year = self.wiz.year()
        if year is None or self.wiz.busy():
            return False
        options = self.wiz.boxes_page.options()
        building_id = self.wiz.building_id()
        desk, actor = self.wiz.desk, self.wiz.actor

        def job(_progress: object) -> ArchiveResult:
            with desk.work(actor) as work:
                return archive_year(work, year, options, building_id)

        self.error.setVisible(False)
        self.wiz.run(job, self.wiz.archived_done, self.error, self.tr("Putting the dossiers into archive boxes…"))
        return False

    def isComplete(self) -> bool:
        return not self.wiz.busy()


class ResultPage(QWizardPage):
    """The boxes just made, with the year's printout and the way to the archive browser."""

    def __init__(self, wizard: ArchiveWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Archived"))
        self.text = QLabel(self)
        self.text.setObjectName("result")
        self.text.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.table = read_only_table(self.model, self, "created-boxes")
        self.preview_button = QPushButton(icon("print"), self.tr("&Preview the year's archive…"), self)
        self.preview_button.setObjectName("preview-year")
        self.preview_button.setToolTip(
            self.tr("Box directories, in-file directories and box labels of the year, in one PDF")
        )
        self.preview_button.clicked.connect(self.wiz.preview_year)
        self.labels_button = QPushButton(icon("labels"), self.tr("Print box &labels…"), self)
        self.labels_button.setObjectName("print-box-labels")
        self.labels_button.clicked.connect(self.wiz.print_box_labels)
        self.browser_button = QPushButton(icon("archive-browser"), self.tr("Open the archive &browser"), self)
        self.browser_button.setObjectName("open-browser")
        self.browser_button.clicked.connect(self.wiz.open_browser)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.labels_button)
        buttons.addWidget(self.browser_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        result = self.wiz.result_value
        if result is None:
            return
        text = self.tr("{year}: %n dossier(s) archived into {boxes}.", "", result.archived).format(
            year=result.year, boxes=self.tr("%n box(es)", "", len(result.boxes))
        )
        if result.left_unbound:
            text += " " + self.tr(
                "%n departed dossier(s) are not bound yet and wait for a later run.", "", result.left_unbound
            )
        self.text.setText(text)
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Box"),
                self.tr("Floor"),
                self.tr("Retention"),
                self.tr("Dossiers"),
                self.tr("Pages"),
                self.tr("File numbers"),
                self.tr("Shelf"),
            ]
        )
        for b in result.boxes:
            self.model.appendRow(
                _items(
                    b.number,
                    b.floor,
                    retention_name(b.retention),
                    str(b.dossiers),
                    str(b.pages),
                    b.file_range,
                    b.shelf_location or "—",
                )
            )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)


def _items(*texts: str) -> list[QStandardItem]:
    items = []
    for text in texts:
        item = QStandardItem(text)
        item.setEditable(False)
        items.append(item)
    return items
