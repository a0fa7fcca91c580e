"""The fees room of the window: the dossier's 费用 section, payments, deposits, the monthly run, the registers."""

from __future__ import annotations

from ui.fees.menu import FeesMenu

__all__ = ["FeesMenu"]
