"""The registers room of the window (issue 16): the Services menu and the unit card's Repair… and Complaint…, the
dossier's "Repairs & complaints" tab."""

from __future__ import annotations

from ui.registers.menu import ServicesMenu
from ui.registers.service_tab import ServiceSection

__all__ = ["ServiceSection", "ServicesMenu"]
