"""The audit log end to end with the real ``dossier-desk`` command, on a file and on a server database: the chain
verified by ``check`` on the demo; one line altered, deleted or inserted with SQL (as with the sqlite3 shell, triggers
dropped first; on a server as its superuser, triggers off) makes ``check`` exit 1 naming the entry; a status set by
SQL is reported; a view, a print and an export appear in ``audit`` with the user; entries cut off after a backup are
found against that backup's anchor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from tests.e2e.conftest import DEMO_PASSWORD
from tests.e2e.server_support import E2EDatabase
from tests.e2e.test_cli import run

TRIGGERS = ("change_append_only_update", "change_append_only_delete", "change_append_only_insert")


@pytest.fixture
def db(demo_database: E2EDatabase) -> E2EDatabase:
    """A copy of the demo, a file or a server database: the chain is kept and checked the same on either."""
    return demo_database


def _sql(db: E2EDatabase, *statements: str) -> None:
    """What someone with the database's own tools does: the log's triggers off, then change the log."""
    db.tamper(*statements, file_triggers=TRIGGERS)


def _count(db: E2EDatabase) -> int:
    return int(db.one("SELECT count(*) FROM change")[0])


def _audit(db: E2EDatabase, *args: str, user: str = "supervisor") -> dict:
    shown = run("audit", "--db", db, "--user", user, "--json", *args, password=DEMO_PASSWORD)
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout)


def test_the_demos_chain_verifies(db: E2EDatabase) -> None:
    checked = run("check", "--db", db)
    assert checked.returncode == 0, checked.stderr
    assert f"{_count(db)} audit entries verified" in checked.stdout
    document = json.loads(run("check", "--db", db, "--json").stdout)
    assert document["ok"] and document["audit"] == {"entries": _count(db), "anchor": None}


def test_the_database_itself_refuses_to_change_the_log(db: E2EDatabase) -> None:
    with db.connect() as conn, pytest.raises(IntegrityError, match="append-only"):
        conn.execute(text("DELETE FROM change WHERE seq = 5"))


@pytest.mark.parametrize(
    ("statement", "kind", "names"),
    [
        ("UPDATE change SET user_id = 1 WHERE seq = 40", "audit_altered", "audit entry 40 "),
        ("DELETE FROM change WHERE seq = 40", "audit_deleted", "before audit entry 41 "),
        (
            # VALUES, not SELECT: a server gives the quoted time and details the columns' types only there.
            "INSERT INTO change (at, user_id, entity, entity_id, action, details, seq, prev_hash, hash) "
            "VALUES ('2026-06-15 12:00:00.000000', 2, 'document', 1, 'trash', '{}', "
            "(SELECT max(seq) + 1 FROM change), 'x', 'y')",
            "audit_inserted",
            "audit entry {next} ",
        ),
    ],
    ids=["altered", "deleted", "inserted"],
)
def test_one_line_changed_by_sql_makes_check_exit_1_naming_it(
    db: E2EDatabase, statement: str, kind: str, names: str
) -> None:
    following = _count(db) + 1
    _sql(db, statement)
    checked = run("check", "--db", db)
    assert checked.returncode == 1
    problems = [line for line in checked.stderr.splitlines() if line.startswith("audit_")]
    assert len(problems) == 1 and problems[0].startswith(f"{kind}: ")
    assert names.format(next=following) in problems[0]
    document = json.loads(run("check", "--db", db, "--json").stdout)
    assert [p["kind"] for p in document["problems"]] == [kind]


def test_a_status_set_by_sql_is_reported(db: E2EDatabase) -> None:
    (number,) = db.one("SELECT number FROM dossier WHERE status = 'archived' LIMIT 1")
    db.tamper(
        f"UPDATE dossier SET status = 'live' WHERE number = '{number}'", file_triggers=("dossier_status_forward",)
    )
    checked = run("check", "--db", db)
    assert checked.returncode == 1
    (line,) = checked.stderr.splitlines()
    assert line.startswith("status_disagrees: ") and f"dossier {number} " in line and "“archived”" in line


def test_a_view_a_print_and_an_export_appear_in_the_log_with_the_user(db: E2EDatabase, tmp_path: Path) -> None:
    units = json.loads(run("units", "--db", db, "--json", "--user", "clerk", password=DEMO_PASSWORD).stdout)
    unit = next(u for u in units if u["status"] == "occupied")
    viewed = run("dossier", "--db", db, "--unit", unit["unit"], "--user", "clerk", password=DEMO_PASSWORD)
    assert viewed.returncode == 0, viewed.stderr
    exported = run("dossier", "--db", db, "--unit", unit["unit"], "--json", "--user", "clerk", password=DEMO_PASSWORD)
    assert exported.returncode == 0, exported.stderr
    pdf = tmp_path / "d.pdf"
    printed = run(
        "print",
        "dossier",
        "--db",
        db,
        "--unit",
        unit["unit"],
        "-o",
        pdf,
        "--user",
        "supervisor",
        password=DEMO_PASSWORD,
    )
    assert printed.returncode == 0, printed.stderr
    labels = run(
        "labels",
        "--db",
        db,
        "--unit",
        unit["unit"],
        "-o",
        tmp_path / "l.pdf",
        "--user",
        "clerk",
        password=DEMO_PASSWORD,
    )
    assert labels.returncode == 0, labels.stderr

    log = _audit(db, "--since", "2026-01-01")
    reads = [e for e in log["entries"] if e["action"] in ("view", "print", "export")]
    # Newest first; the units export came first, this very listing is recorded after it is read.
    assert [(e["action"], e["login"], e["entity"], e["details"].get("what")) for e in reads] == [
        ("print", "clerk", "labels", "labels"),
        ("print", "supervisor", "dossier", "dossier"),
        ("export", "clerk", "dossier", "dossier"),
        ("view", "clerk", "dossier", "dossier"),
        ("export", "clerk", "units", "units"),
    ]
    assert reads[1]["details"]["pages"] >= 3 and reads[1]["dossier"] == reads[2]["dossier"] is not None
    assert reads[2]["details"]["rows"] > 0 and reads[4]["details"]["rows"] == len(units)
    assert reads[0]["user"] == "王小明"
    again = _audit(db, "--action", "export", "--who", "supervisor")
    assert [(e["action"], e["entity"]) for e in again["entries"]] == [("export", "audit")]  # the listing above
    assert run("check", "--db", db).returncode == 0


def test_audit_filters_and_text_output(db: E2EDatabase) -> None:
    everything = _audit(db, "--limit", "10000000")
    # Every line but the one recording this very listing (written after it was read).
    assert everything["total"] == everything["shown"] == _count(db) - 1
    dossier = next(e["dossier"] for e in everything["entries"] if e["dossier"])
    mine = _audit(db, "--dossier", dossier)
    assert mine["entries"] and {e["dossier"] for e in mine["entries"]} == {dossier}
    assert _audit(db, "--until", "2000-01-01")["total"] == 0
    assert {e["login"] for e in _audit(db, "--who", "manager", "--limit", "50")["entries"]} == {"manager"}
    text = run("audit", "--db", db, "--user", "manager", "--limit", "3", password=DEMO_PASSWORD)
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0].split()[:4] == ["#", "when", "who", "what"] and len(lines) == 5
    assert lines[-1].startswith("(the newest 3 of ")


def test_a_clerk_may_not_read_the_log(db: E2EDatabase) -> None:
    refused = run("audit", "--db", db, "--user", "clerk", password=DEMO_PASSWORD)
    assert refused.returncode == 1
    assert refused.stderr.strip() == "dossier-desk: error: Your role, Clerk, may not read the audit log."


def test_entries_cut_off_after_a_backup_are_found_against_its_anchor(db: E2EDatabase, tmp_path: Path) -> None:
    for _ in range(3):  # the newest lines, the ones to cut off: three views (cutting an archiving would show too)
        viewed = run("dossier", "--db", db, "--unit", "101", "--user", "clerk", password=DEMO_PASSWORD)
        assert viewed.returncode == 0, viewed.stderr
    made = run("backup", "--db", db, "--to", tmp_path / "stick", "--user", "admin", "--json", password=DEMO_PASSWORD)
    assert made.returncode == 0, made.stderr
    manifest = json.loads((Path(json.loads(made.stdout)["folder"]) / "manifest.json").read_text(encoding="utf-8"))
    anchored = manifest["audit"]["entries"]
    assert anchored == _count(db) and len(manifest["audit"]["head"]) == 64
    assert run("check", "--db", db).returncode == 0
    _sql(db, f"DELETE FROM change WHERE seq > {anchored - 3}")
    checked = run("check", "--db", db)
    assert checked.returncode == 1
    (line,) = checked.stderr.splitlines()
    assert line.startswith("audit_cut: ") and f"recorded {anchored}" in line and "the newest 3 were cut off" in line
