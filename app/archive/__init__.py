"""The archive room: binding departed dossiers (装订, R6), the annual archiving into boxes by floor (R7), the
archive browser's search, and the printouts that go into the boxes.

Other rooms and the window use what is named here; the modules inside are this room's own:
retention (保管期限), fonds (全宗 and 档号 settings), directory (卷内目录 content), binding, boxing, search,
printouts and box_labels.
"""

from __future__ import annotations

from app.archive.binding import (
    WARNING_NAMES,
    Candidate,
    YearSummary,
    archive_years,
    bind_dossier,
    bind_year,
    candidates,
)
from app.archive.boxing import (
    BOX_CODE_PREFIX,
    DEFAULT_SPINE_MM,
    MAX_CAPACITY_PAGES,
    MAX_SHELF_LENGTH,
    PAGES_PER_MM,
    SPINE_WIDTHS_MM,
    ArchiveResult,
    BoxEntry,
    BoxInfo,
    BoxOptions,
    BoxPlan,
    archive_year,
    box,
    box_by_code,
    box_code,
    box_entries,
    boxes,
    check_options,
    check_year,
    is_box_code,
    plan_boxes,
    set_shelf_location,
)
from app.archive.directory import (
    DirectoryItem,
    InFileDirectory,
    file_title,
    in_file_directories,
    in_file_directory,
)
from app.archive.fonds import ArchiveSettings, archive_settings
from app.archive.printouts import (
    print_archive,
    print_box,
    print_box_directory,
    print_box_labels,
    print_dossier,
    print_in_file_directory,
    print_reference_sheet,
    print_year_directory,
    year_boxes,
)
from app.archive.retention import DEFAULT_RETENTION, RETENTION_NAMES, RETENTION_PRINTED, printed_retention
from app.archive.search import ArchiveHit, search_archive

__all__ = [
    "BOX_CODE_PREFIX",
    "DEFAULT_RETENTION",
    "DEFAULT_SPINE_MM",
    "MAX_CAPACITY_PAGES",
    "MAX_SHELF_LENGTH",
    "PAGES_PER_MM",
    "RETENTION_NAMES",
    "RETENTION_PRINTED",
    "SPINE_WIDTHS_MM",
    "WARNING_NAMES",
    "ArchiveHit",
    "ArchiveResult",
    "ArchiveSettings",
    "BoxEntry",
    "BoxInfo",
    "BoxOptions",
    "BoxPlan",
    "Candidate",
    "DirectoryItem",
    "InFileDirectory",
    "YearSummary",
    "archive_settings",
    "archive_year",
    "archive_years",
    "bind_dossier",
    "bind_year",
    "box",
    "box_by_code",
    "box_code",
    "box_entries",
    "boxes",
    "candidates",
    "check_options",
    "check_year",
    "file_title",
    "in_file_directories",
    "in_file_directory",
    "is_box_code",
    "plan_boxes",
    "print_archive",
    "print_box",
    "print_box_directory",
    "print_box_labels",
    "print_dossier",
    "print_in_file_directory",
    "print_reference_sheet",
    "print_year_directory",
    "printed_retention",
    "search_archive",
    "set_shelf_location",
    "year_boxes",
]
