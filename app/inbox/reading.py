"""Reading the inbox folder: which scans are complete, their pages, and where the cover sheets split them.

A file is taken only once it is complete: its size and modification time unchanged for ``settle_seconds`` between
polls of an ``InboxWatch`` (the window's watcher and the command both poll one; nothing here sleeps), and readable as
a whole (every page of a PDF rendered, every frame of a TIFF or image decoded, a PDF ending in ``%%EOF``).

Bundles (the rule, for the window and the command alike):
- a PDF or TIFF is split on its own: a page whose QR code ``parse_cover`` accepts starts a bundle; pages before the
  first cover form a bundle without a cover;
- single JPEG and PNG files are one stack (the copier scans a job to files numbered in order), taken in order of
  their names: a cover image starts a bundle and the images after it, up to the next cover, are its pages; images
  before the first cover form a bundle without a cover. The stack is taken only while none of its images is still
  being written or unreadable, so a bundle never loses a page the copier has not written yet (or that must first be
  set aside to ``unreadable/``).
A cover page is left out of the filed document.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.inbox.codes import CoverCode, parse_cover

if TYPE_CHECKING:
    from PIL.Image import Image

PDF_SUFFIXES = (".pdf",)
TIFF_SUFFIXES = (".tif", ".tiff")
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png")
SCAN_SUFFIXES = PDF_SUFFIXES + TIFF_SUFFIXES + IMAGE_SUFFIXES
# pdfium must never be called from two threads at once, not even on different documents (pypdfium2's own rule): the
# window's look at the folder and its thumbnails are separate jobs.
PDFIUM = threading.Lock()
RENDER_DPI = 150  # enough for a cover's large QR code; a page renders in ~30 ms
SETTLE_SECONDS = 3.0
# The subfolders a scan is moved to once it is dealt with (never read as part of the inbox).
PROCESSED, UNSORTED, UNREADABLE = "processed", "unsorted", "unreadable"


class FileState(StrEnum):
    WAITING = "waiting"  # still being written (or not yet seen unchanged for the settle time)
    READY = "ready"  # complete and readable: its bundles can be filed
    UNREADABLE = "unreadable"  # complete, but not a readable scan


@dataclass(frozen=True)
class ScanPage:
    """One page of a scanned file: ``page`` counts from 0 within the file."""

    path: Path
    page: int
    media_type: str


@dataclass(frozen=True)
class Part:
    """A file's share of a bundle: bundle ``index`` of the ``of`` bundles the file is split into."""

    path: Path
    sha256: str
    index: int
    of: int


@dataclass(frozen=True)
class Bundle:
    """Pages that become one document: the cover's code (None: no cover, or one that could not be read), the pages
    to file (cover left out), and which (file hash, bundle index within that file) pairs it is made of."""

    cover: CoverCode | None
    cover_page: ScanPage | None
    pages: tuple[ScanPage, ...]
    parts: tuple[Part, ...]
    scanned_on: dt.date  # the newest of its files' modification dates: the date when the cover gives none

    @property
    def names(self) -> str:
        """Its files' names, as messages and lists show them (one name; a stack of images: first to last)."""
        first, last = self.parts[0].path.name, self.parts[-1].path.name
        return first if first == last else f"{first} … {last}"


@dataclass(frozen=True)
class FileScan:
    """What one complete file holds: its hash, pages, and the cover code read on each page (None where none)."""

    path: Path
    sha256: str
    media_type: str
    covers: tuple[CoverCode | None, ...]  # one per page
    modified: dt.datetime


@dataclass(frozen=True)
class InboxFile:
    path: Path
    size: int
    state: FileState
    problem: str = ""  # why it is unreadable
    sha256: str | None = None
    pages: int = 0
    taken: bool = False  # its hash is claimed already: filed before, to be moved out of the inbox


@dataclass(frozen=True)
class Inbox:
    """The folder as the window lists it: every scan file, and the bundles still to file."""

    folder: Path
    files: tuple[InboxFile, ...]
    bundles: tuple[Bundle, ...]


@dataclass
class _Seen:
    size: int
    mtime_ns: int
    since: float


@dataclass
class InboxWatch:
    """The state of a watched folder between polls: when each file was last seen changing, and the files already
    read (a file is rendered and decoded once while it stays the same, not at every poll). One poller at a time: a
    window polls it from one background job after the other, never from two threads at once."""

    folder: Path
    settle_seconds: float = SETTLE_SECONDS
    clock: Callable[[], float] = time.monotonic
    _seen: dict[Path, _Seen] = field(default_factory=dict)
    _read: dict[tuple[Path, int, int], FileScan | str] = field(default_factory=dict)

    def poll(self) -> list[tuple[Path, int, bool]]:
        """Each scan file in the folder (not its subfolders), by name: (path, size, settled)."""
        now = self.clock()
        found: list[tuple[Path, int, bool]] = []
        present: set[Path] = set()
        for entry in sorted(_entries(self.folder), key=lambda e: e.name):
            try:
                stat = entry.stat()
            except OSError:
                continue  # gone meanwhile (another desk moved it)
            path = Path(entry.path)
            present.add(path)
            seen = self._seen.get(path)
            if seen is None or (seen.size, seen.mtime_ns) != (stat.st_size, stat.st_mtime_ns):
                self._seen[path] = seen = _Seen(stat.st_size, stat.st_mtime_ns, now)
            found.append((path, stat.st_size, now - seen.since >= self.settle_seconds))
        for gone in set(self._seen) - present:
            del self._seen[gone]
        for key in [k for k in self._read if k[0] not in present]:
            del self._read[key]
        return found

    def read(self, path: Path) -> FileScan | str:
        """The file read as a whole (its pages' covers), or why it cannot be read; kept while the file is unchanged."""
        stat = path.stat()
        key = (path, stat.st_size, stat.st_mtime_ns)
        if key not in self._read:
            self._read[key] = read_scan(path)
        return self._read[key]


