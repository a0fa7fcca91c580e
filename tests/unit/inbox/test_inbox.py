"""The scan inbox (issue 21): stacks built here are split at their cover sheets and each bundle filed into the right
dossier and category with the right page count; nothing is lost and nothing filed twice."""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from app.building import buildings
from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.dossier import attachment_file, dossier_documents
from app.errors import AppError, Conflict, NotFound
from app.inbox import (
    CoverCode,
    FileState,
    Filing,
    InboxWatch,
    ScanPage,
    file_bundle,
    page_png,
    proposal,
    put_aside,
    read_inbox,
    set_aside_unreadable,
    tidy_inbox,
    write_bundle_pdf,
)
from app.tenancy import lifecycle as tenancy
from tests.unit.inbox.stacks import cover_page, save_jpegs, save_pdf, text_page
from tests.unit.unit_support import unit_id


@pytest.fixture
def dossiers(desk: Desk, clerk: Actor, building: buildings.BuildingInfo) -> tuple[tenancy.MoveIn, tenancy.MoveIn]:
    """Two tenants: 甲 in 101 and 乙 in 102."""
    moved = []
    for name, unit in (("甲科技有限公司", "101"), ("乙贸易有限公司", "102")):
        uid = unit_id(desk, unit)
        with desk.work(clerk) as work:
            moved.append(
                tenancy.move_in(work, customer=CustomerInput(name=name), unit_ids=[uid], move_in=dt.date(2026, 1, 5))
            )
    return moved[0], moved[1]


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "扫描 inbox"
    folder.mkdir()
    return folder


def _documents(desk: Desk, clerk: Actor, dossier_id: int) -> list[tuple[str, str, int, dt.date]]:
    with desk.read(clerk) as work:
        rows = dossier_documents(work, dossier_id)
    return sorted((r.category, r.title, r.pages, r.doc_date) for r in rows)


def _look(desk: Desk, clerk: Actor, watch: InboxWatch):
    with desk.read(clerk) as work:
        return read_inbox(work, watch)


def _file_covered(desk: Desk, clerk: Actor, watch: InboxWatch) -> list[int]:
    ids = []
    for bundle in _look(desk, clerk, watch).bundles:
        if bundle.cover is not None:
            with desk.work(clerk) as work:
                ids.append(file_bundle(work, bundle).id)
    with desk.work(clerk) as work:
        tidy_inbox(work, read_inbox(work, watch))
    return ids


def test_a_pdf_stack_is_split_at_its_covers_and_each_bundle_filed_to_its_dossier(
    desk: Desk, clerk: Actor, dossiers: tuple[tenancy.MoveIn, tenancy.MoveIn], inbox: Path
) -> None:
    jia, yi = dossiers
    pages = [
        text_page("a loose page before any cover"),
        cover_page(CoverCode(jia.dossier_number, "move_in", dt.date(2026, 1, 5), "租赁合同"), angle=3, noise=0.002),
        text_page("contract page 1"),
        text_page("contract page 2", angle=-2),
        cover_page(CoverCode(yi.dossier_number, "repairs"), angle=-3, noise=0.004, grey=True),
        text_page("repair slip 1"),
        text_page("repair slip 2"),
        text_page("repair slip 3", noise=0.003),
    ]
    save_pdf(pages, inbox / "SCAN0001.pdf")
    watch = InboxWatch(inbox, settle_seconds=0)

    seen = _look(desk, clerk, watch)
    assert [(b.cover.dossier_number if b.cover else None, len(b.pages)) for b in seen.bundles] == [
        (None, 1),
        (jia.dossier_number, 2),
        (yi.dossier_number, 3),
    ]
    assert [(f.path.name, f.state, f.pages) for f in seen.files] == [("SCAN0001.pdf", FileState.READY, 8)]
    _file_covered(desk, clerk, watch)

    assert _documents(desk, clerk, jia.dossier_id) == [("move_in", "租赁合同", 2, dt.date(2026, 1, 5))]
    scan_day = dt.date.fromtimestamp((inbox / "SCAN0001.pdf").stat().st_mtime)
    assert _documents(desk, clerk, yi.dossier_id) == [("repairs", "报修", 3, scan_day)]
    with desk.read(clerk) as work:
        (doc,) = dossier_documents(work, yi.dossier_id)
        stored = attachment_file(work, doc.attachments[0].id)
    assert stored.original_name == "SCAN0001-3.pdf"
    assert len(PdfReader(stored.path).pages) == 3  # the cover left out

    # The loose pages have no cover: they wait, listed, and the file stays in the inbox.
    waiting = _look(desk, clerk, watch)
    assert [(b.cover, len(b.pages)) for b in waiting.bundles] == [(None, 1)]
    assert (inbox / "SCAN0001.pdf").exists()
    # The clerk puts them aside: the file, every bundle done, goes to unsorted/.
    with desk.work(clerk) as work:
        put_aside(work, waiting.bundles[0])
    with desk.work(clerk) as work:
        moved = tidy_inbox(work, read_inbox(work, watch))
    assert [(m.target.parent.name, m.target.name) for m in moved] == [("unsorted", "SCAN0001.pdf")]
    assert _look(desk, clerk, watch).files == ()


