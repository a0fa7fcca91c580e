"""The registers room of the window (issue 16)."""

from __future__ import annotations

from ui.registers.survey_menu import SurveyMenu
from ui.registers.survey_window import SurveyWindow

__all__ = ["SurveyMenu", "SurveyWindow"]
