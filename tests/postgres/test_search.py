"""Quick find on a PostgreSQL server (issue 19): the same hits as on SQLite, found by index, kept current.

The same records are made in a desk's SQLite file (through the app, as a clerk makes them) and copied row for row
into a PostgreSQL database whose schema is the models' plus the search index's own (``search_index.install``); the
same typed queries must give the same dossiers, in the same order, with the same "what matched".
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import random
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, create_engine, insert, select, text
from sqlalchemy.orm import Session

from app.building import buildings, editor
from app.customers import details as customers
from app.customers.details import CustomerInput
from app.desk import Actor, Desk, Work
from app.dossier import contacts, documents
from app.dossier.contacts import ContactInput
from app.dossier.documents import DocumentInput
from app.search import quick_find as search
from app.search.quick_find import Filters, MatchKind
from app.tenancy import lifecycle as tenancy
from db import search_index
from db.models import Base
from tests.conftest import NOW
from tests.postgres_server import PostgresServer

# Enough different names that 1–2 characters, initials and "有限公司" find many, and few enough to read.
CITIES = ("深圳市", "广州市", "东莞市", "")
WORDS = ("宏图", "华强", "永盛", "远景", "星辰", "海纳", "天成", "金桥", "嘉禾", "鹏程", "汇通", "瑞丰")
TRADES = ("科技", "电子", "贸易", "物流", "实业", "餐饮")


def _company(number: int) -> str:
    return f"{CITIES[number % 4]}{WORDS[number % 12]}{TRADES[number % 6]}有限公司"


@pytest.fixture
def records(desk: Desk, supervisor: Actor, manager: Actor, building: buildings.BuildingInfo) -> Desk:
    """Thirty tenants in the SQLite desk: names, a rename (former name), contacts with phones, documents with
    titles and reference numbers, one in the trash, departed dossiers, a unit renumbered 0801."""
    with desk.work(manager) as work:
        second = buildings.create_building(work, "二号楼", floors_from=8, floors_to=9, units_per_floor=10)
        card = next(c for c in buildings.unit_cards(work, building_id=second.id) if c.number == "801")
        editor.renumber_unit(work, card.unit_id, "0801", expected_version=card.version)
    with desk.read(None) as work:  # a unit of its own for each (0801 among the first)
        units = [c.unit_id for b in (second.id, building.id) for c in buildings.unit_cards(work, building_id=b)]
    with desk.work(supervisor) as work:  # a departed tenant's dossier takes the supervisor's hand
        for number in range(30):
            moved = tenancy.move_in(
                work,
                customer=CustomerInput(name=_company(number), phone=f"0755-{8800 + number:04d} {9600 + number:04d}"),
                unit_ids=[units[number]],
                move_in=dt.date(2020 + number % 5, 1 + number % 12, 1),
                move_out=dt.date(2025, 1, 31) if number % 7 == 3 else None,
            )
            if number % 3 == 0:
                person = ("张三", "李四", "王五", "赵六")[number % 4]
                contacts.add_contact(work, moved.dossier_id, ContactInput(name=person, mobile=f"138-{number:04d}-8000"))
            documents.add_document(
                work,
                moved.dossier_id,
                DocumentInput(
                    ("correspondence", "repairs")[number % 2],
                    dt.date(2024, 1 + number % 12, 1),
                    ("租赁合同 A-2024（续签）", "空调不制冷报修单", "入住申请表", '关于"AND"的函')[number % 4],
                    reference_no=f"HT-{2024 + number % 2}-{number:03d}" if number % 2 else "",
                ),
            )
            if number % 10 == 4:
                version = customers.read_customer(work, moved.customer_id).version
                customers.update_customer(
                    work,
                    moved.customer_id,
                    CustomerInput(name=f"{WORDS[number % 12]}控股集团有限公司"),
                    expected_version=version,
                )
    with desk.read(None) as work:
        trashed = work.session.execute(text("SELECT min(id) FROM document")).scalar_one()
    with desk.work(manager) as work:
        documents.trash_documents(work, [trashed], reason="录错")
    return desk


def _copy(desk: Desk, pg: Connection) -> None:
    """Every model table's rows, from the SQLite file to the server database (the index's triggers mark them)."""
    with desk.engine.connect() as source:
        for table in Base.metadata.sorted_tables:
            rows = [dict(row) for row in source.execute(select(table)).mappings()]
            if rows:
                pg.execute(insert(table), rows)


@pytest.fixture
def server(records: Desk, pg_url: str) -> Iterator[Engine]:
    """A PostgreSQL database holding what the desk holds, its search index made by the triggers and ``catch_up``."""
    engine = create_engine(pg_url)
    try:
        with engine.begin() as connection:
            Base.metadata.create_all(connection)
            search_index.install(connection)
            _copy(records, connection)
            assert search_index.pending(connection) > 100  # every copied record marked by the PL/pgSQL triggers
            search_index.catch_up(connection)
            assert search_index.pending(connection) == 0
        yield engine
    finally:
        engine.dispose()


def _work(session: Session, desk: Desk) -> Work:
    # A reading unit of work on any session: the server's Desk is another part of issue 19.
    return Work(session, desk.store, None, NOW, reading=True)


def _hits(desk: Desk, engine: Engine | None, typed: str, filters: Filters = search.NO_FILTERS) -> list[tuple[Any, ...]]:
    if engine is None:
        with desk.read(None) as work:
            found = search.search(work, typed, filters=filters)
    else:
        with Session(engine) as session, session.begin():
            found = search.search(_work(session, desk), typed, filters=filters)
    return [(h.dossier_id, h.kind, h.matched, h.customer, h.unit, h.status, h.move_in) for h in found]


def _entries(connection: Connection) -> list[tuple[Any, ...]]:
    rows = connection.execute(
        text(
            "SELECT e.source, e.source_id, e.kind, e.part, t.text, e.key FROM search_entry e "
            "LEFT JOIN search_text t ON t.id = e.text_id"
        )
    ).all()
    return sorted((tuple(row) for row in rows), key=repr)


QUERIES = {
    "one character": "宏",
    "two characters": "华强",
    "three or more characters": "永盛贸易",
    "the common part of every name": "有限公司",
    "a former name (and the current ones it still is)": "星辰实业",
    "a new name": "控股集团",
    "pinyin initials": "szshtkj",
    "initials in capitals": "HQDZ",
    "full pinyin with tones": "yǒng shèng",
    "a unit with its leading zero": "0801",
    "a unit without it": "801",
    "a unit's start": "80",
    "the last digits of a phone": "9605",
    "digits inside a phone": "8812",
    "a whole phone with separators": "0755-8803 9603",
    "a contact": "张三",
    "a document title": "报修单",
    "a reference number": "ht-2025",
    "full-width input": "ａ－２０２４",
    "full-width brackets": "（续签）",
    "a quote in a title": '"AND"',
    "LIKE's wildcards as plain text": "%",
    "an underscore": "_",
    "a backslash": "a\\b",
    "nothing found": "华为",
}


def test_the_same_hits_as_on_sqlite(records: Desk, server: Engine) -> None:
    with records.read(None) as work:  # a dossier number, typed in lower case as a barcode scanner may
        number = work.session.execute(text("SELECT number FROM dossier ORDER BY id DESC")).scalars().first()
    queries = {**QUERIES, "a dossier number": str(number).lower()}
    on_sqlite = {name: _hits(records, None, typed) for name, typed in queries.items()}
    on_server = {name: _hits(records, server, typed) for name, typed in queries.items()}
    assert on_server == on_sqlite
    # The comparison means something: each kind of query finds what it should on both.
    kinds = {name: {hit[1] for hit in hits} for name, hits in on_sqlite.items()}
    assert kinds["one character"] >= {MatchKind.CUSTOMER}
    assert MatchKind.CUSTOMER in kinds["three or more characters"] and MatchKind.CUSTOMER in kinds["two characters"]
    assert kinds["a former name (and the current ones it still is)"] == {MatchKind.CUSTOMER, MatchKind.FORMER_NAME}
    assert kinds["a new name"] == {MatchKind.CUSTOMER}
    assert MatchKind.CUSTOMER in kinds["pinyin initials"] and MatchKind.CUSTOMER in kinds["full pinyin with tones"]
    assert kinds["a unit with its leading zero"] == kinds["a unit's start"] == {MatchKind.UNIT}
    assert MatchKind.UNIT in kinds["a unit without it"]
    assert kinds["the last digits of a phone"] == {MatchKind.PHONE}
    assert kinds["digits inside a phone"] == {MatchKind.PHONE}
    assert kinds["a contact"] == {MatchKind.CONTACT}
    assert kinds["a reference number"] == {MatchKind.DOCUMENT}
    assert kinds["full-width input"] == {MatchKind.DOCUMENT} and kinds["a quote in a title"] == {MatchKind.DOCUMENT}
    assert kinds["a dossier number"] == {MatchKind.DOSSIER_NUMBER}
    assert len(on_sqlite["the common part of every name"]) == 30  # every dossier once, at its best kind
    for empty in ("nothing found", "LIKE's wildcards as plain text", "an underscore", "a backslash"):
        assert on_sqlite[empty] == [], empty


def test_the_search_pages_filters_give_the_same_hits(records: Desk, server: Engine) -> None:
    for filters in (
        Filters(statuses=("departed", "bound")),
        Filters(category="repairs", date_from=dt.date(2024, 3, 1), date_to=dt.date(2024, 9, 30)),
    ):
        for typed in ("有限公司", "报修", "空调不制冷"):
            assert _hits(records, server, typed, filters) == _hits(records, None, typed, filters), (typed, filters)
    departed = _hits(records, server, "有限公司", Filters(statuses=("departed", "bound")))
    assert departed and {hit[5] for hit in departed} == {"departed"}


def test_the_index_follows_changes_made_on_the_server(records: Desk, server: Engine) -> None:
    with server.begin() as connection:
        kept = _entries(connection)
        assert search_index.differences(connection) == 0
        first = connection.execute(text("SELECT min(id) FROM customer")).scalar_one()
        renamed = "北京市朝阳区奥运物业有限公司"
        connection.execute(text("UPDATE customer SET name = :n WHERE id = :c"), {"n": renamed, "c": first})
        connection.execute(text("DELETE FROM contact WHERE name = '张三'"))
        assert search_index.pending(connection) >= 2
        assert search_index.differences(connection) == 0  # what is still queued is not wrong, only waiting
        assert search_index.catch_up(connection) >= 2
        caught_up = _entries(connection)
        assert caught_up != kept
        assert search_index.differences(connection) == 0
        search_index.rebuild(connection)
        assert _entries(connection) == caught_up  # keeping it current gives what making it afresh gives
    assert [hit[1] for hit in _hits(records, server, "奥运物业")] == [MatchKind.CUSTOMER]
    assert [hit[1] for hit in _hits(records, server, "bjscyq")] == [MatchKind.CUSTOMER]
    assert _hits(records, server, "张三") == []
    with server.begin() as connection:  # and check notices an index that is wrong
        connection.execute(text("DELETE FROM search_entry WHERE kind = :k"), {"k": search_index.KIND_CODE["contact"]})
        assert search_index.differences(connection) > 0


def test_install_on_postgresql_is_repeatable_and_removable(pg_url: str) -> None:
    engine = create_engine(pg_url)
    try:
        with engine.begin() as connection:
            Base.metadata.create_all(connection)
            assert not search_index.is_installed(connection)
            search_index.install(connection)
            search_index.install(connection)  # a migration run twice
            assert search_index.is_installed(connection)
            search_index.uninstall(connection)
            assert not search_index.is_installed(connection)
            triggers = connection.execute(text("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'search_%'"))
            assert triggers.scalar_one() == 0
    finally:
        engine.dispose()


# -- by index: EXPLAIN on twelve thousand customers -------------------------------------------------------------

# As a register of companies is: any of some hundreds of characters at each place of the name, so that three of
# them in a row are in a few names, one in a hundred or so, and "有限公司" in all.
_CHARACTERS = "".join(chr(0x4E00 + 97 * k) for k in range(200)) + "安宝昌达德东丰福光国海恒宏华汇吉嘉金锦京聚凯康乐利联"


def _many_name(number: int) -> str:
    chosen = random.Random(number).choices(_CHARACTERS, k=4)
    return f"{''.join(chosen)}{TRADES[number % 6]}有限公司"


# Typed: three characters some names hold, then one and two of them.
TYPED = _many_name(100)[1:4]


def _many_customers(connection: Connection, count: int) -> None:
    rows = [{"name": _many_name(number), "phone": f"0755-{number:08d}"} for number in range(count)]
    connection.execute(insert(Base.metadata.tables["customer"]), rows)


def _plan(
    connection: Connection, statement: str, parameters: dict[str, object], *, run: bool = False
) -> dict[str, Any]:
    """The plan PostgreSQL chooses for ``statement`` (run: and what each step found, EXPLAIN ANALYZE)."""
    raw = connection.connection.driver_connection
    assert raw is not None
    (plan,) = raw.execute(f"EXPLAIN ({'ANALYZE, ' if run else ''}FORMAT JSON) " + statement, parameters).fetchone()
    return (plan if isinstance(plan, list) else json.loads(plan))[0]["Plan"]


def _nodes(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield plan
    for child in plan.get("Plans", []):
        yield from _nodes(child)


def _customer_statement(connection: Connection, typed: str) -> tuple[str, dict[str, object]]:
    """The statement quick find runs for customers' names on ``typed`` (the one the clerk waits for)."""
    statements = search.bare_statements(connection.dialect, typed)
    # dossier number, unit, then customers' names: the third.
    statement, parameters = statements[2]
    assert "search_text" in statement and isinstance(parameters, dict)
    return statement, parameters


