"""The import wizard's pages: choose the workbook (Check) → its problems, or nothing new (the end) | the preview
(Import) → what was imported.

Check is the import's dry run and Import the real import; both run in the background through the wizard
(``ImportWizard.run``), with progress and Cancel; nothing is written unless the whole workbook is right.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from app import exchange
from ui.exchange.import_models import AdditionsModel, ProblemsModel, SheetsModel
from ui.exchange.template_saver import remember_folder, remembered_folder
from ui.form_dialog import ERROR_STYLE, page_error
from ui.lists import read_only_table
from ui.printing import ListPrinter
from ui.translations import form_label

if TYPE_CHECKING:
    from ui.exchange.import_wizard import ImportWizard

ADDITIONS_SHOWN = 500  # the preview lists this many rows to add; "… and N more" says the rest


class ChoosePage(QWizardPage):
    """The workbook to import (a field and Browse…; the folder is remembered), and the way to the template."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Choose the workbook"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Check"))
        self.setSubTitle(
            self.tr(
                "An Excel workbook (.xlsx) with the sheets 房间, 客户, 租户, 档案文件 and 费用 — any of them, in any "
                "order. It is checked first; nothing is written unless every row is right."
            )
        )
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("workbook")
        self.file_edit.setPlaceholderText(self.tr("The .xlsx file to import"))
        self.file_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setObjectName("browse")
        browse.clicked.connect(self.browse)
        label = QLabel(form_label(self.tr("&Workbook")), self)
        label.setBuddy(self.file_edit)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        self.template_link = QLabel("<a href='template'>" + self.tr("Save the import template…") + "</a>", self)
        self.template_link.setObjectName("template-link")
        self.template_link.linkActivated.connect(lambda _link: self.wiz.template_saver.save())
        about = QLabel(
            self.tr(
                "Start from the import template: it has the sheets and headers the import reads, lists of the allowed "
                "categories and how to fill each column. Your own spreadsheets work too when their headers say the "
                "same; extra columns are left out and named in the preview."
            ),
            self,
        )
        about.setWordWrap(True)
        self.error = page_error(self)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(about)
        layout.addWidget(self.template_link)
        layout.addStretch(1)
        layout.addWidget(self.error)

    def path(self) -> Path | None:
        text = self.file_edit.text().strip().strip('"')
        return Path(text) if text else None

    def ask_file(self) -> str:
        """The workbook chosen in the file dialog (one place, so a test can answer); "" when cancelled."""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import from Excel"),
            remembered_folder(self.wiz.settings),
            self.tr("Excel workbooks (*.xlsx *.xlsm);;All files (*)"),
        )
        return name

    def browse(self) -> None:
        name = self.ask_file()
        if name:
            self.file_edit.setText(name)

    def isComplete(self) -> bool:
        path = self.path()
        return not self.wiz.busy() and path is not None and path.is_file()

    def validatePage(self) -> bool:
        """The check (the import's dry run) in the background; the wizard turns to its answer when it comes."""
        if self.wiz.checked_now:
            self.wiz.checked_now = False
            return True
        path = self.path()
        if path is None or self.wiz.busy():
            return False
        remember_folder(self.wiz.settings, path)
        self.error.setVisible(False)
        self.wiz.check(path, self.error)
        return False

    def nextId(self) -> int:
        # The check's answer decides the page: every problem (or nothing new) ends the wizard; a preview leads on to
        # Import. Before the check, the preview's id keeps Next (Check) on this page.
        report = self.wiz.report
        if report is not None and (report.problems or report.nothing_new):
            return self.wiz.REPORT
        return self.wiz.PREVIEW


