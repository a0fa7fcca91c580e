"""The fees room of the window: the dossier's 费用 section, payments, deposits, the monthly run, the registers."""

from __future__ import annotations

from ui.fees.menu import FeesMenu
from ui.fees.registers import ArrearsRegister

__all__ = ["ArrearsRegister", "FeesMenu"]