@pytest.fixture(scope="module")
def many(postgres_server: PostgresServer) -> Iterator[Connection]:
    """12 000 customers (36 000 texts), rebuilt in one pass: PostgreSQL rightly reads a table of a few thousand
    rows whole rather than through an index (here up to about 5 000 customers); at 12 000 the trigram index costs it
    a thirtieth of reading the texts."""
    engine = create_engine(postgres_server.create_database())
    try:
        with engine.begin() as connection:
            Base.metadata.create_all(connection)
            search_index.install(connection)
            _many_customers(connection, 12_000)
            assert search_index.catch_up(connection) == 12_000  # a bulk load: rebuilt in one pass
        with engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE")
            yield connection
    finally:
        engine.dispose()


def test_three_or_more_characters_use_the_trigram_index(many: Connection) -> None:
    statement, parameters = _customer_statement(many, TYPED)
    nodes = list(_nodes(_plan(many, statement, parameters)))
    trigram = [n for n in nodes if n.get("Index Name") == "ix_search_text_trigram"]
    assert trigram and trigram[0]["Node Type"] == "Bitmap Index Scan", nodes
    assert not [n for n in nodes if n["Node Type"] == "Seq Scan" and n["Relation Name"].startswith("search_")]

    # The look-up itself, run: the index hands over the texts holding the characters (Chinese makes trigrams in a
    # UTF-8 locale), not every one of the 60 000 names, pinyin and initials; and all of them are found.
    matches = select(search_index.tiered_matches("customer", short=False, pool=search._POOL, dialect="postgresql"))
    compiled = matches.compile(dialect=many.dialect)
    values = compiled.construct_params({**search_index.parameters(TYPED, ""), "q": TYPED, "pool": 10_000})
    nodes = list(_nodes(_plan(many, compiled.string, values, run=True)))
    (heap,) = [n for n in nodes if n["Node Type"] == "Bitmap Heap Scan" and n["Plans"][0] in trigram_nodes(nodes)]
    rechecked = heap.get("Rows Removed by Index Recheck", 0) + heap.get("Rows Removed by Filter", 0)
    candidates = heap["Actual Rows"] + rechecked
    names = many.execute(text("SELECT count(*) FROM customer WHERE strpos(name, :q) > 0"), {"q": TYPED}).scalar_one()
    assert names > 0 and heap["Actual Rows"] == names and candidates < names + 20
    found = many.execute(matches, values).all()
    assert len({row.source_id for row in found}) == names


