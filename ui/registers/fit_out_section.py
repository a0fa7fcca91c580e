"""The dossier's 二装 (Fit-out) section: the tenancy's fit-out projects with their state, the next steps as buttons
(the supervisor's and manager's decisions greyed out for a clerk; the app refuses regardless), and for the chosen
project its details, its history (every step with who and when), its papers (二装资料) and the violations found."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.desk import Actor, Desk
from app.dossier import DocumentRow
from app.errors import AppError
from app.fees import DEPOSIT_STATE_NAMES, money_text
from app.permissions import allowed
from app.registers import CREATED, FIT_OUT, FitOutInfo, StepInfo, ViolationLine, fit_out_projects_of
from app.registers import VIOLATION as VIOLATION_MACHINE
from ui import messages
from ui.lists import RowsModel, read_only_table
from ui.registers.fit_out_dialogs import FitOutDialog, FitOutStepDialog, registers_name
from ui.translations import error_text, format_date

OVERDUE_COLOUR = QColor("#b00020")


class FitOutProjectsModel(RowsModel[FitOutInfo]):
    UNIT, STATE, APPLIED, CONTRACTOR, PERSON, START, END, ACCEPTED = range(8)

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Unit"),
            self.tr("State"),
            self.tr("Applied on"),
            self.tr("Contractor"),
            self.tr("Person in charge"),
            self.tr("Started"),
            self.tr("Due to end"),
            self.tr("Passed on"),
        ]

    def cell(self, row: FitOutInfo, column: int) -> object:
        values = (
            row.unit,
            registers_name(FIT_OUT.states[row.status]) + (self.tr(" (overdue)") if row.overdue else ""),
            format_date(row.applied_on),
            row.contractor,
            row.person_in_charge,
            format_date(row.actual_start),
            format_date(row.end),
            format_date(row.actual_end),
        )
        return values[column]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Overdue projects in red: past their (extended) end and not yet passed.
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and self.row(index.row()).overdue:
            return OVERDUE_COLOUR
        return super().data(index, role)


def _day(day: dt.date | None) -> str:
    return format_date(day) if day is not None else "—"  # a date not known yet


def step_name(step: StepInfo) -> str:
    if step.action == "create":
        return registers_name(CREATED)
    return registers_name(FIT_OUT.actions.get(step.action, step.action))


class FitOutStepsModel(RowsModel[StepInfo]):
    def headers(self) -> Sequence[str]:
        return [self.tr("Date"), self.tr("Step"), self.tr("State after"), self.tr("Note"), self.tr("By")]

    def cell(self, row: StepInfo, column: int) -> object:
        values = (
            format_date(row.on_date),
            step_name(row),
            registers_name(FIT_OUT.states.get(row.to_state, row.to_state)),
            row.note,
            row.recorded_by,
        )
        return values[column]


class FitOutPapersModel(RowsModel[DocumentRow]):
    def headers(self) -> Sequence[str]:
        return [self.tr("Date"), self.tr("Title"), self.tr("Reference no."), self.tr("Pages")]

    def cell(self, row: DocumentRow, column: int) -> object:
        return (format_date(row.doc_date), row.title, row.reference_no, row.pages)[column]


class FitOutViolationsModel(RowsModel[ViolationLine]):
    def headers(self) -> Sequence[str]:
        return [self.tr("Found on"), self.tr("What"), self.tr("State"), self.tr("Rectify by"), self.tr("Rectified")]

    def cell(self, row: ViolationLine, column: int) -> object:
        values = (
            format_date(row.found_on),
            row.what,
            registers_name(VIOLATION_MACHINE.states.get(row.status, row.status)),
            format_date(row.rectify_by),
            format_date(row.rectified_on),
        )
        return values[column]


class FitOutSection(QWidget):
    """The 二装 tab of one dossier's tenancy. ``reload()`` re-reads it; ``changed`` after a step taken here."""

    changed = Signal()

    def __init__(
        self, desk: Desk, actor: Actor, tenancy_id: int, dossier_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setProperty("helpTopic", "services")  # F1: the user guide's page
        self.desk, self.actor = desk, actor
        self.tenancy_id, self.dossier_id = tenancy_id, dossier_id
        self.units: list[tuple[int, str]] = []  # the tenancy's units a new project may be for
        self.projects: list[FitOutInfo] = []
        self.role = actor.role
        self.writable = False
        self._stale = True  # read when first shown
        self.setObjectName("fit-out")

        self.new_button = QPushButton(self.tr("&New fit-out project…"), self)
        self.new_button.setObjectName("new-fit-out")
        self.new_button.clicked.connect(lambda: self.new_project())
        self.edit_button = QPushButton(self.tr("&Edit application…"), self)
        self.edit_button.setObjectName("edit-fit-out")
        self.edit_button.clicked.connect(lambda: self.edit_project())
        self.step_buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        for action, name in FIT_OUT.actions.items():
            button = QPushButton(registers_name(name) + "…", self)
            button.setObjectName(f"fit-out-{action}")
            button.clicked.connect(lambda _checked=False, a=action: self.take_step(a))
            self.step_buttons[action] = button
            bar.addWidget(button)
        bar.addStretch(1)

        self.model = FitOutProjectsModel(self)
        self.table = read_only_table(self.model, self, "fit-out-projects")
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_chosen())
        self.details = QLabel(self)
        self.details.setObjectName("fit-out-details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.steps_model = FitOutStepsModel(self)
        self.papers_model = FitOutPapersModel(self)
        self.violations_model = FitOutViolationsModel(self)
        self.below = QTabWidget(self)
        self.below.setObjectName("fit-out-below")
        self.below.addTab(read_only_table(self.steps_model, self, "fit-out-steps"), self.tr("History"))
        self.below.addTab(read_only_table(self.papers_model, self, "fit-out-papers"), self.tr("Papers"))
        self.below.addTab(read_only_table(self.violations_model, self, "fit-out-violations"), self.tr("Violations"))

        details_box = QGroupBox(self.tr("Project"), self)
        column = QVBoxLayout(details_box)
        # A wrapped label asks for little width: give the details room for a phone number and a contractor's name
        # on one line, and scroll a long description instead of cutting it off at a small screen's height.
        scroll = QScrollArea(details_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.details)
        column.addWidget(scroll)
        details_box.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 22)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(details_box)
        lower.addWidget(self.below)
        lower.setStretchFactor(0, 2)
        lower.setStretchFactor(1, 3)
        lower.setChildrenCollapsible(False)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self._update_buttons()

    # -- reading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """The dossier was read again: re-read now if the tab is shown, else when it is next shown (opening a
        dossier costs no fit-out reading until the clerk looks)."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Re-read the tenancy's projects and this user's rights now; the chosen project stays chosen."""
        keep = self.chosen()
        self._stale = False
        try:
            with self.desk.read(self.actor) as work:
                self.projects = fit_out_projects_of(work, self.tenancy_id)
                current = work.actor
        except AppError as err:
            messages.tell(self, error_text(err))
            return
        self.writable = not self.desk.read_only and current is not None and not current.must_change_password
        self.role = current.role if current is not None else self.role
        self.model.set_rows(self.projects)
        row = next((i for i, p in enumerate(self.projects) if keep and p.id == keep.id), 0 if self.projects else None)
        if row is not None:
            self.table.selectRow(row)
        self._show_chosen()

    def chosen(self) -> FitOutInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _show_chosen(self) -> None:
        project = self.chosen()
        self.steps_model.set_rows(list(project.steps) if project else [])
        self.papers_model.set_rows(list(project.documents) if project else [])
        self.violations_model.set_rows(list(project.violations) if project else [])
        self.below.setTabText(1, self.tr("Papers (%n)", "", len(project.documents) if project else 0))
        self.below.setTabText(2, self.tr("Violations (%n)", "", len(project.violations) if project else 0))
        self.details.setText(self.details_text(project) if project else self.tr("No fit-out project yet."))
        self._update_buttons()

    def details_text(self, p: FitOutInfo) -> str:
        lines = [
            self.tr("Unit {unit} · {state}").format(unit=p.unit, state=registers_name(FIT_OUT.states[p.status])),
            self.tr("Works: {scope}").format(scope=p.scope),
            self.tr("Contractor: {contractor}; person in charge {person}, {phone}").format(
                contractor=p.contractor or "—", person=p.person_in_charge or "—", phone=p.phone or "—"
            ),
            self.tr("Planned {start} – {end}").format(start=_day(p.planned_start), end=_day(p.planned_end)),
        ]
        if p.extended_to:
            lines.append(self.tr("Extended to {date}").format(date=format_date(p.extended_to)))
        if p.actual_start:
            lines.append(self.tr("Works {start} – {end}").format(start=_day(p.actual_start), end=_day(p.actual_end)))
        if p.overdue:
            lines.append(self.tr("Overdue: due to end on {date}").format(date=format_date(p.end)))
        if p.deposit_fen is not None:
            lines.append(
                self.tr("Fit-out deposit ¥{amount}: {state}").format(
                    amount=money_text(p.deposit_fen),
                    state=QCoreApplication.translate("fees", DEPOSIT_STATE_NAMES.get(p.deposit_state or "", "")),
                )
            )
        else:
            lines.append(self.tr("No fit-out deposit"))
        return "\n".join(lines)

    def _may(self, action: str) -> bool:
        return self.writable and allowed(self.role, FIT_OUT.permissions[action])

    def _update_buttons(self) -> None:
        project = self.chosen()
        open_ = set(FIT_OUT.actions_from(project.status)) if project else set()
        for action, button in self.step_buttons.items():
            button.setVisible(action in open_)
            button.setEnabled(action in open_ and self._may(action))
        self.new_button.setEnabled(self._may("start") and bool(self.units))
        self.edit_button.setEnabled(
            project is not None and project.status in ("applied", "approved") and self._may("start")
        )

    # -- the steps ------------------------------------------------------------------------------

    def _opened(self, dialog: FitOutDialog | FitOutStepDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _result: self.changed.emit())
        dialog.saved.connect(lambda _result: self.reload())
        dialog.open()

    def new_project(self) -> FitOutDialog:
        dialog = FitOutDialog(self.desk, self.actor, self.tenancy_id, self.units, self)
        self._opened(dialog)
        return dialog

    def edit_project(self) -> FitOutDialog | None:
        project = self.chosen()
        if project is None:
            return None
        dialog = FitOutDialog(self.desk, self.actor, self.tenancy_id, self.units, self, project=project)
        self._opened(dialog)
        return dialog

    def take_step(self, action: str) -> FitOutStepDialog | None:
        project = self.chosen()
        if project is None:
            return None
        dialog = FitOutStepDialog(self.desk, self.actor, project, action, self)
        self._opened(dialog)
        return dialog
