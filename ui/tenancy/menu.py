"""The tenancy room in the main window: Move in, Move out, Record notice, Print labels, Label check."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

import shiboken6
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from app.building import UnitCard, UnitStatus
from app.desk import ChangeSet
from app.errors import AppError
from app.permissions import Action
from app.tenancy import DEFAULT_LAYOUT, LAYOUTS, MoveIn, MoveOutResult, labels_for, print_labels, with_offsets
from ui import messages
from ui.icons import icon
from ui.printing import PrintPreviewDialog
from ui.tenancy.label_check_dialog import LabelCheckDialog
from ui.tenancy.labels_dialog import (
    CODE_KEY,
    LAYOUT_KEY,
    OFFSET_X_KEY,
    OFFSET_Y_KEY,
    LabelsDialog,
    record_when_delivered,
)
from ui.tenancy.move_in_wizard import MoveInWizard
from ui.tenancy.move_out_dialog import MoveOutDialog, NoticeDialog
from ui.translations import error_text
from ui.window_parts import MenuChoices, WindowPart, Workbench


class TenancyMenu(WindowPart):
    """The tenancy lifecycle and the dossiers' labels, in the Tools menu, the toolbar and the context menus."""

    def __init__(self, window: Workbench, parent: QWidget) -> None:
        super().__init__(window, parent)
        may = window.desk.may
        actor = window.actor
        self.label_question: QMessageBox | None = None
        self._printouts: tempfile.TemporaryDirectory[str] | None = None
        self.move_in_action = self.action(
            self.tr("Move &in…"), "move-in", [QKeySequence("Ctrl+Shift+I")], may(actor, Action.MOVE_IN)
        )
        self.move_in_action.setIconText(self.tr("Move in"))
        self.move_in_action.triggered.connect(lambda: self.move_in())
        self.move_out_action = self.action(self.tr("Move &out…"), "move-out", enabled=may(actor, Action.MOVE_OUT))
        self.move_out_action.triggered.connect(lambda: self.move_out())
        self.notice_action = self.action(self.tr("Record &notice…"), "notice", enabled=may(actor, Action.MOVE_OUT))
        self.notice_action.triggered.connect(lambda: self.record_notice())
        self.labels_action = self.action(self.tr("Print &labels…"), "labels", enabled=may(actor, Action.PRINT_LABELS))
        self.labels_action.triggered.connect(lambda: self.print_labels())
        self.label_check_action = self.action(self.tr("Label &check…"), "label-check")
        self.label_check_action.triggered.connect(lambda: self.label_check())
        tools = window.tools_menu
        for action in (self.move_in_action, self.move_out_action, self.notice_action):
            tools.addAction(action)
        tools.addSeparator()
        for action in (self.labels_action, self.label_check_action):
            tools.addAction(action)
        window.toolbar.addAction(self.move_in_action)
        window.changes.changed.connect(self._changed)

    # -- context menus --------------------------------------------------------------------------

    def card_menu(self, menu: QMenu, card: UnitCard, selected: Sequence[UnitCard]) -> MenuChoices:
        move_in_action = menu.addAction(icon("move-in"), self.tr("Move &in…"))
        move_in_action.setEnabled(
            self.move_in_action.isEnabled() and all(c.status == UnitStatus.VACANT for c in selected)
        )
        occupied = card.tenancy_id is not None and card.dossier_id is not None
        move_out_action = menu.addAction(icon("move-out"), self.tr("Move &out…"))
        notice_action = menu.addAction(icon("notice"), self.tr("Record &notice…"))
        label_action = menu.addAction(icon("labels"), self.tr("Print &labels…"))
        for action in (move_out_action, notice_action):
            action.setEnabled(occupied and self.move_out_action.isEnabled())
        label_action.setEnabled(self.labels_action.isEnabled() and any(c.tenancy_id is not None for c in selected))
        unit_ids = [c.unit_id for c in selected]
        choices: MenuChoices = {
            move_in_action: lambda: self.move_in(unit_ids),
            label_action: lambda: self.print_labels(),
        }
        dossier_id = card.dossier_id
        if dossier_id is not None:
            choices[move_out_action] = lambda: self.move_out(dossier_id)
            choices[notice_action] = lambda: self.record_notice(dossier_id)
        return choices

    def tab_menu(self, menu: QMenu, page: QWidget, dossier_id: int, live: bool) -> MenuChoices:
        move_out_action = menu.addAction(icon("move-out"), self.tr("Move &out…"))
        notice_action = menu.addAction(icon("notice"), self.tr("Record &notice…"))
        label_action = menu.addAction(icon("labels"), self.tr("Print &labels…"))
        for action, tool in (
            (move_out_action, self.move_out_action),
            (notice_action, self.notice_action),
            (label_action, self.labels_action),
        ):
            action.setEnabled(live and tool.isEnabled())

        def labels_of_page() -> None:
            self.window.workspace.setCurrentWidget(page)
            self.print_labels()

        return {
            move_out_action: lambda: self.move_out(dossier_id),
            notice_action: lambda: self.record_notice(dossier_id),
            label_action: labels_of_page,
        }

    # -- moving in and out ----------------------------------------------------------------------

    def move_in(self, unit_ids: Sequence[int] | None = None) -> MoveInWizard | None:
        """The move-in wizard for the chosen vacant units (the selected vacant cards by default)."""
        floor = self.window.current_floor()
        if unit_ids is None:
            unit_ids = [c.unit_id for c in self.window.selected_cards() if c.status == UnitStatus.VACANT]
        wizard = MoveInWizard(
            self.window.desk,
            self.window.actor,
            self.window.floors(),
            floor.id if floor else None,
            unit_ids,
            parent=self.parent(),
        )
        wizard.moved_in.connect(self._moved_in)
        self.window.open_dialog(wizard)
        return wizard

    def _moved_in(self, result: MoveIn) -> None:
        self.tell_status(self.tr("Moved in; dossier {number} created.").format(number=result.dossier_number))
        self.label_question = messages.ask(
            self.parent(),
            self.tr("Dossier {number} is created. Print its label now?").format(number=result.dossier_number),
            self.tr("&Print label"),
            lambda: self.print_dossier_label(result.dossier_id),
        )

    def _changed(self, changes: ChangeSet) -> None:
        """A tenant renamed here: its label now reads wrong on the folder; offer the new one at once (R5)."""
        if not changes.relabelled or self.window.released:
            return
        ids = sorted(changes.relabelled)
        question = self.label_question
        if question is not None and shiboken6.isValid(question) and question.isVisible():
            question.reject()  # renamed again before answering: one question, for the newest name
        with self.window.desk.read(self.window.actor) as work:
            numbers = "、".join(r.dossier_number for r in labels_for(work, dossier_ids=ids))
        self.label_question = messages.ask(
            self.parent(),
            self.tr(
                "The name on the label of dossier {numbers} has changed. Print the new label now?\n"
                "Later: the label check lists it until the new one is printed.",
                "",
                len(ids),  # a customer renamed in several units has a dossier, and a label, for each
            ).format(numbers=numbers),
            self.tr("&Print new label", "", len(ids)),
            lambda: self.print_dossier_label(ids[0]) if len(ids) == 1 else self.print_dossier_labels(ids),
        )

    def print_dossier_label(self, dossier_id: int) -> PrintPreviewDialog | None:
        """One dossier's label on the saved sheet layout, straight into the print preview."""
        return self.print_dossier_labels([dossier_id])

    def print_dossier_labels(self, dossier_ids: Sequence[int]) -> PrintPreviewDialog | None:
        """These dossiers' labels on the saved sheet layout, straight into the print preview."""
        if self._printouts is None:
            self._printouts = tempfile.TemporaryDirectory(prefix="dossier-desk-print-", ignore_cleanup_errors=True)
        target = Path(self._printouts.name) / f"label-{'-'.join(map(str, dossier_ids))}.pdf"
        settings = self.window.settings
        name = settings.value(LAYOUT_KEY, DEFAULT_LAYOUT, str)
        layout = with_offsets(
            LAYOUTS.get(name, LAYOUTS[DEFAULT_LAYOUT]),
            float(settings.value(OFFSET_X_KEY, 0.0, float)),
            float(settings.value(OFFSET_Y_KEY, 0.0, float)),
        )
        try:
            with self.window.desk.work(self.window.actor) as work:
                rows = labels_for(work, dossier_ids=list(dossier_ids))
                code = settings.value(CODE_KEY, "qr", str)
                print_labels(work, rows, target, layout=layout, code=code, record=False)
        except AppError as err:
            messages.tell(self.parent(), error_text(err))
            return None
        dialog = PrintPreviewDialog(target, self.tr("Dossier label"), self.parent())
        record_when_delivered(
            dialog, self.window.desk, self.window.actor, list(dossier_ids), self.labels_recorded, self._tell
        )
        self.window.open_dialog(dialog)
        return dialog

    def labels_recorded(self, dossier_ids: list[int]) -> None:
        """Say what was recorded: the clerk sees the print counted, and the label check no longer lists them."""
        self.tell_status(self.tr("Labels recorded as printed: %n dossier(s).", "", len(dossier_ids)))

    def _tell(self, text: str) -> None:
        messages.tell(self.parent(), text)

    def move_out(self, dossier_id: int | None = None) -> MoveOutDialog | None:
        dossier_id = dossier_id if dossier_id is not None else self.window.current_dossier_id()
        if dossier_id is None:
            self.tell_status(self.tr("Choose an occupied unit or open its dossier first."))
            return None
        try:
            dialog = MoveOutDialog(self.window.desk, self.window.actor, dossier_id, self.parent())
        except AppError as err:
            messages.tell(self.parent(), error_text(err))
            return None
        if not dialog.open_units:
            dialog.deleteLater()
            self.tell_status(self.tr("This tenant has already given back every unit."))
            return None
        dialog.moved_out.connect(self._moved_out)
        self.window.open_dialog(dialog)
        return dialog

    def _moved_out(self, result: MoveOutResult) -> None:
        units = "、".join(result.units_given_back)
        given_back = len(result.units_given_back)  # "Unit 1201 given back" for one: the plural forms follow it
        text = (
            self.tr("Units {units} given back; the dossier is departed.", "", given_back)
            if result.departed
            else self.tr("Units {units} given back; the tenant keeps {kept}.", "", given_back)
        )
        self.tell_status(text.format(units=units, kept="、".join(result.units_kept)))

    def record_notice(self, dossier_id: int | None = None) -> NoticeDialog | None:
        dossier_id = dossier_id if dossier_id is not None else self.window.current_dossier_id()
        if dossier_id is None:
            self.tell_status(self.tr("Choose an occupied unit or open its dossier first."))
            return None
        dialog = NoticeDialog(self.window.desk, self.window.actor, dossier_id, self.parent())
        self.window.open_dialog(dialog)
        return dialog

    # -- labels ---------------------------------------------------------------------------------

    def print_labels(self) -> LabelsDialog:
        """The labels dialog for the unit in front, the selected cards, this floor or the to-reprint list."""
        floor = self.window.current_floor()
        card = self.window.current_card()
        selected = [c.dossier_id for c in self.window.selected_cards()]
        in_front = self.window.dossier_tab_in_front()
        dialog = LabelsDialog(
            self.window.desk,
            self.window.actor,
            self.window.settings,
            unit_id=card.unit_id if card is not None and card.tenancy_id is not None else None,
            dossier_ids=[d for d in selected if d is not None],
            floor_id=floor.id if floor else None,
            floor_label=floor.label if floor else "",
            chosen_ids=[in_front] if in_front is not None else [],
            parent=self.parent(),
        )
        dialog.printed.connect(self.labels_recorded)
        self.window.open_dialog(dialog)
        return dialog

    def label_check(self) -> LabelCheckDialog:
        dialog = LabelCheckDialog(self.window.desk, self.window.actor, self.window.settings, self.parent())
        self.window.show_report(dialog)
        return dialog

    def close(self) -> None:
        if self._printouts is not None:
            self._printouts.cleanup()
            self._printouts = None
