"""``dossier-desk find`` on a real demo file: what quick find finds, in rank order, with the search page's filters."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.e2e.conftest import DEMO_PASSWORD, copy_database
from tests.e2e.test_cli import run

CLERK = ("--user", "clerk")


@pytest.fixture
def demo(small_demo: Path, tmp_path: Path) -> Path:
    return copy_database(small_demo, tmp_path / "F.db")


def find(db: Path, *args: str) -> list[dict[str, str]]:
    found = run("find", "--db", db, *args, "--json", *CLERK, password=DEMO_PASSWORD)
    assert found.returncode == 0, found.stderr
    return json.loads(found.stdout)


def one(db: Path, sql: str) -> tuple[object, ...]:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(sql).fetchone()


def test_part_of_a_name_its_pinyin_and_a_phone_find_the_dossier(demo: Path) -> None:
    number, name, phone = one(
        demo,
        "SELECT d.number, c.name, k.mobile FROM dossier d JOIN tenancy t ON t.id = d.tenancy_id "
        "JOIN customer c ON c.id = t.customer_id JOIN contact k ON k.dossier_id = d.id "
        "WHERE d.status = 'live' AND k.mobile != '' ORDER BY d.id LIMIT 1",
    )
    assert isinstance(name, str) and isinstance(phone, str)
    by_name = find(demo, name[3:5])
    assert {"dossier": number, "kind": "customer", "matched": name}.items() <= next(
        h for h in by_name if h["dossier"] == number
    ).items()
    assert list(by_name[0]) == ["dossier", "building", "floor", "unit", "customer", "status", "kind", "matched"]
    assert any(h["dossier"] == number and h["kind"] == "phone" for h in find(demo, phone[-4:]))
    assert find(demo, number)[0] == {**find(demo, number)[0], "dossier": number, "kind": "dossier_number"}


def test_filters_narrow_to_a_floor_and_to_documents_of_a_category_and_dates(demo: Path) -> None:
    on_two = find(demo, "公司", "--floor", "2")
    assert on_two and {h["floor"] for h in on_two} == {"2F"}
    repairs = find(demo, "报修", "--category", "repairs", "--from", "2024-01-01", "--to", "2024-12-31")
    assert repairs and {h["kind"] for h in repairs} == {"document"}
    (count,) = one(
        demo,
        "SELECT count(DISTINCT dossier_id) FROM document WHERE category = 'repairs' AND title LIKE '%报修%' "
        "AND doc_date BETWEEN '2024-01-01' AND '2024-12-31' AND trashed_at IS NULL",
    )
    assert len(repairs) == min(count, 50)
    live = find(demo, "公司", "--status", "live")
    assert live and {h["status"] for h in live} == {"live"}


def test_the_text_table_and_no_hits(demo: Path) -> None:
    shown = run("find", "--db", demo, "公司", *CLERK, password=DEMO_PASSWORD)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines()[0].split() == ["dossier", "unit", "customer", "kind", "matched"]
    assert find(demo, "无此名称的客户") == []
