"""Operations measured inside the benchmark's own process, through the application layer: quick find, reading the
largest dossier. The floor of each is bare SQL on a plain ``sqlite3`` connection to the same file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app import people
from app.bench.bare import BareFile, BareServer
from app.bench.data import QUERY_KINDS, BenchFile
from app.bench.operations import Operation, Sampler, timed
from app.desk import Actor, Desk
from app.dossier import read_dossier
from app.search import bare_hits_statement, bare_statements, search

if TYPE_CHECKING:
    from app.bench.server import ServerCopies

FIND_LIMIT = 50  # hits per search, as the goal of issue 14 counts them ("top 50 hits per kind")


@dataclass
class OpenFile:
    """The benchmark's database opened twice: by the program (a desk, the clerk logged in) and bare (a plain
    ``sqlite3`` connection to the file, or psycopg to the server database holding the same rows)."""

    file: BenchFile
    desk: Desk
    actor: Actor
    bare: BareFile
    # On a server: the copies an operation that writes gets (app.bench.server.ServerCopies); None on the file.
    server: ServerCopies | None = None

    @staticmethod
    def open(file: BenchFile, server: ServerCopies | None = None) -> OpenFile:
        desk = Desk.open(file.path if server is None else server.measured_url)
        actor = people.log_in(desk, file.login, file.password, source="benchmark")
        bare = BareFile(file.path) if server is None else BareServer(server.measured_url)
        return OpenFile(file, desk, actor, bare, server)

    def close(self) -> None:
        self.bare.close()
        self.desk.close()


def bare_search(bare: BareFile, text: str) -> list[tuple[object, ...]]:
    """The floor of quick find: the very SQL a quick find of ``text`` runs (app.search.bare_statements: every kind's
    index query, then the dossiers found), on a bare connection, with none of the program around it — no unit of
    work, no rights read afresh, no ranking or grouping in Python, no result objects. The ratio is what the program
    costs beyond its SQL."""
    found: dict[object, None] = {}
    for sql, params in bare_statements(bare.dialect, text, FIND_LIMIT):
        for row in bare.run_compiled(sql, params):
            found[row[0]] = None
    if not found:
        return []
    sql, params = bare_hits_statement(bare.dialect, [int(str(i)) for i in found])
    return bare.run_compiled(sql, params)


def _quick_find(kind: str) -> Operation[OpenFile]:
    def ours(opened: OpenFile) -> Sampler:
        text = opened.file.queries[kind]

        def find() -> None:
            with opened.desk.read(opened.actor) as work:
                search(work, text, FIND_LIMIT)

        return timed(find)

    def floor(opened: OpenFile) -> Sampler:
        text = opened.file.queries[kind]
        return timed(lambda: bare_search(opened.bare, text))

    return Operation(
        QUERY_KINDS[kind],
        ours,
        floor,
        weight=4,
        warm_up=1,
        detail=lambda opened: opened.file.queries[kind],
        floor_is="the same SQL on a bare connection: every kind's index query, then the dossiers found",
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