def trigram_nodes(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [n for n in nodes if n.get("Index Name") == "ix_search_text_trigram"]


@pytest.mark.parametrize("typed", [TYPED[:1], TYPED[:2]])
def test_one_or_two_characters_use_the_short_query_index(many: Connection, typed: str) -> None:
    statement, parameters = _customer_statement(many, typed)
    nodes = list(_nodes(_plan(many, statement, parameters)))
    grams = [n for n in nodes if n.get("Relation Name") == "search_gram"]
    assert grams and all(n["Node Type"] in ("Index Scan", "Index Only Scan", "Bitmap Heap Scan") for n in grams)
    assert any(n.get("Index Name") == "search_gram_pkey" for n in nodes), nodes
    assert not [n for n in nodes if n["Node Type"] == "Seq Scan" and n["Relation Name"].startswith("search_")]


# -- two desks at once ---------------------------------------------------------------------------------------------


def test_two_desks_taking_in_the_same_new_name_at_once(pg_url: str) -> None:
    """Two desks each add a customer of a name the index has never seen, at the same moment: both are found, the
    name is stored once, and neither desk's action fails on the other's text id."""
    engine = create_engine(pg_url)
    customer = Base.metadata.tables["customer"]
    name = "深圳市联合大厦物业管理有限公司"
    try:
        with engine.begin() as connection:
            Base.metadata.create_all(connection)
            search_index.install(connection)
        with engine.connect() as first, engine.connect() as second:
            first.execute(insert(customer), {"name": name, "phone": "0755-1111 2222"})
            second.execute(insert(customer), {"name": name, "phone": "0755-3333 4444"})
            search_index.catch_up(first)  # holds the index's lock until it commits
            waiting = threading.Thread(target=search_index.catch_up, args=(second,))
            waiting.start()
            waiting.join(timeout=1)
            assert waiting.is_alive()  # the second desk waits for the first …
            first.commit()
            waiting.join(timeout=10)
            assert not waiting.is_alive()  # … and goes on once it has committed
            second.commit()
        with engine.connect() as connection:
            assert search_index.pending(connection) == 0 and search_index.differences(connection) == 0
            stored = connection.execute(text("SELECT count(*) FROM search_text WHERE text = :n"), {"n": name})
            assert stored.scalar_one() == 1
            found = connection.execute(
                select(search_index.tiered_matches("customer", short=False, pool=search._POOL, dialect="postgresql")),
                {**search_index.parameters("联合大厦", ""), "q": "联合大厦", "pool": 100},
            ).all()
            assert len({row.source_id for row in found}) == 2
    finally:
        engine.dispose()


_DATABASES = itertools.count()


def test_a_database_whose_character_type_is_c_finds_the_same_but_says_so(
    postgres_server: PostgresServer, pg_url: str
) -> None:
    """pg_trgm makes no trigrams of Chinese under LC_CTYPE "C": the index cannot narrow, the LIKE it rechecks still
    finds exactly the same texts; ``trigrams_cover_chinese`` tells the two apart (for check and the setup notes)."""
    import psycopg

    name = f"ctype_c_{os.getpid()}_{next(_DATABASES)}"
    with psycopg.connect(host=str(postgres_server.socket_folder), user="dossier", dbname="postgres") as admin:
        admin.autocommit = True
        admin.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'")
    found: dict[str, list[Any]] = {}
    for url in (pg_url, postgres_server.url(name)):
        engine = create_engine(url)
        try:
            with engine.begin() as connection:
                Base.metadata.create_all(connection)
                search_index.install(connection)
                _many_customers(connection, 12_000)
                search_index.catch_up(connection)
                found[url] = sorted(
                    row.source_id
                    for row in connection.execute(
                        select(
                            search_index.tiered_matches(
                                "customer", short=False, pool=search._POOL, dialect="postgresql"
                            )
                        ),
                        {**search_index.parameters(TYPED, ""), "q": TYPED, "pool": 1000},
                    )
                )
                covered = search_index.trigrams_cover_chinese(connection)
                assert covered is (url == pg_url)  # the test server's databases are C.UTF-8
        finally:
            engine.dispose()
    assert found[pg_url] and found[pg_url] == found[postgres_server.url(name)]
