"""Generate monthly charges… (R11): a building (or all) and a month; the preview of what the run would write — per
fee item the lines, the month's total and what this run adds, the adjustments, the notes (a unit without area) —
then Generate writes it. Generating a month again writes nothing and says so.

Both the preview (``plan_month``) and the run (``generate_month``) read every occupied unit of the building: they
run off the UI thread (ui/tasks.py), the run as a writing job.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.desk import Actor, Desk
from app.errors import AppError
from app.fees import NOTE_TEXTS, ItemTotal, Month, MonthPlan, generate_month, plan_month
from app.jobs import JobCancelled
from app.permissions import Action
from ui.fees.shown import PlaceChoice, let_go, money, start_task
from ui.form_dialog import error_label
from ui.lists import RowsModel, read_only_table
from ui.tasks import BackgroundTask, JobProgress
from ui.translations import error_text, form_label
from ui.window_parts import fit_to_screen


class TotalsModel(RowsModel[ItemTotal]):
    ITEM, LINES, TOTAL, NEW = range(4)

    def headers(self) -> Sequence[str]:
        return (self.tr("Fee item"), self.tr("Lines"), self.tr("Month's total (¥)"), self.tr("This run adds (¥)"))

    def cell(self, row: ItemTotal, column: int) -> object:
        return (row.item, str(row.lines), money(row.total_fen), money(row.new_fen))[column]

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return None if column == self.ITEM else Qt.AlignmentFlag.AlignRight


def note_text(code: str, unit: str, item: str, month: str) -> str:
    """One of the plan's notes in the interface language (NOTE_TEXTS are marked in the context "fees")."""
    return QCoreApplication.translate("fees", NOTE_TEXTS[code]).format(unit=unit, item=item, month=month)


