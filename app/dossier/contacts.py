"""Contacts and emergency contacts of a dossier (R11)."""

from __future__ import annotations

from dataclasses import dataclass

from app.desk import Work, expect_version
from app.dossier.access import dossier_for_change
from app.dossier.dossiers import ContactInfo, contact_info
from app.errors import NotFound, ValidationError
from app.permissions import Action
from app.text import QT_TRANSLATE_NOOP
from app.validation import email_address, limited_text, required_text
from db.models import Contact


@dataclass(frozen=True)
class ContactInput:
    name: str
    role: str = ""
    phone: str = ""
    mobile: str = ""
    email: str = ""
    is_emergency: bool = False
    notes: str = ""


def _clean(data: ContactInput) -> dict[str, object]:
    values: dict[str, object] = {
        "name": required_text(data.name, "contact.name", 100),
        "role": limited_text(data.role, "contact.role", 100),
        "phone": limited_text(data.phone, "contact.phone", 50),
        "mobile": limited_text(data.mobile, "contact.mobile", 50),
        "email": email_address(data.email, "contact.email"),
        "is_emergency": bool(data.is_emergency),
        "notes": limited_text(data.notes, "contact.notes", 4000),
    }
    if not (values["phone"] or values["mobile"]):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Give a phone or mobile number for {name}."),
            field="contact.phone",
            name=values["name"],
        )
    return values


def add_contact(work: Work, dossier_id: int, data: ContactInput) -> ContactInfo:
    work.require(Action.EDIT_CONTACTS)
    dossier_for_change(work, dossier_id)
    contact = Contact(dossier_id=dossier_id, **_clean(data))
    work.session.add(contact)
    work.session.flush()
    work.touched.dossiers.add(dossier_id)
    work.log(dossier_id, "contact", contact.id, "create", {"name": contact.name, "emergency": contact.is_emergency})
    return contact_info(contact)


def read_contact(work: Work, contact_id: int) -> ContactInfo:
    """One contact as it is now (a form reloads it after a change made meanwhile)."""
    work.require_read()
    contact = work.session.get(Contact, contact_id)
    if contact is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no contact with id {id}."), field="contact", id=contact_id)
    return contact_info(contact)


def edit_contact(work: Work, contact_id: int, data: ContactInput, *, expected_version: int) -> ContactInfo:
    """Save an edited contact; ``expected_version`` is the ``ContactInfo.version`` the form was filled from."""
    work.require(Action.EDIT_CONTACTS)
    contact = work.session.get(Contact, contact_id)
    if contact is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no contact with id {id}."), field="contact", id=contact_id)
    dossier_for_change(work, contact.dossier_id)
    expect_version(
        contact,
        expected_version,
        QT_TRANSLATE_NOOP(
            "app",
            "The contact “{name}” was changed meanwhile by someone else; it has been reloaded — check it and "
            "save again.",
        ),
        name=contact.name,
    )
    values = _clean(data)
    changed = {k: [getattr(contact, k), v] for k, v in values.items() if getattr(contact, k) != v}
    for key, value in values.items():
        setattr(contact, key, value)
    work.session.flush()
    if changed:
        work.touched.dossiers.add(contact.dossier_id)
        work.log(contact.dossier_id, "contact", contact.id, "update", changed)
    return contact_info(contact)
