"""The search index behind quick find, the search page and `dossier-desk find`: what a clerk types, found by index.

What is searched — customer names, former names (R5) and contact names, each also as full pinyin and as pinyin
initials; phone numbers; document titles and reference numbers; unit numbers; dossier numbers and 档号 — is copied
here as *entries*. An entry says which record it comes from (``source``, ``source_id``), what it is (``kind``,
``part``) and points at a distinct normalised text (``search_text``), or carries a ``key`` for exact and prefix
look-ups:

- ``search_fts`` (FTS5, trigram tokenizer) finds every text containing a query of 3 characters or more;
- ``search_gram`` (every 1- and 2-character piece of a text) does the same for a query of 1 or 2 characters,
  which a trigram index cannot;
- ``key`` with an index on (kind, key) finds a unit number with or without its leading zero, a dossier number or
  档号 exactly, and a phone number by its last digits (the digits stored reversed, so a suffix is a prefix).

Texts are stored once per kind however many records share them (a title like 入住申请表 is in every dossier), so
the index stays small; each kind's texts have ids in a range of their own (``KIND_BASE``), so a look-up of one kind
reads only its own part of every index (公司 is in every customer's name and no document title).

SQL triggers on the searched tables note each changed record in ``search_dirty``; the unit of
work that changed it brings the index up to date from that queue before it commits (``catch_up``), so the index
is always as current as the data, also after a change made with plain SQL (caught up at the next action).
``rebuild`` makes it again from the tables (`check --repair`, the migration, a bulk load).

On a PostgreSQL server (issue 19) the same tables and the same functions, with three pieces of its own
(``_POSTGRES_SCHEMA``, ``_postgres_triggers``, ``_Driver``): ``pg_trgm``'s GIN index on ``search_text.text`` takes
the place of FTS5 (a ``LIKE '%query%'`` it serves, for 3+ characters), the gram table and the keys are B-trees as
here, texts and keys compare in the "C" collation (code points, as SQLite does: a prefix range stays a prefix
whatever the server's locale), and one PL/pgSQL function marks the changed records. Several desks write at once
there: ``catch_up`` takes a transaction-level advisory lock (``SEARCH_LOCK``) and claims the queue with ``DELETE …
RETURNING``, so two desks never give one text two ids nor take in a change twice or not at all.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from itertools import count, groupby
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Connection,
    Integer,
    Select,
    String,
    Subquery,
    bindparam,
    column,
    inspect,
    literal,
    literal_column,
    select,
    table,
    true,
    union_all,
)

# What each source table yields; a change to one of these columns marks the record for re-indexing.
SOURCES: dict[str, tuple[str, tuple[str, ...]]] = {
    # source: (table, columns that feed the index)
    "customer": ("customer", ("name", "phone")),
    "former": ("customer_name", ("name",)),
    "contact": ("contact", ("name", "phone", "mobile")),
    "document": ("document", ("title", "reference_no", "trashed_at")),
    "unit": ("unit", ("number",)),
    "dossier": ("dossier", ("number", "file_number", "former_file_number")),
}

# The codes the entries are stored with.
SOURCE_CODE = {source: number for number, source in enumerate(SOURCES, 1)}
KIND_CODE = {
    kind: number
    for number, kind in enumerate(("customer", "former_name", "contact", "phone", "document", "unit", "dossier"), 1)
}
PART_CODE = {
    part: number for number, part in enumerate(("name", "pinyin", "initials", "phone", "title", "ref", "number"), 1)
}

# The kinds of entry that have texts, and the range of text ids each one's texts take: [base, base + 2**40).
TEXT_KINDS = ("customer", "former_name", "contact", "phone", "document")
KIND_BASE = {kind: (number + 1) << 40 for number, kind in enumerate(TEXT_KINDS)}
KIND_SPAN = 1 << 40

# A whole catch-up this big is done as a rebuild: one pass over the tables beats 10 000 look-ups.
REBUILD_ABOVE = 5000

SCHEMA = (
    # A text is stored once per kind, its id in the kind's range (KIND_BASE): every look-up of one kind reads only
    # its own range of the trigram, gram and text indexes (公司 is in every customer's name, not in any title).
    "CREATE TABLE IF NOT EXISTS search_text (id INTEGER PRIMARY KEY, text TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS ix_search_text_text ON search_text (text)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    "text, content='search_text', content_rowid='id', tokenize='trigram')",
    "CREATE TABLE IF NOT EXISTS search_gram ("
    "gram TEXT NOT NULL, text_id INTEGER NOT NULL, PRIMARY KEY (gram, text_id)) WITHOUT ROWID",
    # source, kind and part as small numbers (SOURCE_CODE, KIND_CODE, PART_CODE): 600 000 entries of a portfolio
    # carry them, and words took a fifth of the index.
    "CREATE TABLE IF NOT EXISTS search_entry ("
    "id INTEGER PRIMARY KEY, source INTEGER NOT NULL, source_id INTEGER NOT NULL, kind INTEGER NOT NULL, "
    "part INTEGER NOT NULL, text_id INTEGER, key TEXT)",
    "CREATE INDEX IF NOT EXISTS ix_search_entry_source ON search_entry (source, source_id)",
    "CREATE INDEX IF NOT EXISTS ix_search_entry_text ON search_entry (text_id)",  # a text id names its kind
    "CREATE INDEX IF NOT EXISTS ix_search_entry_key ON search_entry (kind, key) WHERE key IS NOT NULL",
    "CREATE TABLE IF NOT EXISTS search_dirty ("
    "source TEXT NOT NULL, source_id INTEGER NOT NULL, PRIMARY KEY (source, source_id)) WITHOUT ROWID",
)
TABLES = ("search_text", "search_fts", "search_gram", "search_entry", "search_dirty")

# The same tables on PostgreSQL; FTS5's part is pg_trgm's GIN index on the texts. Texts, grams and keys in the "C"
# collation: compared by code point as SQLite compares them, so ``text >= q AND text < q || U+10FFFF`` is exactly
# the texts starting with q, and a B-tree serves it, whatever the database's own locale.
_POSTGRES_SCHEMA = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    'CREATE TABLE IF NOT EXISTS search_text (id BIGINT PRIMARY KEY, text TEXT COLLATE "C" NOT NULL)',
    "CREATE INDEX IF NOT EXISTS ix_search_text_text ON search_text (text)",
    # 3+ characters: what FTS5's trigram tokenizer does on SQLite (a LIKE '%…%' the index answers, rechecked).
    "CREATE INDEX IF NOT EXISTS ix_search_text_trigram ON search_text USING gin (text gin_trgm_ops)",
    'CREATE TABLE IF NOT EXISTS search_gram (gram TEXT COLLATE "C" NOT NULL, text_id BIGINT NOT NULL, '
    "PRIMARY KEY (gram, text_id))",
    "CREATE TABLE IF NOT EXISTS search_entry ("
    "id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, source SMALLINT NOT NULL, source_id BIGINT NOT NULL, "
    'kind SMALLINT NOT NULL, part SMALLINT NOT NULL, text_id BIGINT, key TEXT COLLATE "C")',
    "CREATE INDEX IF NOT EXISTS ix_search_entry_source ON search_entry (source, source_id)",
    "CREATE INDEX IF NOT EXISTS ix_search_entry_text ON search_entry (text_id)",
    "CREATE INDEX IF NOT EXISTS ix_search_entry_key ON search_entry (kind, key) WHERE key IS NOT NULL",
    "CREATE TABLE IF NOT EXISTS search_dirty ("
    "source TEXT NOT NULL, source_id BIGINT NOT NULL, PRIMARY KEY (source, source_id))",
    # One function for every searched table: the trigger hands it the source's name.
    "CREATE OR REPLACE FUNCTION search_mark() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "INSERT INTO search_dirty (source, source_id) "
    "VALUES (TG_ARGV[0], CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END) ON CONFLICT DO NOTHING; "
    "RETURN NULL; END $$",
)
# Held from the start of a catch-up or rebuild to the end of its transaction (pg_advisory_xact_lock): the desks take
# in their changes one after the other. Any fixed number no other lock of the program uses.
SEARCH_LOCK = 0x5EA2C4_1D0


def _postgres_triggers() -> Iterator[str]:
    for source, (name, columns) in SOURCES.items():
        yield f"DROP TRIGGER IF EXISTS search_{name}_mark ON {name}"
        yield (
            f"CREATE TRIGGER search_{name}_mark AFTER INSERT OR DELETE OR UPDATE OF {', '.join(columns)} ON {name} "
            f"FOR EACH ROW EXECUTE FUNCTION search_mark('{source}')"
        )


def _triggers() -> Iterator[str]:
    for source, (name, columns) in SOURCES.items():
        mark = f"INSERT OR IGNORE INTO search_dirty (source, source_id) VALUES ('{source}', %s.id)"
        yield (f"CREATE TRIGGER IF NOT EXISTS search_{name}_insert AFTER INSERT ON {name} BEGIN {mark % 'NEW'}; END")
        yield (
            f"CREATE TRIGGER IF NOT EXISTS search_{name}_update AFTER UPDATE OF {', '.join(columns)} ON {name} "
            f"BEGIN {mark % 'NEW'}; END"
        )
        yield (f"CREATE TRIGGER IF NOT EXISTS search_{name}_delete AFTER DELETE ON {name} BEGIN {mark % 'OLD'}; END")


def _postgres(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def install(connection: Connection) -> None:
    """Create the index's tables and the triggers that keep it current (a new file or database, the migration)."""
    statements = (*_POSTGRES_SCHEMA, *_postgres_triggers()) if _postgres(connection) else (*SCHEMA, *_triggers())
    for statement in statements:
        connection.exec_driver_sql(statement)


