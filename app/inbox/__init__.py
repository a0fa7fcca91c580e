"""The scan inbox (issue 21): cover sheets with a QR code, and the copier's scans filed by them into dossiers.

A window or a command polls an ``InboxWatch`` of the folder, lists it with ``read_inbox`` (files and their bundles),
files a bundle with ``file_bundle`` (prefilled by ``proposal``) or puts it aside with ``put_aside`` (an unreadable
file: ``set_aside_unreadable``), each in a unit of work of its own, and after that commit moves what was taken out of
the inbox with ``tidy_inbox`` (a unit of work of its own). ``page_png`` draws a page's thumbnail.
"""

from app.inbox.codes import COVER_PREFIX, CoverCode, cover_payload, parse_cover
from app.inbox.filing import (
    Filing,
    Moved,
    file_bundle,
    proposal,
    put_aside,
    read_inbox,
    set_aside_unreadable,
    tidy_inbox,
    write_bundle_pdf,
)
from app.inbox.reading import (
    PROCESSED,
    SCAN_SUFFIXES,
    SETTLE_SECONDS,
    UNREADABLE,
    UNSORTED,
    Bundle,
    FileState,
    Inbox,
    InboxFile,
    InboxWatch,
    Part,
    ScanPage,
    cover_on,
    page_png,
)

__all__ = [
    "COVER_PREFIX",
    "PROCESSED",
    "SCAN_SUFFIXES",
    "SETTLE_SECONDS",
    "UNREADABLE",
    "UNSORTED",
    "Bundle",
    "CoverCode",
    "FileState",
    "Filing",
    "Inbox",
    "InboxFile",
    "InboxWatch",
    "Moved",
    "Part",
    "ScanPage",
    "cover_on",
    "cover_payload",
    "file_bundle",
    "page_png",
    "parse_cover",
    "proposal",
    "put_aside",
    "read_inbox",
    "set_aside_unreadable",
    "tidy_inbox",
    "write_bundle_pdf",
]
