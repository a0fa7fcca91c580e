"""The staff changes' commands with the real ``dossier-desk`` on a copy of the small demo (issue 20), a file and a
server database: ``staff --to-recover`` (text and ``--json``) lists what the app lists, ``staff --customer`` a
customer's people, and ``print to-recover`` reads back with pdftotext — every item, with the CJK font embedded."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.desk import Desk
from app.people import users
from app.staff import to_recover
from tests.e2e.conftest import DEMO_PASSWORD, copy_database, migrated
from tests.e2e.server_support import FILE, SERVER, E2EDatabase
from tests.e2e.test_cli import run
from tests.e2e.test_fees_cli import embeds_the_cjk_font, flat_text

CLERK = ("--user", "clerk")


@pytest.fixture(scope="module", params=[FILE, SERVER])
def demo(
    request: pytest.FixtureRequest, small_demo: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[E2EDatabase]:
    """The small demo, whose customers have people, some of whom left with cards and permits still to recover."""
    if request.param == SERVER:
        templates = request.getfixturevalue("server_templates")
        db = E2EDatabase(SERVER, templates.copy("small_demo", migrated(small_demo), prefix="e2e"))
    else:
        db = E2EDatabase(FILE, copy_database(small_demo, tmp_path_factory.mktemp("staff") / "F.db"))
    yield db
    if request.param == SERVER:
        templates.drop(str(db.location))


def _expected(db: E2EDatabase) -> list:
    with Desk.open(db.location) as desk, desk.read(users.log_in(desk, "clerk", DEMO_PASSWORD)) as work:
        return to_recover(work)


def test_the_to_recover_list_is_the_apps(demo: E2EDatabase) -> None:
    expected = _expected(demo)
    assert expected, "the demo has items still to recover"
    done = run("staff", "--db", demo, "--to-recover", "--json", *CLERK, password=DEMO_PASSWORD)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    assert [(g["item"], g["person"], g["kind"], g["number"]) for g in got] == [
        (r.item_id, r.person, r.kind, r.number) for r in expected
    ]
    text = run("staff", "--db", demo, "--to-recover", *CLERK, password=DEMO_PASSWORD)
    assert text.returncode == 0, text.stderr
    for row in expected:
        assert row.number in text.stdout and row.person in text.stdout
    one = expected[0].customer_id
    mine = run("staff", "--db", demo, "--to-recover", "--of", str(one), "--json", *CLERK, password=DEMO_PASSWORD)
    assert {g["customer_id"] for g in json.loads(mine.stdout)} == {one}
    people = run("staff", "--db", demo, "--customer", str(one), "--json", *CLERK, password=DEMO_PASSWORD)
    assert people.returncode == 0, people.stderr
    left = [p for p in json.loads(people.stdout) if p["left_on"]]
    assert left and all(p["leaving_form_record"] for p in left)


def test_the_printed_list_shows_every_item(demo: E2EDatabase, tmp_path: Path) -> None:
    out = tmp_path / "待收回 清单.pdf"
    done = run("print", "to-recover", "--db", demo, "-o", out, *CLERK, password=DEMO_PASSWORD)
    assert done.returncode == 0, done.stderr
    assert embeds_the_cjk_font(out)
    text = flat_text(out)
    assert "待收回物品清单" in text
    for row in _expected(demo):
        assert row.number in text and row.person in text and row.customer in text
    assert not list(tmp_path.glob("*.tmp*"))
