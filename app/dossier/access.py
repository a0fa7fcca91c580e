"""Whether a dossier may still change: live ones at the desk, departed ones by the supervisor (R6)."""

from __future__ import annotations

from app.desk import Actor, Work
from app.errors import NotFound, PermissionDenied
from app.permissions import Action, allowed
from app.text import QT_TRANSLATE_NOOP
from db.models import Dossier

_FROZEN = ("bound", "archived", "destroyed")
_FROZEN_MESSAGES = {
    "bound": QT_TRANSLATE_NOOP("app", "Dossier {number} is bound; it can no longer change."),
    "archived": QT_TRANSLATE_NOOP("app", "Dossier {number} is archived in its box; it can no longer change."),
    "destroyed": QT_TRANSLATE_NOOP("app", "Dossier {number} was destroyed; it can no longer change."),
}


def dossier_for_change(work: Work, dossier_id: int) -> Dossier:
    """The dossier, if the acting user may change it now; otherwise a clear refusal."""
    dossier = work.session.get(Dossier, dossier_id)
    if dossier is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no dossier with id {id}."), field="dossier", id=dossier_id)
    if dossier.status in _FROZEN:
        raise PermissionDenied(_FROZEN_MESSAGES[dossier.status], field="dossier", number=dossier.number)
    if dossier.status == "departed":
        actor = work.require(Action.READ)
        if not allowed(actor.role, Action.CHANGE_DEPARTED_DOSSIER):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "app",
                    "Dossier {number} belongs to a departed tenant: only the supervisor or the department manager may "
                    "change it.",
                ),
                field="dossier",
                number=dossier.number,
            )
    return dossier


def dossier_for_late_paper(work: Work, dossier_id: int) -> Dossier:
    """A dossier to add a document to: as ``dossier_for_change``, but a bound or archived dossier
    takes a late paper from the department manager (it is numbered after the bound items, 补充)."""
    dossier = work.session.get(Dossier, dossier_id)
    if dossier is not None and dossier.status in ("bound", "archived"):
        actor = work.require(Action.READ)
        if not allowed(actor.role, Action.ADD_LATE_PAPER):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "app", "Dossier {number} is bound: only the department manager may add a late paper to it."
                ),
                field="dossier",
                number=dossier.number,
            )
        return dossier
    return dossier_for_change(work, dossier_id)


def may_add_late_paper(actor: Actor | None, status: str) -> bool:
    """Whether ``actor`` may add a document to a dossier in ``status`` (late papers to bound ones included)."""
    if actor is not None and status in ("bound", "archived"):
        return allowed(actor.role, Action.ADD_LATE_PAPER)
    return may_change(actor, status)


def may_change(actor: Actor | None, status: str) -> bool:
    """Whether ``actor`` may change a dossier in ``status`` (for greying out buttons; the app still checks)."""
    if actor is None or status in _FROZEN:
        return False
    if status == "departed":
        return allowed(actor.role, Action.CHANGE_DEPARTED_DOSSIER)
    return allowed(actor.role, Action.RECORD_DOCUMENT)
