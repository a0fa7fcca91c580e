"""Schema versions: upgrading an old file after a backup, refusing newer and foreign files."""

from __future__ import annotations

import errno
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect

from app.desk import Desk
from app.dossier import dossiers
from app.errors import DatabaseUnusable
from db import schema
from db.engine import make_engine
from db.models import Base
from db.schema import (
    SchemaError,
    alembic_config,
    create_database,
    head_revision,
    open_database,
    script_directory,
    upgrade,
)

# Every table of revision 0001, with rows that reference each other; plain SQL, as the
# schema was then. Dates and times are written the way SQLAlchemy stores them in SQLite.
ROWS_0001: dict[str, list[dict[str, object]]] = {
    "building": [{"id": 1, "name": "老大厦", "address": "中山路1号"}],
    "floor": [
        {"id": 1, "building_id": 1, "level": -1, "label": "B1"},
        {"id": 2, "building_id": 1, "level": 8, "label": "8F"},
    ],
    "unit": [
        {"id": 1, "floor_id": 1, "number": "B101", "area": 35.5, "use": "storage"},
        {"id": 2, "floor_id": 2, "number": "0801", "area": 120.25, "use": "office"},
        {"id": 3, "floor_id": 2, "number": "0802", "area": None, "use": "office"},
    ],
    "customer": [
        {
            "id": 1,
            "name": "甲集团有限公司",
            "kind": "company",
            "id_code": "91310000MA1FL0000X",
            "legal_representative": "张三",
            "registered_capital": "1000万",
            "nature": "民营",
            "industry": "软件",
            "address": "上海",
            "phone": "021-1234",
            "email": "a@jia.cn",
            "notes": "老客户",
        },
        {
            "id": 2,
            "name": "李四",
            "kind": "person",
            "id_code": "",
            "legal_representative": "",
            "registered_capital": "",
            "nature": "",
            "industry": "",
            "address": "",
            "phone": "",
            "email": "",
            "notes": "",
        },
    ],
    "customer_name": [{"id": 1, "customer_id": 1, "name": "甲科技有限公司", "used_until": "2024-03-01"}],
    "user": [
        {
            "id": 1,
            "login": "admin",
            "display_name": "管理员",
            "role": "admin",
            "password_hash": "$argon2id$v=19$m=65536,t=3,p=4$x$y",
            "active": 1,
        },
        {
            "id": 2,
            "login": "clerk",
            "display_name": "王小明",
            "role": "clerk",
            "password_hash": "$argon2id$v=19$m=65536,t=3,p=4$x$z",
            "active": 0,
        },
    ],
    "tenancy": [
        {"id": 1, "customer_id": 1, "move_in": "2020-01-01", "move_out": None, "fit_out_until": "2020-03-31"},
        {"id": 2, "customer_id": 2, "move_in": "2018-05-01", "move_out": "2019-12-31", "fit_out_until": None},
    ],
    "tenancy_unit": [
        {"id": 1, "tenancy_id": 1, "unit_id": 2, "start_date": "2020-01-01", "end_date": None},
        {"id": 2, "tenancy_id": 1, "unit_id": 3, "start_date": "2020-01-01", "end_date": None},
        {"id": 3, "tenancy_id": 2, "unit_id": 1, "start_date": "2018-05-01", "end_date": "2019-12-31"},
    ],
    "dossier": [
        {
            "id": 1,
            "number": "1-0801-2020",
            "tenancy_id": 1,
            "unit_id": 2,
            "label_text": "甲集团有限公司",
            "location": "8F柜",
            "status": "live",
        },
        {
            "id": 2,
            "number": "1-B101-2018",
            "tenancy_id": 2,
            "unit_id": 1,
            "label_text": "李四",
            "location": "",
            "status": "departed",
        },
    ],
    "document": [
        {
            "id": 1,
            "dossier_id": 1,
            "category": "move_in",
            "doc_date": "2020-01-01",
            "title": "入住通知书",
            "reference_no": "甲字1号",
            "issuer": "物业公司",
            "pages": 3,
            "is_original": 1,
            "paper_location": "8F柜第1格",
            "notes": "",
            "recorded_by": 2,
            "recorded_at": "2020-01-02 09:15:00.000000",
            "trashed_at": None,
        },
        {
            "id": 2,
            "dossier_id": 1,
            "category": "fit_out",
            "doc_date": "2020-02-01",
            "title": "装修方案",
            "reference_no": "",
            "issuer": "",
            "pages": 0,
            "is_original": 0,
            "paper_location": "",
            "notes": "第二版",
            "recorded_by": 1,
            "recorded_at": "2020-02-03 14:00:00.000000",
            "trashed_at": None,
        },
        {
            "id": 3,
            "dossier_id": 2,
            "category": "correspondence",
            "doc_date": "2019-06-30",
            "title": "退租函",
            "reference_no": "",
            "issuer": "李四",
            "pages": 1,
            "is_original": 1,
            "paper_location": "",
            "notes": "",
            "recorded_by": 2,
            "recorded_at": "2019-07-01 08:00:00.000000",
            "trashed_at": "2019-08-01 08:00:00.000000",
        },
    ],
    "attachment": [
        {
            "id": 1,
            "document_id": 1,
            "sha256": "ab" * 32,
            "original_name": "入住通知书.pdf",
            "size": 1234,
            "media_type": "application/pdf",
            "added_at": "2020-01-02 09:15:00.000000",
        }
    ],
    "contact": [
        {
            "id": 1,
            "dossier_id": 1,
            "name": "张总",
            "role": "总经理",
            "phone": "",
            "mobile": "13800000000",
            "email": "",
            "is_emergency": 1,
            "notes": "",
        }
    ],
}


