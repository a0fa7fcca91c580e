"""Operations measured inside the benchmark's own process, through the application layer: quick find, reading the
largest dossier. The floor of each is bare SQL on a plain ``sqlite3`` connection to the same file."""

from __future__ import annotations

from dataclasses import dataclass

from app import people
from app.bench.bare import BareFile
from app.bench.data import QUERY_KINDS, BenchFile
from app.bench.operations import Operation, Sampler, timed
from app.desk import Actor, Desk
from app.dossier import read_dossier
from app.search import search

FIND_LIMIT = 50  # hits per search, as the goal of issue 14 counts them ("top 50 hits per kind")


@dataclass
class OpenFile:
    """The benchmark's file opened twice: by the program (a desk, the clerk logged in) and as bare SQLite."""

    file: BenchFile
    desk: Desk
    actor: Actor
    bare: BareFile

    @staticmethod
    def open(file: BenchFile) -> OpenFile:
        desk = Desk.open(file.path)
        actor = people.log_in(desk, file.login, file.password, source="benchmark")
        bare = BareFile(file.path)
        return OpenFile(file, desk, actor, bare)

    def close(self) -> None:
        self.bare.close()
        self.desk.close()


# The search index's tables (db/search_index.py), read the barest way: one entry kind, one index, a limit.
_BY_GRAM = (
    "SELECT e.source_id, t.text FROM search_gram g JOIN search_entry e ON e.text_id = g.text_id "
    f"JOIN search_text t ON t.id = e.text_id WHERE g.gram = ? AND e.kind = ? LIMIT {FIND_LIMIT}"
)
_BY_TRIGRAM = (
    "SELECT e.source_id, t.text FROM search_fts f JOIN search_entry e ON e.text_id = f.rowid "
    f"JOIN search_text t ON t.id = e.text_id WHERE search_fts MATCH ? AND e.kind = ? LIMIT {FIND_LIMIT}"
)
_BY_KEY_PREFIX = (
    f"SELECT e.source_id, e.key FROM search_entry e WHERE e.kind = ? AND e.key >= ? AND e.key < ? LIMIT {FIND_LIMIT}"
)


def bare_index_queries(kind: str, text: str) -> list[tuple[str, tuple[str, ...]]]:
    """The floor of quick find: the bare query of the search index returning the hits of one kind of query — the
    entries of the kind the text aims at (customer names, their pinyin and initials; phones; document titles), at
    most 50, by the index a query of that length uses: the gram table for 1–2 characters, the trigram FTS table for
    3 or more, the reversed-digits key for a phone's last digits. Quick find itself asks every kind, ranks and
    groups them, and reads the dossiers they name; the ratio is what that costs beyond the index.
    """
    query = text.casefold()  # texts are stored casefolded (search_index.normalise)
    if kind == "phone_suffix":
        key = "".join(ch for ch in text if ch.isdigit())[::-1]
        return [(_BY_KEY_PREFIX, ("phone", key, key + "\U0010ffff"))]
    entry_kind = "document" if kind == "title_word" else "customer"
    if kind not in ("chinese_2", "name_part_4", "initials", "full_pinyin", "title_word"):
        raise ValueError(kind)
    if len(query) < 3:
        return [(_BY_GRAM, (query, entry_kind))]
    return [(_BY_TRIGRAM, ('"' + query.replace('"', '""') + '"', entry_kind))]


def _quick_find(kind: str) -> Operation[OpenFile]:
    def ours(opened: OpenFile) -> Sampler:
        text = opened.file.queries[kind]

        def find() -> None:
            with opened.desk.read(opened.actor) as work:
                search(work, text, FIND_LIMIT)

        return timed(find)

    def floor(opened: OpenFile) -> Sampler:
        queries = bare_index_queries(kind, opened.file.queries[kind])
        return timed(lambda: [opened.bare.rows(sql, params) for sql, params in queries])

    return Operation(
        QUERY_KINDS[kind],
        ours,
        floor,
        weight=4,
        warm_up=1,
        detail=lambda opened: opened.file.queries[kind],
        floor_is="the search index's own query for the kind aimed at, 50 entries (bare_index_queries)",
    )


def _read_largest_ours(opened: OpenFile) -> Sampler:
    def read() -> None:
        with opened.desk.read(opened.actor) as work:
            read_dossier(work, opened.file.largest_dossier)

    return timed(read)


def _read_largest_floor(opened: OpenFile) -> Sampler:
    dossier_id = (opened.file.largest_dossier,)

    def read() -> None:
        opened.bare.rows("SELECT * FROM dossier WHERE id = ?", dossier_id)
        opened.bare.rows(
            "SELECT * FROM document WHERE dossier_id = ? AND trashed_at IS NULL ORDER BY doc_date DESC, id DESC",
            dossier_id,
        )
        opened.bare.rows("SELECT * FROM contact WHERE dossier_id = ?", dossier_id)

    return timed(read)


def _documents(opened: OpenFile) -> str:
    return f"{opened.file.largest_documents} documents"


IN_PROCESS: list[Operation[OpenFile]] = [
    Operation(
        "read the largest dossier (no window)",
        _read_largest_ours,
        _read_largest_floor,
        weight=4,
        warm_up=1,
        detail=_documents,
        floor_is="its dossier, documents and contacts rows by bare SQL",
    ),
    *(_quick_find(kind) for kind in QUERY_KINDS),
]


def register(operation: Operation[OpenFile]) -> None:
    """A later capability's operation inside the process (e.g. a month's fees), measured after those above."""
    IN_PROCESS.append(operation)
