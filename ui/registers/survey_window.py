"""The Satisfaction survey window (R14): choose a year or open its round; type each customer's answers into a table
(scores 1–5 typed in place, who answered, a comment; Enter moves on; each row saved by itself as soon as its three
scores are in); the summary with the items below target highlighted; the corrective actions; the printed report."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.desk import Actor, ChangeSet, Desk, Work
from app.errors import AppError
from app.permissions import Action
from app.registers import (
    TOPICS,
    ActionInfo,
    AnswerInfo,
    AnswerInput,
    Averages,
    Respondent,
    RoundInfo,
    Summary,
    record_answer,
    respondents,
    rounds,
    summary,
)
from ui import messages
from ui.building import use_shown
from ui.form_dialog import date_edit, from_qdate
from ui.lists import RowsModel, read_only_table
from ui.printing import ListPrinter, PrintoutBuilder
from ui.registers.survey_dialogs import ActionDoneDialog, CorrectiveActionDialog, OpenRoundDialog, topic_text
from ui.translations import error_text, format_date
from ui.window_parts import fit_to_screen

BELOW_COLOUR = QColor("#f6c9c9")  # the printed report's shade for a figure under target
OVERDUE_COLOUR = QColor("#b71c1c")
PROBLEM_COLOUR = QColor("#b00020")
SCORE_FIELDS = ("service", "price", "company")
_Index = QModelIndex | QPersistentModelIndex


# -- the answers, typed in place ------------------------------------------------------------------------------


@dataclass
class _Draft:
    """What was typed in a row and not saved yet (the scores until all three are in), and why it was refused."""

    values: dict[str, object]
    problem: str = ""


_AN_ANSWER = ChangeSet(registers=frozenset({"survey"}))  # what saving one answer changes


class AnswersModel(QAbstractTableModel):
    """The round's customers, one row each; the scores, who answered and the comment are edited in place."""

    UNIT, CUSTOMER, SERVICE, PRICE, COMPANY, RESPONDENT, COMMENT, ANSWERED_ON, STATE = range(9)
    EDITABLE = (SERVICE, PRICE, COMPANY, RESPONDENT, COMMENT)
    _FIELD: ClassVar[dict[int, str]] = {
        SERVICE: "service",
        PRICE: "price",
        COMPANY: "company",
        RESPONDENT: "respondent",
        COMMENT: "comment",
    }

    def __init__(self, save: Callable[[Respondent, dict[str, object]], AnswerInfo], parent: QWidget) -> None:
        super().__init__(parent)
        self._save = save
        self._rows: list[Respondent] = []
        self.drafts: dict[int, _Draft] = {}  # tenancy → what was typed there and not saved yet

    def headers(self) -> list[str]:
        return [
            self.tr("Unit"),
            self.tr("Customer"),
            self.tr("Service quality"),
            self.tr("Price"),
            self.tr("Company"),
            self.tr("Answered by"),
            self.tr("Comment"),
            self.tr("Answered on"),
            self.tr("State"),
        ]

    def set_rows(self, rows: Sequence[Respondent]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Respondent]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.STATE + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return section + 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() in self.EDITABLE else flags

    def _value(self, row: Respondent, field: str) -> object:
        draft = self.drafts.get(row.tenancy_id)
        if draft is not None and field in draft.values:
            return draft.values[field]
        if row.answer is None:
            return None
        return row.answer.score(field) if field in SCORE_FIELDS else getattr(row.answer, field)

    def state(self, row: Respondent) -> str:
        draft = self.drafts.get(row.tenancy_id)
        if draft is not None and draft.problem:
            return draft.problem
        if draft is not None:
            return self.tr("Not saved: type all three scores")
        return self.tr("Answered") if row.answer is not None else self.tr("Not answered")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.UNIT:
                return row.units
            if column == self.CUSTOMER:
                return row.customer
            if column == self.ANSWERED_ON:
                return format_date(row.answer.answered_on) if row.answer else ""
            if column == self.STATE:
                return self.state(row)
            value = self._value(row, self._FIELD[column])
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.SERVICE, self.PRICE, self.COMPANY):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATE and row.tenancy_id in self.drafts:
            return PROBLEM_COLOUR
        return None

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in self.EDITABLE:
            return False
        row = self._rows[index.row()]
        field = self._FIELD[index.column()]
        text = str(value).strip()
        draft = self.drafts.setdefault(row.tenancy_id, _Draft({}))
        if field in SCORE_FIELDS:
            if text and (text not in ("1", "2", "3", "4", "5")):
                draft.problem = self.tr("A score is a whole number from 1 to 5, not “{value}”.").format(value=text)
                self._changed(index.row())
                return False
            draft.values[field] = int(text) if text else None
        else:
            draft.values[field] = text
        draft.problem = ""
        scores = [self._value(row, f) for f in SCORE_FIELDS]
        if all(isinstance(s, int) for s in scores):
            self._store(index.row(), row, draft)
        elif row.answer is None and not any(scores) and not any(draft.values.values()):
            self.drafts.pop(row.tenancy_id, None)  # everything typed was taken back
        self._changed(index.row())
        return True

    def _store(self, position: int, row: Respondent, draft: _Draft) -> None:
        values = {f: self._value(row, f) for f in (*SCORE_FIELDS, "respondent", "comment")}
        try:
            saved = self._save(row, values)
        except AppError as err:
            draft.problem = error_text(err)
            return
        self.drafts.pop(row.tenancy_id, None)
        self._rows[position] = replace(row, answer=saved)

    def _changed(self, position: int) -> None:
        self.dataChanged.emit(self.index(position, 0), self.index(position, self.STATE))


