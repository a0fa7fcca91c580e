"""One desk at a time for the long runs and the number series, on a server (db/run_locks.py holds the keys).

A run (archiving, fee generation, destruction) calls ``run_alone`` as its first step after the permission check: on a
server a second desk starting the same run meanwhile gets ``Busy`` at once, saying which run, instead of doubling its
boxes or charges. A number series calls ``number_in_turn`` before it reads the highest number given so far. On a file
both do nothing: SQLite's write lock, held from the start of every writing unit of work, already serialises them.
"""

from __future__ import annotations

from app.desk import Work
from app.errors import Busy
from app.text import QT_TRANSLATE_NOOP
from db.run_locks import Lock, take, try_take

_BUSY = {
    Lock.ARCHIVING: QT_TRANSLATE_NOOP(
        "app", "Archiving is being run at another desk; try again when it has finished. Nothing was changed here."
    ),
    Lock.FEE_GENERATION: QT_TRANSLATE_NOOP(
        "app",
        "Charges are being generated at another desk; try again when it has finished. Nothing was changed here.",
    ),
    Lock.DESTRUCTION: QT_TRANSLATE_NOOP(
        "app",
        "A destruction is being recorded at another desk; try again when it has finished. Nothing was changed here.",
    ),
}


def run_alone(work: Work, run: Lock) -> None:
    """Hold ``run``'s lock until this unit of work ends, or raise ``Busy`` when another desk is running it."""
    if not try_take(work.session.connection(), run):
        raise Busy(_BUSY[run])


def number_in_turn(work: Work, series: Lock) -> None:
    """Wait until no other desk is giving a number of ``series``, then hold it until this unit of work ends.

    A reading unit of work (a dialog showing the number the next save would give) takes nothing: it only previews.
    """
    if work.writable:
        take(work.session.connection(), series)
