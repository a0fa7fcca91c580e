"""The loans room in the main window (R8): Tools ▸ Loans… and Approvals waiting…, "Lend…" on a unit card and on an
open dossier's tab, and the overdue loans told once the window is open after log-in."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from app.building import UnitCard
from app.errors import AppError
from app.loans import overdue_loans
from app.permissions import Action
from ui import messages
from ui.approvals import ApprovalsWaitingWindow
from ui.icons import icon
from ui.loans.loans_window import LoansWindow
from ui.loans.request_dialog import LoanRequestDialog
from ui.translations import format_date
from ui.window_parts import MenuChoices, WindowPart, Workbench

MAX_LISTED = 10  # overdue loans named at log-in; the rest are in the Loans window


class LoansMenu(WindowPart):
    """Loans and the manager's approvals: both windows modeless beside the floors, one of each at a time."""

    def __init__(self, window: Workbench, parent: QWidget) -> None:
        super().__init__(window, parent)
        self.loans_window: LoansWindow | None = None
        self.waiting_window: ApprovalsWaitingWindow | None = None
        self.overdue_message: QMessageBox | None = None
        desk, actor = window.desk, window.actor
        window.tools_menu.addSeparator()
        self.loans_action = self.action(self.tr("&Loans…"), "loans")
        self.loans_action.setObjectName("loans")
        self.loans_action.triggered.connect(lambda: self.show_loans())
        self.waiting_action = self.action(
            self.tr("Approvals &waiting…"), "approvals", enabled=desk.may(actor, Action.APPROVE)
        )
        self.waiting_action.setObjectName("approvals-waiting")
        self.waiting_action.triggered.connect(lambda: self.show_waiting())
        window.tools_menu.addAction(self.loans_action)
        window.tools_menu.addAction(self.waiting_action)
        QTimer.singleShot(0, self, self.overdue_after_log_in)  # after the window is shown, not at all if it is gone

    def overdue_after_log_in(self) -> None:
        self.tell_overdue()

    def show_loans(self) -> LoansWindow:
        self.loans_window = self.one_window(
            self.loans_window,
            lambda: LoansWindow(self.window.desk, self.window.actor, self.parent()),
            self._forget_loans,
            lambda found: found.refresh(),
        )
        return self.loans_window

    def _forget_loans(self) -> None:
        self.loans_window = None

    def show_waiting(self) -> ApprovalsWaitingWindow | None:
        if not self.window.desk.may(self.window.actor, Action.APPROVE):
            return None
        self.waiting_window = self.one_window(
            self.waiting_window,
            lambda: ApprovalsWaitingWindow(self.window.desk, self.window.actor, self.parent()),
            self._forget_waiting,
            lambda found: found.refresh(),
        )
        return self.waiting_window

    def _forget_waiting(self) -> None:
        self.waiting_window = None

    def lend(self, chosen: Sequence[tuple[int, str]]) -> LoanRequestDialog:
        """A new loan request with these dossiers filled in (from a card or a dossier's tab)."""
        return self.show_loans().new_loan(chosen)

    def card_menu(self, menu: QMenu, card: UnitCard, selected: Sequence[UnitCard]) -> MenuChoices:
        lend_action = menu.addAction(icon("loans"), self.tr("&Lend…"))
        chosen = [
            (c.dossier_id, f"{c.dossier_number}  {c.customer or ''}（{c.number}）")
            for c in selected
            if c.dossier_id is not None
        ]
        lend_action.setEnabled(bool(chosen) and self.window.desk.may(self.window.actor, Action.REQUEST_LOAN))
        return {lend_action: lambda: self.lend(chosen)}

    def tab_menu(self, menu: QMenu, page: QWidget, dossier_id: int, live: bool) -> MenuChoices:
        lend_action = menu.addAction(icon("loans"), self.tr("&Lend…"))
        lend_action.setEnabled(self.window.desk.may(self.window.actor, Action.REQUEST_LOAN))
        title = page.windowTitle() if page.windowTitle() else str(dossier_id)
        return {lend_action: lambda: self.lend([(dossier_id, title)])}

    def tell_overdue(self) -> QMessageBox | None:
        """Overdue loans, said once after log-in, and only if there are any."""
        if self.window.released:
            return None
        try:
            with self.window.desk.read(self.window.actor) as work:
                late = overdue_loans(work)
        except AppError:
            return None
        if not late:
            return None
        lines = [
            self.tr("Loan {number}: {borrower} ({dossiers}), due back {date}").format(
                number=x.id,
                borrower=x.borrower,
                dossiers="、".join(d.number for d in x.dossiers),
                date=format_date(x.expected_return),
            )
            for x in late[:MAX_LISTED]
        ]
        if len(late) > MAX_LISTED:
            lines.append(self.tr("… and {count} more: Tools ▸ Loans…").format(count=len(late) - MAX_LISTED))
        text = self.tr("%n loan(s) overdue:", "", len(late)) + "\n\n" + "\n".join(lines)
        self.overdue_message = messages.tell(self.parent(), text)
        return self.overdue_message

    def close(self) -> None:
        for found in (self.loans_window, self.waiting_window):
            if found is not None:
                found.close()
