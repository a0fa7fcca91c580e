"""Two desks on one file: writes wait their turn, a lock held too long is "busy" (never a traceback), reads never
wait, a read-only desk changes nothing, a file on a network share opens read-only."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

import app.desk as desk_module
import db.engine as engine_module
from app.customers import CustomerInfo, CustomerInput, read_customer, update_customer
from app.desk import Actor, Desk, ReadOnlyReason
from app.dossier import ContactInput, DocumentInput, add_contact, add_document
from app.errors import Busy, ChangedMeanwhile, DatabaseUnusable, ReadOnly
from app.people import create_user, log_in
from app.permissions import Action, Role
from app.tenancy import MoveIn, move_in
from db.models import Customer, Setting
from tests.conftest import PASSWORD, fixed_clock
from tests.unit.unit_support import record_hash, row_counts, same_database, unit_id

JOIN_SECONDS = 30  # a thread still running after this is a hang, not a slow machine


def form_of(info: CustomerInfo, **changes: str) -> CustomerInput:
    """The customer form as filled from ``info``, with ``changes`` typed in."""
    values = {f.name: getattr(info, f.name) for f in fields(CustomerInput)}
    return CustomerInput(**(values | changes))


class Background:
    """A step run on another thread (another desk at another PC), its result or error kept."""

    def __init__(self, step: Callable[[], Any]) -> None:
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(step,), daemon=True)
        self.thread.start()

    def _run(self, step: Callable[[], Any]) -> None:
        try:
            self.result = step()
        except BaseException as exc:  # handed to the test
            self.error = exc
        finally:
            self.done.set()

    def join(self) -> Any:
        self.thread.join(JOIN_SECONDS)
        assert self.done.is_set(), "the other desk hangs"
        if self.error is not None:
            raise self.error
        return self.result


@contextmanager
def holding_the_write_lock(desk: Desk) -> Iterator[None]:
    """Another desk in the middle of saving (a write transaction open) until the block ends."""
    started, release = threading.Event(), threading.Event()

    def hold() -> None:
        with desk.work(None) as work:
            work.session.merge(Setting(key="test.holder", value="saving"))
            work.session.flush()
            started.set()
            release.wait(JOIN_SECONDS)

    holder = Background(hold)
    assert started.wait(JOIN_SECONDS)
    try:
        yield
    finally:
        release.set()
        holder.join()


@pytest.fixture
def second(desk: Desk) -> Iterator[Desk]:
    """Another desk (another window or PC) on the same file."""
    other = Desk.open(same_database(desk), clock=fixed_clock)
    yield other
    other.close()


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- writes wait their turn ------------------------------------------------------------------


@pytest.mark.file_only("SQLite's write lock on the file")
def test_a_unit_of_work_takes_the_write_lock_before_its_first_read(desk: Desk) -> None:
    probe = sqlite3.connect(desk.path, timeout=0, isolation_level=None)
    try:
        with desk.work(None), pytest.raises(sqlite3.OperationalError, match="locked"):
            probe.execute("BEGIN IMMEDIATE")
        with desk.read(None) as work:
            work.session.scalar(select(Customer.id))
            probe.execute("BEGIN IMMEDIATE")  # a reading unit of work leaves the lock free
            probe.execute("ROLLBACK")
    finally:
        probe.close()


@pytest.mark.file_only("SQLite's write lock on the file")
def test_reading_then_writing_after_another_desk_committed_waits_and_keeps_both_changes(
    desk: Desk, second: Desk, clerk: Actor, tenant: MoveIn
) -> None:
    """The issue's failure: the second desk used to fail at once ("database is locked") and lose its work."""
    with desk.work(clerk) as work:
        mine = read_customer(work, tenant.customer_id)

        def other_desk() -> CustomerInfo:
            with second.work(clerk) as other:
                theirs = read_customer(other, tenant.customer_id)
                return update_customer(
                    other, tenant.customer_id, form_of(theirs, phone="0755-1111"), expected_version=theirs.version
                )

        later = Background(other_desk)
        assert not later.done.wait(0.3), "the other desk wrote while this one held the file"
        update_customer(work, tenant.customer_id, form_of(mine, email="a@jia.cn"), expected_version=mine.version)
    later.join()
    with desk.read(None) as work:
        now = read_customer(work, tenant.customer_id)
    assert (now.phone, now.email) == ("0755-1111", "a@jia.cn")


