"""The forms room of the window (issue 16): the Forms menu, the one form editor built from a form's definition, the
forms' registers and their printouts."""

from __future__ import annotations

from ui.forms.editor import FormEditor
from ui.forms.menu import FormChoice, FormsMenu
from ui.forms.registers import FormsRegister

__all__ = ["FormChoice", "FormEditor", "FormsMenu", "FormsRegister"]
