"""Authorised signatories (授权人) and the specimens of their signatures and of the company's seals (印章留存).

A customer authorises people to sign its applications and letters, each from one day until another (or until further
notice); the desk keeps a scanned specimen of each signature and of each seal (公章, 合同章, 财务章, 其他) and compares
them with an application when it is handed in. A specimen's bytes are in the attachment store like every scan, and
are checked against their SHA-256 each time they are shown; a specimen row is never changed — a newer specimen of the
same signature or seal is shown instead and the older stays on record. A signatory's ID number is a person's and is
shown masked by role, as a customer's is (app/privacy.py).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import or_, select

from app.desk import Actor, Work, expect_version
from app.errors import DataDamaged, NotFound, ValidationError
from app.files import file_error
from app.permissions import Action
from app.privacy import MASK, mask_id_number, sees_id_numbers
from app.text import QT_TRANSLATE_NOOP
from app.validation import a_date, limited_text, required_text
from db.attachment_store import BlobState, InvalidHash
from db.models import SEAL_KINDS, Customer, Dossier, Signatory, Specimen, Tenancy, TenancyUnit

# The seals a company lodges, as the office names them (English source strings, translated in the window).
SEAL_NAMES: dict[str, str] = {
    "official": QT_TRANSLATE_NOOP("seal", "Official seal"),
    "contract": QT_TRANSLATE_NOOP("seal", "Contract seal"),
    "finance": QT_TRANSLATE_NOOP("seal", "Finance seal"),
    "other": QT_TRANSLATE_NOOP("seal", "Other seal"),
}
# A specimen is shown as a picture: the formats every desk can show without a plug-in.
_IMAGE_SIGNATURES = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"))
_MAX_SPECIMEN_BYTES = 20 << 20  # a scanned signature or seal is a small picture; a 20 MB one is a mistake


class Authority(StrEnum):
    """Whether a signatory may sign on a given day."""

    VALID = "valid"
    NOT_YET = "not_yet"  # the day is before valid_from
    ENDED = "ended"  # the day is after valid_to


@dataclass(frozen=True)
class SpecimenInfo:
    id: int
    customer_id: int
    signatory_id: int | None
    seal: str | None
    lodged_on: dt.date
    original_name: str
    media_type: str
    sha256: str


@dataclass(frozen=True)
class SignatoryInput:
    name: str
    valid_from: dt.date | None
    id_number: str = ""
    position: str = ""
    valid_to: dt.date | None = None


@dataclass(frozen=True)
class SignatoryInfo:
    id: int
    customer_id: int
    name: str
    id_number: str  # as the reader's role may see it (masked unless it may see ID numbers, R16)
    id_number_masked: bool
    position: str
    valid_from: dt.date
    valid_to: dt.date | None
    version: int
    specimen: SpecimenInfo | None  # the newest specimen of the signature; older ones stay on record
    earlier_specimens: int = 0

    def authority_on(self, day: dt.date) -> Authority:
        return authority_on(self.valid_from, self.valid_to, day)


@dataclass(frozen=True)
class SpecimenSheet:
    """What the desk compares an application with: the customer's signatories and its seals as lodged."""

    customer_id: int
    customer_name: str
    signatories: tuple[SignatoryInfo, ...]  # valid ones first, then by name
    seals: tuple[SpecimenInfo, ...]  # the newest specimen of each seal, in SEAL_KINDS order
    earlier_seals: tuple[SpecimenInfo, ...] = ()  # replaced by a newer specimen, kept on record (newest first)


@dataclass(frozen=True)
class SpecimenImage:
    """A specimen's bytes, read from the store and found to be what was stored (SHA-256)."""

    data: bytes
    media_type: str
    original_name: str


def authority_on(valid_from: dt.date, valid_to: dt.date | None, day: dt.date) -> Authority:
    """A signatory's authority on ``day``: both ends count as days of authority."""
    if day < valid_from:
        return Authority.NOT_YET
    if valid_to is not None and day > valid_to:
        return Authority.ENDED
    return Authority.VALID


