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
# A customer's grade in words (issue 20's grades, shown on the customer form and in customer care's windows)
from ui.customers.grades import grade_names, grade_text  # noqa: E402

__all__ += ["grade_names", "grade_text"]
