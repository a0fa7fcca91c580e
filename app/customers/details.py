"""Customers (tenant companies or people), their details and their name history (R5, R11)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields

from sqlalchemy import ColumnElement, select

from app.desk import Actor, Work, expect_version
from app.errors import NotFound, ValidationError
from app.permissions import Action
from app.privacy import MASK, id_code_hidden, is_personal_id, shown_id_code
from app.text import QT_TRANSLATE_NOOP
from app.validation import email_address, limited_text, required_text
from db.models import CUSTOMER_KINDS, Customer, CustomerName, Dossier, Tenancy


@dataclass(frozen=True)
class CustomerInput:
    name: str
    kind: str = "company"
    id_code: str = ""
    legal_representative: str = ""
    registered_capital: str = ""
    nature: str = ""
    industry: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""
    contact_person: str = ""


@dataclass(frozen=True)
class FormerName:
    name: str
    used_until: dt.date


@dataclass(frozen=True)
class CustomerInfo:
    id: int
    name: str
    kind: str
    id_code: str
    legal_representative: str
    registered_capital: str
    nature: str
    industry: str
    address: str
    phone: str
    email: str
    notes: str
    former_names: tuple[FormerName, ...]
    version: int  # as read: saving the edited details refuses a customer changed meanwhile
    # A person's ID number masked for a role that may not see it (R16, app.privacy): the form offers Reveal, and
    # saving the masked text unchanged keeps the number on file.
    id_code_masked: bool = False
    contact_person: str = ""


_LIMITS = {
    "id_code": 40,
    "legal_representative": 100,
    "registered_capital": 100,
    "nature": 100,
    "industry": 100,
    "address": 300,
    "phone": 50,
    "email": 200,
    "notes": 4000,
    "contact_person": 100,
}


def clean_customer(data: CustomerInput) -> dict[str, str]:
    """Validated, trimmed values of a customer input; raises naming the first bad field."""
    values = {"name": required_text(data.name, "customer.name", 200)}
    if data.kind not in CUSTOMER_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "The customer kind must be company or person, not “{kind}”."),
            field="customer.kind",
            kind=data.kind,
        )
    values["kind"] = data.kind
    for name, limit in _LIMITS.items():
        values[name] = limited_text(getattr(data, name), f"customer.{name}", limit)
    values["email"] = email_address(data.email, "customer.email")
    return values


def customer_info(customer: Customer, actor: Actor | None) -> CustomerInfo:
    """The customer as ``actor`` may see it: a person's ID number masked unless the role may see it (R16)."""
    values = {f.name: getattr(customer, f.name) for f in fields(CustomerInfo) if f.name not in _NOT_COLUMNS}
    values["id_code"] = shown_id_code(actor, customer.kind, customer.id_code)
    return CustomerInfo(
        **values,
        former_names=tuple(FormerName(n.name, n.used_until) for n in customer.former_names),
        id_code_masked=id_code_hidden(actor, customer.kind, customer.id_code),
    )


_NOT_COLUMNS = {"former_names", "id_code_masked"}


def get_customer(work: Work, customer_id: int) -> Customer:
    customer = work.session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no customer with id {id}."), field="customer", id=customer_id)
    return customer


def read_customer(work: Work, customer_id: int) -> CustomerInfo:
    work.require_read()
    return customer_info(get_customer(work, customer_id), work.actor)


def reveal_id_code(work: Work, customer_id: int, *, dossier_id: int | None = None) -> str:
    """The customer's credit code or ID number in full, for a role that sees it masked; always audited (R16).

    The reveal is a line in the audit log (who, when, which customer and field; ``dossier_id`` is the dossier it
    was revealed from, so the line is in that dossier's history too). It writes that line, so on a file open
    read-only it is refused: a value that cannot be recorded as revealed stays masked.
    """
    work.require(Action.REVEAL_PERSONAL_DATA)
    customer = get_customer(work, customer_id)
    if dossier_id is not None:
        dossier = work.session.get(Dossier, dossier_id)
        if dossier is None or dossier.tenancy.customer_id != customer.id:
            raise NotFound(
                QT_TRANSLATE_NOOP("app", "There is no dossier with id {id}."), field="dossier", id=dossier_id
            )
        work.touched.dossiers.add(dossier_id)  # its history shows the new line
    work.log(dossier_id, "customer", customer.id, "reveal", {"field": "id_code"})
    return customer.id_code