# -- reading ---------------------------------------------------------------------------------------------------------


def _specimen_info(row: Specimen) -> SpecimenInfo:
    return SpecimenInfo(
        row.id,
        row.customer_id,
        row.signatory_id,
        row.seal,
        row.lodged_on,
        row.original_name,
        row.media_type,
        row.sha256,
    )


def _newest_first(rows: list[Specimen]) -> list[Specimen]:
    return sorted(rows, key=lambda r: (r.lodged_on, r.id), reverse=True)


def _signatory_info(work: Work, row: Signatory, specimens: list[Specimen]) -> SignatoryInfo:
    ordered = _newest_first(specimens)
    shown, masked = _shown_id_number(work.actor, row.id_number)
    return SignatoryInfo(
        id=row.id,
        customer_id=row.customer_id,
        name=row.name,
        id_number=shown,
        id_number_masked=masked,
        position=row.position,
        valid_from=row.valid_from,
        valid_to=row.valid_to,
        version=row.version,
        specimen=_specimen_info(ordered[0]) if ordered else None,
        earlier_specimens=max(len(ordered) - 1, 0),
    )


def _shown_id_number(actor: Actor | None, number: str) -> tuple[str, bool]:
    """A signatory's ID number as ``actor`` may see it, and whether that hides anything (R16)."""
    if sees_id_numbers(actor):
        return number, False
    shown = mask_id_number(number)
    return shown, shown != number


def _customer(work: Work, customer_id: int) -> Customer:
    customer = work.session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no customer with id {id}."), field="customer", id=customer_id)
    return customer


def _signatory(work: Work, signatory_id: int) -> Signatory:
    row = work.session.get(Signatory, signatory_id)
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "There is no authorised signatory with id {id}."),
            field="signatory",
            id=signatory_id,
        )
    return row


def read_specimens(work: Work, customer_id: int, *, on: dt.date | None = None) -> SpecimenSheet:
    """The customer's signatories (those valid on ``on``, by default today, first) and its seals' newest specimens."""
    work.require_read()
    customer = _customer(work, customer_id)
    day = on or work.today
    specimens = list(work.session.scalars(select(Specimen).where(Specimen.customer_id == customer_id)))
    by_signatory: dict[int, list[Specimen]] = {}
    seals: dict[str, list[Specimen]] = {}
    for row in specimens:
        if row.signatory_id is not None:
            by_signatory.setdefault(row.signatory_id, []).append(row)
        elif row.seal is not None:
            seals.setdefault(row.seal, []).append(row)
    signatories = [
        _signatory_info(work, row, by_signatory.get(row.id, []))
        for row in work.session.scalars(select(Signatory).where(Signatory.customer_id == customer_id))
    ]
    signatories.sort(key=lambda s: (s.authority_on(day) is not Authority.VALID, s.name, s.id))
    newest: list[SpecimenInfo] = []
    earlier: list[Specimen] = []
    for kind in SEAL_KINDS:
        ordered = _newest_first(seals.get(kind, []))
        if ordered:
            newest.append(_specimen_info(ordered[0]))
            earlier.extend(ordered[1:])
    return SpecimenSheet(
        customer.id,
        customer.name,
        tuple(signatories),
        tuple(newest),
        tuple(_specimen_info(r) for r in _newest_first(earlier)),
    )


def specimens_beside(
    work: Work,
    *,
    tenancy_id: int | None = None,
    unit_id: int | None = None,
    dossier_id: int | None = None,
    on: dt.date,
) -> SpecimenSheet | None:
    """The specimens to compare an application of ``on`` with: the customer of the tenancy (or of the dossier's), or
    the customer in ``unit_id`` on that day; None when the application names nobody (a form not yet given a unit, a
    vacant unit)."""
    work.require_read()
    if tenancy_id is None and dossier_id is not None:
        tenancy_id = work.session.scalar(select(Dossier.tenancy_id).where(Dossier.id == dossier_id))
    if tenancy_id is None and unit_id is not None:
        tenancy_id = work.session.scalar(
            select(TenancyUnit.tenancy_id)
            .where(
                TenancyUnit.unit_id == unit_id,
                TenancyUnit.start_date <= on,
                or_(TenancyUnit.end_date.is_(None), TenancyUnit.end_date > on),
            )
            .order_by(TenancyUnit.id.desc())
            .limit(1)
        )
    if tenancy_id is None:
        return None
    customer_id = work.session.scalar(select(Tenancy.customer_id).where(Tenancy.id == tenancy_id))
    return read_specimens(work, customer_id, on=on) if customer_id is not None else None


