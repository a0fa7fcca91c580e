"""Helpers shared by the unit tests: row counts, stored files, scans made on the fly."""

from __future__ import annotations

import builtins
import errno
import io
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

import pytest
from PIL import Image
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen import canvas
from sqlalchemy import func, select

from app.building import buildings
from app.desk import Desk
from app.errors import AppError
from app.tenancy.lifecycle import MoveOutChecklist
from db import attachment_store
from db.models import Base

# A move-out with every item of its checklist done (the originals' tests on a file and on a server bind with it).
MOVED_OUT = MoveOutChecklist(
    keys_returned=True,
    access_cards_returned=True,
    electricity_reading=Decimal("1"),
    water_reading=Decimal("1"),
    deposit="refunded",
    forwarding_contact="张三 13800000000",
)


def unit_id(desk: Desk, number: str) -> int:
    """The id of a unit by its number (there is only one building in these tests)."""
    with desk.read(None) as work:
        return buildings.find_units(work, [number])[0]


def row_counts(desk: Desk) -> dict[str, int]:
    """Rows in every table, read in a fresh unit of work."""
    with desk.read(None) as work:
        return {
            table.name: work.session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


def stored_files(desk: Desk) -> list[Path]:
    """Every file in the attachment folder (temporary files included), relative to it; for scans kept in a server
    database (db/blob_store.py), where a folder would keep each blob."""
    if not isinstance(desk.store, attachment_store.FolderAttachmentStore):
        return [Path(sha[:2]) / sha for sha in desk.store.hashes()]
    root = desk.store.root
    if not root.exists():
        return []
    return sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file())


def snapshot(desk: Desk) -> tuple[dict[str, int], list[Path]]:
    return row_counts(desk), stored_files(desk)


@contextmanager
def refused(desk: Desk, error: type[AppError], field: str | None, *mentions: str) -> Iterator[None]:
    """Expect the block to raise ``error`` about ``field``, naming ``mentions``, having written nothing."""
    before = snapshot(desk)
    with pytest.raises(error) as info:
        yield
    assert info.value.field == field
    message = str(info.value)
    for text in mentions:
        assert text in message, f"{text!r} not in {message!r}"
    assert snapshot(desk) == before


def is_read_only(path: Path) -> bool:
    """No write bit at all (os.access would say writable when the tests run as root)."""
    return stat.S_IMODE(path.stat().st_mode) & 0o222 == 0


def pdf_bytes(pages: int, text: str = "page") -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for n in range(pages):
        pdf.drawString(100, 700, f"{text} {n + 1}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def make_pdf(path: Path, pages: int, text: str = "page") -> Path:
    path.write_bytes(pdf_bytes(pages, text))
    return path


def make_image(path: Path, frames: int = 1, fmt: str | None = None) -> Path:
    """A PNG, JPEG or (multi-frame) TIFF, chosen by ``fmt`` or the file's suffix."""
    images = [Image.new("RGB", (32, 24), colour) for colour in ("red", "green", "blue", "white")[:frames]]
    if frames > 1:
        images[0].save(path, format=fmt, save_all=True, append_images=images[1:])
    else:
        images[0].save(path, format=fmt)
    return path


# -- a full disk, simulated where the program writes ----------------------------------------------------------------


class FullDisk:
    """A file opened for writing on a disk with ``room`` bytes left: it takes what fits, then fails as a full disk
    does (``OSError(ENOSPC)``), leaving a partial file behind, which the program must not leave in sight."""

    def __init__(self, file: BinaryIO, room: int) -> None:
        self.file = file
        self.room = room

    def write(self, data: bytes) -> int:
        if len(data) > self.room:
            self.file.write(data[: self.room])
            self.room = 0
            self.file.flush()
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.room -= len(data)
        return self.file.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.file, name)

    def __enter__(self) -> FullDisk:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.file.close()


def fill_the_disk_for_pdfs(monkeypatch: pytest.MonkeyPatch, room: int = 2000) -> None:
    """Every PDF reportlab writes from now on meets a full disk after ``room`` bytes."""

    def open_on_a_full_disk(name: str, mode: str = "r") -> FullDisk:
        return FullDisk(builtins.open(name, mode), room)

    monkeypatch.setattr(pdfdoc, "open", open_on_a_full_disk, raising=False)


def fill_the_disk_for_scans(monkeypatch: pytest.MonkeyPatch, room: int = 100, fitting: int = 0) -> None:
    """The attachment store's copies of scans meet a full disk after ``room`` bytes (the first ``fitting`` fit)."""
    copies = [0]

    class OsOnAFullDisk:
        def __getattr__(self, name: str) -> Any:
            return getattr(os, name)

        @staticmethod
        def fdopen(fd: int, mode: str = "r") -> BinaryIO | FullDisk:
            copies[0] += 1
            file = os.fdopen(fd, mode)
            return file if copies[0] <= fitting else FullDisk(file, room)

    monkeypatch.setattr(attachment_store, "os", OsOnAFullDisk())
