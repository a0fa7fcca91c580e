"""The annual archiving wizard's first two pages: the year, and the year's departed tenancies.

YearPage chooses the year to archive (and the building, when the file has several) and says
how far each year is; CandidatesPage lists the tenancies that ended that year and are not in a
box yet (CandidatesModel) and binds the unbound ones in one go ("Bind all", R6) before they can
be boxed. The pages after them are in wizard_box_pages.py; the wizard itself is in wizard.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from app import archive
from app.archive import Candidate, YearSummary, archive_years, bind_year, candidates
from app.building import list_buildings
from app.dossier import DOSSIER_STATUS_NAMES
from app.loans import LoanInfo, on_loan
from ui.archive.settings_dialog import SettingsNotice
from ui.archive.wizard_common import WARNING_COLOUR, retention_box, warning_text
from ui.form_dialog import page_error
from ui.icons import icon
from ui.lists import RowsModel, read_only_table
from ui.loans import lent_text
from ui.printing import ListPrinter
from ui.translations import app_text, format_date

if TYPE_CHECKING:
    from ui.archive.wizard import ArchiveWizard

_Index = QModelIndex | QPersistentModelIndex


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


class YearPage(QWizardPage):
    """The year to archive (and the building, when the file has several), with how far each year is."""

    def __init__(self, wizard: ArchiveWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.years: list[YearSummary] = []
        self.setTitle(self.tr("Year"))
        self.setSubTitle(self.tr("Choose the year whose departed tenants' dossiers go into file boxes."))
        self.building_box = QComboBox(self)
        self.building_box.setObjectName("building")
        with wizard.desk.read(wizard.actor) as work:
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
        # Asked for at the first archiving: the settings the 档号 will be made with, until the manager confirms them.
        self.settings_notice = SettingsNotice(wizard.desk, wizard.actor, self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.settings_notice)
        layout.addStretch(1)
        self.building_box.currentIndexChanged.connect(lambda _i: self.load())
        self.year_box.currentIndexChanged.connect(self._year_chosen)
        self.load()

    def load(self, year: int | None = None) -> None:
        """The years in which tenancies ended; the most recent one with something left to do is chosen."""
        wanted = year if year is not None else self.year()
        with self.wiz.desk.read(self.wiz.actor) as work:
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
                "%n dossier(s) of {year} are not in a box yet: {departed} still to bind, {bound} bound.",
                "",
                summary.departed + summary.bound,
            ).format(
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
        self.export_list_button = self.list_printer.export_button(self)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        # R8: a dossier out on loan is not in the cabinet to be bound and boxed; said, not refused.
        self.lent: dict[int, LoanInfo] = {}
        self.loans_warning = page_error(self)
        self.loans_warning.setObjectName("loans-warning")
        self.message = QLabel(self)
        self.message.setObjectName("bound-message")
        self.message.setWordWrap(True)
        self.error = page_error(self)
        bar = QHBoxLayout()
        bar.addWidget(retention_label)
        bar.addWidget(self.retention)
        bar.addWidget(self.bind_button)
        bar.addWidget(self.print_button)
        bar.addStretch(1)
        bar.addWidget(self.leave_check)
        # The list's own buttons above it, beside its counts: the row below is full with binding (1024 px in English).
        above = QHBoxLayout()
        above.addWidget(self.counts, 1)
        above.addWidget(self.print_list_button)
        above.addWidget(self.export_list_button)
        layout = QVBoxLayout(self)
        layout.addLayout(above)
        layout.addWidget(self.loans_warning)
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
        with self.wiz.desk.read(self.wiz.actor) as work:
            rows = candidates(work, year, self.wiz.building_id()) if year is not None else []
            self.lent = on_loan(work, [c.dossier_id for c in rows])
        self.model.set_rows(rows)
        self.loans_warning.setText(self.loans_text())
        self.loans_warning.setVisible(bool(self.lent))
        unbound = self.unbound()
        self.setSubTitle(
            self.tr("Tenancies that ended in {year} and are not in a box yet. Bind them before boxing.").format(
                year=year
            )
        )
        self.counts.setText(
            self.tr("%n dossier(s): {unbound} not bound, {bound} bound.", "", len(rows)).format(
                unbound=unbound, bound=len(rows) - unbound
            )
        )
        self.bind_button.setEnabled(unbound > 0)
        self.retention.setEnabled(unbound > 0)
        self.leave_check.setVisible(unbound > 0)
        self.table.resizeColumnToContents(CandidatesModel.WARNINGS)
        self._selection_changed()
        self.completeChanged.emit()

    def loans_text(self) -> str:
        """The dossiers of the year out on loan: who has them since when (get them back before boxing)."""
        if not self.lent:
            return ""
        numbers = {c.dossier_id: c.dossier_number for c in self.model.rows()}
        named = "；".join(
            f"{numbers.get(d, '')} {lent_text(x.borrower, x.lent_on)}" for d, x in sorted(self.lent.items())
        )
        return self.tr(
            "%n dossier(s) out on loan, not in the cabinet: {dossiers}. Take them back first.", "", len(self.lent)
        ).format(dossiers=named)

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
            lambda work, target: archive.print_dossier(work, chosen.dossier_id, target),
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
            "Bind %n dossier(s) of {year}? Their documents get item and page numbers and a file number each, "
            "and they no longer change.",
            "",
            ready,
        ).format(year=year)
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
            "%n dossier(s) have documents without a page count (or none) and are left out: record the pages, "
            "or bind each from its dossier as it is.",
            "",
            len(self.incomplete()),
        )

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
        self.wiz.run(job, self._bound, self.error, self.tr("Binding the year's dossiers…"))

    def _bound(self, numbers: tuple[str, ...]) -> None:
        self.load()
        if numbers:
            text = self.tr("Bound %n dossier(s): file numbers {first} to {last}.", "", len(numbers)).format(
                first=numbers[0], last=numbers[-1]
            )
            if self.incomplete():
                text += " " + self._left_out_text()
            self.message.setText(text)

    def isComplete(self) -> bool:
        if self.wiz.busy():
            return False
        return self.bound() > 0 and (self.unbound() == 0 or self.leave_check.isChecked())