def read_signatory(work: Work, signatory_id: int) -> SignatoryInfo:
    """One signatory as it is now (a form reloads it after a change made meanwhile)."""
    work.require_read()
    row = _signatory(work, signatory_id)
    specimens = list(work.session.scalars(select(Specimen).where(Specimen.signatory_id == row.id)))
    return _signatory_info(work, row, specimens)


def reveal_signatory_id_number(work: Work, signatory_id: int) -> str:
    """A signatory's ID number in full, for a role that sees it masked; always a line in the audit log (R16), so on a
    file open read-only it is refused and the number stays masked (as ``reveal_id_code`` of a customer)."""
    work.require(Action.REVEAL_PERSONAL_DATA)
    row = _signatory(work, signatory_id)
    _log(work, row.customer_id, "signatory", row.id, "reveal", {"field": "id_number", "name": row.name})
    return row.id_number


def specimen_image(work: Work, specimen_id: int) -> SpecimenImage:
    """A specimen's picture, read from the store and checked against its SHA-256: a missing, replaced or altered file
    is refused with a message, never shown as if it were the specimen lodged."""
    work.require_read()
    row = work.session.get(Specimen, specimen_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no specimen with id {id}."), field="specimen", id=specimen_id)
    try:
        # A link in the store is never followed (as a document's scan): it could show any file on the disk.
        if work.store.presence(row.sha256) is BlobState.LINKED:
            raise DataDamaged(
                QT_TRANSLATE_NOOP(
                    "app",
                    "The scan “{file}” in {folder} has been replaced by a link to another place, so it was not "
                    "opened. Restore it from a backup.",
                ),
                field="specimen",
                file=row.original_name,
                folder=work.store.place,
            )
        with work.store.open(row.sha256) as stream:
            data = stream.read(_MAX_SPECIMEN_BYTES + 1)
    except InvalidHash:
        data = None
    except OSError:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "The scan “{file}” is missing from {folder}; restore it from a backup."),
            field="specimen",
            file=row.original_name,
            folder=work.store.place,
        ) from None
    if data is None or hashlib.sha256(data).hexdigest() != row.sha256:
        raise DataDamaged(
            QT_TRANSLATE_NOOP(
                "app",
                "The scan “{file}” kept in {folder} is not what was stored (its SHA-256 fingerprint differs), so it "
                "was not opened. Restore it from a backup; dossier-desk check lists every damaged scan.",
            ),
            field="specimen",
            file=row.original_name,
            folder=work.store.place,
        )
    return SpecimenImage(data, row.media_type, row.original_name)


# -- writing ---------------------------------------------------------------------------------------------------------


def _clean(data: SignatoryInput) -> dict[str, object]:
    values: dict[str, object] = {
        "name": required_text(data.name, "signatory.name", 100),
        "id_number": limited_text(data.id_number, "signatory.id_number", 40),
        "position": limited_text(data.position, "signatory.position", 100),
        "valid_from": a_date(data.valid_from, "signatory.valid_from"),
        "valid_to": data.valid_to,
    }
    if data.valid_to is not None and data.valid_to < values["valid_from"]:  # type: ignore[operator]
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "The authority cannot end before it begins ({date})."),
            field="signatory.valid_to",
            date=values["valid_from"],
        )
    return values


