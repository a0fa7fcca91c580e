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
