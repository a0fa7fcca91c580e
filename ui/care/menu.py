"""Customer care in the main window: Tools ▸ Return visits due… and Contact plans…, and on a unit card's menu
Customer grade… and Record return visit… (the one visit dialog)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QMenu, QWidget

from app.building import UnitCard
from app.care.grades import contact_plans, grade_of
from app.care.visits import last_visit_id
from app.desk import Work
from app.permissions import Action
from ui.care.dialogs import ContactPlansDialog, GradeDialog, VisitDialog
from ui.care.due_window import VisitsDueWindow
from ui.printing import PrintoutBuilder
from ui.window_parts import MenuChoices, WindowPart, Workbench


class CareMenu(WindowPart):
    """客户关怀 / customer care: the visits due, the contact plans, a customer's grade, recording a visit."""

    def __init__(self, window: Workbench, parent: QWidget) -> None:
        super().__init__(window, parent)
        self.due_window: VisitsDueWindow | None = None
        self.printouts = PrintoutBuilder(window.desk, window.actor, parent)
        desk, actor = window.desk, window.actor
        window.tools_menu.addSeparator()
        self.due_action = self.action(self.tr("Return &visits due…"))
        self.due_action.setObjectName("visits-due")
        self.due_action.triggered.connect(lambda: self.show_due())
        window.tools_menu.addAction(self.due_action)
        self.plans_action = self.action(
            self.tr("Customer contact &plans…"), enabled=desk.may(actor, Action.CONFIGURE_CONTACT_PLANS)
        )
        self.plans_action.setObjectName("contact-plans")
        self.plans_action.triggered.connect(lambda: self.contact_plans())
        window.tools_menu.addAction(self.plans_action)

    def show_due(self) -> VisitsDueWindow:
        self.due_window = self.one_window(
            self.due_window,
            lambda: VisitsDueWindow(self.window.desk, self.window.actor, self.parent()),
            self._forget,
            lambda found: found.refresh(),
        )
        return self.due_window

    def _forget(self, _obj: object = None) -> None:
        self.due_window = None

    def contact_plans(self) -> ContactPlansDialog | None:
        if not self.window.desk.may(self.window.actor, Action.CONFIGURE_CONTACT_PLANS):
            return None
        dialog = ContactPlansDialog(self.window.desk, self.window.actor, self.parent())
        self.window.open_dialog(dialog)
        return dialog

    def card_menu(self, menu: QMenu, card: UnitCard, selected: Sequence[UnitCard]) -> MenuChoices:
        desk, actor = self.window.desk, self.window.actor
        let = card.tenancy_id is not None and card.customer_id is not None
        grade_action = menu.addAction(self.tr("Customer &grade…"))
        grade_action.setObjectName("customer-grade")
        grade_action.setEnabled(let and desk.may(actor, Action.SET_CUSTOMER_GRADE))
        visit_action = menu.addAction(self.tr("Record return &visit…"))
        visit_action.setObjectName("record-visit")
        visit_action.setEnabled(let and desk.may(actor, Action.RECORD_VISIT))
        print_action = menu.addAction(self.tr("Print return visit r&ecord…"))
        print_action.setObjectName("print-visit-record")
        print_action.setEnabled(let)
        return {
            grade_action: lambda: self.set_grade(card),
            visit_action: lambda: self.record_visit(card),
            print_action: lambda: self.print_visit_record(card),
        }

    def print_visit_record(self, card: UnitCard) -> bool:
        """Preview the 回访记录表 of the tenancy's latest return visit; False (and why, in the status bar) if none."""
        if card.tenancy_id is None:
            return False
        with self.window.desk.read(self.window.actor) as work:
            visit_id = last_visit_id(work, card.tenancy_id)
        if visit_id is None:
            self.tell_status(self.tr("No return visit has been recorded for this tenancy yet."))
            return False

        def build(work: Work, target: Path) -> None:
            from app.care.printouts import print_visit_record  # reportlab: loaded when a record is printed

            print_visit_record(work, visit_id, target)

        if not self.printouts.build(
            build, "visit-record.pdf", self.tr("Return visit record"), dossier_id=card.dossier_id
        ):
            self.tell_status(self.tr("Another printout is still being made; try again in a moment."))
            return False
        return True

    def set_grade(self, card: UnitCard) -> GradeDialog | None:
        if card.customer_id is None:
            return None
        with self.window.desk.read(self.window.actor) as work:
            grade = grade_of(work, card.customer_id)
        dialog = GradeDialog(
            self.window.desk, self.window.actor, card.customer_id, card.customer or "", grade, self.parent()
        )
        dialog.saved.connect(lambda info: self.tell_status(self.tr("Customer grade saved.")))
        self.window.open_dialog(dialog)
        return dialog

    def record_visit(self, card: UnitCard) -> VisitDialog | None:
        if card.tenancy_id is None:
            return None
        how = "phone"  # as an ungraded customer's plan
        if card.customer_id is not None:
            with self.window.desk.read(self.window.actor) as work:
                grade = grade_of(work, card.customer_id).grade
                how = next((p.how for p in contact_plans(work) if p.grade == grade), how)
        dialog = VisitDialog(
            self.window.desk, self.window.actor, card.tenancy_id, card.customer or "", self.parent(), how=how
        )
        dialog.saved.connect(lambda _id: self.tell_status(self.tr("Return visit recorded.")))
        self.window.open_dialog(dialog)
        return dialog

    def close(self) -> None:
        if self.due_window is not None:
            self.due_window.close()
        self.printouts.cleanup()
