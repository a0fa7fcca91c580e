"""Is a dossier complete (R16 "全面、准确、有效")? The move-in checklist and what each dossier lacks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from app.desk import Work
from app.dossier.categories import BY_CODE
from app.errors import ChangedMeanwhile, ValidationError
from app.permissions import Action
from app.text import QT_TRANSLATE_NOOP
from app.validation import required_text
from db.models import Building, Customer, Document, Dossier, Floor, Requirement, Tenancy, Unit


@dataclass(frozen=True)
class RequirementInfo:
    id: int
    code: str
    title: str
    category: str
    active: bool
    version: int  # as read: saving the edited checklist refuses one changed meanwhile


@dataclass(frozen=True)
class ChecklistItem:
    """A line of the checklist as the supervisor edits it; ``code`` None adds a new item."""

    title: str
    category: str
    code: str | None = None
    active: bool = True


@dataclass(frozen=True)
class MissingRow:
    dossier_id: int
    dossier_number: str
    unit: str
    customer: str
    missing: tuple[RequirementInfo, ...]


def _info(r: Requirement) -> RequirementInfo:
    return RequirementInfo(r.id, r.code, r.title, r.category, r.active, r.version)


def checklist(work: Work, include_inactive: bool = False) -> list[RequirementInfo]:
    """The move-in papers every dossier must hold, in checklist order."""
    work.require_read()
    query = select(Requirement).where(Requirement.stage == "move_in").order_by(Requirement.position, Requirement.id)
    if not include_inactive:
        query = query.where(Requirement.active.is_(True))
    return [_info(r) for r in work.session.scalars(query)]


def save_checklist(
    work: Work, items: Sequence[ChecklistItem], *, expected_versions: Mapping[str, int]
) -> list[RequirementInfo]:
    """Replace the checklist's order, titles and active flags; items are retired, never deleted,
    because documents already point at them (an item left out is retired).

    ``expected_versions`` is every item's code and version as the form read it (``checklist(work,
    include_inactive=True)``): a checklist someone changed meanwhile (an item edited, added or
    retired) is refused, never replaced by the form's older list.
    """
    work.require(Action.CONFIGURE_CHECKLIST)
    existing = {r.code: r for r in work.session.scalars(select(Requirement))}
    if {code: r.version for code, r in existing.items()} != dict(expected_versions):
        raise ChangedMeanwhile(
            QT_TRANSLATE_NOOP(
                "app",
                "The move-in checklist was changed meanwhile by someone else; it has been reloaded — check it and "
                "save again.",
            )
        )
    seen: set[str] = set()
    for position, item in enumerate(items):
        title = required_text(item.title, "requirement.title", 200)
        if item.category not in BY_CODE:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "“{category}” is not a document category."),
                field="document.category",
                category=item.category,
            )
        code = item.code or _new_code(existing)
        row = existing.get(code)
        if row is None:
            row = Requirement(code=code, stage="move_in")
            work.session.add(row)
            existing[code] = row
        row.title, row.category, row.position, row.active = title, item.category, position, item.active
        seen.add(code)
    for code, row in existing.items():
        if code not in seen:
            row.active = False
    work.session.flush()
    work.log(None, "checklist", None, "update", {"items": [i.title for i in items if i.active]})
    return checklist(work, include_inactive=True)


def _new_code(existing: dict[str, Requirement]) -> str:
    n = len(existing) + 1
    while f"custom_{n}" in existing:
        n += 1
    return f"custom_{n}"


def missing_documents(work: Work, dossier_ids: Sequence[int]) -> dict[int, tuple[RequirementInfo, ...]]:
    """For each dossier, the active checklist items no (non-trashed) document fulfils yet."""
    work.require_read()
    items = checklist(work)
    if not dossier_ids or not items:
        return {d: () for d in dossier_ids}
    have: dict[int, set[int]] = {}
    rows = work.session.execute(
        select(Document.dossier_id, Document.requirement_id)
        .where(
            Document.dossier_id.in_(list(dossier_ids)),
            Document.requirement_id.is_not(None),
            Document.trashed_at.is_(None),
        )
        .distinct()
    )
    for dossier_id, requirement_id in rows:
        have.setdefault(dossier_id, set()).add(requirement_id)
    return {d: tuple(i for i in items if i.id not in have.get(d, set())) for d in dossier_ids}


def missing_counts(work: Work, dossier_ids: Sequence[int]) -> dict[int, int]:
    """How many checklist items each dossier lacks (the floor grid's badge), in one query."""
    work.require_read()
    active = work.session.scalar(
        select(func.count(Requirement.id)).where(Requirement.stage == "move_in", Requirement.active.is_(True))
    )
    if not dossier_ids or not active:
        return dict.fromkeys(dossier_ids, 0)
    rows = work.session.execute(
        select(Document.dossier_id, func.count(func.distinct(Document.requirement_id)))
        .join(Requirement, Document.requirement_id == Requirement.id)
        .where(
            Document.dossier_id.in_(list(dossier_ids)),
            Document.trashed_at.is_(None),
            Requirement.active.is_(True),
        )
        .group_by(Document.dossier_id)
    )
    fulfilled = {dossier_id: count for dossier_id, count in rows}
    return {d: active - fulfilled.get(d, 0) for d in dossier_ids}


def floor_missing_report(work: Work, floor_id: int) -> list[MissingRow]:
    """Every live dossier filed on a floor that lacks a checklist item: the per-floor report."""
    work.require_read()
    dossiers = work.session.execute(
        select(Dossier.id, Dossier.number, Unit.number, Customer.name)
        .join(Unit, Dossier.unit_id == Unit.id)
        .join(Floor, Unit.floor_id == Floor.id)
        .join(Building, Floor.building_id == Building.id)
        .join(Tenancy, Dossier.tenancy_id == Tenancy.id)
        .join(Customer, Tenancy.customer_id == Customer.id)
        .where(Unit.floor_id == floor_id, Dossier.status == "live")
        .order_by(Unit.number)
    ).all()
    missing = missing_documents(work, [row[0] for row in dossiers])
    return [
        MissingRow(dossier_id, number, unit, customer, missing[dossier_id])
        for dossier_id, number, unit, customer in dossiers
        if missing[dossier_id]
    ]
