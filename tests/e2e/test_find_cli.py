"""``dossier-desk find`` on a copy of the demo (a file or a server database): what quick find finds, in rank order, with
the search page's filters."""

from __future__ import annotations

import json

from tests.e2e.conftest import DEMO_PASSWORD
from tests.e2e.server_support import E2EDatabase
from tests.e2e.test_cli import run

CLERK = ("--user", "clerk")


def find(db: E2EDatabase, *args: str) -> list[dict[str, str]]:
    found = run("find", "--db", db, *args, "--json", *CLERK, password=DEMO_PASSWORD)
    assert found.returncode == 0, found.stderr
    return json.loads(found.stdout)


def test_part_of_a_name_its_pinyin_and_a_phone_find_the_dossier(demo_database: E2EDatabase) -> None:
    number, name, phone = demo_database.one(
        "SELECT d.number, c.name, k.mobile FROM dossier d JOIN tenancy t ON t.id = d.tenancy_id "
        "JOIN customer c ON c.id = t.customer_id JOIN contact k ON k.dossier_id = d.id "
        "WHERE d.status = 'live' AND k.mobile != '' ORDER BY d.id LIMIT 1",
    )
    assert isinstance(name, str) and isinstance(phone, str)
    by_name = find(demo_database, name[3:5])
    assert {"dossier": number, "kind": "customer", "matched": name}.items() <= next(
        h for h in by_name if h["dossier"] == number
    ).items()
    assert list(by_name[0]) == ["dossier", "building", "floor", "unit", "customer", "status", "kind", "matched"]
    assert any(h["dossier"] == number and h["kind"] == "phone" for h in find(demo_database, phone[-4:]))
    assert find(demo_database, number)[0] == {
        **find(demo_database, number)[0],
        "dossier": number,
        "kind": "dossier_number",
    }


def test_filters_narrow_to_a_floor_and_to_documents_of_a_category_and_dates(demo_database: E2EDatabase) -> None:
    on_two = find(demo_database, "公司", "--floor", "2")
    assert on_two and {h["floor"] for h in on_two} == {"2F"}
    repairs = find(demo_database, "报修", "--category", "repairs", "--from", "2024-01-01", "--to", "2024-12-31")
    assert repairs and {h["kind"] for h in repairs} == {"document"}
    (count,) = demo_database.one(
        "SELECT count(DISTINCT dossier_id) FROM document WHERE category = 'repairs' AND title LIKE '%报修%' "
        "AND doc_date BETWEEN '2024-01-01' AND '2024-12-31' AND trashed_at IS NULL",
    )
    assert len(repairs) == min(count, 50)
    live = find(demo_database, "公司", "--status", "live")
    assert live and {h["status"] for h in live} == {"live"}


def test_the_text_table_and_no_hits(demo_database: E2EDatabase) -> None:
    shown = run("find", "--db", demo_database, "公司", *CLERK, password=DEMO_PASSWORD)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines()[0].split() == ["dossier", "unit", "customer", "kind", "matched"]
    assert find(demo_database, "无此名称的客户") == []
