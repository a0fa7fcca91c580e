"""The import wizard's pages: choose the workbook → check it (every problem, or a preview of what it adds) → done.

The check is the import's dry run; the Import button on the check page runs the real import. Both run in the
background through the wizard (``ImportWizard.run``), with progress and Cancel; nothing is written unless the whole
workbook is right.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app import exchange
from app.exchange import ImportReport
from ui.exchange.import_models import AdditionsModel, ProblemsModel, SheetsModel
from ui.exchange.template_saver import remember_folder, remembered_folder
from ui.form_dialog import ERROR_STYLE, page_error
from ui.lists import read_only_table
from ui.printing import ListPrinter
from ui.translations import form_label

if TYPE_CHECKING:
    from ui.exchange.import_wizard import ImportWizard

ADDITIONS_SHOWN = 500  # the preview lists this many rows to add; "… and N more" says the rest
REFUSED_SUFFIXES = (".xls", ".csv", ".ods", ".et")  # the engine says what to do with these; the field lets them by


class ChoosePage(QWizardPage):
    """The workbook to import (a field and Browse…; the folder is remembered), and the way to the template."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Choose the workbook"))
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
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(about)
        layout.addWidget(self.template_link)
        layout.addStretch(1)

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
        return path is not None and path.is_file()

    def validatePage(self) -> bool:
        path = self.path()
        if path is None:
            return False
        remember_folder(self.wiz.settings, path)
        return True