@pytest.mark.file_only("SQLite's write lock on the file")
def test_a_write_lock_held_too_long_is_busy_and_nothing_is_written(
    desk: Desk, clerk: Actor, tenant: MoveIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 100)  # new connections wait 0.1 s
    with (
        Desk.open(same_database(desk), clock=fixed_clock) as patient,
        Desk.open(same_database(desk), clock=fixed_clock) as other,
    ):
        before = row_counts(patient)
        with holding_the_write_lock(other):
            with pytest.raises(Busy) as info, patient.work(clerk) as work:
                add_contact(work, tenant.dossier_id, ContactInput(name="张总", phone="021-555"))
            with patient.read(clerk) as work:  # reading never waits
                assert read_customer(work, tenant.customer_id).name == "甲科技有限公司"
        assert info.value.text() == "Another desk is saving; try again in a moment."
        assert info.value.__cause__ is not None  # SQLite's own error kept for the log, not shown
        assert row_counts(patient) == before | {"setting": before["setting"] + 1}  # the other desk's save only


@pytest.mark.file_only("SQLite's write lock on the file")
def test_busy_raised_inside_a_unit_of_work_is_the_busy_error(desk: Desk) -> None:
    """Any "database is locked" a unit of work meets (not only at its start) is the same clear error."""
    with pytest.raises(Busy), desk.work(None):
        raise sqlite3.OperationalError("database is locked")


def test_a_change_in_a_reading_unit_of_work_is_refused(desk: Desk, clerk: Actor, tenant: MoveIn) -> None:
    before = row_counts(desk)
    with pytest.raises(RuntimeError, match=r"Desk\.work"), desk.read(clerk) as work:
        work.session.get(Customer, tenant.customer_id).phone = "1"  # type: ignore[union-attr]
    with pytest.raises(RuntimeError, match=r"Desk\.work"), desk.read(clerk) as work:
        add_contact(work, tenant.dossier_id, ContactInput(name="张总", phone="021-555"))
    assert row_counts(desk) == before


def test_a_stale_update_that_slips_past_the_forms_check_is_still_refused(
    desk: Desk, clerk: Actor, tenant: MoveIn
) -> None:
    """The version column is the last line: an UPDATE over a changed row fails, never overwrites."""
    with pytest.raises(ChangedMeanwhile), desk.work(clerk) as work:
        customer = work.session.get(Customer, tenant.customer_id)
        assert customer is not None
        work.session.execute(text("UPDATE customer SET version = version + 1 WHERE id = :id"), {"id": customer.id})
        customer.phone = "0755-2222"
        work.session.flush()
    with desk.read(None) as work:
        assert read_customer(work, tenant.customer_id).phone == ""


# --- read-only desks -------------------------------------------------------------------------


def test_a_read_only_desk_reads_logs_in_and_refuses_every_change(desk: Desk, tenant: MoveIn) -> None:
    desk.close()
    # A file not changed by a byte; a server database not by a row.
    before = record_hash(desk) if desk.on_server else file_hash(desk.path)
    with Desk.open(same_database(desk), clock=fixed_clock, read_only=True) as looking:
        assert looking.read_only and looking.read_only_reason == ReadOnlyReason.ASKED
        reader = log_in(looking, "clerk", PASSWORD)
        with looking.read(reader) as work:
            info = read_customer(work, tenant.customer_id)
        assert info.name == "甲科技有限公司"
        free = unit_id(looking, "102")
        attempts: list[Callable[[Any], object]] = [
            lambda w: update_customer(w, tenant.customer_id, form_of(info, phone="1"), expected_version=info.version),
            lambda w: add_contact(w, tenant.dossier_id, ContactInput(name="张总", phone="021-555")),
            lambda w: add_document(w, tenant.dossier_id, DocumentInput("move_in", fixed_clock().date(), "通知")),
            lambda w: move_in(w, customer=CustomerInput(name="乙"), unit_ids=[free], move_in=fixed_clock().date()),
        ]
        for attempt in attempts:
            with pytest.raises(ReadOnly) as info_error, looking.work(reader) as work:
                attempt(work)
            assert "read-only" in info_error.value.text()
        with pytest.raises(ReadOnly), looking.work(log_in(looking, "admin", PASSWORD)) as work:
            create_user(work, "newbie", "新人", Role.CLERK, PASSWORD)
        # Even a raw write that bypasses the app's checks is stopped by SQLite itself.
        with pytest.raises(ReadOnly), looking.work(None) as work:
            work.session.execute(text("INSERT INTO setting (key, value) VALUES ('x', 'y')"))
    assert (record_hash(desk) if desk.on_server else file_hash(desk.path)) == before


