"""Personal data shown only as far as the role may see it (R16): masked ID numbers and mobiles.

Customer information is confidential (R16). Two values identify a person outside the office: the ID number of a
customer who is a person (a company's unified social credit code is public, not personal) and a contact's mobile.
The app layer masks them here — one rule for the window, the command line and every printout:

* an ID number is shown masked (``110***********1234``) unless the role may see ID numbers
  (``Action.SEE_ID_NUMBERS``); a masked one is shown in full only by an audited reveal;
* a mainland mobile is shown in full in the window (clerks call tenants and print the emergency-contact card), but
  what leaves the office — the command line's output, JSON, a printed list — masks it (``138****5678``) unless the
  role may export them (``Action.EXPORT_MOBILES``). A landline with an area code is an office number and stays.

Without a logged-in user everything personal is masked: a program that does not know who reads shows the least.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.permissions import Action, allowed

if TYPE_CHECKING:
    from app.desk import Actor

MASK = "*"
PERSON = "person"  # the customer kind whose id_code is an ID number (db.models.CUSTOMER_KINDS)

# Full-width digits and signs typed with a Chinese input method, read as their ASCII selves (one character each, so
# positions in the text stay where they were).
_HALF_WIDTH = str.maketrans(
    "０１２３４５６７８９＋－　", "0123456789+- "
)  # fmt: skip
_SPACES = re.compile(r"\s+")
# A mainland mobile: 1[3-9] and nine more digits, optionally after +86/0086/86, written in one piece or split by
# spaces or hyphens (138 1234 5678, 138-1234-5678); never a part of a longer run of digits (a landline, an account).
_MOBILE = re.compile(r"(?<![\d*])((?:\+|00)?86[ -]?)?(1[3-9]\d)[ -]?(\d{4})[ -]?(\d{4})(?![\d*])")


def mask_id_number(value: str) -> str:
    """``110101199003071234`` as ``110***********1234``: the first 3 and last 4 characters of a mainland ID number
    (18 or 15 characters) stay, the birth date and sequence are hidden.

    The value is read as typed by someone: spaces are dropped and full-width digits read as digits. A shorter value
    (a passport or a Hong Kong ID, a typo) keeps at most a third of itself — first 1 and last 2 characters from 9
    on, nothing below that — so a short number is never as good as shown. Empty stays empty.
    """
    text = _SPACES.sub("", (value or "").translate(_HALF_WIDTH))
    if not text:
        return ""
    if len(text) >= 15:
        head, tail = 3, 4
    elif len(text) >= 9:
        head, tail = 1, 2
    else:
        head, tail = 0, 0
    return text[:head] + MASK * (len(text) - head - tail) + text[len(text) - tail :]


def mask_mobile(value: str) -> str:
    """Every mainland mobile in ``value`` as ``138****5678`` (the network prefix and the last four digits stay);
    a landline (``0755-8321 2345``), an extension or anything else is left as it is.

    A number split by spaces or hyphens, or typed in full-width digits, is found too; a found one is written in one
    piece (``+86 138****5678``), the rest of the text unchanged.
    """
    if not value:
        return ""
    # Found in the half-width reading, replaced in the text as typed: the rest of it keeps its own characters.
    pieces: list[str] = []
    end = 0
    for found in _MOBILE.finditer(value.translate(_HALF_WIDTH)):
        prefix = f"{found[1].strip(' -')} " if found[1] else ""
        pieces += [value[end : found.start()], f"{prefix}{found[2]}{MASK * 4}{found[4]}"]
        end = found.end()
    return "".join(pieces) + value[end:]


def sees_id_numbers(actor: Actor | None) -> bool:
    """Whether ``actor``'s role sees persons' ID numbers unmasked (no user: no)."""
    return actor is not None and allowed(actor.role, Action.SEE_ID_NUMBERS)


def exports_mobiles(actor: Actor | None) -> bool:
    """Whether ``actor``'s role may let personal mobiles leave the office unmasked (no user: no)."""
    return actor is not None and allowed(actor.role, Action.EXPORT_MOBILES)


def is_personal_id(kind: str) -> bool:
    """Whether a customer's ``id_code`` is personal data: a person's ID number, not a company's credit code."""
    return kind == PERSON


def shown_id_code(actor: Actor | None, kind: str, id_code: str) -> str:
    """A customer's credit code or ID number as ``actor`` may see it."""
    if is_personal_id(kind) and not sees_id_numbers(actor):
        return mask_id_number(id_code)
    return id_code


def id_code_hidden(actor: Actor | None, kind: str, id_code: str) -> bool:
    """Whether ``shown_id_code`` hides anything from ``actor`` (a Reveal is offered then)."""
    return shown_id_code(actor, kind, id_code) != id_code


def exported_phone(actor: Actor | None, number: str) -> str:
    """A phone or mobile number as it may leave the office with ``actor``'s export (mobiles masked unless allowed)."""
    return number if exports_mobiles(actor) else mask_mobile(number)