class CheckPage(QWizardPage):
    """The dry run's answer: every problem (nothing was written), or what the import will add; then Import."""

    PROBLEMS, PREVIEW = range(2)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.report: ImportReport | None = None
        self.checked: Path | None = None  # the workbook the report is of
        self.setTitle(self.tr("Check"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.summary = QLabel(self)
        self.summary.setObjectName("check-summary")
        self.summary.setWordWrap(True)

        # The problems: all of them, sortable, to print or to save as the error workbook.
        self.problems_model = ProblemsModel(self)
        self.problems = read_only_table(self.problems_model, self, "problems", QHeaderView.ResizeMode.Interactive)
        self.problems.setSortingEnabled(True)
        self.problems.setWordWrap(True)
        self.problems_printer = ListPrinter(
            wizard.desk,
            wizard.actor,
            self,
            self.problems,
            lambda: self.tr("Import problems: {file}").format(file=self.checked.name if self.checked else ""),
            subtitle=self.summary.text,
            file_name="import-problems.pdf",
        )
        self.save_errors_button = QPushButton(self.tr("&Save error workbook…"), self)
        self.save_errors_button.setObjectName("save-error-workbook")
        self.save_errors_button.setToolTip(
            self.tr("The workbook's rows with a column saying what is wrong and the wrong cells marked, to correct")
        )
        self.save_errors_button.clicked.connect(self.save_error_workbook)
        self.check_again_button = QPushButton(self.tr("Check &again"), self)
        self.check_again_button.setObjectName("check-again")
        self.check_again_button.setToolTip(self.tr("Check the workbook again after correcting it"))
        self.check_again_button.clicked.connect(self.check)
        problem_buttons = QHBoxLayout()
        problem_buttons.addWidget(self.check_again_button)
        problem_buttons.addStretch(1)
        problem_buttons.addWidget(self.save_errors_button)
        problem_buttons.addWidget(self.problems_printer.button(self))
        problems_panel = QWidget(self)
        problems_layout = QVBoxLayout(problems_panel)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(self.problems, 1)
        problems_layout.addLayout(problem_buttons)

        # The preview: per sheet, the rows to add, what else the import creates, the columns it does not read.
        self.sheets_model = SheetsModel(self)
        self.sheets = read_only_table(self.sheets_model, self, "sheet-counts")
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
        preview_panel = QWidget(self)
        preview_layout = QVBoxLayout(preview_panel)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.sheets)
        preview_layout.addWidget(self.additions, 1)
        preview_layout.addWidget(self.more)
        preview_layout.addWidget(self.created)
        preview_layout.addWidget(self.ignored)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(problems_panel)
        self.stack.addWidget(preview_panel)
        self.error = page_error(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)

    # -- checking -------------------------------------------------------------------------------

    def initializePage(self) -> None:
        # Once the wizard has turned to this page: the check holds the page in front (and its buttons).
        self.show_report(None)
        QTimer.singleShot(0, self, self.check)

    def check(self) -> None:
        """The dry run, in the background; its report shown when it comes."""
        path = self.wiz.choose_page.path()
        if path is None or self.wiz.busy() or self.wiz.currentPage() is not self:
            return
        self.show_report(None)
        self.checked = path
        self.summary.setText(self.tr("Checking {file}…").format(file=path.name))
        self.wiz.run(
            lambda work: exchange.import_workbook(work, path, dry_run=True),
            self.show_report,
            self.error,
            self.tr("Checking the workbook…"),
            self._not_checked,
        )

    def _not_checked(self) -> None:
        """The check was cancelled or refused: the way to try again, and no Import."""
        self.summary.setText("")
        self.stack.setVisible(True)
        self.stack.setCurrentIndex(self.PROBLEMS)
        self.save_errors_button.setEnabled(False)
        self.problems_printer.action.setEnabled(False)

    def show_report(self, report: ImportReport | None) -> None:
        self.report = report
        self.error.setVisible(False)
        self.problems_model.set_rows(report.problems if report is not None else ())
        self.sheets_model.set_rows(report.sheets if report is not None else ())
        shown = report.additions[:ADDITIONS_SHOWN] if report is not None else ()
        self.additions_model.set_rows(shown)
        self.stack.setVisible(report is not None)
        self.summary.setStyleSheet("")
        if report is None:
            self.completeChanged.emit()
            return
        if report.problems:
            self._show_problems(report)
        elif report.nothing_new:
            self.summary.setText(
                self.tr("Everything in this file is already recorded: there is nothing new to import.")
            )
            self.stack.setVisible(False)
        else:
            self._show_preview(report)
        self.completeChanged.emit()

    def _show_problems(self, report: ImportReport) -> None:
        count = len(report.problems)
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(
            self.tr(
                "Found %n problem(s); nothing was written. Correct them in the workbook and check again.",
                "",
                count,
            )
        )
        self.stack.setCurrentIndex(self.PROBLEMS)
        self.save_errors_button.setEnabled(True)
        self.problems_printer.action.setEnabled(True)
        self.problems.resizeColumnsToContents()
        header = self.problems.horizontalHeader()
        for column in range(ProblemsModel.MESSAGE):
            header.resizeSection(column, min(header.sectionSize(column), 160))

    def _show_preview(self, report: ImportReport) -> None:
        self.summary.setText(
            self.tr("Every row is right: %n row(s) will be added. Press Import to add them.", "", report.added)
        )
        self.stack.setCurrentIndex(self.PREVIEW)
        self.sheets.setMaximumHeight(self._rows_height(self.sheets, len(report.sheets)))
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

    # -- the error workbook ---------------------------------------------------------------------

    def ask_error_target(self, suggested: Path) -> str:
        """Where to save the error workbook (one place, so a test can answer); "" when cancelled."""
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save error workbook"), str(suggested), self.tr("Excel workbook (*.xlsx)")
        )
        return name

    def save_error_workbook(self) -> None:
        report, source = self.report, self.checked
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

        self.wiz.run_reading(job, self._error_workbook_saved, self.error, self.tr("Writing the error workbook…"))

    def _error_workbook_saved(self, path: object) -> None:
        self.wiz.saved_error_workbook = Path(str(path))
        self.wiz.tell_saved(self.wiz.saved_error_workbook)

    # -- importing ------------------------------------------------------------------------------

    def isComplete(self) -> bool:
        return not self.wiz.busy() and self.importable()

    def importable(self) -> bool:
        return self.report is not None and self.report.ok and not self.report.nothing_new

    def nextId(self) -> int:
        # No Import button when there is nothing to import (problems, nothing new, not checked): Finish closes.
        return super().nextId() if self.importable() else -1

    def validatePage(self) -> bool:
        """The real import in the background; the wizard moves on when it has committed."""
        if self.wiz.result is not None:
            return True
        path = self.checked
        if path is None or not self.importable() or self.wiz.busy():
            return False
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
