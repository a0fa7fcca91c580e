"""``dossier-desk check`` on real files: every kind of damage found and named, exit 1, and the file never written.

A damaged database is refused by every other command with one line; ``check --repair`` quarantines strays.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from db import search_index
from db.schema import head_revision
from tests.data.schemas import make
from tests.e2e.test_cli import run
from tests.unit.safety.backup_support import referenced_hashes

# A server's check: tests/postgres/test_server_check.py.
pytestmark = pytest.mark.file_only("a damaged, stray-filled or old-schema file and its scans folder")

HEAD = head_revision()  # the schema this program makes (it moved on from 0006 with issue 11)

DEMO_PASSWORD = "demo-pass-1"
LONG_AGO = 1_700_000_000  # a planted file's time: long settled, so --repair may move it


@pytest.fixture(scope="module")
def small_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("check-demo") / "demo.db"
    made = run(
        "demo", path, "--floors", "3", "--units-per-floor", "4", "--years", "3", "--password", DEMO_PASSWORD,
        "--as-of", "2026-06-15",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    return path


@pytest.fixture
def copy(small_demo: Path, tmp_path: Path) -> Path:
    """A private copy of the small demo: the database file and its attachments folder."""
    target = tmp_path / "dossiers.db"
    shutil.copyfile(small_demo, target)
    shutil.copytree(f"{small_demo}-attachments", f"{target}-attachments", symlinks=True)
    return target


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _listing(folder: Path) -> list[str]:
    """Everything in the folder, links not followed (a check must add or remove nothing)."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def _shas(db: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True)) as conn:
        return [r[0] for r in conn.execute("SELECT DISTINCT sha256 FROM attachment ORDER BY sha256")]


def _scan(db: Path, sha: str) -> Path:
    return Path(f"{db}-attachments") / sha[:2] / sha


def _writable(path: Path) -> Path:
    path.chmod(0o644)
    return path


def _sql(db: Path, statement: str, *params: object) -> None:
    """A change behind the program's back, closed cleanly (no -wal left)."""
    with closing(sqlite3.connect(db)) as conn:
        conn.execute(statement, params)
        conn.commit()


def _overwrite_pages(db: Path, pages: list[int]) -> None:
    noise = random.Random(10)
    with db.open("r+b") as f:
        for page in pages:
            f.seek((page - 1) * 4096)
            f.write(bytes(noise.randrange(256) for _ in range(4096)))


def _root_page(db: Path, name: str) -> int:
    with closing(sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True)) as conn:
        return int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0])