def _rows(path: Path, table: str, columns: list[str] | None = None) -> list[tuple[object, ...]]:
    """The table's rows by id; by default only the columns revision 0001 had (later ones add some)."""
    names = columns or list(ROWS_0001[table][0])
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT " + ", ".join(f'"{n}"' for n in names) + f' FROM "{table}" ORDER BY id').fetchall()
    finally:
        conn.close()


def _revision(path: Path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def _upgraded_to(path: Path, revision: str) -> None:
    engine = make_engine(path)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), revision)
    finally:
        engine.dispose()


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    """A database at revision 0001 with rows in every table, written with plain SQL."""
    path = tmp_path / "old.db"
    _upgraded_to(path, "0001")
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        for table, rows in ROWS_0001.items():  # parents before children
            for row in rows:
                columns = ", ".join(f'"{c}"' for c in row)
                marks = ", ".join("?" for _ in row)
                conn.execute(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', tuple(row.values()))
        conn.commit()
    finally:
        conn.close()
    assert _revision(path) == "0001"
    return path


def test_revision_0001_has_exactly_the_tables_filled_here(old_file: Path) -> None:
    engine = make_engine(old_file)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()
    assert tables == set(ROWS_0001)


def test_old_file_is_backed_up_then_upgraded_keeping_every_row(old_file: Path) -> None:
    before = {table: _rows(old_file, table) for table in ROWS_0001}
    assert before == {t: [tuple(row.values()) for row in rows] for t, rows in ROWS_0001.items()}

    engine = open_database(old_file)
    engine.dispose()

    assert _revision(old_file) == head_revision()
    (backup,) = old_file.parent.glob(f"old.before-{head_revision()}.*")
    assert _revision(backup) == "0001"
    assert {t: _rows(backup, t) for t in ROWS_0001} == before
    after = {table: _rows(old_file, table) for table in ROWS_0001}
    assert after == before
    # one back-filled history line per document: who recorded it, when
    changes = _rows(old_file, "change", ["at", "user_id", "dossier_id", "entity", "entity_id", "action"])
    assert changes == [
        ("2019-07-01 08:00:00.000000", 2, 2, "document", 3, "create"),
        ("2020-01-02 09:15:00.000000", 2, 1, "document", 1, "create"),
        ("2020-02-03 14:00:00.000000", 1, 1, "document", 2, "create"),
    ]
    # and the application reads it
    with Desk.open(old_file) as desk, desk.read(None) as work:
        view = dossiers.read_dossier(work, 1)
        history = dossiers.dossier_history(work, 1)
    assert (view.label_text, view.unit, view.floor) == ("甲集团有限公司", "0801", "8F")
    assert [d.title for d in view.documents] == ["装修方案", "入住通知书"]
    assert view.documents[1].attachments[0].original_name == "入住通知书.pdf"
    assert [c.name for c in view.contacts] == ["张总"]
    assert [n.name for n in view.customer.former_names] == ["甲科技有限公司"]
    assert [(h.entity, h.action, h.user) for h in history] == [
        ("document", "create", "管理员"),
        ("document", "create", "王小明"),
    ]
    # 0005 filled the pinyin initials of names already there: quick find by "jjt" or "jkj" works
    assert _rows(old_file, "customer", ["name_initials"]) == [("jjtyxgs",), ("ls",)]
    assert _rows(old_file, "customer_name", ["initials"]) == [("jkjyxgs",)]


def test_a_killed_upgrades_half_copy_is_replaced_by_the_next(old_file: Path) -> None:
    # What a kill during the copy left: an empty copy under its temporary name, with SQLite's journal beside it.
    partial = old_file.with_name(f".old.before-{head_revision()}.partial.db")
    partial.write_bytes(b"")
    partial.with_name(partial.name + "-journal").write_bytes(b"\0" * 512)
    open_database(old_file).dispose()
    (backup,) = old_file.parent.glob(f"old.before-{head_revision()}.*")
    assert _revision(backup) == "0001" and backup.stat().st_size > 0
    assert sorted(p.name for p in old_file.parent.iterdir()) == sorted(["old.db", backup.name])


def test_a_copy_that_cannot_be_made_refuses_the_upgrade_and_leaves_the_file_as_it_was(
    old_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = old_file.read_bytes()

    def full_disk(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(schema.os, "fsync", full_disk)
    with pytest.raises(DatabaseUnusable) as info:
        Desk.open(old_file)
    text = info.value.text()
    assert text.startswith(f"{old_file} was not upgraded: the copy made before upgrading could not be written")
    assert f"(old.before-{head_revision()}." in text and text.endswith(".db: No space left on device).")
    assert _revision(old_file) == "0001" and old_file.read_bytes() == before
    assert [p.name for p in old_file.parent.iterdir()] == ["old.db"]  # no copy, no half copy, no journal or WAL
    monkeypatch.undo()
    open_database(old_file).dispose()  # with room on the disk again it upgrades
    assert _revision(old_file) == head_revision()


def test_upgrade_brings_0001_to_head_and_restores_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    _upgraded_to(path, "0001")
    engine = make_engine(path)
    try:
        upgrade(engine)
        with engine.connect() as conn:  # the pooled connection the upgrade used
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()
    assert _revision(path) == head_revision()


@pytest.mark.parametrize(
    "revision", [s.revision for s in script_directory().walk_revisions() if s.revision != head_revision()]
)
def test_every_older_revision_is_upgraded_to_head(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "old.db"
    _upgraded_to(path, revision)
    with Desk.open(path) as desk:
        assert desk.path == path
    assert _revision(path) == head_revision()
    (backup,) = tmp_path.glob(f"old.before-{head_revision()}.*")
    assert _revision(backup) == revision


def _differences(engine: Engine) -> list[object]:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": _not_the_index})
        return list(compare_metadata(context, Base.metadata))


def _not_the_index(name: str | None, type_: str, _parent: object) -> bool:
    # The search index (db/search_index.py) is derived data made by its own DDL, not a model: compared below.
    return not (type_ == "table" and (name or "").startswith("search_"))


def _index_schema(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT type, name FROM sqlite_master WHERE name LIKE 'search%' ORDER BY type, name"
        ).fetchall()


def test_migrated_and_new_files_have_the_same_search_index(tmp_path: Path) -> None:
    _upgraded_to(tmp_path / "migrated.db", "head")
    create_database(tmp_path / "new.db").dispose()
    migrated = _index_schema(tmp_path / "migrated.db")
    assert ("table", "search_fts") in migrated and ("trigger", "search_document_insert") in migrated
    assert migrated == _index_schema(tmp_path / "new.db")


def test_migrations_give_the_models_schema(tmp_path: Path) -> None:
    path = tmp_path / "migrated.db"
    _upgraded_to(path, "head")
    engine = make_engine(path)
    try:
        assert _differences(engine) == []
    finally:
        engine.dispose()


def test_new_database_is_stamped_at_head_with_the_models_schema(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    engine = create_database(path)
    try:
        assert _differences(engine) == []
    finally:
        engine.dispose()
    assert _revision(path) == head_revision()


def test_the_head_written_in_the_code_is_the_newest_migration() -> None:
    """Opening a file compares its revision with ``schema.HEAD`` first (no Alembic): a new migration must move HEAD
    along, or files at the old head would open without their upgrade."""
    assert head_revision() == schema.HEAD


def test_opening_a_current_file_loads_no_alembic(tmp_path: Path) -> None:
    path = tmp_path / "current.db"
    create_database(path).dispose()
    program = (
        "import sys; from pathlib import Path; from db.schema import open_database; "
        f"open_database(Path({str(path)!r})).dispose(); "
        "print(sorted(m for m in sys.modules if m == 'alembic' or m.startswith(('alembic.', 'mako'))))"
    )
    run = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


def test_current_file_opens_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "current.db"
    create_database(path).dispose()
    open_database(path).dispose()
    assert sorted(p.name for p in tmp_path.iterdir() if ".before-" in p.name) == []


def _newer_file(tmp_path: Path) -> Path:
    path = tmp_path / "newer.db"
    create_database(path).dispose()
    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    finally:
        conn.close()
    return path


def test_file_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = _newer_file(tmp_path)
    with pytest.raises(SchemaError) as info:
        open_database(path)
    assert "newer version" in info.value.reason
    assert "9999" in str(info.value)
    assert _revision(path) == "9999"
    assert not list(tmp_path.glob("newer.before-*"))


def test_desk_refuses_a_newer_file(tmp_path: Path) -> None:
    path = _newer_file(tmp_path)
    with pytest.raises(DatabaseUnusable) as info:
        Desk.open(path)
    message = str(info.value)
    assert "newer version" in message
    assert str(path) in message
    assert "9999" in message


def test_text_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("租户名单\n甲公司, 101\n" * 50, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(SchemaError) as info:
        open_database(path)
    assert info.value.reason == "not a dossier database"
    with pytest.raises(DatabaseUnusable) as unusable:
        Desk.open(path)
    assert str(path) in str(unusable.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with pytest.raises(SchemaError) as info:
        open_database(path)
    assert (info.value.reason, info.value.detail) == ("not a dossier database", "empty file")


def test_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    with pytest.raises(SchemaError) as info:
        open_database(path)
    assert (info.value.reason, info.value.detail) == ("not a dossier database", "tables without a schema version")


def _damaged_copy(tmp_path: Path, pages: str) -> Path:
    """A current file with a few pages overwritten, as a failing disk leaves one."""
    from tests.unit.db.test_integrity import overwrite_pages, root_page

    path = tmp_path / "damaged.db"
    create_database(path).dispose()
    if pages == "tables":
        overwrite_pages(path, [root_page(path, "unit"), root_page(path, "document")])
    else:  # the list of tables on page 1, after the file header (without the header it is no database at all)
        with path.open("r+b") as f:
            f.seek(100)
            f.write(bytes(range(256)) * 15)
    return path


@pytest.mark.parametrize("pages", ["tables", "schema"])
def test_a_damaged_file_is_refused_before_anything_is_written(tmp_path: Path, pages: str) -> None:
    path = _damaged_copy(tmp_path, pages)
    before = path.read_bytes()
    with pytest.raises(SchemaError) as info:
        open_database(path)
    assert info.value.reason == "damaged"
    with pytest.raises(DatabaseUnusable) as unusable:
        Desk.open(path)
    message = str(unusable.value)
    assert str(path) in message and "damaged" in message and "Restore the last good backup" in message
    assert "\n" not in message  # one line on the command line
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["damaged.db"]  # no -wal, -shm or upgrade copy


def test_a_file_the_system_will_not_let_us_read_is_named_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Not "not a dossier database": the file may be fine, only out of reach just now (permissions, a lock)."""
    import db.schema

    path = tmp_path / "locked.db"
    create_database(path).dispose()

    def refused(_path: Path) -> object:
        error = sqlite3.OperationalError("unable to open database file")
        error.sqlite_errorcode = sqlite3.SQLITE_CANTOPEN  # as SQLite sets it; the tests run as root, who may read all
        raise error

    monkeypatch.setattr(db.schema, "read_only", refused)
    with pytest.raises(SchemaError) as info:
        open_database(path)
    assert (info.value.reason, info.value.detail) == ("cannot be read", "unable to open database file")
    with pytest.raises(DatabaseUnusable) as unusable:
        Desk.open(path)
    assert str(unusable.value) == f"{path} cannot be read just now (unable to open database file); nothing was changed."
