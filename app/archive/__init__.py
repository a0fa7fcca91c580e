"""The archive room: binding departed dossiers (装订, R6), the annual archiving into boxes by floor (R7), the
archive browser's search, and the printouts that go into the boxes.

Other rooms and the window use what is named here; the modules inside are this room's own:
retention (保管期限), fonds (全宗 and 档号 settings), directory (卷内目录 content), binding, boxing, search,
printouts (the print functions) with the sheets they print — dossier_sheets (案卷封面, 卷内目录, 卷内备考表),
box_sheets (案卷目录 and its cover and 说明, 盒内备考表, the year's box directory), handover (档案移交清单),
sheet_parts (what they share) — and box_labels.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from app.archive.binding import (
    WARNING_NAMES,
    Candidate,
    YearSummary,
    archive_years,
    bind_dossier,
    bind_year,
    candidates,
    code_to_give,
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
from app.archive.codes import CodeChange, archival_code_preview, give_archival_codes, old_style_count
from app.archive.destruction import (
    MAX_KEEP_YEARS,
    MAX_REASON_LENGTH,
    MAX_WITNESS_LENGTH,
    STATE_NAMES,
    Appraisal,
    DestructionEntry,
    DestructionListInfo,
    DestructionRecord,
    DueBox,
    DueDossier,
    ListState,
    Proposal,
    ScanRemoval,
    carry_out_destruction,
    destroyed_on,
    destruction_list,
    destruction_lists,
    due_for_appraisal,
    find_destruction_list,
    propose_destruction,
    record_destruction,
    remove_destroyed_scans,
    retention_ends,
)
from app.archive.directory import (
    DirectoryItem,
    InFileDirectory,
    file_title,
    in_file_directories,
    in_file_directory,
)
from app.archive.fonds import (
    DEFAULT_CODE_PATTERN,
    DEFAULT_RETENTION_CODES,
    PLACEHOLDERS,
    SETTING_FIELDS,
    ArchiveSettings,
    archive_settings,
    change_archive_settings,
    check_settings,
    compose_code,
    example_code,
    retention_code_field,
    sequence_per_retention,
)
from app.archive.retention import DEFAULT_RETENTION, RETENTION_NAMES, RETENTION_PRINTED, printed_retention
from app.archive.search import ArchiveHit, search_archive

if TYPE_CHECKING:  # what type checkers and the import contracts see; at run time these come from __getattr__ below
    from app.archive.destruction_forms import backup_note, print_destruction_form, print_destruction_register
    from app.archive.printouts import (
        print_archive,
        print_box,
        print_box_directory,
        print_box_labels,
        print_dossier,
        print_handover,
        print_in_file_directory,
        print_reference_sheet,
        print_year_directory,
        year_boxes,
    )

# The printouts bring reportlab (~100 ms): loaded when first asked for, not by every start that uses the room (the
# unit cards' loan badge names a dossier by its file title).
_LOADED_WHEN_ASKED = {
    "backup_note": "app.archive.destruction_forms",
    "print_destruction_form": "app.archive.destruction_forms",
    "print_destruction_register": "app.archive.destruction_forms",
    "print_archive": "app.archive.printouts",
    "print_box": "app.archive.printouts",
    "print_box_directory": "app.archive.printouts",
    "print_box_labels": "app.archive.printouts",
    "print_dossier": "app.archive.printouts",
    "print_handover": "app.archive.printouts",
    "print_in_file_directory": "app.archive.printouts",
    "print_reference_sheet": "app.archive.printouts",
    "print_year_directory": "app.archive.printouts",
    "year_boxes": "app.archive.printouts",
}


def __getattr__(name: str) -> object:
    module = _LOADED_WHEN_ASKED.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # once: the next use finds it directly
    return value


__all__ = [
    "BOX_CODE_PREFIX",
    "DEFAULT_CODE_PATTERN",
    "DEFAULT_RETENTION",
    "DEFAULT_RETENTION_CODES",
    "DEFAULT_SPINE_MM",
    "MAX_CAPACITY_PAGES",
    "MAX_KEEP_YEARS",
    "MAX_REASON_LENGTH",
    "MAX_SHELF_LENGTH",
    "MAX_WITNESS_LENGTH",
    "PAGES_PER_MM",
    "PLACEHOLDERS",
    "RETENTION_NAMES",
    "RETENTION_PRINTED",
    "SETTING_FIELDS",
    "SPINE_WIDTHS_MM",
    "STATE_NAMES",
    "WARNING_NAMES",
    "Appraisal",
    "ArchiveHit",
    "ArchiveResult",
    "ArchiveSettings",
    "BoxEntry",
    "BoxInfo",
    "BoxOptions",
    "BoxPlan",
    "Candidate",
    "CodeChange",
    "DestructionEntry",
    "DestructionListInfo",
    "DestructionRecord",
    "DirectoryItem",
    "DueBox",
    "DueDossier",
    "InFileDirectory",
    "ListState",
    "Proposal",
    "ScanRemoval",
    "YearSummary",
    "archival_code_preview",
    "archive_settings",
    "archive_year",
    "archive_years",
    "backup_note",
    "bind_dossier",
    "bind_year",
    "box",
    "box_by_code",
    "box_code",
    "box_entries",
    "boxes",
    "candidates",
    "carry_out_destruction",
    "change_archive_settings",
    "check_options",
    "check_settings",
    "check_year",
    "code_to_give",
    "compose_code",
    "destroyed_on",
    "destruction_list",
    "destruction_lists",
    "due_for_appraisal",
    "example_code",
    "file_title",
    "find_destruction_list",
    "give_archival_codes",
    "in_file_directories",
    "in_file_directory",
    "is_box_code",
    "old_style_count",
    "plan_boxes",
    "print_archive",
    "print_box",
    "print_box_directory",
    "print_box_labels",
    "print_destruction_form",
    "print_destruction_register",
    "print_dossier",
    "print_handover",
    "print_in_file_directory",
    "print_reference_sheet",
    "print_year_directory",
    "printed_retention",
    "propose_destruction",
    "record_destruction",
    "remove_destroyed_scans",
    "retention_code_field",
    "retention_ends",
    "search_archive",
    "sequence_per_retention",
    "set_shelf_location",
    "year_boxes",
]