class GenerateChargesDialog(QDialog):
    """Choose, preview, generate; the preview is read again whenever the building or the month changes."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.actor = desk, actor
        self.setObjectName("generate-charges")
        self.setProperty("helpTopic", "fees")
        self.setWindowTitle(self.tr("Generate monthly charges"))
        self.plan: MonthPlan | None = None
        self.written: MonthPlan | None = None
        self.task: BackgroundTask | None = None
        self.progress: JobProgress | None = None
        self.again = False  # the choice changed while a job ran: preview again when it ends
        self._done: Callable[[Any], None] = self.show_plan  # what the running job's result is for

        self.place = PlaceChoice(desk, actor, self, with_floor=False)
        self.month = QDateEdit(self)
        self.month.setObjectName("month")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(False)
        today = desk.clock().date()
        self.month.setDate(QDate(today.year, today.month, 1))
        self.preview_button = QPushButton(self.tr("&Preview"), self)
        self.preview_button.setObjectName("preview")
        self.preview_button.setAutoDefault(False)
        choice = QHBoxLayout()
        form = QFormLayout()
        form.addRow(form_label(self.tr("&Building")), self.place.building)
        form.addRow(form_label(self.tr("&Month")), self.month)
        choice.addLayout(form, 1)
        choice.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignBottom)

        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.totals = TotalsModel(self)
        self.table = read_only_table(self.totals, self, "totals")
        header = self.table.horizontalHeader()  # the item's name takes the room, the amounts what they need
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TotalsModel.ITEM, QHeaderView.ResizeMode.Stretch)
        self.notes_caption = QLabel(self.tr("Notes:"), self)
        self.notes = QListWidget(self)
        self.notes.setObjectName("notes")
        self.notes.setWordWrap(True)
        self.error = error_label(self, "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.generate_button = self.buttons.addButton(self.tr("&Generate"), QDialogButtonBox.ButtonRole.ActionRole)
        self.generate_button.setObjectName("generate")
        self.generate_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.notes_caption)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 720, 520)

        self.preview_button.clicked.connect(self.preview)
        self.generate_button.clicked.connect(self.generate)
        self.place.building.currentIndexChanged.connect(lambda _i: self.preview())
        self.month.dateChanged.connect(lambda _d: self.preview())
        self.preview()

    def chosen_month(self) -> Month:
        day = self.month.date()
        return Month(day.year(), day.month())

    def busy(self) -> bool:
        return self.task is not None

    # -- the preview ----------------------------------------------------------------------------------------------

    def preview(self) -> None:
        if self.task is not None:  # read again with the new choice once this job ends
            self.again = True
            return
        self.again = False
        month, building_id = self.chosen_month(), self.place.building_id()
        desk, actor = self.desk, self.actor

        def job(_progress: Callable[[int, int], None]) -> MonthPlan:
            with desk.read(actor) as work:
                return plan_month(work, month, building_id)

        self.plan = None
        self.generate_button.setEnabled(False)
        self._run(job, self.show_plan, self.tr("Working out the month's charges…"), writes=False)

    def show_plan(self, plan: MonthPlan) -> None:
        self.plan = plan
        self.totals.set_rows(plan.totals)
        self.notes.clear()
        for note in plan.notes:
            self.notes.addItem(note_text(note.code, note.unit, note.item, plan.month.code))
        self.notes.setVisible(bool(plan.notes))
        self.notes_caption.setVisible(bool(plan.notes))
        if plan.nothing_new:
            text = self.tr("Nothing new: every charge of {month} is already there ({lines} lines, ¥{total}).").format(
                month=plan.month.code, lines=plan.unchanged, total=money(plan.total_fen)
            )
        else:
            new_lines = len(plan.lines) - plan.adjustments
            text = self.tr(
                "{month}: {new} new lines and {adjustments} adjustments would add ¥{added}; the month comes to "
                "¥{total}. {unchanged} lines are already right."
            ).format(
                month=plan.month.code,
                new=new_lines,
                adjustments=plan.adjustments,
                added=money(plan.new_fen),
                total=money(plan.total_fen),
                unchanged=plan.unchanged,
            )
        if self.written is not None and self.written.month == plan.month:
            text = self._written_text(self.written) + "\n" + text
        self.summary.setText(text)
        may = self.desk.may(self.actor, Action.GENERATE_CHARGES)
        self.generate_button.setEnabled(may and not plan.nothing_new)
        if not may:
            self.generate_button.setToolTip(
                self.tr("Only the department manager or a supervisor may generate charges.")
            )

    # -- the run --------------------------------------------------------------------------------------------------

    def generate(self) -> None:
        if self.task is not None or self.plan is None or self.plan.nothing_new:
            return
        month, building_id = self.plan.month, self.place.building_id()
        desk, actor = self.desk, self.actor

        def job(_progress: Callable[[int, int], None]) -> MonthPlan:
            with desk.work(actor) as work:
                return generate_month(work, month, building_id)

        self.generate_button.setEnabled(False)
        self._run(job, self.generated, self.tr("Writing the month's charges…"), writes=True)

    def generated(self, plan: MonthPlan) -> None:
        self.written = plan
        self.summary.setText(self._written_text(plan))
        self.preview()  # what is there now: nothing new

    def _written_text(self, plan: MonthPlan) -> str:
        if plan.nothing_new:
            return self.tr("Nothing was written: every charge of {month} was already there.").format(
                month=plan.month.code
            )
        return self.tr("Written for {month}: {new} new lines and {adjustments} adjustments, ¥{added}.").format(
            month=plan.month.code,
            new=len(plan.lines) - plan.adjustments,
            adjustments=plan.adjustments,
            added=money(plan.new_fen),
        )

    # -- running a job --------------------------------------------------------------------------------------------

    def _run(self, job: Callable[[Any], Any], done: Callable[[Any], None], text: str, *, writes: bool) -> None:
        self.error.setVisible(False)
        self.preview_button.setEnabled(False)
        self.task = start_task(job, writes=writes)
        self.progress = JobProgress(self.task, text, self)
        self._done = done
        self.task.finished.connect(self._ended)  # bound methods: not called once this dialog is gone
        self.task.failed.connect(self._failed)
        self.task.start()

    def _finish_task(self) -> None:
        if self.task is not None:
            self.task.deleteLater()
        self.task, self.progress = None, None
        self.preview_button.setEnabled(True)

    def _ended(self, result: object) -> None:
        done = self._done
        self._finish_task()
        if done == self.show_plan and self.again:  # a preview of a choice no longer shown
            self.preview()
            return
        done(result)

    def _failed(self, exc: Exception) -> None:
        self._finish_task()
        if self.again:
            self.preview()
            return
        if isinstance(exc, JobCancelled):
            self.error.setText(self.tr("Cancelled: nothing was changed."))
        else:
            self.error.setText(error_text(exc) if isinstance(exc, AppError) else str(exc))
        self.error.setVisible(True)

    def done(self, result: int) -> None:
        # A job still running is waited for: it holds this dialog's desk and must not outlive the window's file.
        if self.task is not None:
            let_go(self.task)
            self.task = None
        super().done(result)
