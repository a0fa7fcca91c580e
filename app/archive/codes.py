"""The one-time step (issue 12): files bound before the archive settings existed get their 档号.

Such a file has an old-style number (``2025-0007``) and no 全宗号. Once the manager has confirmed the archive
settings, the step composes each one's 档号 from them, keeping its year and 案卷号, and moves the old number to
``former_file_number`` (原编号) — printed small, and still found by scanning or typing it. The database lets a
bound file's number change only this way, once (db/protection.py, ``dossier_file_number_fixed``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select

from app.archive.fonds import ArchiveSettings, archive_settings, compose_code, sequence_per_retention
from app.archive.queries import dossier_query
from app.archive.retention import DEFAULT_RETENTION
from app.desk import Work
from app.errors import Conflict
from app.permissions import Action
from app.text import QT_TRANSLATE_NOOP
from db.models import Dossier


@dataclass(frozen=True)
class CodeChange:
    """One file of the one-time step: its 原编号 and the 档号 it gets."""

    dossier_id: int
    dossier_number: str
    former_file_number: str  # 原编号: the number it has now
    file_number: str  # the 档号 it gets
    customer: str
    year: int
    serial: int
    retention: str


def _old_style() -> ColumnElement[bool]:
    return (Dossier.file_number.is_not(None)) & (Dossier.fonds_code.is_(None))


def _plan(work: Work, settings: ArchiveSettings) -> list[CodeChange]:
    """Every old-style file's 档号, oldest number first.

    A file keeps its year and 案卷号 unless that number is taken in its scope (the same 全宗 and year, or year and
    retention when the pattern puts the retention first) or its 档号 is already someone's: then it takes the next
    free 案卷号 of the scope, after every number the scope holds.
    """
    old = list(
        work.session.scalars(
            dossier_query()
            .where(_old_style())
            .order_by(Dossier.file_year, Dossier.file_serial, Dossier.bound_at, Dossier.id)
        )
    )
    if not old:
        return []
    per_retention = sequence_per_retention(settings.code_pattern)

    def scope(year: int, retention: str) -> tuple[int, str]:
        return (year, retention if per_retention else "")

    used: dict[tuple[int, str], set[int]] = defaultdict(set)
    for year, serial, retention in work.session.execute(
        select(Dossier.file_year, Dossier.file_serial, Dossier.retention).where(
            Dossier.fonds_code == settings.fonds_code, Dossier.file_year.is_not(None), Dossier.file_serial.is_not(None)
        )
    ):
        used[scope(year, retention or DEFAULT_RETENTION)].add(serial)
    # Every number given, and every old number still held by another old-style file: no update may meet a number
    # another row holds (SQLite checks the unique column row by row).
    taken = set(work.session.scalars(select(Dossier.file_number).where(Dossier.file_number.is_not(None))))
    changes: list[CodeChange] = []
    for dossier in old:
        assert dossier.file_number is not None
        retention = dossier.retention or DEFAULT_RETENTION
        move_out = dossier.tenancy.move_out
        year = dossier.file_year or (move_out.year if move_out is not None else work.today.year)
        numbers = used[scope(year, retention)]
        serial = dossier.file_serial
        code = compose_code(settings, year=year, retention=retention, serial=serial) if serial else ""
        if not serial or serial in numbers or (code in taken and code != dossier.file_number):
            serial = max(numbers, default=0) + 1
            code = compose_code(settings, year=year, retention=retention, serial=serial)
            while code in taken and code != dossier.file_number:
                serial += 1
                code = compose_code(settings, year=year, retention=retention, serial=serial)
        numbers.add(serial)
        taken.add(code)
        changes.append(
            CodeChange(
                dossier_id=dossier.id,
                dossier_number=dossier.number,
                former_file_number=dossier.file_number,
                file_number=code,
                customer=dossier.label_text,
                year=year,
                serial=serial,
                retention=retention,
            )
        )
    return changes


def archival_code_preview(work: Work) -> list[CodeChange]:
    """What the one-time step would do now: each old-style file with its 原编号 and new 档号."""
    work.require_read()
    return _plan(work, archive_settings(work))


def old_style_count(work: Work) -> int:
    """How many bound files still have an old-style number (the settings dialog offers the step when any do)."""
    work.require_read()
    return work.session.scalar(select(func.count(Dossier.id)).where(_old_style())) or 0


def give_archival_codes(work: Work, expected_count: int) -> int:
    """Give every old-style file its 档号 (the department manager, after confirming the archive settings).

    ``expected_count`` is how many files the preview showed: if another desk bound or changed files meanwhile, the
    step is refused rather than doing something the manager did not see. One transaction; one log line per file.
    """
    work.require(Action.CONFIGURE_ARCHIVE)
    settings = archive_settings(work)
    if not settings.configured:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "app",
                "The archive settings are not confirmed yet: save them before giving old files their archival codes.",
            ),
            field="setting.fonds_name",
        )
    changes = _plan(work, settings)
    if len(changes) != expected_count:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "app",
                "%n file(s) are waiting now, but the preview showed {expected}: look at the preview again.",
                "",
                1,
            ),
            field="archive_codes.expected",
            n=len(changes),
            expected=expected_count,
        )
    for change in changes:
        dossier = work.session.get(Dossier, change.dossier_id)
        assert dossier is not None
        dossier.former_file_number = change.former_file_number
        dossier.file_number = change.file_number
        dossier.fonds_code = settings.fonds_code
        dossier.file_year = change.year
        dossier.file_serial = change.serial
        work.session.flush()  # one row at a time, in the order planned (each number free when it is taken)
        work.touched.dossiers.add(dossier.id)
        work.touched.units.add(dossier.unit_id)
        work.log(
            dossier.id,
            "dossier",
            dossier.id,
            "give_code",
            {
                "former_file_number": change.former_file_number,
                "file_number": change.file_number,
                "fonds_code": settings.fonds_code,
            },
        )
    return len(changes)
