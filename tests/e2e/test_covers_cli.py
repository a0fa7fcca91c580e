"""``print cover`` with the real ``dossier-desk`` on a copy of the small demo (issue 21), a file and a server database:
the sheets read back as a clerk and the scan inbox would — pdftotext shows the words, and every page, rendered at
200 dpi as the copier scans it, gives back through its QR code the dossier and category it was printed for."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import zxingcpp
from sqlalchemy import select

from app.desk import Desk
from app.inbox import DEFAULT_CATEGORIES, CoverCode, parse_cover
from app.people import users
from db.models import Dossier, Floor, Unit
from tests.e2e.conftest import DEMO_PASSWORD
from tests.e2e.server_support import E2EDatabase
from tests.e2e.test_cli import run
from tests.e2e.test_fees_cli import embeds_the_cjk_font, flat_text
from tests.inbox_pages import cover_page_images

CLERK = ("--user", "clerk")


def scanned_codes(pdf: Path) -> list[CoverCode | None]:
    """Each page's cover code, read from a 200 dpi grey scan turned 3° with noise (None: nothing read)."""
    found = []
    for page in cover_page_images(pdf, 200, rotate=3, noise=10):
        codes = [parse_cover(r.text) for r in zxingcpp.read_barcodes(page)]
        found.append(codes[0] if len(codes) == 1 else None)
    return found


def test_a_floors_covers_scan_back_to_each_live_dossier(demo_database: E2EDatabase, tmp_path: Path) -> None:
    with Desk.open(demo_database.location) as desk, desk.read(users.log_in(desk, "clerk", DEMO_PASSWORD)) as work:
        live = work.session.execute(
            select(Dossier.number, Dossier.label_text)
            .join(Unit, Dossier.unit_id == Unit.id)
            .join(Floor, Unit.floor_id == Floor.id)
            .where(Floor.label == "2F", Dossier.status == "live")
            .order_by(Unit.number)
        ).all()
    assert live
    pdf = tmp_path / "扫描封面 2F.pdf"
    done = run(
        "print", "cover", "--db", demo_database, "--floor", "2F", "--category", "move_in", "-o", pdf, *CLERK,
        password=DEMO_PASSWORD,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{pdf}: {len(live)} cover sheet(s)"
    assert scanned_codes(pdf) == [CoverCode(number, "move_in") for number, _name in live]
    text = flat_text(pdf)
    assert text.count("扫描封面") == len(live) and "入住资料" in text and "将此页放在文件最前面扫描" in text
    for number, name in live:
        assert number in text and name.replace(" ", "") in text
    assert embeds_the_cjk_font(pdf)


def test_a_units_covers_and_blank_ones(demo_database: E2EDatabase, tmp_path: Path) -> None:
    unit_pdf, blank_pdf = tmp_path / "unit.pdf", tmp_path / "blank.pdf"
    done = run("print", "cover", "--db", demo_database, "--unit", "101", "-o", unit_pdf, *CLERK, password=DEMO_PASSWORD)
    assert done.returncode == 0, done.stderr
    codes = scanned_codes(unit_pdf)
    assert len(codes) == len(DEFAULT_CATEGORIES) and all(codes)
    assert [c.category for c in codes if c] == list(DEFAULT_CATEGORIES)
    assert len({c.dossier_number for c in codes if c}) == 1
    done = run(
        "print", "cover", "--db", demo_database, "--blank", "--category", "correspondence", "--title", "停水通知|回执",
        "--date", "2026-06-15", "--copies", "2", "-o", blank_pdf, *CLERK, password=DEMO_PASSWORD,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    blank = CoverCode(None, "correspondence", dt.date(2026, 6, 15), "停水通知|回执")
    assert scanned_codes(blank_pdf) == [blank, blank]
    text = flat_text(blank_pdf)
    assert "往来函" in text and "停水通知|回执" in text and "2026-06-15" in text