def uninstall(connection: Connection) -> None:
    if _postgres(connection):
        for name, _columns in SOURCES.values():
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS search_{name}_mark ON {name}")
        connection.exec_driver_sql("DROP FUNCTION IF EXISTS search_mark()")
        for name in reversed(TABLES):
            if name != "search_fts":
                connection.exec_driver_sql(f"DROP TABLE IF EXISTS {name}")
        return
    for name, _columns in SOURCES.values():
        for event in ("insert", "update", "delete"):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS search_{name}_{event}")
    for name in reversed(TABLES):
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {name}")


# -- what a text looks like in the index ------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")
_DIGIT_RUN = re.compile(r"\d+")
_NON_DIGIT = re.compile(r"\D")
# Pinyin typed with tone numbers ("hong2tu2"): letters, each syllable ending in 1–5.
_TONE_NUMBERS = re.compile(r"(?:[a-zv]+[1-5])+[a-zv]*")


def normalise(value: str) -> str:
    """Full-width to half-width, one case, no spaces: how texts are stored and queries compared."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", value or "").casefold())


def pinyin_query(query: str) -> str | None:
    """A normalised query typed as pinyin with tone marks or tone numbers ("hóngtú", "hong2tu2", "lü"), as the
    index stores pinyin ("hongtu", "lv"); None when it is not such a query."""
    plain = "".join(
        ch for ch in unicodedata.normalize("NFKD", query.replace("ü", "v")) if not unicodedata.combining(ch)
    )
    if _TONE_NUMBERS.fullmatch(plain):
        plain = re.sub(r"[1-5]", "", plain)
    return plain if plain != query and plain.isascii() and plain.isalpha() else None


def unit_key(number: str) -> str:
    """A unit number as compared: one case, no spaces, no leading zeros in its digit runs (0801 = 801)."""
    return _DIGIT_RUN.sub(lambda m: m.group().lstrip("0") or "0", normalise(number))


def phone_key(number: str) -> str:
    """A phone number's digits, reversed: its last digits become a prefix an index finds."""
    return _NON_DIGIT.sub("", number or "")[::-1]


