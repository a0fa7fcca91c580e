"""Customer care (issue 20) in the window: the visits due, the grades, the contact plans, recording a visit."""

from ui.care.dialogs import ContactPlansDialog, GradeDialog, VisitDialog
from ui.care.due_window import DueModel, VisitsDueWindow
from ui.care.menu import CareMenu

__all__ = ["CareMenu", "ContactPlansDialog", "DueModel", "GradeDialog", "VisitDialog", "VisitsDueWindow"]
