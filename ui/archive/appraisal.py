"""The appraisal (到期鉴定, R15): what is past its retention on a day, the supervisor's decision for each file (destroy,
or keep longer with a year and a reason), the 鉴定意见, and the destruction lists with their state: the manager's
countersign (with the list number typed), the destruction recorded before two 监销人, the form and the register.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import archive
from app.archive import (
    MAX_KEEP_YEARS,
    MAX_REASON_LENGTH,
    MAX_WITNESS_LENGTH,
    RETENTION_NAMES,
    STATE_NAMES,
    DestructionListInfo,
    DueDossier,
    ListState,
    Proposal,
    carry_out_destruction,
    destruction_lists,
    due_for_appraisal,
    propose_destruction,
)
from app.desk import Actor, ChangeSet, Desk
from app.errors import AppError
from app.permissions import Action
from ui import messages
from ui.approvals import countersign
from ui.form_dialog import error_label
from ui.lists import RowsModel, read_only_table
from ui.printing import PrintoutBuilder
from ui.translations import error_text, format_date
from ui.window_parts import fit_to_screen


class DueModel(RowsModel[DueDossier]):
    """The files due for appraisal, with the decision the supervisor has made for each so far."""

    FILE_NUMBER, TITLE, YEAR, RETENTION, DOCUMENTS, PAGES, BOX, DECISION = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kept: dict[int, tuple[int, str]] = {}  # dossier id -> (kept until year, reason); the rest: destroy

    def headers(self) -> Sequence[str]:
        return (
            self.tr("File number"),
            self.tr("Title"),
            self.tr("Year"),
            self.tr("Retention"),
            self.tr("Documents"),
            self.tr("Pages"),
            self.tr("Box"),
            self.tr("Decision"),
        )

    def cell(self, row: DueDossier, column: int) -> object:
        if column == self.DECISION:
            kept = self.kept.get(row.dossier_id)
            if kept is None:
                return self.tr("Destroy")
            return self.tr("Keep until {year}: {reason}").format(year=kept[0], reason=kept[1])
        if column == self.RETENTION:
            return QCoreApplication.translate("retention", RETENTION_NAMES.get(row.retention, row.retention))
        return (
            row.file_number,
            row.title,
            row.year,
            None,
            row.documents,
            row.pages,
            row.box_number,
        )[column]

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        if column in (self.YEAR, self.DOCUMENTS, self.PAGES):
            return Qt.AlignmentFlag.AlignRight
        return None

    def rows(self) -> list[DueDossier]:
        return [self.row(r) for r in range(self.rowCount())]


class ListsModel(RowsModel[DestructionListInfo]):
    NUMBER, STATE, AS_OF, DESTROY, KEEP, PROPOSED, DECIDED, DESTROYED = range(8)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("List"),
            self.tr("State"),
            self.tr("As of"),
            self.tr("Destroy"),
            self.tr("Keep"),
            self.tr("Proposed by"),
            self.tr("Approved by"),
            self.tr("Destroyed"),
        )

    def cell(self, row: DestructionListInfo, column: int) -> object:
        return (
            row.number,
            QCoreApplication.translate("destruction", STATE_NAMES[row.state]),
            format_date(row.as_of),
            len(row.to_destroy),
            len(row.kept),
            row.proposed_by,
            row.decided_by or "",
            format_date(row.destroyed_at.date()) if row.destroyed_at else "",
        )[column]

    def rows(self) -> list[DestructionListInfo]:
        return [self.row(r) for r in range(self.rowCount())]


class KeepLongerDialog(QDialog):
    """延长保管: until the end of which year, and why."""

    def __init__(self, first_year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keep longer"))
        self.year = QSpinBox(self)
        self.year.setObjectName("keep-until")
        self.year.setRange(first_year, first_year + MAX_KEEP_YEARS)
        self.year.setValue(first_year + 10)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(MAX_REASON_LENGTH)
        form = QFormLayout(self)
        form.addRow(self.tr("Kept until the end of:"), self.year)
        form.addRow(self.tr("&Reason:"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class RecordDestructionDialog(QDialog):
    """The destruction before two witnesses (监销人), with a clear confirmation of what goes for good."""

    def __init__(self, info: DestructionListInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record destruction {number}").format(number=info.number))
        documents = sum(e.documents for e in info.to_destroy)
        warning = QLabel(
            self.tr(
                "%n file(s) with {documents} are destroyed for good: their scans are deleted from "
                "this computer and, at the next backup, from the backups. Their records stay, marked destroyed.",
                "",
                len(info.to_destroy),
            ).format(documents=self.tr("%n document(s)", "", documents)),
            self,
        )
        warning.setWordWrap(True)
        self.first = QLineEdit(self)
        self.first.setObjectName("witness-1")
        self.second = QLineEdit(self)
        self.second.setObjectName("witness-2")
        for edit in (self.first, self.second):
            edit.setMaxLength(MAX_WITNESS_LENGTH)
        self.sure = QCheckBox(self.tr("The papers were destroyed before both witnesses"), self)
        self.sure.setObjectName("sure")
        form = QFormLayout()
        form.addRow(self.tr("First witness:"), self.first)
        form.addRow(self.tr("Second witness:"), self.second)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Record destruction"))
        self.ok.setObjectName("record")
        self.ok.setEnabled(False)
        self.sure.toggled.connect(self.ok.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.sure)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)  # the warning reads as a paragraph, not a column

    def witnesses(self) -> tuple[str, str]:
        return self.first.text(), self.second.text()


class AppraisalDialog(QDialog):
    """Archive ▸ Appraisal…: modeless, kept current by the changes made meanwhile."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.setObjectName("appraisal")
        self.setWindowTitle(self.tr("Appraisal of files past their retention"))
        self.printouts = PrintoutBuilder(desk, actor, self)
        today = desk.clock().date()
        self.as_of = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.as_of.setObjectName("as-of")
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.dateChanged.connect(lambda _d: self.load())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Retention run out by:"), self))
        top.addWidget(self.as_of)
        self.due_summary = QLabel(self)
        self.due_summary.setObjectName("due-summary")
        top.addWidget(self.due_summary, 1)

        self.due = DueModel(self)
        self.due_table = read_only_table(self.due, self, "due-rows")
        self.due_table.setSelectionMode(self.due_table.SelectionMode.ExtendedSelection)
        self.destroy_button = QPushButton(self.tr("&Destroy"), self)
        self.destroy_button.setObjectName("destroy")
        self.destroy_button.clicked.connect(self.mark_destroy)
        self.keep_button = QPushButton(self.tr("&Keep longer…"), self)
        self.keep_button.setObjectName("keep")
        self.keep_button.clicked.connect(self.ask_keep_longer)
        self.opinion = QPlainTextEdit(self)
        self.opinion.setObjectName("opinion")
        self.opinion.setPlaceholderText(self.tr("Appraisal opinion (鉴定意见)"))
        self.opinion.setFixedHeight(self.fontMetrics().lineSpacing() * 3)
        self.submit_button = QPushButton(self.tr("&Submit for approval"), self)
        self.submit_button.setObjectName("submit")
        self.submit_button.clicked.connect(self.submit)
        decide_row = QHBoxLayout()
        decide_row.addWidget(self.destroy_button)
        decide_row.addWidget(self.keep_button)
        decide_row.addStretch(1)
        decide_row.addWidget(self.submit_button)
        due_box = QGroupBox(self.tr("Due for appraisal"), self)
        due_layout = QVBoxLayout(due_box)
        due_layout.addWidget(self.due_table, 1)
        due_layout.addLayout(decide_row)
        due_layout.addWidget(self.opinion)

        self.lists = ListsModel(self)
        self.lists_table = read_only_table(self.lists, self, "list-rows")
        self.lists_table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.sign_button = QPushButton(self.tr("Manager &signs here…"), self)
        self.sign_button.setObjectName("sign")
        self.sign_button.clicked.connect(self.sign_here)
        self.record_button = QPushButton(self.tr("&Record destruction…"), self)
        self.record_button.setObjectName("record-destruction")
        self.record_button.clicked.connect(self.record_destruction)
        self.form_button = QPushButton(self.tr("Print &form…"), self)
        self.form_button.setObjectName("print-form")
        self.form_button.clicked.connect(self.print_form)
        self.register_button = QPushButton(self.tr("Print r&egister…"), self)
        self.register_button.setObjectName("print-register")
        self.register_button.clicked.connect(self.print_register)
        list_buttons = QHBoxLayout()
        for button in (self.sign_button, self.record_button, self.form_button, self.register_button):
            list_buttons.addWidget(button)
        list_buttons.addStretch(1)
        lists_box = QGroupBox(self.tr("Destruction lists"), self)
        lists_layout = QVBoxLayout(lists_box)
        lists_layout.addWidget(self.lists_table, 1)
        lists_layout.addLayout(list_buttons)

        self.error = error_label(self, "error")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(due_box, 3)
        layout.addWidget(lists_box, 2)
        layout.addWidget(self.error)
        layout.addWidget(close)
        fit_to_screen(self, 980, 680)
        self.load()

    # -- reading --------------------------------------------------------------------------------

    def as_of_date(self) -> dt.date:
        d = self.as_of.date()
        return dt.date(d.year(), d.month(), d.day())

    def load(self) -> None:
        try:
            with self.desk.read(self.actor) as work:
                found = due_for_appraisal(work, self.as_of_date())
                lists = destruction_lists(work)
        except AppError as err:
            self._error(error_text(err))
            return
        self.due.kept = {k: v for k, v in self.due.kept.items() if any(d.dossier_id == k for d in found.dossiers)}
        self.due.set_rows(list(found.dossiers))
        whole = sum(1 for b in found.boxes if b.whole)
        self.due_summary.setText(
            self.tr("%n file(s) due, {boxes}", "", len(found.dossiers)).format(
                boxes=self.tr("%n whole box(es)", "", whole)
            )
        )
        chosen = self.selected_list()
        self.lists.set_rows(lists)
        if chosen is not None:
            for r, row in enumerate(lists):
                if row.id == chosen.id:
                    self.lists_table.selectRow(r)
        self._enable()

    def refresh(self, _changes: ChangeSet | None = None) -> None:
        self.load()

    def selected_due(self) -> list[DueDossier]:
        return [self.due.row(i.row()) for i in self.due_table.selectionModel().selectedRows()]

    def selected_list(self) -> DestructionListInfo | None:
        picked = self.lists_table.selectionModel().selectedRows()
        return self.lists.row(picked[0].row()) if picked else None

    def _enable(self) -> None:
        may_propose = self.desk.may(self.actor, Action.PROPOSE_DESTRUCTION)
        for widget in (self.destroy_button, self.keep_button, self.submit_button, self.opinion):
            widget.setEnabled(may_propose)
        chosen = self.selected_list()
        state = chosen.state if chosen is not None else None
        self.sign_button.setEnabled(state is ListState.WAITING)
        self.record_button.setEnabled(
            state is ListState.APPROVED and self.desk.may(self.actor, Action.RECORD_DESTRUCTION)
        )
        self.form_button.setEnabled(chosen is not None)
        self.register_button.setEnabled(chosen is not None)

    def _error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # -- deciding -------------------------------------------------------------------------------

    def mark_destroy(self) -> None:
        for row in self.selected_due():
            self.due.kept.pop(row.dossier_id, None)
        self.due.set_rows(self.due.rows())

    def ask_keep_longer(self) -> KeepLongerDialog | None:
        rows = self.selected_due()
        if not rows:
            return None
        dialog = KeepLongerDialog(self.as_of_date().year, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.keep_longer(rows, dialog.year.value(), dialog.reason.text()))
        dialog.open()
        return dialog

    def keep_longer(self, rows: Sequence[DueDossier], year: int, reason: str) -> None:
        for row in rows:
            self.due.kept[row.dossier_id] = (year, reason.strip())
        self.due.set_rows(self.due.rows())

    def proposals(self) -> list[Proposal]:
        found = []
        for row in self.due.rows():
            kept = self.due.kept.get(row.dossier_id)
            if kept is None:
                found.append(Proposal(row.dossier_id))
            else:
                found.append(Proposal(row.dossier_id, destroy=False, keep_until_year=kept[0], reason=kept[1]))
        return found

    def submit(self) -> DestructionListInfo | None:
        """Every file listed as decided (destroy unless kept longer) goes on one list for the manager's approval."""
        try:
            with self.desk.work(self.actor) as work:
                made = propose_destruction(work, self.as_of_date(), self.proposals(), self.opinion.toPlainText())
        except AppError as err:
            self._error(error_text(err))
            return None
        self.error.hide()
        self.opinion.clear()
        self.due.kept.clear()
        self.load()
        self._select_list(made.id)
        return made

    def _select_list(self, list_id: int) -> None:
        for r, row in enumerate(self.lists.rows()):
            if row.id == list_id:
                self.lists_table.selectRow(r)

    def sign_here(self) -> object:
        chosen = self.selected_list()
        if chosen is None or chosen.approval_id is None:
            return None
        decided = countersign(self, self.desk, chosen.approval_id)
        self.load()
        return decided

    def record_destruction(self) -> RecordDestructionDialog | None:
        chosen = self.selected_list()
        if chosen is None or chosen.state is not ListState.APPROVED:
            return None
        dialog = RecordDestructionDialog(chosen, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.destroy(chosen, dialog.witnesses()))
        dialog.open()
        return dialog

    def destroy(self, chosen: DestructionListInfo, witnesses: tuple[str, str]) -> bool:
        try:
            record, removal = carry_out_destruction(
                self.desk, self.actor, chosen.id, witnesses, expected_version=chosen.version
            )
        except AppError as err:
            self._error(error_text(err))
            return False
        self.error.hide()
        self.load()
        text = self.tr("Destruction list {number} recorded: %n file(s), {scans} deleted.", "", record.dossiers).format(
            number=record.destruction_list.number, scans=self.tr("%n scan(s)", "", removal.removed)
        )
        if removal.left:
            text += " " + self.tr("%n scan(s) could not be deleted; Check lists them.", "", len(removal.left))
        messages.tell(self, text)
        return True

    # -- printing -------------------------------------------------------------------------------

    def print_form(self) -> bool:
        chosen = self.selected_list()
        if chosen is None:
            return False
        return self.printouts.build(
            lambda work, target: archive.print_destruction_form(work, chosen.id, target),
            f"destruction-form-{chosen.number}.pdf",
            self.tr("Destruction approval form {number}").format(number=chosen.number),
        )

    def print_register(self) -> bool:
        chosen = self.selected_list()
        if chosen is None:
            return False
        return self.printouts.build(
            lambda work, target: archive.print_destruction_register(work, chosen.id, target),
            f"destruction-register-{chosen.number}.pdf",
            self.tr("Destruction register {number}").format(number=chosen.number),
        )

    def done(self, result: int) -> None:
        self.printouts.cleanup()
        super().done(result)