def grams(value: str) -> set[str]:
    """Every 1- and 2-character piece of ``value``: how a 1- or 2-character query is found."""
    return {value[i : i + n] for n in (1, 2) for i in range(len(value) - n + 1)}


@dataclass(frozen=True)
class Entry:
    kind: str  # the MatchKind's name in lower case: customer, former_name, contact, phone, document, unit, dossier
    part: str  # name, pinyin, initials, title, ref, number, phone
    text: str | None = None  # normalised; found by the FTS and gram tables
    key: str | None = None  # found exactly or by prefix

    @property
    def grams(self) -> bool:
        return has_grams(self.part)


def has_grams(part: str) -> bool:
    """Whether 1–2 character queries find a text of this part: not full pinyin (a 2-letter piece of "hongtu" finds
    nothing a person means) nor phone digits (found by their last digits)."""
    return part not in ("pinyin", "phone")


def _name_entries(kind: str, name: str) -> list[Entry]:
    from db.pinyin import full_pinyin, initials  # pypinyin loads ~0.4 s: only when a name is indexed

    entries = [Entry(kind, "name", normalise(name))]
    spelled = full_pinyin(name)
    if spelled and spelled != entries[0].text:
        entries.append(Entry(kind, "pinyin", spelled))
    letters = initials(name)
    if letters and letters not in (entries[0].text, spelled):
        entries.append(Entry(kind, "initials", letters))
    return entries