def _specimen_file(path: Path, field: str) -> tuple[str, int]:
    """The media type and size of a specimen picture, checked before anything is stored."""
    try:
        with Path(path).open("rb") as f:
            head = f.read(16)
        size = Path(path).stat().st_size
    except OSError as exc:
        raise file_error(exc, path, writing=False) from None
    media_type = next((t for sig, t in _IMAGE_SIGNATURES if head.startswith(sig)), None)
    if media_type is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "“{file}” is not a PNG or JPG picture."), field=field, file=Path(path).name
        )
    if size > _MAX_SPECIMEN_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "“{file}” is larger than 20 MB: scan the specimen at a lower resolution."),
            field=field,
            file=Path(path).name,
        )
    # Imported here, where a picture is read: Pillow costs every start that never reads one.
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            image.load()  # decodes the pixels: a truncated picture fails here
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "“{file}” is damaged and cannot be read ({problem})."),
            field=field,
            file=Path(path).name,
            problem=str(exc)[:200],
        ) from None
    return media_type, size


def _lodge(
    work: Work,
    customer_id: int,
    path: Path,
    field: str,
    lodged_on: dt.date,
    *,
    signatory_id: int | None = None,
    seal: str | None = None,
) -> Specimen:
    """Copy a specimen picture into the attachment store and record it; a failed copy stops the whole action."""
    media_type, _size = _specimen_file(path, field)
    try:
        blob = work.store.put(Path(path))
    except OSError as exc:
        if exc.filename is not None and Path(exc.filename) == Path(path):
            raise file_error(exc, path, writing=False) from None
        raise file_error(exc, Path(work.store.place) / Path(path).name) from None
    if blob.created:
        work.new_blobs.append(blob.sha256)  # taken out again if the action is rolled back
    actor = work.actor
    assert actor is not None
    row = Specimen(
        customer_id=customer_id,
        signatory_id=signatory_id,
        seal=seal,
        lodged_on=lodged_on,
        sha256=blob.sha256,
        original_name=Path(path).name[:260],
        size=blob.size,
        media_type=media_type,
        added_by=actor.user_id,
        added_at=work.now,
    )
    work.session.add(row)
    return row


def _live_dossiers(work: Work, customer_id: int) -> list[int]:
    return list(
        work.session.scalars(
            select(Dossier.id)
            .join(Tenancy, Dossier.tenancy_id == Tenancy.id)
            .where(Tenancy.customer_id == customer_id, Dossier.status == "live")
            .order_by(Dossier.id)
        )
    )


def _log(work: Work, customer_id: int, entity: str, entity_id: int, action: str, details: dict[str, object]) -> None:
    """A line in the audit log, in the history of each live dossier of the customer (or of none)."""
    work.touched.customers.add(customer_id)
    dossiers = _live_dossiers(work, customer_id)
    work.touched.dossiers.update(dossiers)
    for dossier_id in dossiers or [None]:
        work.log(dossier_id, entity, entity_id, action, details)


def _logged(values: dict[str, object]) -> dict[str, object]:
    # The audit log is read by more roles than see ID numbers: it names the person, never their number.
    return {k: v for k, v in values.items() if k != "id_number"}


def add_signatory(work: Work, customer_id: int, data: SignatoryInput, specimen: Path | None = None) -> SignatoryInfo:
    """Record a person the customer authorises to sign, with their signature specimen if it was lodged."""
    work.require(Action.KEEP_SPECIMENS)
    _customer(work, customer_id)
    values = _clean(data)
    if MASK in str(values["id_number"]):
        raise ValidationError(QT_TRANSLATE_NOOP("app", "Type the whole ID number."), field="signatory.id_number")
    actor = work.actor
    assert actor is not None
    row = Signatory(customer_id=customer_id, created_by=actor.user_id, created_at=work.now, **values)
    work.session.add(row)
    work.session.flush()
    specimens = []
    if specimen is not None:
        specimens.append(_lodge(work, customer_id, specimen, "signatory.specimen", work.today, signatory_id=row.id))
        work.session.flush()
    _log(work, customer_id, "signatory", row.id, "create", {**_logged(values), "specimen": bool(specimens)})
    return _signatory_info(work, row, specimens)


