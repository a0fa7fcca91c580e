"""The registers room of the window (issue 16): the Services menu (repairs, complaints, violations, the satisfaction
survey, fit-out projects), the unit card's Repair… and Complaint…, the dossier's "Repairs & complaints" and 二装
(Fit-out) tabs."""

from __future__ import annotations

from ui.registers.fit_out_list import FitOutProjectsWindow
from ui.registers.fit_out_menu import FitOutMenu
from ui.registers.fit_out_section import FitOutSection
from ui.registers.menu import ServicesMenu
from ui.registers.service_tab import ServiceSection
from ui.registers.survey_menu import SurveyMenu
from ui.registers.survey_window import SurveyWindow

__all__ = [
    "FitOutMenu",
    "FitOutProjectsWindow",
    "FitOutSection",
    "ServiceSection",
    "ServicesMenu",
    "SurveyMenu",
    "SurveyWindow",
]
