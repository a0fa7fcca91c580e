"""The staff room in the main window: Tools ▸ Cards and keys to recover…, and the unit card's Staff… (its customer's
people)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMenu, QWidget

from app.building import UnitCard
from ui.staff.windows import StaffWindow, ToRecoverList
from ui.window_parts import MenuChoices, WindowPart, Workbench


class StaffMenu(WindowPart):
    """人事变动: the customers' people, and what is to be recovered from those who left."""

    def __init__(self, window: Workbench, parent: QWidget) -> None:
        super().__init__(window, parent)
        self.recover_list: ToRecoverList | None = None
        self.staff_windows: dict[int, StaffWindow] = {}
        self.recover_action = self.action(self.tr("Cards and keys to &recover…"))
        self.recover_action.setObjectName("to-recover")
        self.recover_action.triggered.connect(lambda: self.show_to_recover())
        window.tools_menu.addAction(self.recover_action)

    def show_to_recover(self) -> ToRecoverList:
        self.recover_list = self.one_window(
            self.recover_list,
            lambda: ToRecoverList(self.window.desk, self.window.actor, self.parent()),
            self._forget_list,
            lambda found: found.refresh(),
        )
        return self.recover_list

    def _forget_list(self, _obj: object = None) -> None:
        self.recover_list = None

    def card_menu(self, menu: QMenu, card: UnitCard, selected: Sequence[UnitCard]) -> MenuChoices:
        action = menu.addAction(self.tr("S&taff…"))
        action.setObjectName("staff")
        action.setEnabled(card.customer_id is not None)
        return {action: lambda: self.show_staff(card.customer_id, card.customer or "")}

    def tab_menu(self, menu: QMenu, page: QWidget, dossier_id: int, live: bool) -> MenuChoices:
        """Staff… on an open dossier's tab too: the people of its customer."""
        action = menu.addAction(self.tr("S&taff…"))
        action.setObjectName("staff")

        def shown() -> None:
            from app.dossier import read_dossier

            with self.window.desk.read(self.window.actor) as work:
                customer = read_dossier(work, dossier_id, documents=False).customer
            self.show_staff(customer.id, customer.name)

        return {action: shown}

    def show_staff(self, customer_id: int | None, customer: str) -> StaffWindow | None:
        if customer_id is None:
            return None
        found = self.one_window(
            self.staff_windows.get(customer_id),
            lambda: StaffWindow(self.window.desk, self.window.actor, customer_id, customer, self.parent()),
            lambda: self.staff_windows.pop(customer_id, None),
            lambda found: found.refresh(),
        )
        self.staff_windows[customer_id] = found
        return found

    def close(self) -> None:
        for found in [self.recover_list, *self.staff_windows.values()]:
            if found is not None:
                found.close()
