"""Scans on a server desk (issue 19): kept in the database itself (db/blob_store.py) by default, streamed in chunks,
checked against their hash, protected by the PL/pgSQL triggers; or, as the administrator chooses, in a shared folder.
Everything through the app calls the window makes (app/dossier/documents.py, app/safety/scan_storage.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import threading
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.exc import IntegrityError

from app import archive
from app.approvals import decide
from app.archive import Proposal
from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.dossier import documents, dossiers
from app.dossier.documents import DocumentInput
from app.errors import Conflict, DataDamaged, PermissionDenied, ValidationError
from app.safety import change_scan_place, scan_place
from app.tenancy import lifecycle as tenancy
from db.attachment_store import CHUNK, BlobState, FolderAttachmentStore, StoredBlob
from db.blob_store import DatabaseAttachmentStore
from db.protection import PREFIX
from tests.conftest import fixed_clock
from tests.postgres.server_desk import server_desk  # noqa: F401 (fixtures)
from tests.unit.archive.test_destruction import propose, scans, three  # noqa: F401 (fixtures)
from tests.unit.unit_support import is_read_only, make_pdf, refused, unit_id


@pytest.fixture
def desk(server_desk: Desk) -> Desk:  # noqa: F811
    return server_desk


@pytest.fixture
def tenant(desk: Desk, clerk: Actor, building: object) -> tenancy.MoveIn:
    with desk.work(clerk) as work:
        return tenancy.move_in(
            work,
            customer=CustomerInput(name="甲科技有限公司"),
            unit_ids=[unit_id(desk, "101")],
            move_in=dt.date(2026, 1, 5),
        )


@pytest.fixture
def psql(pg_url: str) -> Iterator[Connection]:
    """The database as psql sees it: plain SQL, no app in between; each statement committed on its own."""
    engine = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


def _file(desk: Desk, actor: Actor, dossier_id: int, title: str, *files: Path) -> int:
    with desk.work(actor) as work:
        data = DocumentInput("correspondence", dt.date(2026, 2, 1), title)
        return documents.add_document(work, dossier_id, data, attachments=list(files)).id


def _attachment_ids(desk: Desk, dossier_id: int, document_id: int) -> list[int]:
    with desk.read(None) as work:
        (doc,) = [d for d in dossiers.dossier_documents(work, dossier_id) if d.id == document_id]
        return [a.id for a in doc.attachments]


def _count(psql: Connection, table: str) -> int:
    return int(psql.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_a_scan_filed_on_a_server_is_shown_again_on_another_desk(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, pg_url: str, tmp_path: Path
) -> None:
    scan = make_pdf(tmp_path / "入住登记表.pdf", 2)
    doc = _file(desk, clerk, tenant.dossier_id, "入住登记表", scan)
    assert isinstance(desk.store, DatabaseAttachmentStore)
    other = Desk.open(pg_url, clock=fixed_clock)  # another PC: nothing of the first desk's on its disk
    try:
        (attachment_id,) = _attachment_ids(other, tenant.dossier_id, doc)
        with other.read(clerk) as work:
            shown = documents.attachment_file(work, attachment_id)
            exported = documents.export_attachment(work, attachment_id, tmp_path / "out")
        assert shown.path.read_bytes() == scan.read_bytes()
        assert is_read_only(shown.path)  # the viewer cannot save over the record's copy
        assert (exported.name, exported.read_bytes()) == ("入住登记表.pdf", scan.read_bytes())
        copies = shown.path.parent
    finally:
        other.close()
    assert not copies.exists()  # the viewing copies go with the desk


def test_a_large_scan_goes_in_as_chunks_and_comes_back_whole(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, psql: Connection, tmp_path: Path
) -> None:
    scan = tmp_path / "竣工图.tif"
    Image.frombytes("RGB", (1024, 1708), os.urandom(1024 * 1708 * 3)).save(scan)  # a 5 MB scan, uncompressed
    size = scan.stat().st_size
    assert size > 5 * CHUNK
    doc = _file(desk, clerk, tenant.dossier_id, "竣工图", scan)
    sha = hashlib.sha256(scan.read_bytes()).hexdigest()
    sizes = psql.execute(
        text("SELECT octet_length(data) FROM attachment_chunk WHERE sha256 = :sha ORDER BY n"), {"sha": sha}
    ).scalars()
    assert list(sizes) == [CHUNK] * 5 + [size - 5 * CHUNK]
    assert desk.store.verify(sha) is BlobState.OK
    tracemalloc.start()
    try:
        digest = hashlib.sha256()
        with desk.store.open(sha) as stream:
            while piece := stream.read(64 * 1024):
                digest.update(piece)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert digest.hexdigest() == sha
    assert peak < 3 * CHUNK, peak  # one chunk and the driver's copy of it, not the 5 MB scan
    (attachment_id,) = _attachment_ids(desk, tenant.dossier_id, doc)
    with desk.read(clerk) as work:
        assert documents.attachment_file(work, attachment_id).path.read_bytes() == scan.read_bytes()


def test_the_same_scan_on_two_documents_is_stored_once(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, psql: Connection, tmp_path: Path
) -> None:
    scan = make_pdf(tmp_path / "营业执照.pdf", 1)
    _file(desk, clerk, tenant.dossier_id, "营业执照", scan)
    _file(desk, clerk, tenant.dossier_id, "营业执照（复印）", scan)
    assert _count(psql, "attachment") == 2
    assert _count(psql, "attachment_blob") == 1
    assert desk.store.hashes() == [hashlib.sha256(scan.read_bytes()).hexdigest()]


def test_an_action_that_fails_leaves_no_scan_behind(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, psql: Connection, tmp_path: Path
) -> None:
    kept = make_pdf(tmp_path / "kept.pdf", 1)
    _file(desk, clerk, tenant.dossier_id, "留存", kept)
    new = make_pdf(tmp_path / "new.pdf", 3)
    with pytest.raises(ValidationError), desk.work(clerk) as work:
        data = DocumentInput("correspondence", dt.date(2026, 2, 1), "新件")
        documents.add_document(work, tenant.dossier_id, data, attachments=[kept, new])
        documents.add_document(work, tenant.dossier_id, DocumentInput("no such category", dt.date(2026, 2, 1), "x"))
    # The new scan's blob went with the action; the one another document uses stays.
    assert desk.store.hashes() == [hashlib.sha256(kept.read_bytes()).hexdigest()]
    assert _count(psql, "attachment") == 1


def test_psql_cannot_change_or_remove_a_scan_a_document_uses(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, psql: Connection, tmp_path: Path
) -> None:
    scan = make_pdf(tmp_path / "租赁合同.pdf", 2)
    _file(desk, clerk, tenant.dossier_id, "租赁合同", scan)
    sha = hashlib.sha256(scan.read_bytes()).hexdigest()
    for statement, says in (
        ("UPDATE attachment_blob SET size = 1 WHERE sha256 = :sha", "never changed"),
        ("UPDATE attachment_chunk SET data = '\\x00' WHERE sha256 = :sha", "never changed"),
        ("DELETE FROM attachment_chunk WHERE sha256 = :sha", "while a document uses it"),
        ("DELETE FROM attachment_blob WHERE sha256 = :sha", "while a document uses it"),
    ):
        with pytest.raises(IntegrityError) as info:
            psql.execute(text(statement), {"sha": sha})
        assert str(info.value.orig).startswith(PREFIX) and says in str(info.value.orig)
    assert isinstance(desk.store, DatabaseAttachmentStore)
    assert desk.store.remove(sha) is False
    assert desk.store.verify(sha) is BlobState.OK


def test_a_changed_chunk_is_found_and_the_scan_not_shown(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, psql: Connection, tmp_path: Path
) -> None:
    scan = tmp_path / "租赁合同.tif"
    Image.frombytes("RGB", (1024, 700), os.urandom(1024 * 700 * 3)).save(scan)  # three chunks
    doc = _file(desk, clerk, tenant.dossier_id, "租赁合同", scan)
    sha = hashlib.sha256(scan.read_bytes()).hexdigest()
    # Someone with psql drops the trigger first: the change is then found, not prevented.
    psql.execute(text("DROP TRIGGER attachment_chunk_update ON attachment_chunk"))
    flipped = "set_byte(data, 0, 255 - get_byte(data, 0))"  # the first byte of the second chunk, always different
    altered = f"UPDATE attachment_chunk SET data = {flipped} WHERE sha256 = :sha AND n = 1"
    psql.execute(text(altered), {"sha": sha})
    check = desk.store.inspect(sha)
    assert check.state is BlobState.ALTERED and check.actual_sha256 != sha
    (attachment_id,) = _attachment_ids(desk, tenant.dossier_id, doc)
    with desk.read(clerk) as work, pytest.raises(DataDamaged) as info:
        documents.attachment_file(work, attachment_id)
    assert "租赁合同.tif" in str(info.value) and "fingerprint" in str(info.value)


def test_the_administrator_may_keep_scans_in_a_shared_folder(
    desk: Desk, admin: Actor, clerk: Actor, tenant: tenancy.MoveIn, pg_url: str, psql: Connection, tmp_path: Path
) -> None:
    shared = tmp_path / "扫描件 共享"
    shared.mkdir()
    with desk.read(admin) as work:
        assert scan_place(work) == scan_place(work).__class__(False, None, True, 0)
    with pytest.raises(PermissionDenied), desk.work(clerk) as work:
        change_scan_place(work, in_folder=True, folder=shared)
    with refused(desk, ValidationError, "scans.folder", "cannot be reached"), desk.work(admin) as work:
        change_scan_place(work, in_folder=True, folder=tmp_path / "nowhere")
    with desk.work(admin) as work:
        place = change_scan_place(work, in_folder=True, folder=shared)
    assert (place.in_folder, place.folder) == (True, shared)

    scan = make_pdf(tmp_path / "装修申请.pdf", 1)
    doc = _file(desk, clerk, tenant.dossier_id, "装修申请", scan)
    sha = hashlib.sha256(scan.read_bytes()).hexdigest()
    assert FolderAttachmentStore(shared).hashes() == [sha]
    assert _count(psql, "attachment_blob") == 0
    other = Desk.open(pg_url, clock=fixed_clock)  # every desk reads the same setting
    try:
        (attachment_id,) = _attachment_ids(other, tenant.dossier_id, doc)
        with other.read(clerk) as work:
            assert documents.attachment_file(work, attachment_id).path == shared / sha[:2] / sha
    finally:
        other.close()
    # The folder holds a scan now: going back to the database would lose sight of it.
    with refused(desk, Conflict, "scans.folder", "already holds scans (1)"), desk.work(admin) as work:
        change_scan_place(work, in_folder=False)
    with desk.read(admin) as work:
        assert scan_place(work).in_folder


def test_the_place_is_not_changed_while_the_database_keeps_scans(
    desk: Desk, admin: Actor, clerk: Actor, tenant: tenancy.MoveIn, tmp_path: Path
) -> None:
    _file(desk, clerk, tenant.dossier_id, "营业执照", make_pdf(tmp_path / "营业执照.pdf", 1))
    shared = tmp_path / "shared"
    shared.mkdir()
    with refused(desk, Conflict, "scans.folder", "already keeps scans (1)"), desk.work(admin) as work:
        change_scan_place(work, in_folder=True, folder=shared)
    with desk.read(admin) as work:
        assert scan_place(work) == scan_place(work).__class__(False, None, True, 1)


def test_an_approved_destruction_takes_the_freed_scans_out_of_the_database(
    desk: Desk,
    supervisor: Actor,
    manager: Actor,
    three: dict[str, int],  # noqa: F811 (the fixture)
    scans: dict[str, Path],  # noqa: F811 (the fixture)
    psql: Connection,
) -> None:
    own, shared, other = (hashlib.sha256(scans[n].read_bytes()).hexdigest() for n in ("own", "shared", "other"))
    assert desk.store.hashes() == sorted([own, shared, other])
    listed = propose(desk, supervisor, dt.date(2036, 1, 1), [Proposal(three["甲"])])
    with desk.work(manager) as work:
        assert listed.approval_id is not None
        decide(work, listed.approval_id, approve=True)
    record, removal = archive.carry_out_destruction(desk, supervisor, listed.id, ("赵监销", "钱监销"))
    assert record.scans == (own,) and (removal.removed, removal.left) == (1, ())
    # 丙's kept document still uses the shared scan: it stays, and the trigger would refuse removing it.
    assert desk.store.hashes() == sorted([shared, other])
    with pytest.raises(IntegrityError, match="while a document uses it"):
        psql.execute(text("DELETE FROM attachment_blob WHERE sha256 = :sha"), {"sha": shared})


def test_two_desks_storing_the_same_scan_at_once_keep_one_blob(desk: Desk, pg_url: str, tmp_path: Path) -> None:
    scan = make_pdf(tmp_path / "营业执照.pdf", 2)
    data = scan.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    other_desk = create_engine(pg_url)
    try:
        with other_desk.connect() as conn:
            # The other desk's put is half-way: its blob and chunk written, not committed yet.
            saving = conn.begin()
            conn.execute(
                text("INSERT INTO attachment_blob (sha256, size, stored_at) VALUES (:sha, :size, now())"),
                {"sha": sha, "size": len(data)},
            )
            conn.execute(
                text("INSERT INTO attachment_chunk (sha256, n, data) VALUES (:sha, 0, :data)"),
                {"sha": sha, "data": data},
            )
            stored: list[StoredBlob] = []
            failed: list[BaseException] = []

            def put() -> None:
                try:
                    stored.append(desk.store.put(scan))
                except BaseException as exc:  # handed to the test's thread
                    failed.append(exc)

            ours = threading.Thread(target=put)
            ours.start()
            ours.join(1.0)
            assert ours.is_alive()  # waits for the other desk's blob, not a second copy beside it
            saving.commit()
            ours.join(30)
        assert not failed and not ours.is_alive()
        assert stored[0].sha256 == sha and not stored[0].created  # theirs: a rolled-back action here keeps it
        assert desk.store.hashes() == [sha] and desk.store.verify(sha) is BlobState.OK
    finally:
        other_desk.dispose()