class EntryTable(QTableView):
    """A table for typing fast: a digit on a score starts editing it, Enter saves the cell and moves to the next one
    (service → price → company → answered by → comment → the next customer's service)."""

    def __init__(self, model: AnswersModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("survey-answers")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def move_on(self) -> None:
        """To the next editable cell of the row, or the next row's first score."""
        current = self.currentIndex()
        if not current.isValid():
            return
        editable = AnswersModel.EDITABLE
        row, column = current.row(), current.column()
        later = [c for c in editable if c > column]
        if later:
            target = self.model().index(row, later[0])
        elif row + 1 < self.model().rowCount():
            target = self.model().index(row + 1, editable[0])
        else:
            return
        self.setCurrentIndex(target)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter (or Return) in the editor
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.move_on()
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.move_on()
            return
        super().keyPressEvent(event)


# -- the summary and the corrective actions --------------------------------------------------------------------


@dataclass(frozen=True)
class _Group:
    kind: str  # "overall", "floor", "use"
    figures: Averages
    last: Averages | None


def _figure(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:.2f}"


class AveragesModel(RowsModel[_Group]):
    """Each item's average overall, by floor and by use, last year's beside; a figure under target is shaded."""

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Group"),
            self.tr("Answers"),
            self.tr("Service quality"),
            self.tr("Last year"),
            self.tr("Price"),
            self.tr("Last year"),
            self.tr("Company"),
            self.tr("Last year"),
        ]

    def label(self, row: _Group) -> str:
        if row.kind == "overall":
            return self.tr("All customers")
        if row.kind == "floor":
            return self.tr("Floor {floor}").format(floor=row.figures.label)
        return self.tr("Use: {use}").format(use=use_shown(row.figures.label) or self.tr("not recorded"))

    def cell(self, row: _Group, column: int) -> object:
        if column == 0:
            return self.label(row)
        if column == 1:
            return str(row.figures.answers)
        topic = TOPICS[(column - 2) // 2]
        if column % 2 == 0:
            return _figure(row.figures.average(topic))
        return _figure(row.last.average(topic)) if row.last else "—"

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignCenter if column else None

    def below(self, row: _Group, column: int) -> bool:
        return column >= 2 and column % 2 == 0 and TOPICS[(column - 2) // 2] in row.figures.below

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            return BELOW_COLOUR if self.below(self.row(index.row()), index.column()) else None
        return super().data(index, role)


class ActionsModel(RowsModel[ActionInfo]):
    def headers(self) -> Sequence[str]:
        return [
            self.tr("Item"),
            self.tr("Corrective action"),
            self.tr("Owner"),
            self.tr("Due on"),
            self.tr("Done on"),
            self.tr("State"),
        ]

    def cell(self, row: ActionInfo, column: int) -> object:
        state = self.tr("Done") if row.done_on is not None else self.tr("Overdue") if row.overdue else self.tr("Open")
        values = [
            topic_text(row.topic),
            row.action,
            row.owner,
            format_date(row.due_on),
            format_date(row.done_on) if row.done_on else "",
            state,
        ]
        return values[column]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            return OVERDUE_COLOUR if self.row(index.row()).overdue else None
        return super().data(index, role)


# -- the window ------------------------------------------------------------------------------------------------


class SurveyWindow(QDialog):
    """Modeless beside the floors; ``refresh`` re-reads the year shown (after a change made here or elsewhere)."""

    ALL, ANSWERED, NOT_ANSWERED = range(3)

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("helpTopic", "survey")  # F1: the user guide's page
        self.desk = desk
        self.actor = actor
        self.round: RoundInfo | None = None
        self.found: Summary | None = None
        self.everyone: list[Respondent] = []
        # Answers saved here whose change has not come back yet: a row saved updates in place, and the window's own
        # change (delivered after the save, queued) re-reads nothing — the cell being typed in keeps its place.
        self._own_answers = 0
        self.dialog: QDialog | None = None
        self.setObjectName("survey")
        self.setWindowTitle(self.tr("Satisfaction survey"))
        manage = desk.may(actor, Action.MANAGE_SURVEY)

        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("year")
        self.year_combo.currentIndexChanged.connect(lambda _i: self.show_year())
        self.open_button = QPushButton(self.tr("&Open a survey…"), self)
        self.open_button.setObjectName("open-round")
        self.open_button.setEnabled(manage)
        self.open_button.clicked.connect(lambda: self.open_round())
        self.round_label = QLabel(self)
        self.round_label.setObjectName("round")
        self.round_label.setWordWrap(True)
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year_combo)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year_combo)
        top.addWidget(self.open_button)
        top.addWidget(self.round_label, 1)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("survey-tabs")
        self.tabs.addTab(self._answers_page(), self.tr("&Answers"))
        self.tabs.addTab(self._summary_page(), self.tr("S&ummary"))
        self.tabs.addTab(self._actions_page(manage), self.tr("&Corrective actions"))

        self.printouts = PrintoutBuilder(desk, actor, self)
        self.print_button = QPushButton(self.tr("&Print report…"), self)
        self.print_button.setObjectName("print-report")
        self.print_button.clicked.connect(lambda: self.print_report())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 980, 640)
        self.load_years()

    # -- pages ---------------------------------------------------------------------------------------------

    def _answers_page(self) -> QWidget:
        page = QWidget(self)
        self.filter_combo = QComboBox(page)
        self.filter_combo.setObjectName("answered-filter")
        self.filter_combo.addItems([self.tr("Every customer"), self.tr("Answered"), self.tr("Not answered")])
        self.filter_combo.currentIndexChanged.connect(lambda _i: self.show_rows())
        self.answered_on = date_edit(page, self.desk.clock().date())
        self.answered_on.setObjectName("answered-on")
        answered_label = QLabel(self.tr("New answers dated:"), page)
        answered_label.setBuddy(self.answered_on)
        self.counts = QLabel(page)
        self.counts.setObjectName("counts")
        row = QHBoxLayout()
        row.addWidget(self.filter_combo)
        row.addWidget(answered_label)
        row.addWidget(self.answered_on)
        row.addWidget(self.counts, 1)
        self.answers = AnswersModel(self._save_answer, page)
        self.answers.dataChanged.connect(lambda *_a: self._count())
        self.answers_table = EntryTable(self.answers, page)
        hint = QLabel(
            self.tr(
                "Type each score (1–5) in place; Enter moves on. A row is saved as soon as its three scores are in."
            ),
            page,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.answers_table, 1)
        layout.addWidget(hint)
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget(self)
        self.figures = QLabel(page)
        self.figures.setObjectName("figures")
        self.figures.setWordWrap(True)
        self.averages = AveragesModel(page)
        self.averages_table = read_only_table(self.averages, page, "survey-averages")
        self.below_label = QLabel(page)
        self.below_label.setObjectName("below-target")
        self.below_label.setWordWrap(True)
        self.distribution_label = QLabel(page)
        self.distribution_label.setObjectName("distribution")
        self.distribution_label.setWordWrap(True)
        self.list_printer = ListPrinter(
            self.desk, self.actor, page, self.averages_table, self.windowTitle, subtitle=self.figures.text
        )
        row = QHBoxLayout()
        row.addWidget(self.below_label, 1)
        row.addWidget(self.list_printer.button(page))
        row.addWidget(self.list_printer.export_button(page))
        layout = QVBoxLayout(page)
        layout.addWidget(self.figures)
        layout.addWidget(self.averages_table, 1)
        layout.addWidget(self.distribution_label)
        layout.addLayout(row)
        return page

    def _actions_page(self, manage: bool) -> QWidget:
        page = QWidget(self)
        self.action_rows = ActionsModel(page)
        self.actions_table = read_only_table(self.action_rows, page, "corrective-actions")
        self.actions_table.selectionModel().selectionChanged.connect(lambda *_a: self._action_chosen())
        self.add_action_button = QPushButton(self.tr("&Add…"), page)
        self.add_action_button.setObjectName("add-action")
        self.add_action_button.setEnabled(manage)
        self.add_action_button.clicked.connect(lambda: self.add_action())
        self.done_button = QPushButton(self.tr("Mark &done…"), page)
        self.done_button.setObjectName("action-done")
        self.done_button.setEnabled(False)
        self.done_button.clicked.connect(lambda: self.mark_done())
        self.actions_count = QLabel(page)
        self.actions_count.setObjectName("actions-count")
        row = QHBoxLayout()
        row.addWidget(self.add_action_button)
        row.addWidget(self.done_button)
        row.addWidget(self.actions_count, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.actions_table, 1)
        layout.addLayout(row)
        return page

    # -- reading -------------------------------------------------------------------------------------------

    def load_years(self, choose: int | None = None) -> None:
        try:
            with self.desk.read(self.actor) as work:
                found = rounds(work)
        except AppError as err:
            self.round_label.setText(error_text(err))
            return
        wanted = choose if choose is not None else self.year()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for r in found:
            self.year_combo.addItem(str(r.year), r.year)
        index = self.year_combo.findData(wanted) if wanted is not None else 0
        self.year_combo.setCurrentIndex(max(index, 0) if found else -1)
        self.year_combo.blockSignals(False)
        self.show_year()

    def year(self) -> int | None:
        data = self.year_combo.currentData()
        return int(data) if data is not None else None

    def refresh(self, changes: ChangeSet | None = None) -> None:
        """Re-read the year shown after a change to the survey or to who the customers are (a move-in or out) —
        not after an answer typed here, whose row is already updated in place and keeps the cell being typed in."""
        if self._own_answers and changes == _AN_ANSWER:
            self._own_answers -= 1
            return
        if changes is not None and not ("survey" in changes.registers or changes.dossiers or changes.customers):
            return
        self.show_year()

    def show_year_of(self, year: int) -> None:
        """Show ``year``'s round, if there is one (the dashboard's satisfaction chart opens a year)."""
        index = self.year_combo.findData(year)
        if index >= 0:
            self.year_combo.setCurrentIndex(index)

    def show_year(self) -> None:
        year = self.year()
        self.print_button.setEnabled(year is not None)
        if year is None:
            self.round = self.found = None
            self.everyone = []
            self.round_label.setText(self.tr("No satisfaction survey yet: the supervisor or the manager opens one."))
            self._fill()
            return
        try:
            with self.desk.read(self.actor) as work:
                self.everyone = respondents(work, year)
                self.found = summary(work, year)
        except AppError as err:
            self.round_label.setText(error_text(err))
            return
        self.round = self.found.round
        r = self.round
        text = self.tr("Started on {day}; target score {target}.").format(
            day=format_date(r.opened_on), target=f"{r.target:.1f}"
        )
        self.round_label.setText(f"{text} {r.note}".strip())
        self._fill()

    def _fill(self) -> None:
        self.show_rows()
        self._fill_summary()

    def _fill_summary(self) -> None:
        found = self.found
        if found is None:
            self.averages.set_rows([])
            self.action_rows.set_rows([])
            for label in (self.figures, self.below_label, self.distribution_label, self.actions_count):
                label.clear()
            self._action_chosen()
            return
        rate = "—" if found.response_rate is None else f"{found.response_rate}%"
        self.figures.setText(
            self.tr("{answered} of {asked} customers answered (response rate {rate}).").format(
                answered=found.answered, asked=found.asked, rate=rate
            )
        )
        groups = [_Group("overall", found.overall, found.last_year)]
        groups += [_Group("floor", g, found.last_year_by_floor.get(g.label)) for g in found.by_floor]
        groups += [_Group("use", g, found.last_year_by_use.get(g.label)) for g in found.by_use]
        self.averages.set_rows(groups)
        self.below_label.setText(self._below_text(found))
        self.distribution_label.setText(
            "\n".join(
                self.tr("{item}: score 1: {one}, 2: {two}, 3: {three}, 4: {four}, 5: {five}").format(
                    item=topic_text(t),
                    **dict(zip(("one", "two", "three", "four", "five"), found.distribution[t], strict=True)),
                )
                for t in TOPICS
            )
        )
        self.action_rows.set_rows(found.actions)
        overdue = sum(1 for a in found.actions if a.overdue)
        self.actions_count.setText(
            self.tr("%n corrective action(s); {overdue} overdue.", "", len(found.actions)).format(overdue=overdue)
        )
        self._action_chosen()

    def _below_text(self, found: Summary) -> str:
        if not found.answered:
            return self.tr("No answers yet.")
        parts = [topic_text(t) for t in found.below_target]
        floors = [f"{floor} {topic_text(t)}" for floor, t in found.floors_below]
        if not parts and not floors:
            return self.tr("Every item reaches the target.")
        text = self.tr("Below target: {items}.").format(items="、".join(parts) or "—")
        if floors:
            text += " " + self.tr("By floor: {items}.").format(items="、".join(floors))
        return text

    def show_rows(self) -> None:
        which = self.filter_combo.currentIndex()
        rows = [
            r
            for r in self.everyone
            if which == self.ALL
            or (which == self.ANSWERED and r.answer is not None)
            or (which == self.NOT_ANSWERED and r.answer is None)
        ]
        self.answers.set_rows(rows)
        self.answers_table.resizeColumnsToContents()
        self._count()

    def _count(self) -> None:
        rows = self.answers.rows()
        answered = sum(1 for r in rows if r.answer is not None)
        self.counts.setText(
            self.tr("%n customer(s) shown; {answered} answered, {waiting} not yet.", "", len(rows)).format(
                answered=answered, waiting=len(rows) - answered
            )
        )

    # -- writing -------------------------------------------------------------------------------------------

    def _save_answer(self, row: Respondent, values: dict[str, object]) -> AnswerInfo:
        """One row's answers, in one unit of work of their own."""
        year = self.year()
        assert year is not None
        answered_on = row.answer.answered_on if row.answer else from_qdate(self.answered_on.date())
        answer = AnswerInput(
            row.tenancy_id,
            answered_on,
            values["service"],  # type: ignore[arg-type]
            values["price"],  # type: ignore[arg-type]
            values["company"],  # type: ignore[arg-type]
            respondent=str(values.get("respondent") or ""),
            comment=str(values.get("comment") or ""),
        )
        with self.desk.work(self.actor) as work:
            saved = record_answer(work, year, answer, expected_version=row.answer.version if row.answer else None)
        self._own_answers += 1
        self._answer_saved(row.tenancy_id, saved)
        return saved

    def _answer_saved(self, tenancy_id: int, saved: AnswerInfo) -> None:
        self.everyone = [replace(r, answer=saved) if r.tenancy_id == tenancy_id else r for r in self.everyone]
        year = self.year()
        if year is None:
            return
        try:
            with self.desk.read(self.actor) as work:
                self.found = summary(work, year)
        except AppError:
            return
        self._fill_summary()  # the table being typed into keeps its place

    def open_round(self) -> OpenRoundDialog:
        today = self.desk.clock().date()
        dialog = OpenRoundDialog(self.desk, self.actor, today.year, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda r: self.load_years(r.year))
        self.dialog = dialog
        dialog.open()
        return dialog

    def add_action(self) -> CorrectiveActionDialog | None:
        year = self.year()
        if year is None:
            return None
        below = self.found.below_target if self.found else ()
        dialog = CorrectiveActionDialog(self.desk, self.actor, year, below[0] if below else None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _a: self.show_year())
        self.dialog = dialog
        dialog.open()
        return dialog

    def chosen_action(self) -> ActionInfo | None:
        picked = self.actions_table.selectionModel().selectedRows()
        return self.action_rows.row(picked[0].row()) if picked else None

    def _action_chosen(self) -> None:
        action = self.chosen_action()
        self.done_button.setEnabled(
            action is not None and action.done_on is None and self.desk.may(self.actor, Action.MANAGE_SURVEY)
        )

    def mark_done(self) -> ActionDoneDialog | None:
        action = self.chosen_action()
        if action is None:
            return None
        dialog = ActionDoneDialog(self.desk, self.actor, action, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _a: self.show_year())
        self.dialog = dialog
        dialog.open()
        return dialog

    # -- printing ------------------------------------------------------------------------------------------

    def print_report(self) -> bool:
        """Build the year's report off the UI thread and open it in the print preview."""
        year = self.year()
        if year is None:
            return False

        def build(work: Work, target: object) -> None:
            from app.registers import print_survey_report  # here: the printout brings reportlab, not needed to start

            print_survey_report(work, year, target)  # type: ignore[arg-type]

        title = self.tr("Satisfaction survey report {year}").format(year=year)
        if not self.printouts.build(build, f"survey-report-{year}.pdf", title):
            messages.tell(self, self.tr("Another printout is still being made; try again in a moment."))
            return False
        return True
