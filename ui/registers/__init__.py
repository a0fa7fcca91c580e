"""The registers room of the window (issue 16): the Services menu (repairs, complaints, violations, the satisfaction
survey), the unit card's Repair… and Complaint…, the dossier's "Repairs & complaints" tab."""

from __future__ import annotations

from ui.registers.menu import ServicesMenu
from ui.registers.service_tab import ServiceSection
from ui.registers.survey_menu import SurveyMenu
from ui.registers.survey_window import SurveyWindow

__all__ = ["ServiceSection", "ServicesMenu", "SurveyMenu", "SurveyWindow"]
