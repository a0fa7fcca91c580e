"""The exchange room of the window (issue 17): the import template, the import wizard and exporting lists to Excel."""

from __future__ import annotations

from ui.exchange.import_wizard import ImportWizard
from ui.exchange.menu import ExchangeMenu

__all__ = ["ExchangeMenu", "ImportWizard"]
