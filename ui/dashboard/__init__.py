"""The dashboard room's screens (R10): the dashboard page, the first tab of the window, and the lists behind its
figures."""

from __future__ import annotations

from ui.dashboard.behind import BehindModel, BehindWindow
from ui.dashboard.opening import open_target
from ui.dashboard.page import DashboardPage

__all__ = ["BehindModel", "BehindWindow", "DashboardPage", "open_target"]