class ReportPage(QWizardPage):
    """The check found problems — every one, sortable, to print or to save as the error workbook; nothing was
    written — or found nothing new to import. The wizard ends here: correct the workbook and check it again."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Check"))
        self.summary = QLabel(self)
        self.summary.setObjectName("check-summary")
        self.summary.setWordWrap(True)
        self.problems_model = ProblemsModel(self)
        self.problems = read_only_table(self.problems_model, self, "problems", QHeaderView.ResizeMode.Interactive)
        self.problems.setSortingEnabled(True)
        self.problems.setWordWrap(True)
        self.problems_printer = ListPrinter(
            wizard.desk,
            wizard.actor,
            self,
            self.problems,
            lambda: self.tr("Import problems: {file}").format(file=self.wiz.checked.name if self.wiz.checked else ""),
            subtitle=self.summary.text,
            file_name="import-problems.pdf",
        )
        self.print_button = self.problems_printer.button(self)
        self.save_errors_button = QPushButton(self.tr("&Save error workbook…"), self)
        self.save_errors_button.setObjectName("save-error-workbook")
        self.save_errors_button.setToolTip(
            self.tr("The workbook's rows with a column saying what is wrong and the wrong cells marked, to correct")
        )
        self.save_errors_button.setAutoDefault(False)
        self.save_errors_button.clicked.connect(self.save_error_workbook)
        self.check_again_button = QPushButton(self.tr("Check &again"), self)
        self.check_again_button.setObjectName("check-again")
        self.check_again_button.setToolTip(self.tr("Check the workbook again after correcting it"))
        self.check_again_button.setAutoDefault(False)
        self.check_again_button.clicked.connect(self.wiz.check_again)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_again_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_errors_button)
        buttons.addWidget(self.print_button)
        self.error = page_error(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        report = self.wiz.report
        assert report is not None
        count = len(report.problems)
        self.problems_model.set_rows(report.problems)
        self.error.setVisible(False)
        for widget in (self.problems, self.save_errors_button, self.print_button):
            widget.setVisible(bool(count))
        if not count:
            self.summary.setStyleSheet("")
            self.summary.setText(
                self.tr("Everything in this file is already recorded: there is nothing new to import.")
            )
            return
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(
            self.tr(
                "Found %n problem(s); nothing was written. Correct them in the workbook and check again.", "", count
            )
        )
        self.problems.resizeColumnsToContents()
        header = self.problems.horizontalHeader()
        for column in range(ProblemsModel.MESSAGE):
            header.resizeSection(column, min(header.sectionSize(column), 160))

    def nextId(self) -> int:
        return -1  # Finish: nothing to import from this workbook as it is

    # -- the error workbook ---------------------------------------------------------------------

    def ask_error_target(self, suggested: Path) -> str:
        """Where to save the error workbook (one place, so a test can answer); "" when cancelled."""
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save error workbook"), str(suggested), self.tr("Excel workbook (*.xlsx)")
        )
        return name

    def save_error_workbook(self) -> None:
        report, source = self.wiz.report, self.wiz.checked
        if report is None or source is None or not report.problems or self.wiz.busy():
            return
        suggested = source.with_name(self.tr("{name} (errors)").format(name=source.stem) + ".xlsx")
        name = self.ask_error_target(suggested)
        if not name:
            return
        target = Path(name)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        if target.resolve() == source.resolve():
            self.error.setText(self.tr("Save the error workbook under another name: the original stays as it is."))
            self.error.setVisible(True)
            return

        def job(_progress: object) -> Path:
            return exchange.write_error_workbook(source, report, target, QCoreApplication.translate)

        self.error.setVisible(False)
        self.wiz.run_reading(job, self._error_workbook_saved, self.error, self.tr("Writing the error workbook…"))

    def _error_workbook_saved(self, path: object) -> None:
        self.wiz.saved_error_workbook = Path(str(path))
        self.wiz.tell_saved(self.wiz.saved_error_workbook)


class PreviewPage(QWizardPage):
    """What the import will add: per sheet the rows, those to add and those already recorded; the rows to add; the
    buildings, floors and fee items it creates; the columns it does not read. Import adds them, all in one go."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Preview"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.summary = QLabel(self)
        self.summary.setObjectName("preview-summary")
        self.summary.setWordWrap(True)
        self.sheets_model = SheetsModel(self)
        self.sheets = read_only_table(self.sheets_model, self, "sheet-counts")
        self.sheets.horizontalHeader().setStretchLastSection(False)  # four short columns: the counts by the names
        self.additions_model = AdditionsModel(self)
        self.additions = read_only_table(self.additions_model, self, "additions")
        self.more = QLabel(self)
        self.more.setObjectName("more-additions")
        self.created = QLabel(self)
        self.created.setObjectName("created")
        self.created.setWordWrap(True)
        self.ignored = QLabel(self)
        self.ignored.setObjectName("ignored")
        self.ignored.setWordWrap(True)
        self.error = page_error(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.sheets)
        layout.addWidget(self.additions, 1)
        layout.addWidget(self.more)
        layout.addWidget(self.created)
        layout.addWidget(self.ignored)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        report = self.wiz.report
        assert report is not None
        self.error.setVisible(False)
        self.summary.setText(
            self.tr("Every row is right: %n row(s) will be added. Press Import to add them.", "", report.added)
        )
        self.sheets_model.set_rows(report.sheets)
        self.sheets.setMaximumHeight(self._rows_height(self.sheets, len(report.sheets)))
        self.additions_model.set_rows(report.additions[:ADDITIONS_SHOWN])
        rest = len(report.additions) - ADDITIONS_SHOWN
        self.more.setText(self.tr("… and {count} more").format(count=rest) if rest > 0 else "")
        self.more.setVisible(rest > 0)
        created: list[str] = []
        if report.buildings_added:
            created.append(self.tr("New buildings: {names}").format(names="、".join(report.buildings_added)))
        if report.floors_added:
            created.append(self.tr("New floors: {count}").format(count=report.floors_added))
        if report.fee_items_added:
            created.append(self.tr("New fee items: {names}").format(names="、".join(report.fee_items_added)))
        if report.dossiers_added:
            created.append(self.tr("New dossiers: {count}").format(count=report.dossiers_added))
        self.created.setText("\n".join(created))
        self.created.setVisible(bool(created))
        ignored = [
            self.tr("{sheet} column {column} ({header})").format(sheet=i.sheet, column=i.column, header=i.header)
            for i in report.ignored
        ]
        self.ignored.setText(self.tr("Columns not read: {columns}").format(columns="; ".join(ignored)))
        self.ignored.setVisible(bool(ignored))

    @staticmethod
    def _rows_height(table: QTableView, rows: int) -> int:
        header = table.horizontalHeader().sizeHint().height()
        row = table.verticalHeader().defaultSectionSize()
        return header + row * max(rows, 1) + 2 * table.frameWidth() + 2

    def isComplete(self) -> bool:
        return not self.wiz.busy()

    def validatePage(self) -> bool:
        """The real import in the background; the wizard moves on when it has committed."""
        if self.wiz.result is not None:
            return True
        path = self.wiz.checked
        if path is None or self.wiz.busy():
            return False
        self.error.setVisible(False)
        self.wiz.run(
            lambda work: exchange.import_workbook(work, path),
            self.wiz.imported,
            self.error,
            self.tr("Importing the workbook…"),
        )
        return False


class DonePage(QWizardPage):
    """What the import added, sheet by sheet, and what it created besides."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Imported"))
        self.text = QLabel(self)
        self.text.setObjectName("import-summary")
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:
        report = self.wiz.result
        if report is None:
            return
        lines = [self.tr("%n row(s) added; nothing else was changed.", "", report.added)]
        for sheet in report.sheets:
            lines.append(
                self.tr("{sheet}: {added} added, {skipped} already recorded").format(
                    sheet=sheet.sheet, added=sheet.added, skipped=sheet.skipped
                )
            )
        if report.buildings_added:
            lines.append(self.tr("New buildings: {names}").format(names="、".join(report.buildings_added)))
        if report.floors_added:
            lines.append(self.tr("New floors: {count}").format(count=report.floors_added))
        if report.fee_items_added:
            lines.append(self.tr("New fee items: {names}").format(names="、".join(report.fee_items_added)))
        if report.dossiers_added:
            lines.append(self.tr("New dossiers: {count}").format(count=report.dossiers_added))
        lines.append(
            self.tr("Importing the same file again adds nothing; a corrected or longer file adds only what is new.")
        )
        self.text.setText("\n".join(lines))