def _phone_entries(*numbers: str) -> list[Entry]:
    entries = []
    for number in numbers:
        key = phone_key(number)
        if len(key) >= 3:
            entries.append(Entry("phone", "phone", key[::-1], key=key))
    return entries


def entries_of(source: str, row: Sequence[object]) -> list[Entry]:
    """What one record puts in the index; ``row`` holds the columns ``_READ[source]`` selects, id first."""
    if source == "customer":
        name, phone = str(row[1] or ""), str(row[2] or "")
        return [*_name_entries("customer", name), *_phone_entries(phone)]
    if source == "former":
        return _name_entries("former_name", str(row[1] or ""))
    if source == "contact":
        name, phone, mobile = str(row[1] or ""), str(row[2] or ""), str(row[3] or "")
        return [*_name_entries("contact", name), *_phone_entries(phone, mobile)]
    if source == "document":
        title, reference, trashed = str(row[1] or ""), str(row[2] or ""), row[3]
        if trashed is not None:
            return []  # a document in the trash is not offered by search
        entries = [Entry("document", "title", normalise(title))]
        if normalise(reference):
            entries.append(Entry("document", "ref", normalise(reference)))
        return entries
    if source == "unit":
        return [Entry("unit", "number", key=unit_key(str(row[1] or "")))]
    if source == "dossier":
        numbers = [value for value in row[1:4] if value]
        return [Entry("dossier", "number", key=normalise(str(value))) for value in numbers]
    raise ValueError(f"unknown search source {source!r}")


_READ: dict[str, str] = {
    "customer": "SELECT id, name, phone FROM customer",
    "former": "SELECT id, name FROM customer_name",
    "contact": "SELECT id, name, phone, mobile FROM contact",
    "document": "SELECT id, title, reference_no, trashed_at FROM document",
    "unit": "SELECT id, number FROM unit",
    "dossier": "SELECT id, number, file_number, former_file_number FROM dossier",
}


# -- keeping it current ------------------------------------------------------------------------------------------


_CURSORS = count()


