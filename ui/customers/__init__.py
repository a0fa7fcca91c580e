"""The customers room's screens: editing a customer's details.

Other rooms and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from ui.customers.customer_dialog import CustomerDialog

__all__ = [
    "CustomerDialog",
]