def test_single_jpegs_are_one_stack_taken_in_order_of_their_names(
    desk: Desk, clerk: Actor, dossiers: tuple[tenancy.MoveIn, tenancy.MoveIn], inbox: Path
) -> None:
    jia, yi = dossiers
    pages = [
        cover_page(CoverCode(jia.dossier_number, "correspondence", None, "来函"), angle=3, noise=0.002),
        text_page("letter page 1"),
        cover_page(CoverCode(yi.dossier_number, "complaints"), angle=-3),
        text_page("complaint 1"),
        text_page("complaint 2", angle=3),
    ]
    save_jpegs(pages, inbox)
    watch = InboxWatch(inbox, settle_seconds=0)
    _file_covered(desk, clerk, watch)

    assert [(c, t, p) for c, t, p, _d in _documents(desk, clerk, jia.dossier_id)] == [("correspondence", "来函", 1)]
    assert [(c, p) for c, _t, p, _d in _documents(desk, clerk, yi.dossier_id)] == [("complaints", 2)]
    assert sorted(p.name for p in inbox.iterdir()) == ["processed"]
    assert len(list((inbox / "processed").iterdir())) == 5


def test_an_unreadable_file_goes_to_unreadable_with_its_reason(desk: Desk, clerk: Actor, inbox: Path) -> None:
    whole = save_pdf([text_page("one")], inbox / "whole.pdf").read_bytes()
    (inbox / "whole.pdf").unlink()
    (inbox / "cut short.pdf").write_bytes(whole[: len(whole) // 2])
    (inbox / "notes.txt").write_text("not a scan")  # other files are not the inbox's
    watch = InboxWatch(inbox, settle_seconds=0)
    (file,) = _look(desk, clerk, watch).files
    assert file.state is FileState.UNREADABLE
    with desk.work(clerk) as work:
        set_aside_unreadable(work, file)
    with desk.work(clerk) as work:
        tidy_inbox(work, read_inbox(work, watch))
    assert (inbox / "unreadable" / "cut short.pdf").exists()
    assert "cut short" in (inbox / "unreadable" / "cut short.pdf.txt").read_text(encoding="utf-8")
    assert sorted(p.name for p in inbox.iterdir()) == ["notes.txt", "unreadable"]


def test_a_file_still_being_written_is_not_taken_until_it_is_complete(
    desk: Desk, clerk: Actor, dossiers: tuple[tenancy.MoveIn, tenancy.MoveIn], inbox: Path
) -> None:
    jia, _yi = dossiers
    whole = save_pdf(
        [cover_page(CoverCode(jia.dossier_number, "fit_out")), text_page("drawing")], inbox.parent / "job.pdf"
    ).read_bytes()
    now = [0.0]
    watch = InboxWatch(inbox, settle_seconds=3, clock=lambda: now[0])
    target = inbox / "job.pdf"
    for step in range(1, 5):  # the copier writes the file in steps, a second apart
        with target.open("ab") as f:
            f.write(whole[(step - 1) * len(whole) // 4 : step * len(whole) // 4])
        seen = _look(desk, clerk, watch)
        assert [f.state for f in seen.files] == [FileState.WAITING] and seen.bundles == ()
        now[0] += 1
    now[0] += 1.5  # written whole, but not yet unchanged for 3 s
    assert [f.state for f in _look(desk, clerk, watch).files] == [FileState.WAITING]
    now[0] += 1.0
    seen = _look(desk, clerk, watch)
    assert [f.state for f in seen.files] == [FileState.READY]
    assert [len(b.pages) for b in seen.bundles] == [1]


def test_the_same_scan_is_never_filed_twice(
    desk: Desk, clerk: Actor, dossiers: tuple[tenancy.MoveIn, tenancy.MoveIn], inbox: Path
) -> None:
    jia, _yi = dossiers
    save_pdf([cover_page(CoverCode(jia.dossier_number, "id_papers")), text_page("licence")], inbox / "证件.pdf")
    watch = InboxWatch(inbox, settle_seconds=0)
    (bundle,) = _look(desk, clerk, watch).bundles
    with desk.work(clerk) as work:
        file_bundle(work, bundle)
    # Filed, but the program stopped before moving it (a crash between the commit and the move).
    with pytest.raises(Conflict) as refused, desk.work(clerk) as work:
        file_bundle(work, bundle)
    assert (
        refused.value.text() == "The scan “证件.pdf” was filed before (here or at another desk); it is not filed twice."
    )
    again = _look(desk, clerk, InboxWatch(inbox, settle_seconds=0))  # a new start sees the file again
    assert again.bundles == () and [f.taken for f in again.files] == [True]
    with desk.work(clerk) as work:
        moved = tidy_inbox(work, again)
    assert [(m.target.parent.name, m.outcome) for m in moved] == [("processed", "filed")]
    assert len(_documents(desk, clerk, jia.dossier_id)) == 1

    # The same bytes dropped in again later are known: moved out, not filed.
    (inbox / "processed" / "证件.pdf").rename(inbox / "证件 again.pdf")
    with desk.work(clerk) as work:
        moved = tidy_inbox(work, read_inbox(work, InboxWatch(inbox, settle_seconds=0)))
    assert [m.target.name for m in moved] == ["证件 again.pdf"]
    assert len(_documents(desk, clerk, jia.dossier_id)) == 1


def test_a_refused_filing_leaves_nothing_and_the_file_in_the_inbox(
    desk: Desk, clerk: Actor, dossiers: tuple[tenancy.MoveIn, tenancy.MoveIn], inbox: Path
) -> None:
    save_pdf([cover_page(CoverCode("NO-SUCH-9", "repairs")), text_page("slip")], inbox / "slip.pdf")
    watch = InboxWatch(inbox, settle_seconds=0)
    (bundle,) = _look(desk, clerk, watch).bundles
    scan_day = dt.date.fromtimestamp((inbox / "slip.pdf").stat().st_mtime)
    assert proposal(bundle) == Filing("NO-SUCH-9", "repairs", "报修", scan_day)  # what the window prefills
    with pytest.raises(NotFound, match="There is no dossier numbered NO-SUCH-9"), desk.work(clerk) as work:
        file_bundle(work, bundle)
    # A bad category typed by the clerk is refused by the document's own rule, after the claim: rolled back too.
    with pytest.raises(AppError, match="is not a document category"), desk.work(clerk) as work:
        file_bundle(work, bundle, Filing(dossier_number=dossiers[0].dossier_number, category="nonsense"))
    assert [len(b.pages) for b in _look(desk, clerk, watch).bundles] == [1]
    # The clerk chooses the dossier: filed there.
    with desk.work(clerk) as work:
        row = file_bundle(work, bundle, Filing(dossier_number=dossiers[1].dossier_number, title="报修单"))
    assert (row.dossier_id, row.category, row.title, row.pages) == (dossiers[1].dossier_id, "repairs", "报修单", 1)


def test_an_unreadable_image_holds_its_stack_back_until_it_is_set_aside(
    desk: Desk, clerk: Actor, dossiers: tuple[tenancy.MoveIn, tenancy.MoveIn], inbox: Path
) -> None:
    jia, _yi = dossiers
    paths = save_jpegs([cover_page(CoverCode(jia.dossier_number, "repairs")), text_page("1"), text_page("2")], inbox)
    paths[1].write_bytes(paths[1].read_bytes()[:2000])  # the copier's transfer broke off
    watch = InboxWatch(inbox, settle_seconds=0)
    seen = _look(desk, clerk, watch)
    assert seen.bundles == ()
    (broken,) = [f for f in seen.files if f.state is FileState.UNREADABLE]
    with desk.work(clerk) as work:
        set_aside_unreadable(work, broken)
    with desk.work(clerk) as work:
        tidy_inbox(work, read_inbox(work, watch))
    (bundle,) = _look(desk, clerk, watch).bundles
    assert [p.path.name for p in bundle.pages] == ["scan0003.jpg"]


def test_a_page_thumbnail_is_a_small_png(inbox: Path) -> None:
    save_pdf([cover_page(CoverCode("X-1", "other")), text_page("page")], inbox / "job.pdf")
    data = page_png(ScanPage(inbox / "job.pdf", 1, "application/pdf"), width=120)
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "PNG" and image.width <= 120 and image.height > image.width


@pytest.mark.file_only("reading the pages of a scan: the same whichever the database")
@pytest.mark.parametrize(("dpi", "grey"), [(150, True), (200, False), (300, True)])
def test_a_multi_page_tiff_is_split_at_covers_scanned_from_150_to_300_dpi(
    desk: Desk, clerk: Actor, inbox: Path, dpi: int, grey: bool
) -> None:
    pages = [
        cover_page(CoverCode("D-1", "repairs"), dpi=dpi, angle=3, noise=0.002, grey=grey),
        text_page("slip", dpi=dpi),
        cover_page(CoverCode("D-2", "complaints"), dpi=dpi, angle=-3, grey=grey),
        text_page("letter", dpi=dpi),
        text_page("reply", dpi=dpi, angle=2),
    ]
    first, *rest = [p.convert("L") if grey else p.convert("RGB") for p in pages]
    first.save(inbox / "job.tif", save_all=True, append_images=rest, compression="tiff_deflate", dpi=(dpi, dpi))
    seen = _look(desk, clerk, InboxWatch(inbox, settle_seconds=0))
    assert [(b.cover.dossier_number if b.cover else None, len(b.pages)) for b in seen.bundles] == [
        ("D-1", 1),
        ("D-2", 2),
    ]
    out = inbox.parent / "bundle.pdf"
    write_bundle_pdf(seen.bundles[1], out)
    assert len(PdfReader(out).pages) == 2


def test_a_file_held_open_stays_for_the_next_look_and_the_others_still_move(
    desk: Desk, clerk: Actor, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows a file a viewer (or another desk) holds open cannot be renamed: that one waits, the rest move."""
    whole = save_pdf([text_page("one")], inbox / "whole.pdf").read_bytes()
    (inbox / "whole.pdf").unlink()
    for name in ("a.pdf", "b.pdf"):
        (inbox / name).write_bytes(whole[: len(whole) // 2] + name.encode())  # unreadable, each its own bytes
    watch = InboxWatch(inbox, settle_seconds=0)
    for file in _look(desk, clerk, watch).files:
        with desk.work(clerk) as work:
            set_aside_unreadable(work, file)
    real_rename = os.rename

    def held_open(source: str | Path, target: str | Path) -> None:
        if Path(source).name == "a.pdf":
            raise PermissionError(32, "The process cannot access the file because it is being used by another process")
        real_rename(source, target)

    monkeypatch.setattr("app.inbox.filing.os.rename", held_open)
    with desk.work(clerk) as work:
        moved = tidy_inbox(work, read_inbox(work, watch))
    assert [m.source.name for m in moved] == ["b.pdf"]
    assert (inbox / "a.pdf").exists() and (inbox / "unreadable" / "b.pdf").exists()
    monkeypatch.setattr("app.inbox.filing.os.rename", real_rename)
    with desk.work(clerk) as work:
        moved = tidy_inbox(work, read_inbox(work, watch))
    assert [m.source.name for m in moved] == ["a.pdf"]  # let go: moved at the next look