def edit_signatory(
    work: Work,
    signatory_id: int,
    data: SignatoryInput,
    specimen: Path | None = None,
    *,
    expected_version: int,
) -> SignatoryInfo:
    """Save an edited signatory; a new specimen is shown from now on, the older stays on record.

    ``expected_version`` is the ``SignatoryInfo.version`` the form was filled from: a signatory changed meanwhile is
    refused (``ChangedMeanwhile``). An ID number sent back exactly as it was shown masked keeps the number on file.
    """
    actor = work.require(Action.KEEP_SPECIMENS)
    row = _signatory(work, signatory_id)
    expect_version(
        row,
        expected_version,
        QT_TRANSLATE_NOOP(
            "app",
            "The authorised signatory “{name}” was changed meanwhile by someone else; it has been reloaded — check "
            "it and save again.",
        ),
        name=row.name,
    )
    values = _clean(data)
    shown, masked = _shown_id_number(actor, row.id_number)
    if masked and values["id_number"] == shown:
        values["id_number"] = row.id_number  # left as shown: the number on file stays (R16)
    elif MASK in str(values["id_number"]):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Type the whole ID number, or reveal it first and then correct it."),
            field="signatory.id_number",
        )
    changed = {k: [getattr(row, k), v] for k, v in _logged(values).items() if getattr(row, k) != v}
    if values["id_number"] != row.id_number:
        changed["id_number"] = ["*", "*"]  # that it changed, not what to
    for key, value in values.items():
        setattr(row, key, value)
    work.session.flush()
    if specimen is not None:
        _lodge(work, row.customer_id, specimen, "signatory.specimen", work.today, signatory_id=row.id)
        work.session.flush()
        changed["specimen"] = [None, Path(specimen).name]
    if changed:
        _log(work, row.customer_id, "signatory", row.id, "update", changed)
    return read_signatory(work, row.id)


def end_authority(work: Work, signatory_id: int, last_day: dt.date | None, *, expected_version: int) -> SignatoryInfo:
    """End a signatory's authority: ``last_day`` is the last day they may sign for the customer (the customer's
    letter withdrawing it, a person leaving). An authority that ended earlier may be ended earlier still, never
    later: lengthening one is an edit."""
    work.require(Action.KEEP_SPECIMENS)
    row = _signatory(work, signatory_id)
    expect_version(
        row,
        expected_version,
        QT_TRANSLATE_NOOP(
            "app",
            "The authorised signatory “{name}” was changed meanwhile by someone else; it has been reloaded — check "
            "it and save again.",
        ),
        name=row.name,
    )
    day = a_date(last_day, "signatory.valid_to")
    if day < row.valid_from:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "The authority cannot end before it begins ({date})."),
            field="signatory.valid_to",
            date=row.valid_from,
        )
    if row.valid_to is not None and row.valid_to < day:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{name}'s authority already ended on {date}."),
            field="signatory.valid_to",
            name=row.name,
            date=row.valid_to,
        )
    before = row.valid_to
    row.valid_to = day
    work.session.flush()
    _log(work, row.customer_id, "signatory", row.id, "end", {"name": row.name, "valid_to": [before, day]})
    return read_signatory(work, row.id)


def add_seal_specimen(work: Work, customer_id: int, seal: str, lodged_on: dt.date | None, path: Path) -> SpecimenInfo:
    """Lodge a specimen of one of the company's seals; it replaces the earlier one of that seal for comparison, and
    the earlier stays on record."""
    work.require(Action.KEEP_SPECIMENS)
    _customer(work, customer_id)
    if seal not in SEAL_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "There is no seal “{seal}”; choose official, contract, finance or other."),
            field="seal.kind",
            seal=seal,
        )
    day = a_date(lodged_on, "seal.lodged_on")
    if day > work.today:
        raise ValidationError(QT_TRANSLATE_NOOP("app", "{field} cannot be in the future."), field="seal.lodged_on")
    row = _lodge(work, customer_id, path, "seal.specimen", day, seal=seal)
    work.session.flush()
    _log(work, customer_id, "specimen", row.id, "create", {"seal": seal, "lodged_on": day, "file": row.original_name})
    return _specimen_info(row)
