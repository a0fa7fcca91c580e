"""Reading the audit log with filters (who, what, which dossier, when), for those who answer for the record."""

from __future__ import annotations

import datetime as dt

import pytest

from app import audit
from app.desk import Actor, Desk
from app.errors import PermissionDenied
from app.tenancy.lifecycle import MoveIn
from tests.conftest import NOW
from tests.unit.unit_support import same_database


@pytest.fixture
def recorded(desk: Desk, clerk: Actor, supervisor: Actor, tenant: MoveIn) -> Desk:
    assert desk.record(clerk, "dossier", tenant.dossier_id, "view", {"what": "dossier"}, dossier_id=tenant.dossier_id)
    assert desk.record(
        supervisor, "dossier", tenant.dossier_id, "print", {"what": "cover", "pages": 3}, tenant.dossier_id
    )
    assert desk.record(clerk, "units", None, "export", {"what": "units", "rows": 12})
    return desk


def _log(desk: Desk, actor: Actor, query: audit.AuditFilter = audit.AuditFilter()) -> audit.AuditLog:  # noqa: B008
    with desk.read(actor) as work:
        return audit.audit_log(work, query)


def test_newest_first_with_who_and_readable_details(recorded: Desk, supervisor: Actor, tenant: MoveIn) -> None:
    log = _log(recorded, supervisor)
    assert log.total == len(log.entries) >= 8
    newest = log.entries[0]
    assert (newest.action, newest.login, newest.user_name, newest.details) == (
        "export",
        "clerk",
        "王小明",
        {"what": "units", "rows": 12},
    )
    assert [e.seq for e in log.entries] == sorted((e.seq for e in log.entries), reverse=True)
    printed = log.entries[1]
    assert printed.dossier_number and printed.dossier_id == tenant.dossier_id and printed.at == NOW


def test_filters_by_who_what_dossier_and_when(recorded: Desk, supervisor: Actor, clerk: Actor, tenant: MoveIn) -> None:
    assert {e.action for e in _log(recorded, supervisor, audit.AuditFilter(user_id=clerk.user_id)).entries} == {
        "log_in",  # the clerk's log-in is recorded too
        "move_in",
        "view",
        "export",
    }
    reads = _log(recorded, supervisor, audit.AuditFilter(actions=("view", "print", "export")))
    assert [e.action for e in reads.entries] == ["export", "print", "view"]
    of_dossier = _log(recorded, supervisor, audit.AuditFilter(dossier_id=tenant.dossier_id))
    assert {e.action for e in of_dossier.entries} == {"move_in", "view", "print"}
    assert _log(recorded, supervisor, audit.AuditFilter(since=NOW.date() + dt.timedelta(days=1))).total == 0
    assert _log(recorded, supervisor, audit.AuditFilter(until=NOW.date() - dt.timedelta(days=1))).total == 0
    assert _log(recorded, supervisor, audit.AuditFilter(since=NOW.date(), until=NOW.date())).total >= 8
    assert _log(recorded, supervisor, audit.AuditFilter(entity="units")).total == 1
    limited = _log(recorded, supervisor, audit.AuditFilter(limit=2))
    assert len(limited.entries) == 2 and limited.total >= 8


def test_the_filter_choices(recorded: Desk, manager: Actor) -> None:
    with recorded.read(manager) as work:
        assert {"view", "print", "export", "move_in", "create"} <= set(audit.audit_actions(work))
        assert [u.login for u in audit.audit_users(work)] == ["admin", "clerk", "manager", "supervisor"]
        assert audit.audit_user_id(work, "clerk") is not None and audit.audit_user_id(work, "nobody") is None


@pytest.mark.parametrize("login", ["supervisor", "manager", "admin"])
def test_the_supervisor_manager_and_administrator_read_it(
    recorded: Desk, login: str, request: pytest.FixtureRequest
) -> None:
    actor = request.getfixturevalue(login)
    assert _log(recorded, actor).total > 0


def test_a_clerk_may_not_read_it(recorded: Desk, clerk: Actor) -> None:
    with pytest.raises(PermissionDenied), recorded.read(clerk) as work:
        audit.audit_log(work)


def test_views_prints_and_exports_stay_out_of_the_dossiers_history(
    recorded: Desk, clerk: Actor, tenant: MoveIn
) -> None:
    from app import dossier

    with recorded.read(clerk) as work:
        assert {h.action for h in dossier.dossier_history(work, tenant.dossier_id)} == {"move_in"}


def test_a_read_only_desk_records_nothing(recorded: Desk, clerk: Actor, supervisor: Actor) -> None:
    before = _log(recorded, supervisor).total
    with Desk.open(same_database(recorded), read_only=True) as reader:
        assert reader.record(clerk, "dossier", None, "view", {}) is False
    assert _log(recorded, supervisor).total == before
