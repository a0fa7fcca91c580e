"""The customers room's screens: editing a customer's details.

Other rooms and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from ui.customers.customer_dialog import CustomerDialog

# issue 20: authorised signatories and seal specimens
from ui.customers.signatory_dialogs import EndAuthorityDialog, SealSpecimenDialog, SignatoryDialog
from ui.customers.specimens import SpecimensPanel, authority_text, put_beside_form
from ui.customers.specimens_section import SpecimensSection

__all__ = [
    "CustomerDialog",
]
# issue 20: authorised signatories and seal specimens
__all__ += [
    "EndAuthorityDialog",
    "SealSpecimenDialog",
    "SignatoryDialog",
    "SpecimensPanel",
    "SpecimensSection",
    "authority_text",
    "put_beside_form",
]
