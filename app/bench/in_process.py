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


def bare_index_queries(kind: str, text: str) -> list[tuple[str, tuple[str, ...]]]:
    """The floor of quick find: the bare query of the search index returning the hits of one kind of query.

    TODO(lead, issue 14): replace these with the new index's own queries (FTS5 trigram, the 1–2 character path, the
    pinyin and reversed-phone columns) once search runs on it; today there is no index, so the floor is one
    ``LIKE '%…%' LIMIT 50`` on the column the kind of query aims at. Full pinyin has no column yet: its floor is the
    same scan of the initials, which finds nothing — as quick find does today.
    """
    contains = (f"%{text}%",)
    if kind in ("chinese_2", "name_part_4"):
        return [(f"SELECT id, name FROM customer WHERE name LIKE ? LIMIT {FIND_LIMIT}", contains)]
    if kind in ("initials", "full_pinyin"):
        return [(f"SELECT id, name FROM customer WHERE name_initials LIKE ? LIMIT {FIND_LIMIT}", contains)]
    if kind == "phone_suffix":
        return [(f"SELECT dossier_id, mobile FROM contact WHERE mobile LIKE ? LIMIT {FIND_LIMIT}", (f"%{text}",))]
    if kind == "title_word":
        return [(f"SELECT dossier_id, title FROM document WHERE title LIKE ? LIMIT {FIND_LIMIT}", contains)]
    raise ValueError(kind)


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
        floor_is="one LIKE '%…%' LIMIT 50 on the column aimed at (bare_index_queries)",
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
