"""The annual archive's printouts (R6/R7), laid out after GB/T 9705 and DA/T 22: what each print command prints.

A bound dossier carries a cover (案卷封面), its in-file directory (卷内目录) and reference sheet (卷内备考表)
(dossier_sheets); each box gets its box directory (案卷目录), its reference sheet (盒内备考表) (box_sheets), a
spine label (盒脊) and a front label (盒面) (box_labels); the year gets the cover and 说明 page of its 案卷目录
and a directory of its boxes (box_sheets), and a hand-over list (handover). Everything is built as ONE reportlab
document per call, so a whole year prints with one embedded font subset, and a canvas that remembers which piece
each page belongs to writes "第 x 页 共 y 页" per piece (covers have no footer): a loose page of a dossier's
directory still says how many pages that directory has.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app import jobs
from app.archive.box_labels import label_piece
from app.archive.box_sheets import box_directory_piece, box_reference_piece, catalogue_head_pieces, year_piece
from app.archive.boxing import BoxInfo, box, box_entries, boxes
from app.archive.directory import in_file_directories, in_file_directory
from app.archive.dossier_sheets import (
    directory_piece,
    dossier_pieces,
    file_no,
    reference_piece,
)
from app.archive.handover import handover_piece, handover_rows
from app.audit import chain_head
from app.desk import Work
from app.errors import NotFound, ValidationError
from app.permissions import Action
from app.printing import NumberedCanvas, Piece, author, build_pdf
from app.text import QT_TRANSLATE_NOOP


def _build(target: Path, pieces: Sequence[Piece], *, title: str, author: str) -> Path:
    """Every archive printout says what it is in the PDF's properties, so a saved file is found by it."""
    return build_pdf(target, pieces, title=title, author=author, subject="归档目录")


# The canvas under its old name here: a test breaks its footer to check a failed build leaves no file.
_NumberedCanvas = NumberedCanvas


def print_dossier(work: Work, dossier_id: int, target: Path) -> Path:
    """Cover, in-file directory and reference sheet of one dossier (live, departed, bound or archived)."""
    work.require(Action.PRINT_ARCHIVE)
    d = in_file_directory(work, dossier_id)
    return _build(target, dossier_pieces(d), title=f"案卷 {file_no(d)} {d.customer}", author=author(work))


def print_in_file_directory(work: Work, dossier_id: int, target: Path) -> Path:
    """The in-file directory (卷内目录) of one dossier."""
    work.require(Action.PRINT_ARCHIVE)
    d = in_file_directory(work, dossier_id)
    return _build(target, [directory_piece(d)], title=f"卷内目录 {file_no(d)} {d.customer}", author=author(work))


def print_reference_sheet(work: Work, dossier_id: int, target: Path) -> Path:
    """The reference sheet (卷内备考表) of one dossier."""
    work.require(Action.PRINT_ARCHIVE)
    d = in_file_directory(work, dossier_id)
    return _build(target, [reference_piece(d)], title=f"卷内备考表 {file_no(d)} {d.customer}", author=author(work))


def print_box_directory(work: Work, box_id: int, target: Path) -> Path:
    """The box directory (案卷目录) of one archive box."""
    work.require(Action.PRINT_ARCHIVE)
    info = box(work, box_id)
    piece = box_directory_piece(info, box_entries(work, box_id))
    return _build(target, [piece], title=f"案卷目录 {info.number}", author=author(work))


def year_boxes(work: Work, year: int, building_id: int | None = None) -> list[BoxInfo]:
    """The year's archive boxes; refused when the year has none yet (there is nothing to print)."""
    work.require_read()
    infos = boxes(work, year=year, building_id=building_id)
    if not infos:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "There are no archive boxes for {year} yet: archive the year first."),
            field="archive.year",
            year=year,
        )
    return infos


def print_year_directory(work: Work, year: int, target: Path, building_id: int | None = None) -> Path:
    """The year's 案卷目录 cover and 说明 page, then its boxes by floor with their 档号, counts and shelf places."""
    work.require(Action.PRINT_ARCHIVE)
    infos = year_boxes(work, year, building_id)
    pieces = [*_catalogue_head(work, year, infos), year_piece(year, infos, chain_head(work))]
    return _build(target, pieces, title=f"{year}年度档案盒目录", author=author(work))


def _catalogue_head(work: Work, year: int, infos: Sequence[BoxInfo]) -> list[Piece]:
    return catalogue_head_pieces(year, infos, author(work), work.today)


def print_box_labels(work: Work, box_ids: Sequence[int], target: Path) -> Path:
    """Spine labels (盒脊) and front labels (盒面) of the boxes, in the order given."""
    work.require(Action.PRINT_ARCHIVE)
    infos = [box(work, box_id) for box_id in box_ids]
    if not infos:
        raise ValidationError(QT_TRANSLATE_NOOP("app", "Choose at least one archive box."), field="box")
    return _build(target, [label_piece(infos, "档案盒标签")], title="档案盒标签", author=author(work))


def _box_pieces(work: Work, info: BoxInfo) -> list[Piece]:
    """A box as it is packed: its directory, each dossier (cover, directory, reference sheet), its 备考表 last."""
    entries = box_entries(work, info.id)
    pieces = [box_directory_piece(info, entries)]
    # One read for the whole box: a year's printout covers hundreds of dossiers.
    for directory in in_file_directories(work, [entry.dossier_id for entry in entries]):
        pieces += dossier_pieces(directory)
    pieces.append(box_reference_piece(info, entries))
    return pieces


def print_box(work: Work, box_id: int, target: Path) -> Path:
    """One box ready to print: its labels, its directory, each dossier's cover, directory and reference sheet, and
    the box's reference sheet (盒内备考表)."""
    work.require(Action.PRINT_ARCHIVE)
    info = box(work, box_id)
    pieces = [label_piece([info], f"档案盒标签 {info.number}"), *_box_pieces(work, info)]
    return _build(target, pieces, title=f"档案盒 {info.number}", author=author(work))


def print_archive(work: Work, year: int, target: Path, building_id: int | None = None) -> Path:
    """The whole year in one PDF: the 案卷目录's cover and 说明, the year directory, each box (by floor) with its
    dossiers, then all labels."""
    work.require(Action.PRINT_ARCHIVE)
    infos = year_boxes(work, year, building_id)
    pieces = [*_catalogue_head(work, year, infos), year_piece(year, infos, chain_head(work))]
    for info in infos:
        jobs.checkpoint()  # reading a year's boxes is the first long step; Cancel counts before the layout too
        pieces += _box_pieces(work, info)
    pieces.append(label_piece(infos, f"{year}年度档案盒标签"))
    return _build(target, pieces, title=f"{year}年度归档", author=author(work))


def print_handover(
    work: Work, target: Path, *, year: int | None = None, box_ids: Sequence[int] = (), building_id: int | None = None
) -> Path:
    """档案移交清单 of a year's boxes or of the boxes chosen (in the order given), with signature lines."""
    work.require(Action.PRINT_ARCHIVE)
    if (year is None) == (not box_ids):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "A hand-over list is of a year or of chosen archive boxes: choose one of them."),
            field="box",
        )
    if year is not None:
        infos = year_boxes(work, year, building_id)
        scope = f"{year}年度"
    else:
        infos = [box(work, box_id) for box_id in dict.fromkeys(box_ids)]
        scope = "盒号 " + "、".join(i.number for i in infos)
    piece = handover_piece(infos, handover_rows(work, infos), scope)
    return _build(target, [piece], title=f"档案移交清单 {scope}", author=author(work))
