"""The archive settings and the one-time step giving old files their 档号 (issue 12), with the real ``dossier-desk``
command on a copy of the small demo, a file or a server database."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from db import protection
from tests.e2e.conftest import DEMO_PASSWORD, record_hash
from tests.e2e.server_support import FILE, E2EDatabase
from tests.e2e.test_cli import run


@pytest.fixture
def db(demo_database: E2EDatabase) -> E2EDatabase:
    return demo_database


def numbers(db: E2EDatabase) -> dict[int, tuple[str | None, str | None, str | None]]:
    rows = db.all("SELECT id, file_number, former_file_number, fonds_code FROM dossier WHERE file_number IS NOT NULL")
    return {row[0]: (row[1], row[2], row[3]) for row in rows}


def as_before_the_settings(db: E2EDatabase | Path) -> None:
    """The file as a desk of the previous version left it: old numbers (2024-0007), no 全宗号, no settings.
    The triggers are lifted for this only, as such a file never had them (on a server: this session only).
    The window's tests hand a file's path."""
    if isinstance(db, Path):
        db = E2EDatabase(FILE, db)
    if db.kind != FILE:
        db.tamper(
            "UPDATE dossier SET fonds_code = NULL, file_number = file_year || '-' || lpad(file_serial::text, 4, '0') "
            "WHERE file_number IS NOT NULL",
            "DELETE FROM setting WHERE key LIKE 'archive.%'",
            file_triggers=(),
        )
        return
    with closing(sqlite3.connect(db.path)) as conn:
        for name in protection.TRIGGERS:
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        conn.execute(
            "UPDATE dossier SET fonds_code = NULL, file_number = file_year || '-' || printf('%04d', file_serial) "
            "WHERE file_number IS NOT NULL"
        )
        conn.execute("DELETE FROM setting WHERE key LIKE 'archive.%'")
        for ddl in protection.TRIGGERS.values():
            conn.execute(ddl)
        conn.commit()


def test_the_demo_shows_its_confirmed_settings_and_standard_codes(db: E2EDatabase) -> None:
    shown = run("archive-settings", "--db", db, "--json")
    assert shown.returncode == 0, shown.stderr
    settings = json.loads(shown.stdout)
    assert settings["configured"] and settings["fonds_code"] == "X01" and settings["catalogue_no"] == "1"
    assert settings["fonds_name"].endswith("客户服务部") and settings["example"] == "X01-2025-D30-0013"
    assert settings["old_style_files"] == 0
    given = numbers(db)
    assert given and all(n and n.startswith("X01-") and f == "X01" and o is None for n, o, f in given.values())
    text = run("archive-settings", "--db", db)
    assert text.returncode == 0 and "X01-2025-D30-0013" in text.stdout and "客户服务部" in text.stdout


def test_the_manager_changes_the_settings_and_bound_files_keep_their_codes(db: E2EDatabase) -> None:
    before = numbers(db)
    changed = run(
        "archive-settings",
        "--db",
        db,
        "--fonds-code",
        "A02",
        "--pattern",
        "{全宗号}-{保管期限}-{年度}-{案卷号:03}",
        "--retention-codes",
        "P,T,S",
        "--json",
        "--user",
        "manager",
        password=DEMO_PASSWORD,
    )
    assert changed.returncode == 0, changed.stderr
    settings = json.loads(changed.stdout)
    assert settings["example"] == "A02-T-2025-013" and settings["per_retention_sequence"] is True
    assert settings["retention_codes"] == {"permanent": "P", "30y": "T", "10y": "S"}
    assert settings["fonds_name"].endswith("客户服务部")  # what was not given stays
    assert numbers(db) == before
    # The open year's files are bound with the new settings (the archiving binds what is unbound).
    archived = run("archive", "--db", db, "--year", "2025", "--json", "--user", "supervisor", password=DEMO_PASSWORD)
    assert archived.returncode == 0, archived.stderr
    new = {k: v for k, v in numbers(db).items() if k not in before}
    assert new and all(n is not None and n.startswith("A02-") and "-2025-" in n for n, _, _ in new.values())
    audit = run("audit", "--db", db, "--entity", "setting", "--json", "--user", "manager", password=DEMO_PASSWORD)
    entries = json.loads(audit.stdout)["entries"]
    assert entries[0]["details"]["fonds_code"] == ["X01", "A02"]


def test_a_supervisor_may_not_change_them_and_nothing_is_written(db: E2EDatabase) -> None:
    before = record_hash(db, without_log_ins=True)
    refused = run("archive-settings", "--db", db, "--fonds-code", "A02", "--user", "supervisor", password=DEMO_PASSWORD)
    assert refused.returncode == 1
    assert refused.stderr.strip() == "dossier-desk: error: Your role, Supervisor, may not change the archive settings."
    assert record_hash(db, without_log_ins=True) == before


def test_old_files_get_their_codes_once_the_settings_are_confirmed(db: E2EDatabase) -> None:
    as_before_the_settings(db)
    old = numbers(db)
    shown = json.loads(run("archive-settings", "--db", db, "--json").stdout)
    assert shown["configured"] is False and shown["old_style_files"] == len(old)

    preview = run("archive-codes", "--db", db, "--json", "--user", "clerk", password=DEMO_PASSWORD)
    assert preview.returncode == 0, preview.stderr
    planned = json.loads(preview.stdout)
    assert planned["applied"] is False and planned["count"] == len(old)
    first = planned["changes"][0]
    assert first["former_file_number"].count("-") == 1 and first["file_number"].startswith("X01-")

    unconfirmed = run("archive-codes", "--db", db, "--apply", "--user", "manager", password=DEMO_PASSWORD)
    assert unconfirmed.returncode == 1 and "not confirmed yet" in unconfirmed.stderr
    assert numbers(db) == old

    saved = run(
        "archive-settings",
        "--db",
        db,
        "--fonds-name",
        "星河物业客户服务部",
        "--user",
        "manager",
        password=DEMO_PASSWORD,
    )
    assert saved.returncode == 0, saved.stderr
    again = json.loads(run("archive-codes", "--db", db, "--json", "--user", "clerk", password=DEMO_PASSWORD).stdout)
    clerk_apply = run("archive-codes", "--db", db, "--apply", "--user", "clerk", password=DEMO_PASSWORD)
    assert clerk_apply.returncode == 1 and "may not change the archive settings" in clerk_apply.stderr

    applied = run("archive-codes", "--db", db, "--apply", "--json", "--user", "manager", password=DEMO_PASSWORD)
    assert applied.returncode == 0, applied.stderr
    result = json.loads(applied.stdout)
    assert result["applied"] is True and result["changes"] == again["changes"]
    now = numbers(db)
    by_old = {c["former_file_number"]: c["file_number"] for c in result["changes"]}
    for dossier_id, (number, former, fonds) in now.items():
        assert former == old[dossier_id][0] and number == by_old[former] and fonds == "X01"
    # The old number still finds its file.
    found = run(
        "audit",
        "--db",
        db,
        "--dossier",
        first["former_file_number"],
        "--json",
        "--user",
        "manager",
        password=DEMO_PASSWORD,
    )
    assert found.returncode == 0, found.stderr
    assert any(e["action"] == "give_code" for e in json.loads(found.stdout)["entries"])
    # Done once: nothing left to give, and the text says so.
    done = run("archive-codes", "--db", db, "--user", "manager", password=DEMO_PASSWORD)
    assert done.returncode == 0 and "nothing to do" in done.stdout
    checked = run("check", "--db", db)
    assert checked.returncode == 0, checked.stdout + checked.stderr
