"""What the benchmark looks for comes from the file itself, and each floor query finds what it stands for."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from pypinyin import lazy_pinyin

from app.bench import bare_index_queries
from app.bench.data import QUERY_KINDS, read


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


def test_each_floor_query_finds_on_the_index_what_its_kind_stands_for(demo_db: Path) -> None:
    file = read(demo_db, "small")
    q = file.queries
    with sqlite3.connect(demo_db) as db:

        def found(kind: str) -> list[tuple[object, ...]]:
            return [row for sql, params in bare_index_queries(kind, q[kind]) for row in db.execute(sql, params)]

        def customer_names(rows: list[tuple[object, ...]]) -> set[str]:
            ids = [row[0] for row in rows]
            marks = ",".join("?" * len(ids))
            return {name for (name,) in db.execute(f"SELECT name FROM customer WHERE id IN ({marks})", ids)}

        owner = customer_names(found("name_part_4"))
        assert owner and all(q["name_part_4"] in name for name in owner)
        assert owner <= customer_names(found("chinese_2"))  # 2 characters: the gram table
        assert all(q["chinese_2"] in str(text) for _id, text in found("chinese_2"))
        assert customer_names(found("initials")) & owner, "the initials find the same company"
        assert customer_names(found("full_pinyin")) & owner, "and so does the full pinyin"
        phones = found("phone_suffix")
        assert phones and all(str(key).startswith(q["phone_suffix"][::-1]) for _id, key in phones)
        titles = found("title_word")
        assert titles and all(q["title_word"] in str(text) for _id, text in titles)
        assert all(len(found(kind)) <= 50 for kind in q)
