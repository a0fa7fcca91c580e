"""The unit of work: everything or nothing; listeners told after a commit only; opening files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.customers.details import CustomerInput
from app.desk import Actor, ChangeSet, Desk
from app.dossier import documents
from app.dossier.documents import DocumentInput
from app.errors import DatabaseUnusable, ValidationError
from app.tenancy import lifecycle as tenancy
from tests.unit.unit_support import make_pdf, row_counts, same_database, snapshot, stored_files, unit_id

D = dt.date


def test_failure_mid_work_leaves_nothing_of_the_earlier_steps(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    before = row_counts(desk)
    unit = unit_id(desk, "102")
    with pytest.raises(ValidationError) as info, desk.work(clerk) as work:
        moved = tenancy.move_in(work, customer=CustomerInput(name="乙公司"), unit_ids=[unit], move_in=D(2026, 7, 1))
        documents.add_document(work, moved.dossier_id, DocumentInput("move_in", D(2026, 7, 1), "入住通知"))
        documents.add_document(work, moved.dossier_id, DocumentInput("no_such_category", D(2026, 7, 1), "X"))
    assert info.value.field == "document.category"
    assert row_counts(desk) == before
    # the unit is still free: the same move-in succeeds now
    with desk.work(clerk) as work:
        tenancy.move_in(work, customer=CustomerInput(name="乙公司"), unit_ids=[unit], move_in=D(2026, 7, 1))


def test_any_exception_rolls_back(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    before = row_counts(desk)
    with pytest.raises(RuntimeError), desk.work(clerk) as work:
        documents.add_document(work, tenant.dossier_id, DocumentInput("move_in", D(2026, 7, 1), "入住通知"))
        raise RuntimeError("power cut")
    assert row_counts(desk) == before


def test_failure_mid_work_leaves_no_scan_behind(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, tmp_path: Path
) -> None:
    before = snapshot(desk)
    scan = make_pdf(tmp_path / "lease.pdf", pages=2)
    with pytest.raises(ValidationError), desk.work(clerk) as work:
        documents.add_document(work, tenant.dossier_id, DocumentInput("move_in", D(2026, 7, 1), "合同"), [scan])
        documents.add_document(work, tenant.dossier_id, DocumentInput("bad", D(2026, 7, 1), "X"))
    assert snapshot(desk) == before
    assert stored_files(desk) == []


def test_listeners_hear_of_commits_only(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    heard: list[ChangeSet] = []
    desk.subscribe(heard.append)
    with desk.work(clerk) as work:
        row = documents.add_document(work, tenant.dossier_id, DocumentInput("move_in", D(2026, 1, 5), "入住通知"))
    with pytest.raises(ValidationError), desk.work(clerk) as work:
        documents.add_document(work, tenant.dossier_id, DocumentInput("bad", D(2026, 1, 5), "X"))
    with desk.work(None) as work:
        pass  # a read touches nothing
    assert heard == [ChangeSet(dossiers=frozenset({tenant.dossier_id}), documents=frozenset({row.id}))]


@pytest.mark.file_only("a file in the way")
def test_creating_over_an_existing_file_is_refused(desk: Desk) -> None:
    with pytest.raises(DatabaseUnusable) as info:
        Desk.create(desk.path)
    assert str(desk.path) in str(info.value)


def test_opening_a_missing_file_is_refused(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.db"
    with pytest.raises(DatabaseUnusable) as info:
        Desk.open(missing)
    assert str(missing) in str(info.value)
    assert not missing.exists()


def test_reopened_database_keeps_its_data(desk: Desk, tenant: tenancy.MoveIn) -> None:
    before = row_counts(desk)
    desk.close()
    with Desk.open(same_database(desk)) as again:
        assert row_counts(again) == before
