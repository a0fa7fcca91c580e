"""The annual archiving wizard (R7): year → the year's departed tenancies (bind them) → boxes → archive → result.

The supervisor picks a year; the wizard lists the tenancies that ended then and are not in a
box yet, binds the unbound ones in one go ("Bind all", R6), previews how the bound dossiers go
into file boxes by floor, and on confirmation boxes them in one transaction. Running it again
for the same year shows only what is new. Binding, archiving and building the year's PDF run
off the UI thread (ui/tasks.py) with a busy cursor, so a year of 500 tenancies does not freeze
the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.archive import (
    DEFAULT_RETENTION,
    DEFAULT_SPINE_MM,
    PAGES_PER_MM,
    RETENTION_NAMES,
    SPINE_WIDTHS_MM,
    WARNING_NAMES,
    ArchiveResult,
    BoxInfo,
    BoxOptions,
    BoxPlan,
    Candidate,
    YearSummary,
    archive_year,
    archive_years,
    bind_year,
    candidates,
    plan_boxes,
)
from app.archive import printouts as archive_print
from app.building.buildings import list_buildings
from app.desk import Actor, Desk
from app.dossier.dossiers import DOSSIER_STATUS_NAMES
from app.errors import AppError
from ui.form_dialog import error_label
from ui.icons import icon
from ui.lists import RowsModel, read_only_table
from ui.printing.list_print import ListPrinter
from ui.printing.print_preview import PrintoutBuilder
from ui.tasks import BackgroundTask
from ui.translations import app_text, error_text, format_date

PREVIEW_DELAY_MS = 200
WARNING_COLOUR = QColor("#c77700")  # amber: readable on light and dark themes, not the error red
_Index = QModelIndex | QPersistentModelIndex


def retention_name(code: str) -> str:
    return app_text("retention", RETENTION_NAMES.get(code, code))


def warning_text(codes: Sequence[str]) -> str:
    return "; ".join(app_text("archive", WARNING_NAMES.get(code, code)) for code in codes)


def retention_box(parent: QWidget, chosen: str = DEFAULT_RETENTION) -> QComboBox:
    """The retention periods (保管期限) in words, the default chosen."""
    box = QComboBox(parent)
    box.setObjectName("retention")
    for code in RETENTION_NAMES:
        box.addItem(retention_name(code), code)
    box.setCurrentIndex(max(0, box.findData(chosen)))
    return box


class CandidatesModel(RowsModel[Candidate]):
    """The tenancies of the year not in a box yet; the warnings in words with a warning sign."""

    FLOOR, UNITS, CUSTOMER, MOVE_IN, MOVE_OUT, STATUS, FILE_NUMBER, DOCUMENTS, PAGES, WARNINGS = range(10)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Floor"),
            self.tr("Unit(s)"),
            self.tr("Company"),
            self.tr("Moved in"),
            self.tr("Moved out"),
            self.tr("Status"),
            self.tr("File no."),
            self.tr("Documents"),
            self.tr("Pages"),
            self.tr("Warnings"),
        )

    def cell(self, row: Candidate, column: int) -> object:
        values: tuple[object, ...] = (
            row.floor,
            row.units,
            row.customer,
            format_date(row.move_in),
            format_date(row.move_out),
            app_text("status", DOSSIER_STATUS_NAMES.get(row.status, row.status)),
            row.file_number or "—",
            row.documents,
            row.pages,
            warning_text(row.warnings),
        )
        return values[column]

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column in (self.DOCUMENTS, self.PAGES) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.DecorationRole
            and index.isValid()
            and index.column() == self.WARNINGS
            and self.row(index.row()).warnings
        ):
            return icon("warning", WARNING_COLOUR)
        return super().data(index, role)

    def rows(self) -> list[Candidate]:
        return [self.row(r) for r in range(self.rowCount())]


def _page_error(page: QWizardPage) -> QLabel:
    return error_label(page, "page")


class YearPage(QWizardPage):
    """The year to archive (and the building, when the file has several), with how far each year is."""

    def __init__(self, wizard: ArchiveWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.years: list[YearSummary] = []
        self.setTitle(self.tr("Year"))
        self.setSubTitle(self.tr("Choose the year whose departed tenants' dossiers go into file boxes (R7)."))
        self.building_box = QComboBox(self)
        self.building_box.setObjectName("building")
        with wizard.desk.work(wizard.actor) as work:
            buildings = list_buildings(work)
        self.building_box.addItem(self.tr("All buildings"), None)
        for building in buildings:
            self.building_box.addItem(building.name, building.id)
        self.year_box = QComboBox(self)
        self.year_box.setObjectName("year")
        self.year_box.setMinimumContentsLength(40)
        self.summary = QLabel(self)
        self.summary.setObjectName("year-summary")
        self.summary.setWordWrap(True)
        form = QFormLayout()
        building_label = QLabel(self.tr("&Building:"), self)
        building_label.setBuddy(self.building_box)
        form.addRow(building_label, self.building_box)
        form.addRow(self.tr("&Year:"), self.year_box)
        several = len(buildings) > 1
        building_label.setVisible(several)
        self.building_box.setVisible(several)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.building_box.currentIndexChanged.connect(lambda _i: self.load())
        self.year_box.currentIndexChanged.connect(self._year_chosen)
        self.load()

    def load(self, year: int | None = None) -> None:
        """The years in which tenancies ended; the most recent one with something left to do is chosen."""
        wanted = year if year is not None else self.year()
        with self.wiz.desk.work(self.wiz.actor) as work:
            self.years = archive_years(work, self.building_id())
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for summary in self.years:
            self.year_box.addItem(
                self.tr("{year}: {ended} ended — {departed} not bound, {bound} bound, {archived} archived").format(
                    year=summary.year,
                    ended=summary.ended,
                    departed=summary.departed,
                    bound=summary.bound,
                    archived=summary.archived,
                ),
                summary.year,
            )
        # The most recent year that has ended comes first: this year's boxes would be opened again in December.
        this_year = self.wiz.desk.clock().year
        with_work = [i for i, s in enumerate(self.years) if s.departed + s.bound]
        to_do = next((i for i in with_work if self.years[i].year < this_year), with_work[0] if with_work else 0)
        index = self.year_box.findData(wanted) if wanted is not None else -1
        self.year_box.setCurrentIndex(index if index >= 0 else to_do if self.years else -1)
        self.year_box.blockSignals(False)
        self._year_chosen()

    def building_id(self) -> int | None:
        data = self.building_box.currentData()
        return data if isinstance(data, int) else None

    def year(self) -> int | None:
        data = self.year_box.currentData()
        return data if isinstance(data, int) else None

    def summary_of(self, year: int | None) -> YearSummary | None:
        return next((s for s in self.years if s.year == year), None)

    def _year_chosen(self, _index: int = 0) -> None:
        summary = self.summary_of(self.year())
        if summary is None:
            self.summary.setText(self.tr("No tenancy has ended yet: there is nothing to archive."))
        elif summary.departed + summary.bound == 0:
            self.summary.setText(
                self.tr("Every dossier of {year} is in a box already: nothing is left to archive.").format(
                    year=summary.year
                )
            )
        else:
            text = self.tr(
                "{count} dossiers of {year} are not in a box yet: {departed} still to bind, {bound} bound."
            ).format(
                count=summary.departed + summary.bound,
                year=summary.year,
                departed=summary.departed,
                bound=summary.bound,
            )
            if summary.year >= self.wiz.desk.clock().year:
                text += "\n\n" + self.tr(
                    "{year} has not ended yet: tenancies that end later this year will go into further boxes."
                ).format(year=summary.year)
            self.summary.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        summary = self.summary_of(self.year())
        return summary is not None and summary.departed + summary.bound > 0


class CandidatesPage(QWizardPage):
    """The year's tenancies not in a box yet; "Bind all" binds the unbound ones in one transaction."""

    def __init__(self, wizard: ArchiveWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Departed tenancies"))
        self.model = CandidatesModel(self)
        self.table = read_only_table(self.model, self, "candidates")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CandidatesModel.CUSTOMER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CandidatesModel.WARNINGS, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.counts = QLabel(self)
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        self.retention = retention_box(self)
        retention_label = QLabel(self.tr("&Retention for binding:"), self)
        retention_label.setBuddy(self.retention)
        self.bind_question: QMessageBox | None = None
        self.bind_button = QPushButton(icon("bind"), self.tr("Bind &all"), self)
        self.bind_button.setObjectName("bind-all")
        self.bind_button.setToolTip(
            self.tr("Bind every dossier listed as not bound: documents numbered oldest first, a file number each")
        )
        self.bind_button.clicked.connect(self.bind_all)
        self.leave_check = QCheckBox(self.tr("&Leave unbound dossiers for later"), self)
        self.leave_check.setObjectName("leave-unbound")
        self.leave_check.toggled.connect(lambda _on: self.completeChanged.emit())
        self.print_button = QPushButton(icon("print"), self.tr("&Print in-file directory…"), self)
        self.print_button.setObjectName("print-in-file-directory")
        self.print_button.setToolTip(self.tr("Cover, in-file directory and reference sheet of the selected dossier"))
        self.print_button.clicked.connect(self.print_selected)
        # The list to check on paper before binding; "&l" is taken by "Leave unbound…".
        self.list_printer = ListPrinter(
            wizard.desk,
            wizard.actor,
            self,
            self.table,
            lambda: self.tr("Departed tenancies {year}").format(year=self.wiz.year()),
            subtitle=self.counts.text,
            file_name="departed-tenancies.pdf",
            text=self.tr("Print lis&t…"),
            printouts=wizard.printouts,
        )
        self.print_list_button = self.list_printer.button(self)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.message = QLabel(self)
        self.message.setObjectName("bound-message")
        self.message.setWordWrap(True)
        self.error = _page_error(self)
        bar = QHBoxLayout()
        bar.addWidget(retention_label)
        bar.addWidget(self.retention)
        bar.addWidget(self.bind_button)
        bar.addWidget(self.print_button)
        bar.addWidget(self.print_list_button)
        bar.addStretch(1)
        bar.addWidget(self.leave_check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        self.message.clear()
        self.error.setVisible(False)
        self.leave_check.setChecked(False)
        self.load()

    def load(self) -> None:
        year = self.wiz.year()
        with self.wiz.desk.work(self.wiz.actor) as work:
            rows = candidates(work, year, self.wiz.building_id()) if year is not None else []
        self.model.set_rows(rows)
        unbound = self.unbound()
        self.setSubTitle(
            self.tr("Tenancies that ended in {year} and are not in a box yet. Bind them before boxing (R6).").format(
                year=year
            )
        )
        self.counts.setText(
            self.tr("{count} dossiers: {unbound} not bound, {bound} bound.").format(
                count=len(rows), unbound=unbound, bound=len(rows) - unbound
            )
        )
        self.bind_button.setEnabled(unbound > 0)
        self.retention.setEnabled(unbound > 0)
        self.leave_check.setVisible(unbound > 0)
        self.table.resizeColumnToContents(CandidatesModel.WARNINGS)
        self._selection_changed()
        self.completeChanged.emit()

    def selected(self) -> Candidate | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        self.print_button.setEnabled(self.selected() is not None)

    def print_selected(self) -> bool:
        """The selected dossier's in-file directory: numbered for good once bound, provisional before."""
        chosen = self.selected()
        if chosen is None:
            return False
        return self.wiz.printouts.build(
            lambda work, target: archive_print.print_dossier(work, chosen.dossier_id, target),
            f"in-file-directory-{chosen.dossier_number}.pdf",
            self.tr("In-file directory {number}").format(number=chosen.dossier_number),
        )

    def unbound(self) -> int:
        return sum(1 for c in self.model.rows() if c.status == "departed")

    def bound(self) -> int:
        return sum(1 for c in self.model.rows() if c.status == "bound")

    def incomplete(self) -> list[Candidate]:
        """Unbound dossiers "bind all" leaves out: documents without a page count, or none."""
        return [c for c in self.model.rows() if c.status == "departed" and c.incomplete]

    def bind_all(self) -> QMessageBox | None:
        """Ask first (binding is for good), then bind on a worker; the question is returned for tests."""
        year = self.wiz.year()
        ready = self.unbound() - len(self.incomplete())
        if year is None or ready <= 0:
            if self.incomplete():
                self.message.setText(self._left_out_text())
            return None
        text = self.tr(
            "Bind {count} dossiers of {year}? Their documents get item and page numbers and a file number each, "
            "and they no longer change."
        ).format(count=ready, year=year)
        if self.incomplete():
            text += "\n\n" + self._left_out_text()
        self.bind_question = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Bind all"), text, QMessageBox.StandardButton.Cancel, self
        )
        bind = self.bind_question.addButton(self.tr("&Bind"), QMessageBox.ButtonRole.AcceptRole)
        self.bind_question.setDefaultButton(QMessageBox.StandardButton.Cancel)  # hard to take back
        bind.clicked.connect(self._bind_now)
        self.bind_question.open()
        return self.bind_question

    def _left_out_text(self) -> str:
        return self.tr(
            "{count} dossiers have documents without a page count (or none) and are left out: record the pages, "
            "or bind each from its dossier as it is."
        ).format(count=len(self.incomplete()))

    def _bind_now(self) -> None:
        year = self.wiz.year()
        if year is None:
            return
        building_id = self.wiz.building_id()
        retention = self.retention.currentData()
        desk, actor = self.wiz.desk, self.wiz.actor

        def job(_progress: object) -> tuple[str, ...]:
            with desk.work(actor) as work:
                return bind_year(work, year, building_id, retention)

        self.error.setVisible(False)
        self.wiz.run(job, self._bound, self.error)

    def _bound(self, numbers: tuple[str, ...]) -> None:
        self.load()
        if numbers:
            text = self.tr("Bound {count} dossiers: file numbers {first} to {last}.").format(
                count=len(numbers), first=numbers[0], last=numbers[-1]
            )
            if self.incomplete():
                text += " " + self._left_out_text()
            self.message.setText(text)

    def isComplete(self) -> bool:
        if self.wiz.busy():
            return False
        return self.bound() > 0 and (self.unbound() == 0 or self.leave_check.isChecked())


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
        self.capacity_spin.setRange(1, 10000)
        self.capacity_spin.setSuffix(self.tr(" pages"))
        self.capacity_spin.setValue(DEFAULT_SPINE_MM * PAGES_PER_MM)
        self.shelf_edit = QLineEdit(self)
        self.shelf_edit.setObjectName("shelf-location")
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
        self.error = _page_error(self)
        below = QHBoxLayout()
        below.addWidget(self.summary, 1)
        below.addWidget(self.print_list_button)
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
            with self.wiz.desk.work(self.wiz.actor) as work:
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
            self.tr("{boxes} boxes for {dossiers} bound dossiers.").format(boxes=len(plans), dossiers=dossiers)
            if plans
            else self.tr("No bound dossier to box: go back and bind them.")
        )
        if over:
            text += " " + self.tr("{count} boxes hold more than their capacity.").format(count=over)
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
        self.error = _page_error(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        plans = self.wiz.boxes_page.plans
        floors = sorted({(p.building, p.floor_level, p.floor) for p in plans})
        lines = [
            self.tr("Year: {year}").format(year=self.wiz.year()),
            self.tr("{dossiers} bound dossiers into {boxes} new boxes on {floors} floors ({names}).").format(
                dossiers=sum(len(p.dossiers) for p in plans),
                boxes=len(plans),
                floors=len(floors),
                names="、".join(f for _b, _l, f in floors),
            ),
        ]
        unbound = self.wiz.candidates_page.unbound()
        if unbound:
            lines.append(self.tr("{count} dossiers stay unbound, for a later run.").format(count=unbound))
        shelf = self.wiz.boxes_page.shelf_edit.text().strip()
        lines.append(self.tr("Shelf location: {place}").format(place=shelf or "—"))
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
        self.wiz.run(job, self.wiz.archived_done, self.error)
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
        text = self.tr("{year}: {archived} dossiers archived into {boxes} boxes.").format(
            year=result.year, archived=result.archived, boxes=len(result.boxes)
        )
        if result.left_unbound:
            text += " " + self.tr("{count} departed dossiers are not bound yet and wait for a later run.").format(
                count=result.left_unbound
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


class ArchiveWizard(QWizard):
    """The annual archiving; ``archived(ArchiveResult)`` after the commit, ``browser_requested(year)``."""

    archived = Signal(object)
    browser_requested = Signal(int)
    YEAR, CANDIDATES, BOXES, CONFIRM, RESULT = range(5)

    def __init__(self, desk: Desk, actor: Actor, year: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.task: BackgroundTask | None = None
        self.result_value: ArchiveResult | None = None
        self.printouts = PrintoutBuilder(desk, actor, self)
        self.setObjectName("archive-wizard")
        self.setWindowTitle(self.tr("Annual archiving"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.year_page = YearPage(self)
        if year is not None:
            self.year_page.load(year)
        self.candidates_page = CandidatesPage(self)
        self.boxes_page = BoxesPage(self)
        self.confirm_page = ConfirmPage(self)
        self.result_page = ResultPage(self)
        for page_id, page in enumerate(
            (self.year_page, self.candidates_page, self.boxes_page, self.confirm_page, self.result_page)
        ):
            self.setPage(page_id, page)
        self.resize(980, 600)

    def year(self) -> int | None:
        return self.year_page.year()

    def building_id(self) -> int | None:
        return self.year_page.building_id()

    # -- long work ------------------------------------------------------------------------------

    def busy(self) -> bool:
        return self.task is not None

    def run(self, job: Callable[[Any], Any], done: Callable[[Any], None], error: QLabel) -> None:
        """Run an app call off the UI thread: busy cursor, buttons held; the app's refusal shown in ``error``."""
        if self.task is not None:
            return
        self.task = BackgroundTask(job, self)
        self.task.finished.connect(lambda result: self._ended(done, result))
        self.task.failed.connect(lambda exc: self._failed(exc, error))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._hold(True)
        self.task.start()

    def _hold(self, held: bool) -> None:
        for button in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(button).setEnabled(not held)
        self.currentPage().setEnabled(not held)
        if not held:
            self.currentPage().completeChanged.emit()  # Next follows the page again

    def _finish_task(self) -> None:
        if self.task is not None:
            self.task.deleteLater()
            self.task = None
            QApplication.restoreOverrideCursor()
            self._hold(False)

    def _ended(self, done: Callable[[Any], None], result: object) -> None:
        self._finish_task()
        done(result)

    def _failed(self, exc: Exception, error: QLabel) -> None:
        self._finish_task()
        error.setText(error_text(exc) if isinstance(exc, AppError) else str(exc))
        error.setVisible(True)

    def archived_done(self, result: ArchiveResult) -> None:
        self.result_value = result
        self.archived.emit(result)
        self.next()

    # -- after archiving ------------------------------------------------------------------------

    def created_boxes(self) -> tuple[BoxInfo, ...]:
        return self.result_value.boxes if self.result_value is not None else ()

    def preview_year(self) -> bool:
        """The year's combined PDF: every box's directory, in-file directories and labels."""
        year = self.year()
        building_id = self.building_id()
        if year is None:
            return False
        return self.printouts.build(
            lambda work, target: archive_print.print_archive(work, year, target, building_id),
            f"archive-{year}.pdf",
            self.tr("Archive {year}").format(year=year),
        )

    def print_box_labels(self) -> bool:
        ids = [b.id for b in self.created_boxes()]
        if not ids:
            return False
        return self.printouts.build(
            lambda work, target: archive_print.print_box_labels(work, ids, target),
            f"box-labels-{self.year()}.pdf",
            self.tr("Box labels ({count})").format(count=len(ids)),
        )

    def open_browser(self) -> None:
        year = self.year()
        if year is not None:
            self.browser_requested.emit(year)

    def done(self, result: int) -> None:
        if self.task is not None:
            return  # an app call is still running; it ends the step it started
        self.printouts.cleanup()
        super().done(result)
