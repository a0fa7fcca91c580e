"""``check`` on a server database: a clean one passes; a row whose reference is gone, an audit line rewritten past the
program, a refusing trigger dropped, a constraint never validated and a scan missing or altered are each found, with
the kinds and words of the file check. The damage is done as a superuser in psql would (triggers bypassed with
``session_replication_role = replica``): what the program itself refuses is exactly what a check must still find."""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.orm import Session

from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.safety.server_check import check_connection, check_server, check_server_desk
from app.tenancy import lifecycle as tenancy
from db.attachment_store import BlobCheck, BlobState, StoredBlob
from db.models import Attachment, Document
from db.schema import shown_location
from tests.postgres.server_desk import server_desk  # noqa: F401 (fixtures)
from tests.unit.unit_support import unit_id

D = dt.date


@pytest.fixture
def desk(server_desk: Desk) -> Desk:  # noqa: F811
    return server_desk


@pytest.fixture
def moved_in(desk: Desk, clerk: Actor, building: object) -> tenancy.MoveIn:
    with desk.work(clerk) as work:
        return tenancy.move_in(
            work, customer=CustomerInput(name="甲科技有限公司"), unit_ids=[unit_id(desk, "101")], move_in=D(2026, 1, 5)
        )


@pytest.fixture
def psql(pg_url: str) -> Iterator[Connection]:
    """A superuser's session with the triggers off: it can do what the program and the triggers refuse."""
    engine = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text("SET session_replication_role = replica"))
            yield conn
    finally:
        engine.dispose()


def kinds(report: object) -> list[str]:
    return [p.kind for p in report.problems]  # type: ignore[attr-defined]


def test_a_clean_server_database_passes(desk: Desk, pg_url: str, moved_in: tenancy.MoveIn) -> None:
    report = check_server(pg_url)
    assert report.ok, report.problems
    assert report.schema == "current"
    assert report.database == shown_location(pg_url)
    assert report.audit_entries is not None and report.audit_entries > 0
    # The window's check on the open desk says the same.
    assert check_server_desk(desk).problems == ()


def test_a_row_whose_referenced_row_is_gone_is_named(
    desk: Desk, pg_url: str, moved_in: tenancy.MoveIn, psql: Connection
) -> None:
    psql.execute(text("UPDATE tenancy SET customer_id = 999999 WHERE id = :id"), {"id": moved_in.tenancy_id})
    report = check_server(pg_url)
    assert kinds(report) == ["foreign_key"]
    assert report.problems[0].detail == f"table tenancy row {moved_in.tenancy_id} refers to a missing row of customer"


def test_an_audit_line_rewritten_past_the_program_breaks_the_chain(
    desk: Desk, pg_url: str, moved_in: tenancy.MoveIn, psql: Connection
) -> None:
    psql.execute(text("UPDATE change SET details = '{}' WHERE seq = 2"))
    report = check_server(pg_url)
    assert "audit_altered" in kinds(report)
    assert "entry 2" in " ".join(p.detail for p in report.problems)


def test_a_dropped_trigger_and_an_unchecked_constraint_are_found(
    desk: Desk, pg_url: str, moved_in: tenancy.MoveIn, psql: Connection
) -> None:
    psql.execute(text("DROP TRIGGER change_append_only_delete ON change"))
    psql.execute(text("ALTER TABLE unit ADD CONSTRAINT ck_unit_short CHECK (length(number) < 9) NOT VALID"))
    report = check_server(pg_url)
    assert sorted(kinds(report)) == ["constraint_not_validated", "protection_missing"]
    details = " ".join(p.detail for p in report.problems)
    assert "change_append_only_delete" in details and "ck_unit_short" in details


class DictStore:
    """A scan store as the server's will be (inspect by hash, a list of what it holds), over a dict."""

    def __init__(self, blobs: dict[str, bytes]) -> None:
        self.blobs = blobs

    def inspect(self, sha256: str) -> BlobCheck:
        where = Path("server-scans") / sha256
        if sha256 not in self.blobs:
            return BlobCheck(BlobState.MISSING, where)
        actual = hashlib.sha256(self.blobs[sha256]).hexdigest()
        return BlobCheck(BlobState.OK if actual == sha256 else BlobState.ALTERED, where, actual)

    def hashes(self) -> list[str]:
        return list(self.blobs)

    def put(self, source: Path) -> StoredBlob:
        raise NotImplementedError

    def copy_out(self, sha256: str, target: Path) -> Path:
        raise NotImplementedError

    def discard(self, sha256: str) -> None:
        raise NotImplementedError


def test_scans_missing_altered_or_stray_in_the_store_are_found(
    desk: Desk, pg_url: str, moved_in: tenancy.MoveIn, psql: Connection
) -> None:
    kept, altered, missing, stray = (hashlib.sha256(t).hexdigest() for t in (b"kept", b"altered", b"missing", b"x"))
    with Session(psql) as session:
        document = Document(
            dossier_id=moved_in.dossier_id,
            category="correspondence",
            doc_date=D(2026, 2, 1),
            title="来函",
            recorded_by=1,
            recorded_at=dt.datetime(2026, 2, 1, 9, 0),
        )
        session.add(document)
        session.flush()
        for n, sha in enumerate((kept, altered, missing)):
            session.add(
                Attachment(
                    document_id=document.id,
                    sha256=sha,
                    original_name=f"scan{n}.pdf",
                    size=4,
                    media_type="application/pdf",
                    added_at=document.recorded_at,
                )
            )
        session.commit()
    store = DictStore({kept: b"kept", altered: b"changed", stray: b"x"})
    with desk.engine.connect() as conn:
        report = check_connection(conn, desk.location, store)
    assert report.scans == 3
    # (The document was written past the triggers, so the search index never took it in: found too.)
    assert sorted(kinds(report)) == [
        "attachment_altered",
        "attachment_missing",
        "attachment_stray",
        "search_index_stale",
    ]
    by_kind = {p.kind: p.detail for p in report.problems}
    assert "scan1.pdf" in by_kind["attachment_altered"] and "scan2.pdf" in by_kind["attachment_missing"]
    assert stray in by_kind["attachment_stray"]


def test_the_check_command_reads_a_server_database(
    desk: Desk, pg_url: str, moved_in: tenancy.MoveIn, psql: Connection, capsys: pytest.CaptureFixture[str]
) -> None:
    """``dossier-desk check --db URL`` (the command's own function: the URL reaches it once --db takes one)."""
    from app.cli import check as check_command

    args = argparse.Namespace(command="check", json=True, repair=False, user=None)
    assert check_command._check_server(args, pg_url) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["ok"] is True and document["database"] == shown_location(pg_url)
    psql.execute(text("UPDATE tenancy SET customer_id = 999999"))
    args.json = False
    assert check_command._check_server(args, pg_url) == 1
    said = capsys.readouterr()
    assert "foreign_key: table tenancy row" in said.err and "1 problem(s)" in said.out