def damage_database(db: Path) -> str:
    """A few overwritten pages: the unit and document tables' roots and two pages in the middle."""
    with closing(sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True)) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        # Two pages in the middle, but none of the schema's or the schema version's: check is to name the schema it
        # found (the tables and triggers 0013 added moved those pages to the middle of the small demo).
        kept = {
            row[0]
            for row in conn.execute(
                "SELECT pageno FROM dbstat WHERE name IN ('sqlite_schema', 'sqlite_master', 'alembic_version')"
            )
        }
    middle = [p for p in range(pages // 2, pages) if p not in kept][:2]
    _overwrite_pages(db, [_root_page(db, "unit"), _root_page(db, "document"), *middle])
    return str(db)


# -- each kind of damage: what to do to a copy, the kind check names, and what the message must mention ----------


def missing(db: Path) -> str:
    sha = _shas(db)[0]
    _scan(db, sha).unlink()
    return sha


def altered(db: Path) -> str:
    sha = _shas(db)[1]
    path = _writable(_scan(db, sha))
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    return sha


def emptied(db: Path) -> str:
    sha = _shas(db)[2]
    _writable(_scan(db, sha)).write_bytes(b"")
    return sha


def swapped(db: Path) -> str:
    first, second = (_writable(_scan(db, sha)) for sha in _shas(db)[3:5])
    one, two = first.read_bytes(), second.read_bytes()
    first.write_bytes(two)
    second.write_bytes(one)
    return _shas(db)[3]


def linked_to_an_identical_copy(db: Path) -> str:
    sha = _shas(db)[5]
    path = _scan(db, sha)
    outside = db.parent / "elsewhere" / sha
    outside.parent.mkdir()
    shutil.copyfile(path, outside)
    path.unlink()
    path.symlink_to(outside)
    return str(outside)


def subfolder_linked(db: Path) -> str:
    folder = _scan(db, _shas(db)[6]).parent
    outside = db.parent / "elsewhere" / folder.name
    shutil.copytree(folder, outside)
    shutil.rmtree(folder)
    folder.symlink_to(outside, target_is_directory=True)
    return str(folder)


def folder_linked(db: Path) -> str:
    """A "backup" whose scans folder is only a link to another copy of them."""
    folder = Path(f"{db}-attachments")
    outside = db.parent / "elsewhere"
    folder.rename(outside)
    folder.symlink_to(outside, target_is_directory=True)
    return str(folder)


def folder_missing(db: Path) -> str:
    folder = Path(f"{db}-attachments")
    shutil.rmtree(folder)
    return str(folder)


def orphan(db: Path) -> str:
    path = Path(f"{db}-attachments") / ".incoming-q8w7e6"
    path.write_bytes(b"%PDF-1.4 half a scan")
    return str(path)


def unreferenced_scan(db: Path) -> str:
    data = b"%PDF-1.4 a scan no document refers to"
    sha = hashlib.sha256(data).hexdigest()
    _scan(db, sha).parent.mkdir(exist_ok=True)
    _scan(db, sha).write_bytes(data)
    return str(_scan(db, sha))


def unknown_file(db: Path) -> str:
    path = _scan(db, _shas(db)[7]).parent / "copy of lease.pdf"
    path.write_bytes(b"%PDF-1.4")
    return str(path)


def unknown_folder(db: Path) -> str:
    path = Path(f"{db}-attachments") / "old scans"
    path.mkdir()
    (path / "a.pdf").write_bytes(b"%PDF-1.4")
    return str(path)


def bad_hash(db: Path) -> str:
    # A working copy's scan: an original's scans cannot be changed even by SQL (db/protection.py's triggers).
    _sql(
        db,
        "UPDATE attachment SET sha256 = '../../etc/hostname' WHERE id = (SELECT min(a.id) FROM attachment a "
        "JOIN document d ON d.id = a.document_id WHERE NOT d.is_original)",
    )
    return "../../etc/hostname"


def broken_reference(db: Path) -> str:
    _sql(db, "INSERT INTO contact (dossier_id, name, role, phone, mobile, email, is_emergency, notes, version) "
             "VALUES (9999, '幽灵', '', '', '', '', 0, '', 1)")  # fmt: skip
    return "contact"


def stale_search_index(db: Path) -> str:
    # Entries lost (a copy made halfway through a hand edit): quick find would miss these customers.
    _sql(db, "DELETE FROM search_entry WHERE kind = ?", search_index.KIND_CODE["customer"])
    return "search index"


def money_past_the_program(db: Path) -> str:
    # Rows typed into the sqlite3 shell: a payment of 1.00 said to pay 5.00 of a charge of 1.00.
    _sql(db, "INSERT INTO fee_item (id, version, name, basis, billing_day, due_days, free_during_fit_out, active, "
             "position) VALUES (990, 1, '手填费用', 'one_off', 1, 0, 0, 1, 99)")  # fmt: skip
    _sql(db, "INSERT INTO fee_charge (id, tenancy_id, item_id, period, kind, amount_fen, billed_on, due_on, "
             "description, created_by, created_at) VALUES (99001, 1, 990, '2026-01', 'one_off', 100, '2026-01-01', "
             "'2026-01-01', '', 1, '2026-01-01 00:00:00')")  # fmt: skip
    _sql(db, "INSERT INTO fee_payment (id, tenancy_id, receipt_no, paid_on, method, amount_fen, payer, note, "
             "created_by, created_at) VALUES (99001, 1, 'HAND-1', '2026-01-02', 'cash', 100, '', '', 1, "
             "'2026-01-02 00:00:00')")  # fmt: skip
    _sql(db, "INSERT INTO fee_allocation (payment_id, charge_id, amount_fen) VALUES (99001, 99001, 500)")
    return "payment 99001"


def newer_schema(db: Path) -> str:
    _sql(db, "UPDATE alembic_version SET version_num = '9999'")
    return "9999"


def not_a_database(db: Path) -> str:
    db.write_text("租户名单\n" * 2000, encoding="utf-8")
    return "not a SQLite database"


DAMAGE: list[tuple[Callable[[Path], str], tuple[str, ...]]] = [
    (missing, ("attachment_missing",)),
    (altered, ("attachment_altered",)),
    (emptied, ("attachment_empty",)),
    (swapped, ("attachment_swapped",)),
    (linked_to_an_identical_copy, ("attachment_linked",)),
    (subfolder_linked, ("attachment_folder_linked", "attachment_linked")),
    (folder_linked, ("attachment_folder_linked",)),
    (folder_missing, ("attachment_folder_missing",)),
    (orphan, ("attachment_orphan",)),
    (unreferenced_scan, ("attachment_stray",)),
    (unknown_file, ("attachment_stray",)),
    (unknown_folder, ("attachment_stray",)),
    (bad_hash, ("attachment_bad_hash",)),
    (damage_database, ("database_damaged",)),
    (broken_reference, ("foreign_key",)),
    (stale_search_index, ("search_index_stale",)),
    (money_past_the_program, ("money_disagrees",)),
    (newer_schema, ("schema_newer",)),
    (not_a_database, ("not_a_dossier_database",)),
]


@pytest.mark.parametrize(("damage", "kinds"), DAMAGE, ids=[d.__name__ for d, _ in DAMAGE])
def test_check_finds_names_and_never_writes(copy: Path, damage: Callable[[Path], str], kinds: tuple[str, ...]) -> None:
    mentioned = damage(copy)
    before, files = _digest(copy), _listing(copy.parent)

    checked = run("check", "--db", copy, "--json")

    assert checked.returncode == 1, checked.stderr
    assert checked.stderr == ""  # no traceback, no warning: the findings are the document
    report = json.loads(checked.stdout)
    assert report["ok"] is False
    for kind in kinds:
        found = [p for p in report["problems"] if p["kind"] == kind]
        assert found, f"{kind} not among {[p['kind'] for p in report['problems']]}"
        assert any(mentioned in p["detail"] or mentioned in p["path"] for p in found), found
    assert _digest(copy) == before
    assert _listing(copy.parent) == files  # no -wal, -shm, upgrade copy or quarantine


def test_the_text_report_names_each_problem_on_its_own_line(copy: Path) -> None:
    scans = len(referenced_hashes(copy))  # the documents' scans and the signature and seal specimens, each once
    sha = missing(copy)
    stray = unknown_file(copy)
    checked = run("check", "--db", copy)
    assert checked.returncode == 1
    lines = checked.stderr.splitlines()
    assert len(lines) == 2 and "Traceback" not in checked.stderr
    assert lines[0].startswith("attachment_missing: ") and sha in lines[0]
    assert lines[1].startswith("attachment_stray: ") and stray in lines[1]
    with closing(sqlite3.connect(copy)) as conn:
        entries = conn.execute("SELECT count(*) FROM change").fetchone()[0]
    summary = f"{copy}: 2 problem(s) (schema {HEAD}, {scans} scan(s) checked, {entries} audit entries verified)"
    assert checked.stdout.strip() == summary


def test_check_of_a_healthy_copy_says_ok_and_leaves_every_byte(copy: Path) -> None:
    before, files = _digest(copy), _listing(copy.parent)
    checked = run("check", "--db", copy)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.strip().startswith(f"{copy}: OK (schema {HEAD}, ")
    assert checked.stderr == ""
    assert _digest(copy) == before
    assert _listing(copy.parent) == files


def test_check_of_an_old_schema_copy_reports_it_and_does_not_upgrade_it(tmp_path: Path) -> None:
    old = tmp_path / "backup.db"
    shutil.copyfile(make.database_for("0003"), old)
    shutil.copytree(f"{make.database_for('0003')}-attachments", f"{old}-attachments")
    before, files = _digest(old), _listing(tmp_path)
    checked = run("check", "--db", old, "--json")
    assert checked.returncode == 0, checked.stderr
    report = json.loads(checked.stdout)
    assert report["schema"] == {"revision": "0003", "program": HEAD, "state": "older"}
    assert [n["kind"] for n in report["notes"] if n["kind"] == "schema_older"] == ["schema_older"]
    text = run("check", "--db", old)
    assert "would be upgraded on opening" in text.stderr
    assert _digest(old) == before
    assert _listing(tmp_path) == files  # in particular no backup.before-NNNN.*.db


# -- a damaged file: every other command refuses it with one line, and nothing writes into it ------------------


@pytest.mark.parametrize(
    "command",
    [
        ["units"],
        ["dossier", "--unit", "0101"],
        ["label-check"],
        ["print", "archive", "--year", "2025", "-o", "{out}", "--user", "supervisor"],
        ["archive", "--year", "2025", "--user", "supervisor"],
        ["labels", "--floor", "1F", "-o", "{out}", "--user", "clerk"],
    ],
    ids=lambda c: " ".join(c[:2]),
)
def test_a_damaged_file_is_refused_with_one_line(copy: Path, command: list[str]) -> None:
    damage_database(copy)
    before, files = _digest(copy), _listing(copy.parent)
    out = copy.parent / "out.pdf"
    args = [a.format(out=out) for a in command]
    done = run(*args, "--db", copy, password=DEMO_PASSWORD)
    assert done.returncode == 1
    assert done.stdout == ""
    (line,) = done.stderr.splitlines()
    assert line.startswith(f"dossier-desk: error: {copy} is damaged (")
    assert "Restore the last good backup" in line and "dossier-desk restore" in line
    assert _digest(copy) == before
    assert _listing(copy.parent) == files  # no PDF, no -wal, no upgrade copy


def test_check_of_the_damaged_file_is_a_finding_not_a_traceback(copy: Path) -> None:
    damage_database(copy)
    checked = run("check", "--db", copy)
    assert checked.returncode == 1
    assert "Traceback" not in checked.stderr
    assert checked.stderr.splitlines()[0].startswith("database_damaged: ")
    assert f"(schema {HEAD}, 0 scan(s) checked" in checked.stdout


# -- check --repair -----------------------------------------------------------------------------------------------


def test_repair_moves_strays_and_orphans_to_the_quarantine(copy: Path) -> None:
    planted = [Path(orphan(copy)), Path(unreferenced_scan(copy)), Path(unknown_file(copy)), Path(unknown_folder(copy))]
    for path in planted:
        os.utime(path, (LONG_AGO, LONG_AGO), follow_symlinks=False)
    contents = {p: p.read_bytes() for p in planted if p.is_file()}

    repaired = run("check", "--db", copy, "--repair", "--user", "admin", password=DEMO_PASSWORD)

    assert repaired.returncode == 0, repaired.stderr
    quarantine = copy.parent / "dossiers.db-attachments-quarantine"
    (stamp,) = quarantine.iterdir()
    moved = [line for line in repaired.stdout.splitlines() if line.startswith("moved ")]
    assert len(moved) == 4 and all(line.endswith(str(stamp)) for line in moved)
    for path, data in contents.items():
        assert not path.exists()
        assert (stamp / path.relative_to(f"{copy}-attachments")).read_bytes() == data  # moved, never deleted
    assert repaired.stdout.splitlines()[-1].startswith(f"{copy}: OK")
    assert run("check", "--db", copy).returncode == 0


def test_repair_rebuilds_a_stale_search_index(copy: Path) -> None:
    stale_search_index(copy)
    with closing(sqlite3.connect(copy)) as conn:
        (name,) = conn.execute("SELECT name FROM customer ORDER BY id LIMIT 1").fetchone()
    assert name not in run("find", "--db", copy, name[2:6], "--user", "clerk", password=DEMO_PASSWORD).stdout

    repaired = run("check", "--db", copy, "--repair", "--user", "admin", password=DEMO_PASSWORD)

    assert repaired.returncode == 0, repaired.stderr
    assert "rebuilt the search index" in repaired.stdout
    assert run("check", "--db", copy).returncode == 0
    assert name in run("find", "--db", copy, name[2:6], "--user", "clerk", password=DEMO_PASSWORD).stdout


def test_repair_needs_an_administrator(copy: Path) -> None:
    stray = Path(unknown_file(copy))
    os.utime(stray, (LONG_AGO, LONG_AGO))
    nobody = run("check", "--db", copy, "--repair")
    assert nobody.returncode == 1 and "--user" in nobody.stderr and nobody.stdout == ""
    clerk = run("check", "--db", copy, "--repair", "--user", "clerk", password=DEMO_PASSWORD)
    assert clerk.returncode == 1
    assert clerk.stderr.splitlines()[-1] == (
        "dossier-desk: error: check --repair: Your role, Clerk, may not move stray files out of the scans folder."
    )
    assert stray.exists()


def test_repair_of_a_damaged_file_is_refused_after_the_report(copy: Path) -> None:
    stray = Path(unknown_file(copy))
    os.utime(stray, (LONG_AGO, LONG_AGO))
    damage_database(copy)
    before = _digest(copy)
    refused = run("check", "--db", copy, "--repair", "--user", "admin", "--json", password=DEMO_PASSWORD)
    assert refused.returncode == 1
    report = json.loads(refused.stdout)
    assert "database_damaged" in {p["kind"] for p in report["problems"]}
    assert "is damaged" in report["repair"]["error"]
    assert stray.exists() and _digest(copy) == before
