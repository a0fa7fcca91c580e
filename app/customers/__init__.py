"""The customers room: a customer's details (名称, 信用代码, contacts), its former names, and finding a
customer by name or pinyin initials.

Other rooms and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from app.customers.details import (
    CustomerInfo,
    CustomerInput,
    CustomerMatch,
    FormerName,
    clean_customer,
    customer_info,
    find_customers,
    get_customer,
    name_matches,
    read_customer,
    reveal_id_code,
    update_customer,
)

# issue 20: authorised signatories and seal specimens
from app.customers.signatories import (
    SEAL_NAMES,
    Authority,
    SignatoryInfo,
    SignatoryInput,
    SpecimenImage,
    SpecimenInfo,
    SpecimenSheet,
    add_seal_specimen,
    add_signatory,
    authority_on,
    edit_signatory,
    end_authority,
    read_signatory,
    read_specimens,
    reveal_signatory_id_number,
    specimen_image,
    specimens_beside,
)

__all__ = [
    "CustomerInfo",
    "CustomerInput",
    "CustomerMatch",
    "FormerName",
    "clean_customer",
    "customer_info",
    "find_customers",
    "get_customer",
    "name_matches",
    "read_customer",
    "reveal_id_code",
    "update_customer",
]
# issue 20: authorised signatories and seal specimens
__all__ += [
    "SEAL_NAMES",
    "Authority",
    "SignatoryInfo",
    "SignatoryInput",
    "SpecimenImage",
    "SpecimenInfo",
    "SpecimenSheet",
    "add_seal_specimen",
    "add_signatory",
    "authority_on",
    "edit_signatory",
    "end_authority",
    "read_signatory",
    "read_specimens",
    "reveal_signatory_id_number",
    "specimen_image",
    "specimens_beside",
]