class _Driver:
    """The connection's own driver (the index is written past SQLAlchemy: thousands of rows at a time), spoken to
    in sqlite3's style (``?`` marks) whichever it is; ``postgres`` says where the few statements differ."""

    def __init__(self, raw: Any, *, postgres: bool) -> None:
        self.raw = raw
        self.postgres = postgres

    @classmethod
    def of(cls, connection: Connection | sqlite3.Connection) -> _Driver:
        if isinstance(connection, sqlite3.Connection):
            return cls(connection, postgres=False)
        raw = connection.connection.driver_connection
        assert raw is not None
        return cls(raw, postgres=_postgres(connection))

    def _sql(self, statement: str) -> str:
        # psycopg's marks are %s; none of the statements here holds a literal ? or %.
        return statement.replace("?", "%s") if self.postgres else statement

    def execute(self, statement: str, parameters: Sequence[object] = ()) -> Any:
        """A cursor (sqlite3's or psycopg's): both iterate, fetchone and fetchall."""
        return self.raw.execute(self._sql(statement), tuple(parameters))

    def stream(self, statement: str, parameters: Sequence[object] = ()) -> Iterator[Any]:
        """The rows a read gives, a batch at a time (on PostgreSQL a server-side cursor: psycopg's own fetch all)."""
        if not self.postgres:
            yield from self.raw.execute(statement, tuple(parameters))
            return
        with self.raw.cursor(name=f"search_{next(_CURSORS)}") as cursor:
            cursor.itersize = 2000
            cursor.execute(self._sql(statement), tuple(parameters))
            yield from cursor

    def executemany(self, statement: str, rows: Iterable[Sequence[object]]) -> None:
        if self.postgres:
            rows = list(rows)
            if rows:
                with self.raw.cursor() as cursor:
                    cursor.executemany(self._sql(statement), rows)
        else:
            self.raw.executemany(statement, rows)

    def insert(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
        """Many new rows at once: on PostgreSQL by COPY (a rebuild's million grams in seconds, not a minute)."""
        if not self.postgres:
            marks = ", ".join("?" * len(columns))
            self.raw.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
            return
        with self.raw.cursor() as cursor, cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def add_grams(self, rows: Iterable[tuple[str, int]]) -> None:
        insert = "INSERT INTO search_gram (gram, text_id) VALUES (?, ?)"
        if self.postgres:
            self.executemany(f"{insert} ON CONFLICT DO NOTHING", rows)
        else:
            self.executemany(insert.replace("INSERT", "INSERT OR IGNORE", 1), rows)

    def lock(self) -> None:
        """PostgreSQL: one desk at a time takes in changes, until its transaction ends (SQLite: the file's write
        lock, already held, does this). What the desk before wrote is seen only in READ COMMITTED (each statement
        sees what is committed when it starts; PostgreSQL's default): in a snapshot taken before the lock, two desks
        would give two texts one id."""
        if self.postgres:
            (_locked, isolation) = self.execute(
                "SELECT pg_advisory_xact_lock(?), current_setting('transaction_isolation')", (SEARCH_LOCK,)
            ).fetchone()
            if isolation != "read committed":
                raise RuntimeError(f"the search index is kept in READ COMMITTED transactions, not {isolation}")


class _Writer:
    """Adds entries, storing each distinct text of a kind once (with its FTS row and grams)."""

    def __init__(self, connection: Connection) -> None:
        self.raw = _Driver.of(connection)
        self.text_ids: dict[tuple[str, str], int] = {}

    def text_id(self, kind: str, value: str, with_grams: bool) -> int:
        known = self.text_ids.get((kind, value))
        if known is None:
            low = KIND_BASE[kind]
            row = self.raw.execute(
                "SELECT id FROM search_text WHERE text = ? AND id >= ? AND id < ?", (value, low, low + KIND_SPAN)
            ).fetchone()
            if row is None:
                (last,) = self.raw.execute(
                    "SELECT max(id) FROM search_text WHERE id >= ? AND id < ?", (low, low + KIND_SPAN)
                ).fetchone()
                known = int(last) + 1 if last is not None else low
                self.raw.execute("INSERT INTO search_text (id, text) VALUES (?, ?)", (known, value))
                if not self.raw.postgres:  # pg_trgm's index follows the table by itself
                    self.raw.execute("INSERT INTO search_fts (rowid, text) VALUES (?, ?)", (known, value))
            else:
                known = int(row[0])
            self.text_ids[(kind, value)] = known
        if with_grams:
            self.raw.add_grams([(g, known) for g in grams(value)])
        return known

    def add(self, source: str, source_id: int, entries: Iterable[Entry]) -> None:
        rows = []
        for entry in entries:
            text_id = self.text_id(entry.kind, entry.text, entry.grams) if entry.text else None
            rows.append(
                (SOURCE_CODE[source], source_id, KIND_CODE[entry.kind], PART_CODE[entry.part], text_id, entry.key)
            )
        if rows:
            self.raw.executemany(
                "INSERT INTO search_entry (source, source_id, kind, part, text_id, key) VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )


def _forget(connection: Connection, source: str, ids: Sequence[int]) -> None:
    """Remove the entries of these records, and every text no entry uses any more."""
    raw = _Driver.of(connection)
    texts: set[int] = set()
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        texts.update(
            row[0]
            for row in raw.execute(
                f"SELECT text_id FROM search_entry WHERE source = ? AND source_id IN ({marks}) AND text_id IS NOT NULL",
                (SOURCE_CODE[source], *chunk),
            )
        )
        raw.execute(
            f"DELETE FROM search_entry WHERE source = ? AND source_id IN ({marks})", (SOURCE_CODE[source], *chunk)
        )
    for text_id in texts:
        if raw.execute("SELECT 1 FROM search_entry WHERE text_id = ? LIMIT 1", (text_id,)).fetchone():
            continue
        (value,) = raw.execute("SELECT text FROM search_text WHERE id = ?", (text_id,)).fetchone()
        if not raw.postgres:
            raw.execute("INSERT INTO search_fts (search_fts, rowid, text) VALUES ('delete', ?, ?)", (text_id, value))
        raw.executemany("DELETE FROM search_gram WHERE gram = ? AND text_id = ?", [(g, text_id) for g in grams(value)])
        raw.execute("DELETE FROM search_text WHERE id = ?", (text_id,))


def _chunks(ids: Sequence[int], size: int = 500) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def pending(connection: Connection) -> int:
    """How many changed records the index has not taken in yet."""
    return int(connection.exec_driver_sql("SELECT count(*) FROM search_dirty").scalar_one())


def catch_up(connection: Connection) -> int:
    """Bring the index up to date with the records changed since it last was; in the caller's transaction.

    Returns how many records were re-indexed. A very large queue (a bulk load) is a rebuild.
    """
    waiting = pending(connection)
    if waiting == 0:
        return 0
    if waiting > REBUILD_ABOVE:
        rebuild(connection)
        return waiting
    raw = _Driver.of(connection)
    raw.lock()
    by_source: dict[str, list[int]] = {}
    if raw.postgres:
        # Claimed in one statement: a change another desk commits meanwhile stays queued for the next catch-up.
        queued = raw.execute("DELETE FROM search_dirty RETURNING source, source_id").fetchall()
    else:
        queued = raw.execute("SELECT source, source_id FROM search_dirty").fetchall()
    for source, source_id in queued:
        by_source.setdefault(source, []).append(int(source_id))
    writer = _Writer(connection)
    for source, ids in by_source.items():
        _forget(connection, source, ids)
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for row in raw.execute(f"{_READ[source]} WHERE id IN ({marks})", tuple(chunk)).fetchall():
                writer.add(source, int(row[0]), entries_of(source, row))
    if not raw.postgres:
        raw.execute("DELETE FROM search_dirty")
    return len(queued)


Row = tuple[str, int, str, str, "str | None", "str | None"]  # source, source_id, kind, part, text, key


def _expected(raw: _Driver) -> Iterator[Row]:
    """Every entry the tables call for, computed afresh."""
    for source, reading in _READ.items():
        for row in raw.execute(reading).fetchall():
            for entry in entries_of(source, row):
                yield (source, int(row[0]), entry.kind, entry.part, entry.text, entry.key)


def rebuild(connection: Connection) -> int:
    """Make the whole index again from the tables; returns the number of entries."""
    raw = _Driver.of(connection)
    raw.lock()
    for name in ("search_entry", "search_gram", "search_text", "search_dirty"):
        raw.execute(f"DELETE FROM {name}")
    if not raw.postgres:
        raw.execute("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")
    text_ids: dict[tuple[str, str], int] = {}
    counts = dict.fromkeys(TEXT_KINDS, 0)
    gram_texts: set[int] = set()
    entries: list[tuple[int, int, int, int, int | None, str | None]] = []
    for source, source_id, kind, part, value, key in _expected(raw):
        text_id = None
        if value:
            text_id = text_ids.get((kind, value))
            if text_id is None:
                text_id = text_ids[(kind, value)] = KIND_BASE[kind] + counts[kind]
                counts[kind] += 1
            if has_grams(part):
                gram_texts.add(text_id)
        entries.append((SOURCE_CODE[source], source_id, KIND_CODE[kind], PART_CODE[part], text_id, key))
    raw.insert("search_text", ("id", "text"), ((i, t) for (_k, t), i in text_ids.items()))
    raw.insert(
        "search_gram",
        ("gram", "text_id"),
        ((gram, i) for (_k, t), i in text_ids.items() if i in gram_texts for gram in grams(t)),
    )
    raw.insert("search_entry", ("source", "source_id", "kind", "part", "text_id", "key"), entries)
    if raw.postgres:
        _settle_postgres(raw)
    else:
        raw.execute("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")
    return len(entries)


def _settle_postgres(raw: _Driver) -> None:
    """After a rebuild: the trigram index's pending list (where GIN puts new rows until vacuum) merged into the
    index, which every search would otherwise read through row by row; and the planner told how large the tables
    now are (ANALYZE, which unlike VACUUM may run in the transaction)."""
    raw.execute("SELECT gin_clean_pending_list('ix_search_text_trigram'::regclass)")
    raw.execute("ANALYZE search_text, search_gram, search_entry")


def differences(connection: Connection | sqlite3.Connection) -> int:
    """How many entries are missing from the index or should not be there (``check``; read-only).

    Record by record, each source read in id order beside its entries in the same order, so the check holds one
    record's entries at a time however large the file. Records still waiting in the queue are left out: the next
    action takes them in. ``connection``: a SQLAlchemy one (either database) or a file's own sqlite3 one.
    """
    raw = _Driver.of(connection)
    waiting = set(raw.execute("SELECT source, source_id FROM search_dirty").fetchall())
    wrong = 0
    for source, reading in _READ.items():
        stored = raw.stream(
            "SELECT e.source_id, e.kind, e.part, t.text, e.key FROM search_entry e "
            "LEFT JOIN search_text t ON t.id = e.text_id WHERE e.source = ? ORDER BY e.source_id",
            (SOURCE_CODE[source],),
        )
        made = (
            (int(row[0]), KIND_CODE[entry.kind], PART_CODE[entry.part], entry.text, entry.key)
            for row in raw.stream(f"{reading} ORDER BY id")
            for entry in entries_of(source, row)
        )
        kept = groupby(stored, key=lambda entry: int(entry[0]))
        wanted = groupby(made, key=lambda entry: entry[0])
        have, want = next(kept, None), next(wanted, None)
        while have is not None or want is not None:
            if want is None or (have is not None and have[0] < want[0]):
                assert have is not None
                if (source, have[0]) not in waiting:
                    wrong += sum(1 for _ in have[1])  # entries of a record that is gone
                have = next(kept, None)
            elif have is None or want[0] < have[0]:
                if (source, want[0]) not in waiting:
                    wrong += sum(1 for _ in want[1])  # a record with no entries
                want = next(wanted, None)
            else:
                if (source, want[0]) not in waiting:
                    a, b = Counter(tuple(e) for e in have[1]), Counter(want[1])
                    wrong += sum((a - b).values()) + sum((b - a).values())
                have, want = next(kept, None), next(wanted, None)
    return wrong


def is_installed(connection: Connection) -> bool:
    """Whether the database ``connection`` is on has the index (either kind of database)."""
    return inspect(connection).has_table("search_entry")


def trigrams_cover_chinese(connection: Connection) -> bool:
    """PostgreSQL: whether the trigram index can narrow a Chinese query. pg_trgm makes trigrams of letters and
    digits only, as the database's character type (LC_CTYPE) says: a UTF-8 one (C.UTF-8, zh_CN.UTF-8 …) counts
    Chinese characters among them, "C" does not — search then still finds the same, but reads the whole index."""
    return bool(connection.exec_driver_sql("SELECT show_trgm('宏图科技') <> '{}'").scalar_one())


def is_installed_in(path: Path) -> bool:
    """Whether the file at ``path`` has the index (a file of schema 0015 or later)."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as raw:
        return raw.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_entry'").fetchone() is not None


# -- looking up -------------------------------------------------------------------------------------------------
# The tables as SQLAlchemy sees them for queries (not ORM models: the index is derived data, made by ``install``).

entry_table = table(
    "search_entry",
    column("id", Integer),
    column("source", Integer),
    column("source_id", Integer),
    column("kind", Integer),
    column("part", Integer),
    column("text_id", Integer),
    column("key", String),
)
text_table = table("search_text", column("id", Integer), column("text", String))
_fts = table("search_fts", column("rowid", Integer))
_gram = table("search_gram", column("gram", String), column("text_id", Integer))
# Above every character a key holds: ``key >= k AND key < k + _TOP`` is a prefix search an index serves.
_TOP = "\U0010ffff"


def fts_phrase(query: str) -> str:
    """The query as one FTS5 string: quotes doubled, so operators and quotes in it are matched literally."""
    return '"' + query.replace('"', '""') + '"'


def _in_kind(text_id: ColumnElement[int], kind: str) -> ColumnElement[bool]:
    """The text ids of ``kind``'s range (written into the SQL: a constant the planner can seek by)."""
    low = KIND_BASE[kind]
    return (text_id >= literal_column(str(low))) & (text_id < literal_column(str(low + KIND_SPAN)))


def like_pattern(query: str) -> str:
    """The query as a LIKE pattern for "contains" (PostgreSQL's trigram index): %, _ and \\ in it matched literally."""
    return "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _containing(kind: str, dialect: str) -> Select[Any]:
    """The texts of ``kind`` containing a query of 3 or more characters: FTS5 on SQLite, pg_trgm on PostgreSQL."""
    if dialect == "postgresql":
        return select(text_table.c.id).where(
            text_table.c.text.like(bindparam("like", type_=String), escape="\\"), _in_kind(text_table.c.id, kind)
        )
    return select(_fts.c.rowid.label("id")).where(
        literal_column("search_fts").op("MATCH")(bindparam("phrase")), _in_kind(_fts.c.rowid, kind)
    )


def tiered_matches(kind: str, *, short: bool, pool: BindParameter[int], dialect: str = "sqlite") -> Subquery:
    """Entries of ``kind`` matching the query ``:q``, in tiers: 0 the text is the query, 1 it starts with it (a range
    of the texts' index), 2 it contains it (trigram or gram index). (source, source_id, part, tier). ``dialect``:
    the database the statement is for (the name SQLAlchemy gives it).

    Each tier reads only the kind's own range of text ids and is cut to ``pool`` entries *before* anything is
    sorted: a query like 有限公司 is in every customer's name, and sorting them all costs what the index saved.
    """
    q = bindparam("q", type_=String)
    columns = (entry_table.c.source, entry_table.c.source_id, entry_table.c.part)
    code = literal_column(str(KIND_CODE[kind]))

    def tier(number: int, texts: Select[Any]) -> Select[Any]:
        # The texts' own limit keeps SQLite from flattening them into the join and walking the entries instead.
        found = texts.limit(pool).subquery()
        if dialect == "postgresql":
            # Each text's entries looked up by its id (LATERAL, its own limit keeping PostgreSQL from flattening
            # it): at most ``pool`` look-ups, never a hash of the whole entry table, however common the query.
            entries = (
                select(*columns)
                .where(entry_table.c.text_id == found.c.id, entry_table.c.kind == code)
                .limit(pool)
                .lateral()
            )
            return (
                select(*entries.c, literal(number, Integer).label("tier"))
                .select_from(found)
                .join(entries, true())
                .limit(pool)
            )
        return (
            select(*columns, literal(number, Integer).label("tier"))
            .select_from(found)
            .join(entry_table, (entry_table.c.text_id == found.c.id) & (entry_table.c.kind == code))
            .limit(pool)
        )

    exact = select(text_table.c.id).where(text_table.c.text == q, _in_kind(text_table.c.id, kind))
    # "+ 0": the kind's range only filters here; SQLite would otherwise walk the whole range instead of the
    # texts' index from the query on.
    starting = select(text_table.c.id).where(
        text_table.c.text >= q, text_table.c.text < bindparam("q_top"), _in_kind(text_table.c.id + 0, kind)
    )
    if short:
        inside = select(_gram.c.text_id.label("id")).where(
            _gram.c.gram == bindparam("gram"), _in_kind(_gram.c.text_id, kind)
        )
    else:
        inside = _containing(kind, dialect)
    tiers = (tier(0, exact), tier(1, starting), tier(2, inside))
    return union_all(*(t.subquery().select() for t in tiers)).subquery()


def key_matches(kind: str, *, prefix: bool) -> Select[Any]:
    """Entries of ``kind`` whose key is ``:key`` (or starts with it: ``:key`` ≤ key < ``:key_top``)."""
    key = entry_table.c.key
    condition = (key >= bindparam("key")) & (key < bindparam("key_top")) if prefix else key == bindparam("key")
    return select(entry_table.c.source, entry_table.c.source_id, entry_table.c.part, entry_table.c.key).where(
        entry_table.c.kind == literal_column(str(KIND_CODE[kind])), condition
    )


def parameters(query: str, key: str) -> dict[str, object]:
    """The values the statements above are run with for a (normalised) query and its key."""
    return {
        "gram": query,
        "phrase": fts_phrase(query),
        "like": like_pattern(query),
        "q_top": query + _TOP,
        "key": key,
        "key_top": key + _TOP,
    }
