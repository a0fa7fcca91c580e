"""The registers room of the window (issue 16)."""

from __future__ import annotations

from ui.registers.fit_out_list import FitOutProjectsWindow
from ui.registers.fit_out_menu import FitOutMenu
from ui.registers.fit_out_section import FitOutSection

__all__ = ["FitOutMenu", "FitOutProjectsWindow", "FitOutSection"]