def update_customer(
    work: Work,
    customer_id: int,
    data: CustomerInput,
    renamed_on: dt.date | None = None,
    *,
    expected_version: int,
) -> CustomerInfo:
    """Save edited details. A new name keeps the old one in the history and relabels live dossiers (R5).

    ``renamed_on`` is the day the new name took effect (e.g. the date on the new business
    licence); by default today. ``expected_version`` is the ``CustomerInfo.version`` the form
    was filled from: a customer changed meanwhile is refused (``ChangedMeanwhile``), never
    overwritten with the form's older values.
    """
    actor = work.require(Action.EDIT_CUSTOMER)
    customer = get_customer(work, customer_id)
    expect_version(
        customer,
        expected_version,
        QT_TRANSLATE_NOOP(
            "app",
            "The customer “{name}” was changed meanwhile by someone else; it has been reloaded — check it and "
            "save again.",
        ),
        name=customer.name,
    )
    values = clean_customer(data)
    if id_code_hidden(actor, customer.kind, customer.id_code) and values["id_code"] == shown_id_code(
        actor, customer.kind, customer.id_code
    ):
        # The form showed the ID number masked and it was left as shown: the number on file stays (R16).
        values["id_code"] = customer.id_code
    elif MASK in values["id_code"] and is_personal_id(values["kind"]):
        # A masked number edited by hand would put stars on file in place of the person's number.
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Type the whole ID number, or reveal it first and then correct it."),
            field="customer.id_code",
        )
    changed = {k: [getattr(customer, k), v] for k, v in values.items() if getattr(customer, k) != v}
    if not changed:
        return customer_info(customer, actor)
    dossiers = work.session.scalars(
        select(Dossier).join(Tenancy, Dossier.tenancy_id == Tenancy.id).where(Tenancy.customer_id == customer_id)
    ).all()
    if "name" in changed:
        work.session.add(CustomerName(customer=customer, name=customer.name, used_until=renamed_on or work.today))
        for dossier in dossiers:
            if dossier.status == "live":
                dossier.label_text = values["name"]
                work.touched.relabelled.add(dossier.id)
    for key, value in values.items():
        setattr(customer, key, value)
    work.session.flush()
    work.touched.customers.add(customer.id)
    # Only a live dossier follows the customer (R5); a departed, bound or archived one keeps the name
    # it was filed under, and its history does not gain lines about a later tenancy (R6).
    for dossier in dossiers:
        if dossier.status != "live":
            continue
        work.touched.dossiers.add(dossier.id)
        work.touched.units.update(link.unit_id for link in dossier.tenancy.units)
        work.log(dossier.id, "customer", customer.id, "update", changed)
    work.session.refresh(customer, ["former_names"])
    return customer_info(customer, actor)


@dataclass(frozen=True)
class CustomerMatch:
    id: int
    name: str
    id_code: str
    former_names: tuple[str, ...]


# What pinyin initials look like when typed: Latin letters only ("szsys" for 深圳市永盛…).
_INITIALS = re.compile(r"[A-Za-z]{2,}")


def name_matches(name: ColumnElement[str], initials: ColumnElement[str], text: str) -> ColumnElement[bool]:
    """A (former) name containing ``text``, or whose pinyin initials do when ``text`` looks like initials."""
    condition = name.icontains(text, autoescape=True)
    if _INITIALS.fullmatch(text):
        condition = condition | initials.contains(text.lower(), autoescape=True)
    return condition


def find_customers(work: Work, text: str, limit: int = 20) -> list[CustomerMatch]:
    """Existing customers by part of the name, a former name, or the credit code / ID number (move-in)."""
    work.require_read()
    query = (text or "").strip()
    if not query:
        return []
    former = select(CustomerName.customer_id).where(name_matches(CustomerName.name, CustomerName.initials, query))
    rows = work.session.scalars(
        select(Customer)
        .where(
            name_matches(Customer.name, Customer.name_initials, query)
            | Customer.id_code.istartswith(query, autoescape=True)
            | Customer.id.in_(former)
        )
        .order_by(Customer.name)
        .limit(limit)
    )
    # Found by a full ID number typed in, but shown only as the role may see it (R16).
    return [
        CustomerMatch(c.id, c.name, shown_id_code(work.actor, c.kind, c.id_code), tuple(n.name for n in c.former_names))
        for c in rows
    ]
