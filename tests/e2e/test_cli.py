"""The real ``dossier-desk`` command on real files (and, where a test takes ``demo_copy_database``, on a server
database too), as a clerk or an administrator would run it."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from tests.e2e.server_support import E2EDatabase

STATUSES = {"vacant", "occupied", "fitting_out", "moving_out"}
AS_CLERK = ("--user", "clerk")  # reading customers' data needs a user (R16)


def run(
    *args: str | os.PathLike[str],
    password: str | None = None,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "DOSSIER_DESK_PASSWORD"}
    if password is not None:
        environment["DOSSIER_DESK_PASSWORD"] = password
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        capture_output=True,
        text=True,
        env=environment,
        stdin=subprocess.DEVNULL,
        timeout=600,
        check=False,
        cwd=cwd,
    )


def test_default_demo_lists_160_units_and_a_dossier_newest_first(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    made = run("demo", db, "--password", PASSWORD)
    assert made.returncode == 0, made.stderr
    assert "160 units" in made.stdout

    listed = run("units", "--db", db, "--json", *AS_CLERK, password=PASSWORD)
    assert listed.returncode == 0, listed.stderr
    units = json.loads(listed.stdout)
    assert len(units) == 160
    assert {u["status"] for u in units} <= STATUSES
    assert {"vacant", "occupied"} <= {u["status"] for u in units}
    for unit in units:
        assert {"building", "floor", "unit", "status", "customer"} <= unit.keys()
        assert (unit["customer"] is None) == (unit["status"] == "vacant")

    occupied = next(u for u in units if u["status"] == "occupied")
    shown = run("dossier", "--db", db, "--unit", occupied["unit"], "--json", *AS_CLERK, password=PASSWORD)
    assert shown.returncode == 0, shown.stderr
    dossier = json.loads(shown.stdout)
    assert dossier["unit"] == occupied["unit"]
    assert dossier["customer"] == occupied["customer"]
    assert dossier["status"] == "live"
    dates = [d["date"] for d in dossier["documents"]]
    assert len(dates) >= 5
    assert dates == sorted(dates, reverse=True), "R4: documents newest first"
    for d in dossier["documents"]:
        dt.date.fromisoformat(d["date"])
        assert {"category", "title", "pages", "original"} <= d.keys()

    assert run("check", "--db", db).returncode == 0


def test_the_demo_is_deterministic(tmp_path: Path) -> None:
    outputs = []
    for name in ("a.db", "b.db"):
        db = tmp_path / name
        args = ("--floors", "3", "--units-per-floor", "3", "--years", "2", "--as-of", "2026-01-10")
        assert run("demo", db, "--seed", "5", "--password", PASSWORD, *args).returncode == 0
        outputs.append(run("units", "--db", db, "--json", *AS_CLERK, password=PASSWORD).stdout)
    assert outputs[0] == outputs[1]


def test_a_large_demo_of_a_small_shape_is_built_in_bulk_and_checks_healthy(tmp_path: Path) -> None:
    """--scale large keeps its three buildings; --floors etc. change its shape (a full-size one takes minutes)."""
    db = tmp_path / "big.db"
    args = ("--floors", "2", "--units-per-floor", "3", "--years", "4", "--as-of", "2026-06-15")
    made = run("demo", db, "--scale", "large", "--password", PASSWORD, *args)
    assert made.returncode == 0, made.stderr
    assert "3 buildings of" in made.stdout and "18 units" in made.stdout, made.stdout
    units = json.loads(run("units", "--db", db, "--json", *AS_CLERK, password=PASSWORD).stdout)
    assert len(units) == 18 and len({u["building"] for u in units}) == 3
    assert {"occupied"} <= {u["status"] for u in units}
    checked = run("check", "--db", db)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    with sqlite3.connect(db) as conn:
        statuses = dict(conn.execute("SELECT status, count(*) FROM dossier GROUP BY status").fetchall())
    assert statuses.get("archived") and statuses.get("live") and statuses.get("departed"), statuses


def test_a_tall_building_demo_finishes(tmp_path: Path) -> None:
    """40 floors of 20 units once ran for ever (the company names ran out); a year of history keeps CI quick —
    ten years take about seven minutes (docs/performance.md)."""
    db = tmp_path / "tall.db"
    made = run("demo", db, "--floors", "40", "--units-per-floor", "20", "--years", "1", "--password", PASSWORD)
    assert made.returncode == 0, made.stderr
    assert "40 floors, 800 units" in made.stdout, made.stdout
    with sqlite3.connect(db) as conn:
        (names,) = conn.execute("SELECT count(DISTINCT name) = count(*) FROM customer").fetchone()
    assert names == 1  # every company its own name


def test_demo_prints_a_generated_password_that_logs_in(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    made = run("demo", db, "--floors", "2", "--units-per-floor", "2", "--years", "1")
    assert made.returncode == 0, made.stderr
    password = made.stdout.rsplit(":", 1)[1].strip()
    for login in ("clerk", "supervisor", "manager", "admin"):
        assert login in made.stdout
        assert run("--db", db, "units", "--user", login, password=password).returncode == 0
    refused = run("units", "--db", db, "--user", "clerk", password="wrong-password")
    assert refused.returncode == 1
    assert "Unknown user or wrong password" in refused.stderr


def test_units_of_one_floor_text_and_json(demo_copy_database: E2EDatabase) -> None:
    as_json = json.loads(
        run("units", "--db", demo_copy_database, "--floor", "2", "--json", *AS_CLERK, password=PASSWORD).stdout
    )
    assert len(as_json) == 4
    assert {u["floor"] for u in as_json} == {"2F"}
    as_text = run("units", "--db", demo_copy_database, "--floor", "2F", *AS_CLERK, password=PASSWORD)
    assert as_text.returncode == 0
    for unit in as_json:
        assert unit["unit"] in as_text.stdout
        if unit["customer"]:
            assert unit["customer"] in as_text.stdout


def test_unknown_floor_and_unit_are_clear_errors(demo_copy_database: E2EDatabase) -> None:
    floor = run("units", "--db", demo_copy_database, "--floor", "99", *AS_CLERK, password=PASSWORD)
    assert floor.returncode == 1
    assert "no floor 99F" in floor.stderr
    unit = run("dossier", "--db", demo_copy_database, "--unit", "9999", *AS_CLERK, password=PASSWORD)
    assert unit.returncode == 1
    assert "no unit 9999" in unit.stderr
    assert unit.stdout == ""


def test_usage_errors_exit_2(demo_db: Path) -> None:
    assert run("dossier", "--db", demo_db).returncode == 2  # --unit missing
    assert run("frobnicate").returncode == 2
    missing_db = run("units")
    assert missing_db.returncode == 1
    assert "--db" in missing_db.stderr


def test_version() -> None:
    from app.version import __version__

    shown = run("--version")
    assert shown.returncode == 0
    assert __version__ in shown.stdout


@pytest.mark.file_only("scans deleted and altered in the folder beside the file (a server's: tests/postgres)")
def test_check_names_a_deleted_and_an_altered_attachment(demo_copy: Path) -> None:
    assert run("check", "--db", demo_copy).returncode == 0
    with sqlite3.connect(demo_copy) as conn:
        (first, second) = [
            row[0] for row in conn.execute("SELECT DISTINCT sha256 FROM attachment ORDER BY sha256 LIMIT 2")
        ]
    folder = Path(f"{demo_copy}-attachments")
    (folder / first[:2] / first).unlink()
    missing = run("check", "--db", demo_copy)
    assert missing.returncode == 1
    assert "attachment_missing" in missing.stderr
    assert first in missing.stderr

    altered_file = folder / second[:2] / second
    altered_file.chmod(0o644)
    data = bytearray(altered_file.read_bytes())
    data[len(data) // 2] ^= 0xFF
    altered_file.write_bytes(bytes(data))
    both = run("check", "--db", demo_copy, "--json")
    assert both.returncode == 1
    report = json.loads(both.stdout)
    assert report["ok"] is False
    kinds = {(p["kind"], first in p["detail"] or second in p["detail"]) for p in report["problems"]}
    assert ("attachment_missing", True) in kinds
    assert ("attachment_altered", True) in kinds


def test_init_creates_an_empty_database_with_one_admin(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    made = run("init", db, "--admin", "boss", password=PASSWORD)
    assert made.returncode == 0, made.stderr
    assert run("units", "--db", db, "--json", "--user", "boss", password=PASSWORD).stdout.strip() == "[]"
    assert run("units", "--db", db, "--user", "boss", password=PASSWORD).returncode == 0
    again = run("init", db, "--admin", "other", password=PASSWORD)
    assert again.returncode == 1
    assert "already exists" in again.stderr
    assert run("units", "--db", db, "--user", "boss", password=PASSWORD).returncode == 0


def test_init_with_a_bad_password_leaves_no_file(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    refused = run("init", db, "--admin", "boss", password="short")
    assert refused.returncode == 1
    assert "at least 8 characters" in refused.stderr
    assert not db.exists()
    no_password = run("init", db, "--admin", "boss")
    assert no_password.returncode == 1
    assert "DOSSIER_DESK_PASSWORD" in no_password.stderr
    assert not db.exists()


@pytest.mark.file_only("the file's own version stamp changed with sqlite3")
def test_a_file_from_a_newer_version_is_refused(demo_copy: Path) -> None:
    with sqlite3.connect(demo_copy) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    refused = run("units", "--db", demo_copy)
    assert refused.returncode == 1
    assert "newer version" in refused.stderr
    with sqlite3.connect(demo_copy) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("just some notes\n" * 100)
    refused = run("units", "--db", bogus)
    assert refused.returncode == 1
    assert "not a Dossier Desk database" in refused.stderr
    assert bogus.read_text().startswith("just some notes")


def test_opening_the_window_without_a_display_says_so(demo_db: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    result = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(demo_db)],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "display" in result.stderr.lower()
    assert "Traceback" not in result.stderr


def test_labels_for_a_floor_and_the_label_check(demo_copy_database: E2EDatabase, tmp_path: Path) -> None:
    units = json.loads(
        run("units", "--db", demo_copy_database, "--floor", "3F", "--json", *AS_CLERK, password=PASSWORD).stdout
    )
    out = tmp_path / "3F.pdf"
    refused = run("labels", "--db", demo_copy_database, "--floor", "3F", "-o", out)
    assert refused.returncode == 1
    assert "--user" in refused.stderr
    assert not out.exists()

    printed = run(
        "labels", "--db", demo_copy_database, "--floor", "3F", "-o", out, "--user", "clerk", password=PASSWORD
    )
    assert printed.returncode == 0, printed.stderr
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    cjk = [line for line in fonts.splitlines() if "WenQuanYiMicroHei" in line]
    assert cjk and all(" yes " in line for line in cjk), fonts  # embedded (and subset)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    flat = "".join(text.split())
    tenants = {u["customer"] for u in units if u["customer"]}
    for name in tenants:
        assert name in flat, f"{name} missing from the labels"
    from tests.unit.tenancy.test_labels import decode

    numbers = {number for number, _ in decode(out)}
    assert numbers == {u["dossier"] for u in units if u["dossier"]}

    check = json.loads(run("label-check", "--db", demo_copy_database, "--json", *AS_CLERK, password=PASSWORD).stdout)
    assert all(row["floor"] != "3F" for row in check), "just printed: nothing on 3F to reprint"