def _entries(folder: Path) -> Iterator[os.DirEntry[str]]:
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_file(follow_symlinks=False) and Path(entry.name).suffix.lower() in SCAN_SUFFIXES:
                yield entry


def media_type_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        return "application/pdf"
    if suffix in TIFF_SUFFIXES:
        return "image/tiff"
    return "image/png" if suffix == ".png" else "image/jpeg"


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_scan(path: Path) -> FileScan | str:
    """``path`` read as a whole: every page rendered and searched for a cover code; or the problem, in words."""
    media_type = media_type_of(path)
    try:
        sha = file_hash(path)
        modified = dt.datetime.fromtimestamp(path.stat().st_mtime)
        covers = tuple(cover_on(image) for image in page_images(path, media_type, check_whole=True))
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        return (str(exc) or type(exc).__name__)[:300]
    except Exception as exc:  # pypdfium2's PdfiumError, Pillow's decoder errors: each library's own
        if type(exc).__module__.split(".")[0] not in ("pypdfium2", "PIL"):
            raise
        return (str(exc) or type(exc).__name__)[:300]
    if not covers:
        return "no pages"
    return FileScan(path, sha, media_type, covers, modified)


def page_images(
    path: Path, media_type: str, *, check_whole: bool = False, dpi: int = RENDER_DPI, only: int | None = None
) -> Iterator[Image]:
    """Each page of the file as an image (a PDF rendered at ``dpi``, a TIFF's frames, an image itself); with
    ``only``, that page alone."""
    if media_type == "application/pdf":
        if check_whole:
            with path.open("rb") as f:
                f.seek(max(0, path.stat().st_size - 1024))
                if b"%%EOF" not in f.read():
                    raise ValueError("the PDF does not end (it is cut short)")
        import pypdfium2

        with PDFIUM:
            document = pypdfium2.PdfDocument(str(path))
            count = len(document)
        try:
            for index in range(count) if only is None else [only]:
                with PDFIUM:  # held for one page's render, never across the yield (decoding runs meanwhile)
                    page = document[index]
                    try:
                        image = page.render(scale=dpi / 72).to_pil()
                    finally:
                        page.close()
                yield image
        finally:
            with PDFIUM:
                document.close()
        return
    from PIL import Image as PilImage

    with PilImage.open(path) as image:
        for frame in range(getattr(image, "n_frames", 1)) if only is None else [only]:
            image.seek(frame)
            image.load()
            yield image.copy()


def cover_on(image: Image) -> CoverCode | None:
    """The cover code on a page, if it has one: the image as it is, then grey, binarised and halved (a noisy, skewed
    or very fine scan that zxing misses as it is)."""
    import zxingcpp

    for candidate in _variants(image):
        for found in zxingcpp.read_barcodes(candidate, formats=zxingcpp.BarcodeFormat.QRCode):
            code = parse_cover(found.text)
            if code is not None:
                return code
    return None


def _variants(image: Image) -> Iterator[Any]:
    yield image
    grey = image.convert("L")
    yield grey
    yield grey.point(lambda v: 255 if v > 140 else 0)
    yield grey.reduce(2)


def page_png(page: ScanPage, width: int = 160) -> bytes:
    """A thumbnail of one page as PNG bytes (for the window's Inbox list)."""
    for image in page_images(page.path, page.media_type, dpi=48, only=page.page):
        image.thumbnail((width, width * 2))
        out = io.BytesIO()
        image.convert("RGB").save(out, format="PNG")
        return out.getvalue()
    raise ValueError(f"{page.path.name} has no page {page.page + 1}")


def split(scans: list[FileScan], stack_complete: bool) -> list[Bundle]:
    """The bundles of the complete, readable files (see the module's rule)."""
    bundles: list[Bundle] = []
    stack = [s for s in scans if s.path.suffix.lower() in IMAGE_SUFFIXES]
    for scan in scans:
        if scan in stack:
            continue
        groups: list[list[int]] = []
        for page, code in enumerate(scan.covers):
            if code is not None or not groups:
                groups.append([])
            groups[-1].append(page)
        for index, pages in enumerate(groups):
            part = Part(scan.path, scan.sha256, index, len(groups))
            code = scan.covers[pages[0]]
            kept = pages[1:] if code is not None else pages
            bundles.append(
                Bundle(
                    cover=code,
                    cover_page=ScanPage(scan.path, pages[0], scan.media_type) if code is not None else None,
                    pages=tuple(ScanPage(scan.path, p, scan.media_type) for p in kept),
                    parts=(part,),
                    scanned_on=scan.modified.date(),
                )
            )
    if stack and stack_complete:
        runs: list[list[FileScan]] = []
        for scan in sorted(stack, key=lambda s: s.path.name):
            if scan.covers[0] is not None or not runs:
                runs.append([])
            runs[-1].append(scan)
        for run in runs:
            code = run[0].covers[0]
            kept = run[1:] if code is not None else run
            bundles.append(
                Bundle(
                    cover=code,
                    cover_page=ScanPage(run[0].path, 0, run[0].media_type) if code is not None else None,
                    pages=tuple(ScanPage(s.path, 0, s.media_type) for s in kept),
                    parts=tuple(Part(s.path, s.sha256, 0, 1) for s in run),
                    scanned_on=max(s.modified for s in run).date(),
                )
            )
    return bundles
