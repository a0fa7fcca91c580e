"""What the benchmark looks for comes from the file itself, and each floor query finds what it stands for."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from pypinyin import lazy_pinyin

from app.bench import bare_search
from app.bench.bare import BareFile
from app.bench.data import QUERY_KINDS, read
from app.desk import Desk
from app.search import search


def test_the_queries_are_taken_from_a_live_tenant_a_contact_and_the_titles(demo_db: Path) -> None:
    file = read(demo_db, "small")
    q = file.queries
    assert set(q) == set(QUERY_KINDS)
    with sqlite3.connect(demo_db) as db:
        names = [name for (name,) in db.execute("SELECT name FROM customer")]
        initials = {name: ini for name, ini in db.execute("SELECT name, name_initials FROM customer")}
        mobiles = [re.sub(r"\D", "", m) for (m,) in db.execute("SELECT mobile FROM contact")]
        titles = [t for (t,) in db.execute("SELECT title FROM document WHERE trashed_at IS NULL")]
        (largest,) = db.execute(
            "SELECT count(*) FROM document WHERE trashed_at IS NULL GROUP BY dossier_id ORDER BY 1 DESC LIMIT 1"
        ).fetchone()
    assert re.fullmatch(r"[\u4e00-\u9fff]{2}", q["chinese_2"])
    assert re.fullmatch(r"[\u4e00-\u9fff]{4}", q["name_part_4"]) and q["name_part_4"].startswith(q["chinese_2"])
    owner = next(name for name in names if q["name_part_4"] in name)
    assert not owner.startswith(q["name_part_4"]), "the city is left out: a clerk types the company's own name"
    assert q["initials"] in initials[owner] and len(q["initials"]) == 4
    assert q["full_pinyin"] == "".join(lazy_pinyin(q["chinese_2"]))
    assert re.fullmatch(r"\d{4}", q["phone_suffix"]) and any(m.endswith(q["phone_suffix"]) for m in mobiles)
    assert any(t.endswith(q["title_word"]) for t in titles) and len(q["title_word"]) == 3
    assert file.largest_documents == largest


def test_the_quick_find_floor_returns_the_dossiers_the_program_finds(demo_db: Path) -> None:
    """The floor is the same SQL without the program around it: it must find exactly the program's dossiers."""
    file = read(demo_db, "small")
    bare = BareFile(demo_db)
    try:
        with Desk.open(demo_db) as desk, desk.read(None) as work:
            for kind, text in file.queries.items():
                ours = sorted((h.dossier_id, h.dossier_number, h.unit, h.customer) for h in search(work, text))
                floor = sorted((row[0], row[1], row[4], row[5]) for row in bare_search(bare, text))
                assert ours and ours == floor, kind
    finally:
        bare.close()