def test_a_read_only_desk_never_upgrades_an_older_file(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    _old_file(old)
    before = file_hash(old)
    with pytest.raises(DatabaseUnusable) as info:
        Desk.open(old, read_only=True)
    assert "older version" in info.value.text()
    assert file_hash(old) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.db"]  # no upgrade copy either


def _old_file(path: Path) -> None:
    """A file at schema 0005: made new, then taken back one step with Alembic."""
    from alembic import command

    from db.schema import alembic_config, create_database

    engine = create_database(path)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0005")
    engine.dispose()


# --- network shares --------------------------------------------------------------------------


@pytest.mark.file_only("a file's name and place")
def test_a_file_on_a_network_share_opens_read_only_and_says_why(
    desk: Desk, clerk: Actor, tenant: MoveIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk.close()
    monkeypatch.setattr(desk_module, "on_network_share", lambda _path: True)
    with Desk.open(same_database(desk), clock=fixed_clock) as shared:
        assert shared.read_only_reason == ReadOnlyReason.NETWORK
        with pytest.raises(ReadOnly) as info, shared.work(log_in(shared, "clerk", PASSWORD)) as work:
            add_contact(work, tenant.dossier_id, ContactInput(name="张总", phone="021-555"))
        assert "network share" in info.value.text() and "PostgreSQL server" in info.value.text()


def test_a_new_file_is_not_made_on_a_network_share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(desk_module, "on_network_share", lambda _path: True)
    with pytest.raises(DatabaseUnusable) as info:
        Desk.create(tmp_path / "new.db")
    assert "network share" in info.value.text()
    assert not (tmp_path / "new.db").exists()


def test_what_a_read_only_desk_may_still_do(desk: Desk, clerk: Actor, supervisor: Actor) -> None:
    """For greying out menus: a role's changes only on a file open for changes; reading and printing always."""
    assert desk.may(clerk, Action.MOVE_IN) and desk.may(supervisor, Action.ARCHIVE)
    assert not desk.may(clerk, Action.ARCHIVE) and not desk.may(None, Action.READ)
    desk.close()
    with Desk.open(same_database(desk), read_only=True) as looking:
        assert not looking.may(clerk, Action.MOVE_IN) and not looking.may(supervisor, Action.ARCHIVE)
        assert looking.may(clerk, Action.READ) and looking.may(supervisor, Action.PRINT_ARCHIVE)


@pytest.mark.file_only("a file's name and place")
def test_a_read_only_desk_opens_a_file_whose_name_looks_like_uri_syntax(desk: Desk, tmp_path: Path) -> None:
    """The read-only opening goes through an SQLite URI: spaces, "#", "%" and "?" stay part of the name."""
    desk.close()
    odd = tmp_path / "客务部 50% #2 ?.db"
    with sqlite3.connect(desk.path) as source, sqlite3.connect(odd) as copy:
        source.backup(copy)
    with Desk.open(odd, read_only=True) as looking, looking.read(None) as work:
        assert work.session.scalar(select(Customer.id).limit(1)) is None  # the copy, read
    made = {p.name for p in tmp_path.iterdir() if p.name.startswith("客务部")}
    assert made <= {odd.name, f"{odd.name}-wal", f"{odd.name}-shm"}  # that very file, no look-alike made
