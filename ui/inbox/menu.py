"""The scan inbox in the main window: Print scan cover sheets… in the Tools menu, on a unit card and a dossier tab."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMenu, QWidget

from app.building import UnitCard
from app.permissions import Action
from ui.icons import icon
from ui.inbox.covers_dialog import CoverSheetsDialog
from ui.window_parts import MenuChoices, WindowPart, Workbench


class CoversMenu(WindowPart):
    """Cover sheets for the dossier in front (or the unit card's), the floor shown, or blank ones."""

    def __init__(self, window: Workbench, parent: QWidget) -> None:
        super().__init__(window, parent)
        self.covers_action = self.action(
            self.tr("Print sc&an cover sheets…"), "print", enabled=window.desk.may(window.actor, Action.PRINT_COVERS)
        )
        self.covers_action.triggered.connect(lambda: self.print_covers())
        window.tools_menu.addAction(self.covers_action)

    def card_menu(self, menu: QMenu, card: UnitCard, selected: Sequence[UnitCard]) -> MenuChoices:
        action = menu.addAction(icon("print"), self.tr("Print sc&an cover sheets…"))
        action.setEnabled(self.covers_action.isEnabled())
        dossier_id = card.dossier_id
        return {action: lambda: self.print_covers(dossier_id)}

    def tab_menu(self, menu: QMenu, page: QWidget, dossier_id: int, live: bool) -> MenuChoices:
        action = menu.addAction(icon("print"), self.tr("Print sc&an cover sheets…"))
        action.setEnabled(self.covers_action.isEnabled())
        return {action: lambda: self.print_covers(dossier_id)}

    def print_covers(self, dossier_id: int | None = None) -> CoverSheetsDialog:
        """The dialog for ``dossier_id`` (default: the dossier tab in front, else the current card's), the floor
        shown, or blank sheets."""
        if dossier_id is None:
            dossier_id = self.window.dossier_tab_in_front()
        if dossier_id is None:
            card = self.window.current_card()
            dossier_id = card.dossier_id if card is not None else None
        floor = self.window.current_floor()
        dialog = CoverSheetsDialog(
            self.window.desk,
            self.window.actor,
            dossier_id=dossier_id,
            floor_id=floor.id if floor else None,
            floor_label=floor.label if floor else "",
            parent=self.parent(),
        )
        self.window.open_dialog(dialog)
        return dialog
