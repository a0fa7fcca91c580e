"""Two desks appending to one server database's audit log at once never fork the chain: each append takes the
log's advisory lock before it reads the newest line (db/audit_chain.py). Two processes, as two PCs would be."""

from __future__ import annotations

import multiprocessing
import time

from sqlalchemy import create_engine, text

from app import audit
from app.desk import Desk
from db.engine import server_url
from tests.postgres.server_desk import server_desk  # noqa: F401 (fixtures)

LINES = 200


def _append(url: str, desk_name: str, start: multiprocessing.synchronize.Event) -> None:
    """One desk: open the database, wait for the start, then append ``LINES`` lines, one unit of work each."""
    desk = Desk.open(url)
    try:
        start.wait(30)
        for n in range(LINES):
            with desk.work(None) as work:
                work.log(None, "test", n, "note", {"desk": desk_name, "n": n})
    finally:
        desk.close()


def test_two_desks_appending_at_once_keep_one_chain(server_desk: Desk, pg_url: str) -> None:  # noqa: F811
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    desks = [context.Process(target=_append, args=(pg_url, name, start)) for name in ("A", "B")]
    for process in desks:
        process.start()
    time.sleep(2)  # both have opened the database (spawned interpreters take ~1 s to import the app)
    started = time.perf_counter()
    start.set()
    for process in desks:
        process.join(120)
    elapsed = time.perf_counter() - started
    assert [p.exitcode for p in desks] == [0, 0]

    engine = create_engine(server_url(pg_url))
    try:
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            report = audit.verify_connection(raw)
            seqs = conn.execute(text("SELECT seq FROM change ORDER BY seq")).scalars().all()
            by_desk = dict(
                conn.execute(
                    text("SELECT details::json->>'desk', count(*) FROM change WHERE entity = 'test' GROUP BY 1")
                ).all()
            )
    finally:
        engine.dispose()
    assert report.ok, report.first_break
    assert by_desk == {"A": LINES, "B": LINES}
    assert len(seqs) == len(set(seqs)) == report.count == report.verified
    assert seqs == list(range(1, len(seqs) + 1))
    print(f"two desks appended {2 * LINES} lines in {elapsed:.2f} s")
