"""The benchmark's data: a demo building made in a temporary folder, and what the operations look for in it
(the largest dossier, query strings taken from real names, phones and titles of the file)."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PASSWORD = "bench-pass-1"  # of the throw-away demo accounts in the temporary folder
LOGIN = "clerk"  # who works in the benchmark: the front desk's everyday user
AS_OF = dt.date(2026, 11, 20)  # a fixed "today": the same scale always builds the same file

# The demo per scale. Small keeps the smoke test in CI quick (the everyday demo, one building of 6 × 8 units, 3
# years); large is the portfolio of issue 14, written in bulk (app.demo.LARGE: 3 buildings × 40 floors × 20 units,
# 25 years, ~350 000 documents).
SCALES: dict[str, dict[str, int]] = {
    "small": {"floors": 6, "units_per_floor": 8, "years": 3},
    "large": {},
}

# The kinds of quick-find query measured, in the order of the table.
QUERY_KINDS = {
    "chinese_2": "quick find, 2 Chinese characters",
    "name_part_4": "quick find, a 4-character name part",
    "initials": "quick find, pinyin initials",
    "full_pinyin": "quick find, full pinyin",
    "phone_suffix": "quick find, a phone suffix",
    "title_word": "quick find, a title word",
}


@dataclass(frozen=True)
class BenchFile:
    """The file the operations run on, and what they look for in it."""

    path: Path
    scale: str
    units: int
    dossiers: int
    documents: int
    largest_dossier: int  # its id: the dossier with the most documents
    largest_documents: int
    queries: dict[str, str]  # QUERY_KINDS → the text typed
    password: str = PASSWORD
    login: str = LOGIN

    def describe(self) -> dict[str, object]:
        return {
            "scale": self.scale,
            "units": self.units,
            "dossiers": self.dossiers,
            "documents": self.documents,
            "largest_dossier_documents": self.largest_documents,
            "size_mb": round(self.path.stat().st_size / 1e6, 1),
            "queries": self.queries,
        }


def build(scale: str, folder: Path, progress: Callable[[int, int], None] | None = None) -> BenchFile:
    """The demo at ``scale`` in ``folder`` (which the caller removes), with what the operations need from it."""
    from app.demo import build_demo, build_large_demo  # the demo's generators only when data is built

    path = folder / f"bench-{scale}.db"
    if scale == "large":
        build_large_demo(path, password=PASSWORD, as_of=AS_OF, progress=progress)
    else:
        build_demo(path, password=PASSWORD, as_of=AS_OF, progress=progress, **SCALES[scale])
    return read(path, scale)


def read(path: Path, scale: str) -> BenchFile:
    """What the operations look for, read with bare SQL (the same on any schema the program has had)."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        (units,) = db.execute("SELECT count(*) FROM unit").fetchone()
        (dossiers,) = db.execute("SELECT count(*) FROM dossier").fetchone()
        (documents,) = db.execute("SELECT count(*) FROM document").fetchone()
        largest, count = db.execute(
            "SELECT dossier_id, count(*) FROM document WHERE trashed_at IS NULL "
            "GROUP BY dossier_id ORDER BY count(*) DESC, dossier_id LIMIT 1"
        ).fetchone()
        queries = _queries(db)
    finally:
        db.close()
    return BenchFile(path, scale, units, dossiers, documents, largest, count, queries)


def _queries(db: sqlite3.Connection) -> dict[str, str]:
    """Query strings a clerk would type, taken from the file: a live tenant's name, a contact's mobile, a title."""
    name, initials, dossier_id = db.execute(
        "SELECT c.name, c.name_initials, d.id FROM dossier d JOIN tenancy t ON d.tenancy_id = t.id "
        "JOIN customer c ON t.customer_id = c.id WHERE d.status = 'live' "
        "ORDER BY length(c.name) DESC, d.id LIMIT 1"
    ).fetchone()
    start = _trade_name_start(name)
    part = name[start : start + 4]
    # The initials column has one letter per Chinese character for the demo's names; else take its start.
    typed_initials = initials[start : start + 4] if len(initials) == len(name) else initials[:4]
    mobile = (
        db.execute(
            "SELECT mobile FROM contact WHERE dossier_id = ? AND mobile != '' ORDER BY id LIMIT 1", (dossier_id,)
        ).fetchone()
        or db.execute("SELECT mobile FROM contact WHERE mobile != '' ORDER BY id LIMIT 1").fetchone()
    )
    digits = re.sub(r"\D", "", mobile[0] if mobile else "")
    titles = db.execute(
        "SELECT title FROM document WHERE trashed_at IS NULL GROUP BY title ORDER BY count(*) DESC, title LIMIT 50"
    ).fetchall()
    chinese_titles = [t for (t,) in titles if re.fullmatch(r"[\u4e00-\u9fff]{4,}", t)] or [t for (t,) in titles]
    return {
        "chinese_2": part[:2],
        "name_part_4": part,
        "initials": typed_initials,
        "full_pinyin": _full_pinyin(part[:2]),
        "phone_suffix": digits[-4:],
        "title_word": chinese_titles[0][-3:] if chinese_titles else "",  # 申请表, 登记表: what titles end in
    }


def _trade_name_start(name: str) -> int:
    """Where a company's own name begins after its city (深圳市永盛… → 永盛…): what a clerk remembers of it."""
    city = name.find("市", 0, 4)
    if city >= 0:
        return city + 1
    return 2 if len(name) > 6 else 0


def _full_pinyin(text: str) -> str:
    from pypinyin import lazy_pinyin  # loaded only here: 200 ms and 50 MB that the rest of the benchmark does not need

    return "".join(lazy_pinyin(text))
