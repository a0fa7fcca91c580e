"""What the inbox prefills for a bundle (issue 21): the category's defaults — an original or a working copy, and its
责任者 (the dossier's customer, the office keeping the record, or nobody) — for a bundle with a cover or one the clerk
assigns; and filing a bundle untouched records them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from app.archive import archive_settings, change_archive_settings
from app.desk import Actor, Desk
from app.dossier import dossier_documents
from app.inbox import Bundle, CoverCode, Filing, InboxWatch, Part, file_bundle, prefill, read_inbox
from app.tenancy import lifecycle as tenancy
from tests.unit.inbox.stacks import cover_page, save_pdf, text_page

SCANNED_ON = dt.date(2026, 6, 12)
OFFICE = "测试大厦物业服务中心"  # the default 全宗名称: the building's name + 物业服务中心


def _bundle(cover: CoverCode | None) -> Bundle:
    """A bundle as the inbox reads it; a prefill looks only at its cover and date, so no file is needed."""
    part = Part(Path("SCAN0001.pdf"), "0" * 64, 0, 1)
    return Bundle(cover=cover, cover_page=None, pages=(), parts=(part,), scanned_on=SCANNED_ON)


def _prefill(desk: Desk, actor: Actor, bundle: Bundle, number: str = "", category: str = "") -> Filing:
    with desk.read(actor) as work:
        return prefill(work, bundle, number, category)


def test_move_in_papers_are_the_customers_originals(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    cover = CoverCode(tenant.dossier_number, "move_in", dt.date(2026, 1, 5), "租赁合同")
    assert _prefill(desk, clerk, _bundle(cover)) == Filing(
        dossier_number=tenant.dossier_number,
        category="move_in",
        title="租赁合同",
        doc_date=dt.date(2026, 1, 5),
        is_original=True,
        issuer="甲科技有限公司",
    )


def test_fees_papers_are_the_offices_working_copies(
    desk: Desk, clerk: Actor, manager: Actor, tenant: tenancy.MoveIn
) -> None:
    bundle = _bundle(CoverCode(tenant.dossier_number, "fees_deposits"))
    assert _prefill(desk, clerk, bundle) == Filing(
        dossier_number=tenant.dossier_number,
        category="fees_deposits",
        title="缴费与押金",  # no title on the cover: the category's name
        doc_date=SCANNED_ON,  # no date on the cover: the scan's
        is_original=False,
        issuer=OFFICE,
    )
    # The 全宗名称 the manager saved is the office's name from then on.
    with desk.work(manager) as work:
        current = archive_settings(work)
        change_archive_settings(
            work,
            fonds_name="深圳市星河物业管理有限公司",
            fonds_code=current.fonds_code,
            catalogue_no=current.catalogue_no,
            code_pattern=current.code_pattern,
            retention_codes=dict(current.retention_codes),
        )
    assert _prefill(desk, clerk, bundle).issuer == "深圳市星河物业管理有限公司"


def test_other_papers_name_nobody(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    filing = _prefill(desk, clerk, _bundle(CoverCode(tenant.dossier_number, "other")))
    assert (filing.category, filing.title, filing.is_original, filing.issuer) == ("other", "其他", False, "")


def test_a_bundle_without_a_cover_takes_the_clerks_dossier_and_category(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn
) -> None:
    assert _prefill(desk, clerk, _bundle(None)) == Filing(doc_date=SCANNED_ON)  # nothing to go by yet
    assert _prefill(desk, clerk, _bundle(None), f" {tenant.dossier_number} ", "correspondence") == Filing(
        dossier_number=tenant.dossier_number,
        category="correspondence",
        title="往来函",
        doc_date=SCANNED_ON,
        is_original=True,
        issuer="甲科技有限公司",
    )


def test_a_blank_cover_takes_the_clerks_dossier_and_keeps_its_category(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn
) -> None:
    blank = _bundle(CoverCode(None, "repairs", None, "空调报修单"))
    filing = _prefill(desk, clerk, blank, tenant.dossier_number)
    assert (filing.dossier_number, filing.category, filing.title) == (tenant.dossier_number, "repairs", "空调报修单")
    assert (filing.is_original, filing.issuer) == (False, OFFICE)
    # The clerk chooses another category: its name and defaults replace the cover's.
    chosen = _prefill(desk, clerk, blank, tenant.dossier_number, "complaints")
    assert (chosen.category, chosen.title, chosen.is_original, chosen.issuer) == (
        "complaints",
        "投诉",
        False,
        "甲科技有限公司",
    )


def test_a_cover_naming_an_unknown_dossier_leaves_the_issuer_empty(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn
) -> None:
    filing = _prefill(desk, clerk, _bundle(CoverCode("2099-9999", "move_in")))
    assert (filing.dossier_number, filing.is_original, filing.issuer) == ("2099-9999", True, "")


def test_filing_a_move_in_bundle_untouched_records_an_original_of_the_customer(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, tmp_path: Path
) -> None:
    inbox = tmp_path / "扫描收件"
    inbox.mkdir()
    cover = CoverCode(tenant.dossier_number, "move_in", dt.date(2026, 1, 5), "租赁合同")
    save_pdf([cover_page(cover), text_page("contract page 1"), text_page("contract page 2")], inbox / "SCAN0001.pdf")
    with desk.read(clerk) as work:
        (bundle,) = read_inbox(work, InboxWatch(inbox, settle_seconds=0)).bundles
        expected = prefill(work, bundle)
    with desk.work(clerk) as work:
        filed = file_bundle(work, bundle)
    with desk.read(clerk) as work:
        (document,) = dossier_documents(work, tenant.dossier_id, "move_in")
    assert document.id == filed.id
    assert (document.title, document.pages, document.is_original, document.issuer) == (
        "租赁合同",
        2,
        True,
        "甲科技有限公司",
    )
    assert dataclasses.replace(expected, dossier_number="") == Filing(
        category="move_in", title="租赁合同", doc_date=dt.date(2026, 1, 5), is_original=True, issuer="甲科技有限公司"
    )
